// Which ninjs branch a file is written in, so that a problem about a field the file lacks names it
// as that branch spells it: 1.x `headline`, `body_html`, `firstcreated`; 2.x `headlines[role=main]`,
// `bodies`; 3.x the 2.x shapes in camelCase (`firstCreated`).
import { isJsonObject, type JsonObject } from "./ninjs-types.ts";

export type Dialect = 1 | 2 | 3;

/** 3.x-only spellings; their presence settles it. */
const CAMEL_KEYS = ["versionCreated", "firstCreated", "pubStatus", "contentCreated", "copyrightHolder", "copyrightNotice", "representationType", "embargoedUntil", "altIds", "eventDetails"];
/** 2.x (and 3.x) arrays that replaced the 1.x pattern properties. */
const ARRAY_KEYS = ["headlines", "bodies", "descriptions"];

export function dialectOf(doc: JsonObject): Dialect {
  // The item's own claim first: `standard` (2.x, 3.x) or `$standard` (1.4).
  for (const key of ["standard", "$standard"]) {
    const standard = doc[key];
    const version = isJsonObject(standard ?? null) ? (standard as JsonObject).version : undefined;
    const major = typeof version === "string" ? Number.parseInt(version, 10) : NaN;
    // Providers' own standards (TT's "TTNINJS" 2.1) follow the ninjs version they extend.
    if (major === 1 || major === 2 || major === 3) return major;
  }
  if (CAMEL_KEYS.some((key) => key in doc) || hasCamelEntries(doc)) return 3;
  if (ARRAY_KEYS.some((key) => Array.isArray(doc[key]))) return 2;
  return 1;
}

/** 3.x spells the properties of its entries in camelCase too (`contentType`, `sizeInBytes`), where an item may have no top-level date. */
const CAMEL_ENTRY_KEYS = ["contentType", "sizeInBytes", "charCount", "wordCount"];
const ENTRY_LISTS = ["headlines", "bodies", "descriptions", "renditions", "associations"];

function hasCamelEntries(doc: JsonObject): boolean {
  return ENTRY_LISTS.some((list) => {
    const entries = doc[list];
    return Array.isArray(entries) && entries.some((entry) => isJsonObject(entry) && CAMEL_ENTRY_KEYS.some((key) => key in entry));
  });
}

/** What a problem about a missing field calls it in this branch. */
export function missingNames(dialect: Dialect): { headline: string; published: string; body: string } {
  if (dialect === 1) return { headline: "headline", published: "firstcreated", body: "body_html" };
  return { headline: "headlines[role=main]", published: dialect === 3 ? "firstCreated" : "firstcreated", body: "bodies" };
}
