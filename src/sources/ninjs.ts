// IPTC ninjs ("News in JSON") items from wire services: one JSON document → one ArticleInput.
// The loader extracts and nothing more: dates stay raw strings, bylines stay unsplit, HTML goes
// through htmlToBlocks (it is untrusted). Which property holds what, in each ninjs version, is
// summed up in ninjs-types.ts.
import { error, type Problem } from "../model/problem.ts";
import type { ArticleInput, ParseResult } from "../model/types.ts";
import { dropUndefined } from "./drop-undefined.ts";
import { bodyOf } from "./ninjs-body.ts";
import { parseJson } from "./ninjs-json.ts";
import { DATE_EXAMPLE, datesOf, heldBackReason, tagsOf, warnIfPartial } from "./ninjs-metadata.ts";
import { associationsOf, picturesOf, placePictures } from "./ninjs-pictures.ts";
import { describe, NinjsReader } from "./ninjs-reader.ts";
import { dekOf, mainHeadline } from "./ninjs-text.ts";
import { isJsonObject, type JsonObject } from "./ninjs-types.ts";

/** ninjs `type` values that are stories. Pictures, video, audio and graphics reach a page only as associations. */
const ARTICLE_TYPES = new Set(["text", "composite"]);
/** Where ninjs keeps the dates Dateline reads, in the order a missing date is reported. */
const DATE_NAMES = ["firstcreated", "firstCreated", "versioncreated", "versionCreated"];

export function parseNinjs(text: string, path: string): ParseResult {
  const parsed = parseJson(text, path);
  if (!parsed.ok) return { kind: "rejected", problems: [parsed.problem] };
  const doc = parsed.value;
  if (!isJsonObject(doc)) {
    const fix = Array.isArray(doc) ? "put each item in a file of its own" : "a ninjs item is one JSON object with at least a \"uri\"";
    return { kind: "rejected", problems: [error(path, "json", `the file holds ${describe(doc)}, not a ninjs item: ${fix}`)] };
  }

  const problems: Problem[] = [];
  const read = new NinjsReader(path, problems);
  // ninjs does not require `type` (dpa's example has none): an item without one is read as text.
  const type = read.text(doc, ["type"]);
  if (type && !ARTICLE_TYPES.has(type.value.toLowerCase())) {
    return { kind: "skipped", path, reason: `ninjs type "${type.value}" is not an article: Dateline publishes items of type "text" or "composite", and shows pictures through the stories that associate them` };
  }

  const camel = isCamelCase(doc);
  const headlines = read.roleTexts(doc, "headlines", "headline");
  // `title` is never the headline: the 2.x schema calls it metadata and points to `headlines`.
  const headline = read.text(doc, ["headline"]) ?? mainHeadline(headlines);
  const dek = dekOf(headlines, read.roleTexts(doc, "descriptions", "description"));
  const body = bodyOf(doc, read, headline?.value);
  problems.push(...body.problems);
  const dates = datesOf(doc, read);
  // `people` (1.x `person`) are no byline: their `rel` says what the story has to do with someone ("about", "mentions").
  const byline = read.text(doc, ["by", "byline"]);
  const id = read.text(doc, ["uri", "guid"]);
  const located = read.text(doc, ["located"]);
  const language = read.text(doc, ["language"]);
  const embargo = read.text(doc, ["embargoed", "embargoedUntil"], "", DATE_EXAMPLE);
  const tags = tagsOf(doc, read);
  const pictures = picturesOf(associationsOf(doc, read), read);
  const placed = placePictures(body.blocks, pictures);
  warnIfPartial(doc, read);

  const fieldNames: ArticleInput["fieldNames"] = {
    headline: headline?.field ?? (headlines.length > 0 || Array.isArray(doc.bodies) ? "headlines" : "headline"),
    published: dates.published?.field ?? DATE_NAMES.find((name) => name in doc) ?? (camel ? "firstCreated" : "firstcreated"),
    body: body.field ?? (Array.isArray(doc.headlines) || Array.isArray(doc.bodies) ? "bodies" : "body_html"),
  };
  if (dates.updated) fieldNames.updated = dates.updated.field;
  if (dek) fieldNames.dek = dek.field;
  if (byline) fieldNames.byline = byline.field;
  if (id) fieldNames.id = id.field;
  if (located) fieldNames.dateline = located.field;
  if (language) fieldNames.lang = language.field;
  if (embargo) fieldNames.embargoedUntil = embargo.field;
  if (tags.field) fieldNames.tags = tags.field;
  if (placed.lead) fieldNames.lead = placed.lead.field;

  // `slugline` is not read as the slug: it is the newsroom's keyword for a running story
  // ("Turkey Islamic State", "skien-google"), shared by every update and often by related items,
  // so as a URL it would collide. The model derives the slug from the headline instead.
  // `section` stays unset: ninjs has no section property, and genres say what form a story takes.
  const input: ArticleInput = {
    format: "ninjs",
    path,
    id: id?.value,
    headline: headline?.value,
    dek: dek?.value,
    lang: language?.value,
    published: dates.published?.value,
    updated: dates.updated?.value,
    dateline: located?.value,
    byline: byline ? [byline.value] : [],
    tags: tags.names,
    embargoedUntil: embargo?.value,
    heldBack: heldBackReason(doc, read),
    lead: placed.lead,
    body: placed.body,
    comments: [],
    corrections: [],
    fieldNames,
  };
  return { kind: "article", input: dropUndefined(input), problems };
}

/** ninjs 3.x spells its properties in camelCase; the names a problem uses should match the file. */
function isCamelCase(doc: JsonObject): boolean {
  return ["versionCreated", "firstCreated", "pubStatus", "contentCreated", "copyrightHolder", "representationType", "embargoedUntil"].some((key) => key in doc);
}
