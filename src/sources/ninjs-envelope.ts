// What a ninjs file holds: one item, or one item inside an API's envelope (AP's Media API answers
// `{"api_version": …, "data": {"item": {…}}}`; BBC's feed and search APIs `{"total": 1, "item": [{…}]}`),
// or something that is no item at all (a list, a JSON Schema).
import { isEventShaped } from "./ninjs-kind.ts";
import { describe } from "./ninjs-reader.ts";
import { isJsonObject, type JsonObject, type JsonValue } from "./ninjs-types.ts";

export type Unwrapped =
  /** `at` prefixes every field the report names (`data.item.headline`), so the editor finds it in the file. */
  | { kind: "item"; item: JsonObject; at: string }
  | { kind: "skipped"; reason: string }
  | { kind: "rejected"; field: string; message: string };

export function unwrap(doc: JsonValue): Unwrapped {
  if (Array.isArray(doc)) {
    // IPTC's event timeline is a list of event items: planning data, like a lone event.
    if (doc.length > 0 && doc.every(isEventShaped)) {
      return { kind: "skipped", reason: `the file is a collection of ${doc.length} ninjs event items (a timeline), not an article: events are entries for the news diary, so it is held back` };
    }
    return { kind: "rejected", field: "json", message: `the file holds ${describe(doc)}, not a ninjs item: put each item in a file of its own` };
  }
  if (!isJsonObject(doc)) return { kind: "rejected", field: "json", message: `the file holds ${describe(doc)}, not a ninjs item: a ninjs item is one JSON object with at least a "uri"` };
  if (typeof doc.$schema === "string" && !("uri" in doc) && !("guid" in doc)) {
    const title = typeof doc.title === "string" ? ` ("${doc.title}")` : "";
    return { kind: "rejected", field: "$schema", message: `the file is a JSON Schema${title}, not a ninjs item: keep schemas out of content/articles/` };
  }
  if (isItem(doc)) return { kind: "item", item: doc, at: "" };
  const data = doc.data;
  if (isJsonObject(data ?? null) && isJsonObject((data as JsonObject).item ?? null)) {
    return { kind: "item", item: (data as JsonObject).item as JsonObject, at: "data.item." };
  }
  for (const name of ["item", "items"]) {
    const list = doc[name];
    if (!Array.isArray(list)) continue;
    if (list.length === 1 && isJsonObject(list[0]!)) return { kind: "item", item: list[0], at: `${name}[0].` };
    const fix = list.length === 0 ? "the feed answered with no item; fetch the item again" : "put each item in a file of its own";
    return { kind: "rejected", field: name, message: `the file is a feed's answer holding ${list.length} items, not one ninjs item: ${fix}` };
  }
  return { kind: "item", item: doc, at: "" };
}

/** An item names itself; an envelope does not. */
function isItem(doc: JsonObject): boolean {
  return ["uri", "guid", "headline", "headlines", "type"].some((key) => key in doc);
}
