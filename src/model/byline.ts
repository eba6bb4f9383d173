// Byline strings as sources give them ("By JANE DOE and John Roe", "Von Anna Schmidt",
// "Jane Doe, Associated Press") to people with names, roles and slugs.
import { slugFor } from "./slug.ts";
import type { Person } from "./types.ts";

/** "By" in the languages wires write in. Not "De"/"Di": they begin surnames. */
const PREFIX = /^(?:by|von|av|af|par|por|door|przez)(?:\s+|$)/i;
/** Words joining two names. Lower case only, so an initial ("Jane E. Doe") never splits. */
const JOINER = /\s+(?:and|und|och|og|et|y|&)\s+/;

/** Other spellings of a name, by their slug, to the name pages show: see _data/authors.ts. */
export type AuthorAliases = ReadonlyMap<string, string>;

export function authorAliases(table: Readonly<Record<string, readonly string[]>>): AuthorAliases {
  return new Map(Object.entries(table).flatMap(([name, spellings]) => spellings.map((spelling) => [slugFor(spelling), name] as const)));
}

export function parseByline(bylines: readonly string[], aliases: AuthorAliases = new Map()): Person[] {
  const people: Person[] = [];
  for (const byline of bylines) {
    for (const found of parseOne(byline)) {
      const canonical = aliases.get(found.slug);
      const person = canonical ? { ...found, name: canonical, slug: slugFor(canonical) } : found;
      if (!people.some((known) => known.slug === person.slug)) people.push(person);
    }
  }
  return people;
}

function parseOne(byline: string): Person[] {
  const text = byline.replace(/\s+/g, " ").trim().replace(PREFIX, "");
  if (text === "") return [];
  const parts = text.split(JOINER);
  // "Jane Doe, John Roe and Ann Poe": with a joiner present, commas list names too.
  // Without one, "Jane Doe, Associated Press" is a name and a role.
  const pieces = parts.length > 1 ? parts.flatMap((part) => part.split(/\s*,\s*/)) : [text];
  return pieces.map(toPerson).filter((person): person is Person => person !== undefined);
}

function toPerson(piece: string): Person | undefined {
  const [rawName, ...roleParts] = piece.split(/\s*,\s*/);
  // "Karin Lund/TT": agencies write the agency after a slash.
  const [nameOnly, ...agency] = rawName!.split(/\s*\/\s*/);
  const name = unshout(nameOnly!.replace(PREFIX, "").trim());
  const slug = slugFor(name);
  if (name === "" || slug === "") return undefined;
  const role = [...agency, ...roleParts].join(", ").trim();
  return role ? { name, role, slug } : { name, slug };
}

/** Wire bylines often come in capitals; a name in capitals is shown in title case. */
function unshout(name: string): string {
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return name;
  return name.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
