// Typed reads out of a parsed ninjs item. A value of the wrong type is a warning on its field,
// never a rejection: the item is the provider's, and the rest of it may still be publishable.
import { warning, type Problem } from "../model/problem.ts";
import { isJsonObject, type JsonObject, type JsonValue, type RoleText } from "./ninjs-types.ts";

/** A value the loader read, with the field a problem or `fieldNames` should name. */
export interface Found {
  value: string;
  field: string;
}

/** The fix for a wrong value in a wire item: the newsroom can edit the file, but the feed is the provider's. */
export const IGNORED = "so it is ignored: correct the file, or ask the provider to fix its feed";

/** Reads typed values out of a ninjs object; a value of the wrong type is reported on its field and ignored. */
export class NinjsReader {
  constructor(
    readonly path: string,
    private readonly problems: Problem[],
  ) {}

  warn(field: string, message: string): void {
    this.problems.push(warning(this.path, field, message));
  }

  /** The first of `names` that holds non-empty text, trimmed. `at` prefixes field names inside an association. */
  text(object: JsonObject, names: readonly string[], at = "", expected = "text (a JSON string)"): Found | undefined {
    for (const name of names) {
      const value = object[name];
      if (value === undefined || value === null) continue;
      if (typeof value !== "string") {
        this.warn(at + name, `must be ${expected}, not ${describe(value)}, ${IGNORED}`);
        continue;
      }
      if (value.trim() !== "") return { value: value.trim(), field: at + name };
    }
    return undefined;
  }

  list(object: JsonObject, names: readonly string[], at = ""): { items: JsonValue[]; field: string } | undefined {
    for (const name of names) {
      const value = object[name];
      if (value === undefined || value === null) continue;
      if (Array.isArray(value)) return { items: value, field: at + name };
      this.warn(at + name, `must be a list (a JSON array), not ${describe(value)}, ${IGNORED}`);
    }
    return undefined;
  }

  /** Entries of a 2.x/3.x array (`headlines`) and the 1.x properties of its pattern (`headline_*`), in that order. */
  roleTexts(object: JsonObject, arrayName: string, patternPrefix: string, at = ""): RoleText[] {
    const entries: RoleText[] = [];
    const list = this.list(object, [arrayName], at);
    list?.items.forEach((entry, index) => {
      if (!isJsonObject(entry) || typeof entry.value !== "string") {
        this.warn(`${list.field}[${index}]`, `must be an object with a text "value", not ${describe(entry)}, ${IGNORED}`);
        return;
      }
      if (entry.value.trim() === "") return;
      const role = typeof entry.role === "string" && entry.role.trim() !== "" ? entry.role.trim() : undefined;
      const contentType = [entry.contenttype, entry.contentType].find((value): value is string => typeof value === "string");
      const field = role ? `${list.field}[role=${role}]` : `${list.field}[${index}]`;
      entries.push({ field, value: entry.value.trim(), role, contentType, pattern: false });
    });
    const prefix = `${patternPrefix}_`;
    for (const [key, value] of Object.entries(object)) {
      if (!key.startsWith(prefix) || key.length === prefix.length) continue;
      if (typeof value !== "string") {
        this.warn(at + key, `must be text, not ${describe(value)}, ${IGNORED}`);
        continue;
      }
      if (value.trim() !== "") entries.push({ field: at + key, value: value.trim(), role: key.slice(prefix.length), pattern: true });
    }
    return entries;
  }
}

/** A JSON value as a problem message names it: "a list", "the text "…"", "the number 3". */
export function describe(value: JsonValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `the ${typeof value} ${String(value)}`;
}
