// Byline strings as sources and agencies give them to people with names, roles and slugs:
//   By JANE DOE and JOHN ROE, The Canadian Press    two people, each with the agency as role
//   By MIKE CORDER Associated Press                 AP: name in capitals, affiliation after it
//   By JANE DOE, JOHN ROE and ANN POE, Associated Press Writers   each an "Associated Press Writer"
//   Von Anna Schmidt, dpa / Jane Doe / AFP / By Jane Doe | AFP    name and agency
//   By Jane Doe in Beirut                           the place is not part of the name
// A byline that names only an agency or the staff (`By The Associated Press`, `By Reuters Staff`,
// `From Reuters`, `Kyodo News`, `By Staff Reporter`, `Staff and agencies`) names no person: it
// gives no author and so no author page (the dateline and credits say where the story came from).
import { isAgencyName, MAX_AGENCY_WORDS } from "./agency-names.ts";
import { isCapitalsWord, nameCase } from "./name-case.ts";
import { writingScript } from "./script-language.ts";
import { slugFor, urlSegment, type SlugMode } from "./slug.ts";
import type { Person } from "./types.ts";

/**
 * "By" in the languages wires write in, as a word of its own (`Byron` is a name). Not "De"/"Di":
 * they begin surnames. "From" opens agency and staff bylines (`From Reuters`, `From staff reports`).
 */
const PREFIX = /^(?:by|von|av|af|par|por|door|przez|from)(?::\s*|\s+|$)/i;
/** Words joining two names. Lower case only, so an initial ("Jane E. Doe") never splits. */
const JOINER = /\s*,?\s+(?:and|und|och|og|et|y|&)\s+/;
/** A place after the name: `Jane Doe in Beirut`, `Jane Doe reporting from Kyiv`. */
const PLACE = /\s+(?:in|reporting from|aus)\s+\p{Lu}[^,]*$/u;
const MAX_NAME_AND_PLACE = 120;
/** The ANPA end-of-line mark some wires leave on a byline (`By CHARLES ODUM=`). */
const LINE_END_MARK = /\s*=+$/;

/** Words that make a piece of a byline a role or an outlet, not a name. */
const ROLE_WORDS = new Set([
  "agencies", "agency", "bureau", "chief", "columnist", "contributor", "correspondent", "correspondents", "critic", "daily",
  "desk", "editor", "editors", "gazette", "herald", "journal", "media", "news", "newswires", "photographer", "photographers",
  "post", "press", "producer", "reporter", "reporters", "service", "services", "staff", "times", "tribune", "wire", "wires",
  "writer", "writers",
]);
/** A byline of only these words (after any agency name) credits the staff, not a person. */
const STAFF_WORDS = new Set([
  "a", "agencies", "and", "correspondent", "correspondents", "news", "our", "report", "reporter", "reporters", "reports",
  "service", "services", "staff", "wire", "wires", "writer", "writers",
]);
/** Plural job titles a shared role ends in: each of several people is one of them. */
const PLURAL_TITLE = /\b(Writer|Correspondent|Reporter|Editor|Photographer|Producer)s$/;

/** Other spellings of a name, by their (ASCII) slug, to the name pages show: see _data/authors.ts. */
export type AuthorAliases = ReadonlyMap<string, string>;

export function authorAliases(table: Readonly<Record<string, readonly string[]>>): AuthorAliases {
  return new Map(Object.entries(table).flatMap(([name, spellings]) => spellings.map((spelling) => [slugFor(spelling), name] as const)));
}

/**
 * The people the bylines name, each once. A name _data/authors.ts lists as another spelling is
 * that person's: in the same script it is a variant the name pages show replaces (`L. Khoury` →
 * Leila Khoury); in another script it is how the article's language writes the name, so the
 * article keeps it (`رنا حداد`) and only the author page (`slug`, `pageName`) is the listed
 * person's. Slugs are made in the site's `mode`; the aliases are matched by ASCII slug either way.
 */
export function parseByline(bylines: readonly string[], aliases: AuthorAliases = new Map(), mode: SlugMode = "ascii"): Person[] {
  const people: Person[] = [];
  for (const byline of bylines) {
    for (const found of parseOneRemembered(byline)) {
      const person = aliased(found, aliases.get(found.slug), mode);
      if (!people.some((known) => known.slug === person.slug)) people.push(person);
    }
  }
  return people;
}

