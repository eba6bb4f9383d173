// The item's metadata beside headline and body: dates, publishing status, subjects and the key
// it shares with its versions in other languages.
import { DateTime } from "luxon";
import { describe, IGNORED, type Found, type NinjsReader } from "./ninjs-reader.ts";
import { isJsonObject, type JsonObject } from "./ninjs-types.ts";

export const DATE_EXAMPLE = "a date and time as a JSON string, such as \"2024-03-12T06:40:00Z\"";

interface Dates {
  published?: Found;
  updated?: Found;
}

/**
 * Published is when the first version was created; a later version's time is the update. An
 * embargoed story was published no earlier than its embargo lifted, whatever the desk's
 * timestamps say: a page or a feed must never date it before the moment it could appear.
 */
export function datesOf(doc: JsonObject, read: NinjsReader, embargo: Found | undefined): Dates {
  const first = read.text(doc, ["firstcreated", "firstCreated"], "", DATE_EXAMPLE);
  const version = read.text(doc, ["versioncreated", "versionCreated"], "", DATE_EXAMPLE);
  let published = first ?? version;
  if (published && embargo && isLater(embargo.value, published.value) && isReadable(embargo.value)) {
    read.warn(published.field, `${published.value} is before the embargo lifted (${embargo.field} ${embargo.value}), so the story is dated from the embargo: it was not public earlier`);
    published = embargo;
  }
  if (!published) return {};
  return version && version !== published && isLater(version.value, published.value) ? { published, updated: version } : { published };
}

function isReadable(value: string): boolean {
  return DateTime.fromISO(value).isValid;
}

/** Compared only to leave out an update that is no update; unreadable times go to the model, which reports them. */
function isLater(candidate: string, than: string): boolean {
  const a = DateTime.fromISO(candidate);
  const b = DateTime.fromISO(than);
  if (!a.isValid || !b.isValid) return candidate !== than;
  return a.toMillis() > b.toMillis();
}

export function heldBackReason(doc: JsonObject, read: NinjsReader): string | undefined {
  const status = read.text(doc, ["pubstatus", "pubStatus"]);
  if (!status) return undefined;
  switch (status.value.toLowerCase()) {
    case "usable":
      return undefined;
    case "withheld":
      return `ninjs ${status.field} is "withheld": the provider has pulled this item for now; it stays off the site until a later version says "usable"`;
    case "canceled":
    case "cancelled":
      return `ninjs ${status.field} is "canceled": the provider has killed this item and it must not be published`;
    default:
      return `ninjs ${status.field} is "${status.value}", which is not a ninjs status (usable, withheld, canceled): the item stays off the site until the provider sends a valid one`;
  }
}

export function warnIfPartial(doc: JsonObject, read: NinjsReader): void {
  const representation = read.text(doc, ["representationtype", "representationType"]);
  if (representation && ["partial", "incomplete"].includes(representation.value)) {
    read.warn(representation.field, `is "${representation.value}": the provider sent a shortened item; fetch the full item to publish the whole story`);
  }
}

/** Subject names (`subject` in 1.x, `subjects` later) and Superdesk's `keywords`. A subject with only a code has no name to show. */
export function tagsOf(doc: JsonObject, read: NinjsReader): { names: string[]; field?: string } {
  const names: string[] = [];
  const subjects = read.list(doc, ["subjects", "subject"]);
  subjects?.items.forEach((entry, index) => {
    if (!isJsonObject(entry)) read.warn(`${subjects.field}[${index}]`, `must be an object with a "name", not ${describe(entry)}, ${IGNORED}`);
    else if (typeof entry.name === "string") names.push(entry.name.trim());
  });
  const keywords = read.list(doc, ["keywords"]);
  keywords?.items.forEach((entry, index) => {
    if (typeof entry === "string") names.push(entry.trim());
    else read.warn(`${keywords.field}[${index}]`, `must be text, not ${describe(entry)}, ${IGNORED}`);
  });
  // A blank name or keyword is no tag.
  return { names: names.filter((name) => name !== ""), field: subjects?.field ?? keywords?.field };
}

/** The `altIds` role that carries the key an item shares with its versions in other languages. */
export const TRANSLATION_KEY_ROLE = "translationKey";

/**
 * ninjs (1.0 to 3.3) has no property that ties an item to its versions in other languages:
 * `associations` carry pictures and package members with a free-text `rel`, and no vocabulary
 * names a translation. What the standard does give is `altIds`, identifiers whose roles "it is up
 * to the individual provider to name" (1.x `altids`, an object keyed by role; 2.x `altids` and
 * 3.x `altIds`, arrays of `{ role, value }`). The shared key is read from the role
 * `translationKey` (any case), so the item stays valid ninjs and a feed can carry it unchanged.
 */
export function translationKeyOf(doc: JsonObject, read: NinjsReader): Found | undefined {
  for (const name of ["altIds", "altids"]) {
    const ids = doc[name];
    if (Array.isArray(ids)) {
      for (const [index, entry] of ids.entries()) {
        if (!isJsonObject(entry) || typeof entry.role !== "string" || !isKeyRole(entry.role)) continue;
        const field = `${name}[role=${entry.role}]`;
        // An empty key is the model's to report, as for every format.
        if (typeof entry.value === "string") return { value: entry.value.trim(), field };
        read.warn(`${name}[${index}]`, `must have a text "value", not ${describe(entry.value ?? null)}, ${IGNORED}`);
      }
    } else if (isJsonObject(ids)) {
      const role = Object.keys(ids).find(isKeyRole);
      if (role === undefined) continue;
      const value = ids[role];
      if (typeof value === "string") return { value: value.trim(), field: `${name}.${role}` };
      read.warn(`${name}.${role}`, `must be text, not ${describe(value ?? null)}, ${IGNORED}`);
    }
  }
  return undefined;
}

function isKeyRole(role: string): boolean {
  return role.trim().toLowerCase() === TRANSLATION_KEY_ROLE.toLowerCase();
}
