// Text hygiene at the model's edge: every string an ArticleInput carries, whatever the loader
// and whichever field (approved comments included, since the newsroom adds them to the input),
// loses the characters no page may show (see control-characters.ts) before any rule reads it.
// The walk knows no field by name, so a field added later is cleaned too; it copies only the
// objects on the way to a string it changed. Cleaning the input rather than the finished article
// means slugs, tags, datelines and author pages are made from the text readers will see.
import { hasUnsafeCharacters, withoutUnsafeCharacters } from "./control-characters.ts";
import { warning, type Problem } from "./problem.ts";
import type { ArticleInput } from "./types.ts";

/** Where the input came from and how its fields are named, not text any page shows. */
const NOT_TEXT: ReadonlySet<string> = new Set<keyof ArticleInput>(["path", "format", "fieldNames"]);

/** A field's places (`[2].author`) and the characters taken out of them. */
interface Found {
  places: string[];
  characters: Set<string>;
}

export function withSafeText(input: ArticleInput): { input: ArticleInput; problems: Problem[] } {
  const { record, problems } = cleanRecord(input, input.path, (key) => (NOT_TEXT.has(key) ? undefined : (input.fieldNames[key as keyof ArticleInput] ?? key)));
  return { input: record, problems };
}

/**
 * The same cleaning for any other record a page is made from (a site page's front matter and
 * blocks): every field is text to clean, named by its key in the warnings.
 */
export function withSafeFields<T extends object>(fields: T, path: string): { fields: T; problems: Problem[] } {
  const { record, problems } = cleanRecord(fields, path, (key) => key);
  return { fields: record, problems };
}

/** `fieldOf` names a key's field in the report, or says (undefined) that it holds no text. */
function cleanRecord<T extends object>(record: T, sourcePath: string, fieldOf: (key: string) => string | undefined): { record: T; problems: Problem[] } {
  const found = new Map<string, Found>();
  let field = "";
  const report: Report = (place, characters) => {
    const entry = found.get(field) ?? { places: [], characters: new Set<string>() };
    entry.places.push(place);
    for (const character of characters) entry.characters.add(character);
    found.set(field, entry);
  };
  const path: (string | number)[] = [];
  const fields = record as Record<string, unknown>;
  let cleaned: Record<string, unknown> | undefined;
  for (const key in fields) {
    const name = fieldOf(key);
    if (name === undefined) continue;
    const value = fields[key];
    field = name;
    const result = cleanValue(value, path, report);
    if (result !== value) (cleaned ??= { ...fields })[key] = result;
  }
  if (!cleaned) return { record, problems: [] };
  const problems = [...found].map(([name, { places, characters }]) => warning(sourcePath, name, message(places, characters)));
  return { record: cleaned as T, problems };
}

type Report = (place: string, characters: Set<string>) => void;

/**
 * `value` itself when nothing in it changed; else a copy with clean strings. `path` is where
 * the walk is (keys and indexes below the field), spelled out only for a report.
 */
function cleanValue(value: unknown, path: (string | number)[], report: Report): unknown {
  if (typeof value === "string") {
    if (!hasUnsafeCharacters(value)) return value;
    const characters = new Set<string>();
    const clean = withoutUnsafeCharacters(value, characters);
    if (characters.size > 0) report(placeOf(path), characters);
    return clean;
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      path.push(index);
      const clean = cleanValue(item, path, report);
      path.pop();
      if (clean !== item) (copy ??= [...value])[index] = clean;
    }
    return copy ?? value;
  }
  if (isPlainObject(value)) {
    let copy: Record<string, unknown> | undefined;
    for (const key in value) {
      const item = value[key];
      path.push(key);
      const clean = cleanValue(item, path, report);
      path.pop();
      if (clean !== item) (copy ??= { ...value })[key] = clean;
    }
    return copy ?? value;
  }
  return value;
}

/** `[2].author` for [2, "author"]; empty for the field itself. */
function placeOf(path: readonly (string | number)[]): string {
  return path.map((step, index) => (typeof step === "number" ? `[${step}]` : index === 0 ? step : `.${step}`)).join("");
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function message(places: string[], characters: Set<string>): string {
  const where = places.filter((place) => place !== "");
  const inside = where.length === 0 ? "" : ` (in ${where.slice(0, 3).join(", ")}${where.length > 3 ? ` and ${where.length - 3} more` : ""})`;
  return (
    `removed invisible control or text-direction characters ${[...characters].sort().join(", ")}${inside}: ` +
    "they can hide words or make text read in another order than it is written; retype the text without them, or check the tool that produced it"
  );
}