function aliased(found: Person, canonical: string | undefined, mode: SlugMode): Person {
  const segment = urlSegment("author", canonical ?? found.name, mode);
  // A name with no letter or digit was no person (toPerson); a canonical name without is a typo in the table.
  if (!segment.ok) return found;
  if (canonical === undefined || canonical === found.name) return { ...found, slug: segment.slug };
  if (writingScript(found.name) === writingScript(canonical)) return { ...found, name: canonical, slug: segment.slug };
  return { ...found, slug: segment.slug, pageName: canonical };
}

/**
 * The agency or staff a byline credits when it names no person (`By The Associated Press` →
 * "The Associated Press", `By Reuters Staff`): shown as it is, with no author page.
 */
export function organizationCredit(bylines: readonly string[]): string | undefined {
  for (const byline of bylines) {
    // PREFIX takes the spaces after it, so the text is trimmed; "" is no organization.
    const text = byline.replace(/\s+/g, " ").trim().replace(PREFIX, "");
    if (isOrganization(text)) return text;
  }
  return undefined;
}

interface Named {
  name: string;
  role?: string;
  /** What the wire wrote beside the name that holds no letter or digit (`..` in `Jane Doe/../AFP`). */
  nameless?: string[];
}

/**
 * An archive names the same few hundred bylines over and over: each distinct string is parsed
 * once (about 5 µs) and its people copied out after. Bounded, so a feed of one-off names cannot
 * grow it without end.
 */
const remembered = new Map<string, readonly Person[]>();
const MAX_REMEMBERED = 5_000;

function parseOneRemembered(byline: string): Person[] {
  let people = remembered.get(byline);
  if (!people) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    people = parseOne(byline);
    remembered.set(byline, people);
  }
  return people.map((person) => ({ ...person }));
}

function parseOne(byline: string): Person[] {
  return namedIn(byline).flatMap(toPerson);
}

/** The names a byline holds, each with its role, before they are made people. */
function namedIn(byline: string): Named[] {
  // Trimmed, and LINE_END_MARK and PREFIX take the spaces beside them, so `text` is trimmed too.
  const text = byline.replace(/\s+/g, " ").trim().replace(LINE_END_MARK, "").replace(PREFIX, "");
  // An agency or staff byline (`By The Associated Press`, `AFP and Reuters`) has no comma, and
  // listed() leaves out every piece of it: it names nobody.
  return text.split(/\s*,\s*/).length > 1 && !JOINER.test(text) ? [nameAndRole(text)] : listed(text);
}

/**
 * The pieces of the bylines that name nobody because they hold no letter or digit (`..` in
 * `Jane Doe/../AFP`, `***`): left out of the byline, so the model warns about each.
 */
export function namelessPieces(bylines: readonly string[]): string[] {
  return bylines.flatMap((byline) =>
    namedIn(byline).flatMap((named) => [...(named.name !== "" && toPerson(named).length === 0 && !urlSegment("author", named.name).ok ? [named.name] : []), ...(named.nameless ?? [])]),
  );
}

/** Without a joiner, "Jane Doe, Associated Press" is a name and a role. */
function nameAndRole(text: string): Named {
  const [name, ...role] = text.split(/\s*,\s*/);
  return { name: name!, role: role.join(", ") };
}

/**
 * "Jane Doe, John Roe and Ann Poe": with a joiner present, commas list names too, but a piece that
 * reads as a role or an outlet belongs to the name before it, and one that ends the byline belongs
 * to every name without a role of its own ("Jane Doe and John Roe, The Canadian Press").
 */
function listed(text: string): Named[] {
  const pieces = text.split(JOINER).flatMap((part) => part.split(/\s*,\s*/)).filter((piece) => piece !== "");
  const named: Named[] = [];
  pieces.forEach((piece, index) => {
    const last = index === pieces.length - 1;
    const previous = named[named.length - 1];
    if (previous && isRole(piece)) {
      if (last && named.length > 1) shareRole(named, piece.replace(PLURAL_TITLE, "$1"));
      else previous.role = previous.role ? `${previous.role}, ${piece}` : piece;
      return;
    }
    if (isOrganization(piece)) return;
    const person = splitRole(piece);
    named.push(person);
    // A role run on after the last name ("JANE DOE and JOHN ROE Associated Press") is everyone's.
    // (Shared with a single name, it is that name's own already.)
    if (last && person.role) shareRole(named, person.role);
  });
  return named;
}

