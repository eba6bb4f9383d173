// Raw IPTC ninjs as wire services send it, and the few shapes the ninjs loader reads out of it.
// One loader serves three schema branches (iptc/newsinjson, specification/ninjs-schema_*.json):
//   1.x  lowercase names; `headline`, `byline`, `body_html`/`body_text` (pattern `body_*`),
//        `description_*`, `subject`; `associations` and `renditions` are objects keyed by name.
//        A pattern suffix names a format and/or a purpose (1.5/1.6: `body_main`, `body_richtext`,
//        `description_caption_xhtml`); see formatOf in ninjs-text.ts.
//   2.x  lowercase names; `headlines[]`, `bodies[]`, `descriptions[]` with `role`/`contenttype`,
//        `by`, `subjects`; `associations` and `renditions` are arrays whose entries carry a `name`.
//   3.x  the 2.x shapes in camelCase: `versionCreated`, `firstCreated`, `pubStatus`, `contentType`,
//        `copyrightHolder`; 3.2 renames `embargoed` to `embargoedUntil`.
// Providers mix these freely (TT's 2.0 feed keeps 1.x `description_text` and `mimetype`), so the
// loader asks for every spelling of a property rather than detecting a version first.

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One `headlines[]`, `bodies[]` or `descriptions[]` entry, or a 1.x `headline_*`/`body_*`/`description_*` property. */
export interface RoleText {
  /** Where it came from, as a problem would name it: `headlines[role=main]`, `bodies[1]`, `body_html`. */
  field: string;
  value: string;
  /** The entry's `role`, or the suffix of a 1.x pattern property (`html` in `body_html`). */
  role?: string;
  /** `contenttype` (2.x) or `contentType` (3.x): an IANA media type. */
  contentType?: string;
  /** True for a 1.x pattern property, whose suffix names a format (`body_html`) where a 2.x role names a purpose. */
  pattern: boolean;
}

/** An associated ninjs object: keyed by name in 1.x, an array entry with `name` in 2.x and 3.x. */
export interface Association {
  name: string;
  /** `associations.mainpic` (1.x) or `associations[name=a001]` (2.x, 3.x). */
  field: string;
  item: JsonObject;
}

/** What a rendition's media type says about it; `unknown` when the provider gave none. */
export type RenditionKind = "image" | "other" | "unknown";
