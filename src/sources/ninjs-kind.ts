// Whether a ninjs item is a story Dateline publishes, and if not, the reason the report gives.
// `type` says so when present; ninjs does not require it (dpa's example has none), so an item
// without one is a story unless its shape says it is an event (IPTC's and ADDB's event examples
// carry `eventDetails` and no `type`).
import type { NinjsReader } from "./ninjs-reader.ts";
import { isJsonObject, type JsonObject, type JsonValue } from "./ninjs-types.ts";

/** ninjs `type` values that are stories. Pictures, video, audio and graphics reach a page only as associations. */
const ARTICLE_TYPES = new Set(["text", "composite"]);
/** Not ninjs types, but what BBC's and other newsroom systems' feeds call a text story. */
const STORY_WORDS = new Set(["story", "article", "news"]);
const EVENT_TYPES = new Set(["event", "planning"]);
/** Properties only event and planning items have (3.x `eventDetails`; spelled as each branch spells names). */
const EVENT_KEYS = ["eventDetails", "eventdetails", "event_details", "planningDetails", "planningdetails"];

export function isEventShaped(value: JsonValue): boolean {
  return isJsonObject(value) && EVENT_KEYS.some((key) => isJsonObject(value[key] ?? null));
}

/** `undefined` for a story; else why the item is held back. */
export function notAnArticle(doc: JsonObject, read: NinjsReader): string | undefined {
  const type = read.text(doc, ["type"]);
  const value = type?.value.toLowerCase();
  const eventKey = EVENT_KEYS.find((key) => isJsonObject(doc[key] ?? null));
  if ((value && EVENT_TYPES.has(value)) || (!value && eventKey)) {
    const how = type ? `${type.field} "${type.value}"` : `no "type", but "${eventKey}"`;
    return `a ninjs event item (${how}) is an entry for the news diary, not an article: Dateline publishes stories, so it is held back; publish the story written when the event happens`;
  }
  if (!type || ARTICLE_TYPES.has(value!)) return undefined;
  if (STORY_WORDS.has(value!)) {
    read.warn(type.field, `"${type.value}" is not a ninjs type; the item has a story's fields, so it is read as "text": ask the provider to send ninjs types ("text", "composite")`);
    return undefined;
  }
  if (value === "advisory") {
    return `ninjs ${type.field} "advisory" is a note to editors, not an article: it is held back and never published`;
  }
  return `ninjs ${type.field} "${type.value}" is not an article: Dateline publishes items of type "text" or "composite", and shows pictures through the stories that associate them`;
}