function shareRole(named: Named[], role: string): void {
  for (const person of named) if (!person.role) person.role = role;
}

/**
 * One name with what the wire wrote beside it: after a slash, bar or in parentheses
 * ("Karin Lund/TT", "Jane Doe | AFP", "Jane Doe (Reuters)"), run on after a name in capitals
 * ("MIKE CORDER Associated Press", "CHARLES ODUM AP Sports Writer"), or a known agency after it
 * ("Mike Corder Associated Press").
 */
function splitRole(piece: string): Named {
  const bracketed = /^(.*?)\s*\(([^()]+)\)$/.exec(piece);
  if (bracketed) return { name: bracketed[1]!, role: bracketed[2]! };
  const [name, ...agency] = piece.split(/\s*[/|]\s*/);
  if (agency.length > 0) {
    // A part with no letter or digit (`Jane Doe/../AFP`, `Jane Doe / / AFP`) is no role: left out,
    // and shown to the editor unless empty.
    const nameless = agency.filter((part) => !/[\p{L}\p{N}]/u.test(part));
    const role = agency.filter((part) => !nameless.includes(part)).join(", ");
    return { name: name!, role, nameless: nameless.filter((part) => part !== "") };
  }
  return splitAfterCapitals(piece) ?? splitTrailingAgency(piece) ?? { name: piece };
}

/** A name of two or more words in capitals, then what is not: the role. Agency initials go with the role. */
function splitAfterCapitals(piece: string): Named | undefined {
  const words = piece.split(" ");
  const end = words.findIndex((word) => !isCapitalsWord(word));
  let nameEnd = end;
  while (nameEnd > 0 && isAgencyName(words[nameEnd - 1]!)) nameEnd--;
  if (end < 0 || nameEnd < 2) return undefined;
  return { name: words.slice(0, nameEnd).join(" "), role: words.slice(nameEnd).join(" ") };
}

function splitTrailingAgency(piece: string): Named | undefined {
  const words = piece.split(" ");
  for (let start = Math.max(2, words.length - MAX_AGENCY_WORDS); start < words.length; start++) {
    const tail = words.slice(start).join(" ");
    if (isAgencyName(tail)) return { name: words.slice(0, start).join(" "), role: start < words.length - 1 ? nameCase(tail) : tail };
  }
  return undefined;
}

function toPerson(named: Named): Person[] {
  // PLACE scans to the end from each "in": only on pieces short enough to be a name and a place.
  const placeless = named.name.length <= MAX_NAME_AND_PLACE ? named.name.replace(PLACE, "") : named.name;
  // Names come trimmed from the splits above; PLACE and PREFIX take the spaces beside them.
  const name = nameCase(placeless.replace(PREFIX, ""));
  // An author page's address by the rule of every address segment (slug.ts); a name with no
  // letter or digit (an empty one included) has none and names nobody.
  const segment = urlSegment("author", name);
  if (!segment.ok || isOrganization(name)) return [];
  const { slug } = segment;
  const role = named.role?.trim();
  return [role ? { name, role, slug } : { name, slug }];
}

function isRole(piece: string): boolean {
  if (isAgencyName(piece) || /^the\s/i.test(piece)) return true;
  if (splitAfterCapitals(piece)) return false;
  return piece.split(" ").some((word) => ROLE_WORDS.has(word.toLowerCase()));
}

/**
 * An agency or the staff rather than a person: `The Associated Press`, `Reuters Staff`,
 * `dpa correspondents`, `Staff Reporter`, `AFP and Reuters`, `Staff and agencies`.
 */
function isOrganization(text: string): boolean {
  const pieces = text.split(JOINER);
  return pieces.every((piece) => {
    const words = piece.split(" ");
    let end = words.length;
    while (end > 0 && STAFF_WORDS.has(words[end - 1]!.toLowerCase())) end--;
    return end === 0 || isAgencyName(words.slice(0, end).join(" "));
  });
}
