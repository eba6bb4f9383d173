// IPTC ninjs ("News in JSON") items from wire services: one JSON document → one ArticleInput.
// The loader extracts and nothing more: dates stay raw strings, bylines stay unsplit, HTML goes
// through htmlToBlocks (it is untrusted). Which property holds what, in each ninjs version, is
// summed up in ninjs-types.ts. The steps, each in its own file: the item out of an API's envelope
// (ninjs-envelope), held back if it is no story (ninjs-kind), body or brief (ninjs-body), dates
// with the embargo (ninjs-metadata), one dateline (ninjs-dateline), pictures a page can show
// (ninjs-pictures), and problems named as the file's ninjs branch spells its fields (ninjs-dialect).
import { error, type Problem } from "../model/problem.ts";
import type { ArticleInput, ParseResult } from "../model/types.ts";
import { dropUndefined } from "./drop-undefined.ts";
import { bodyOf } from "./ninjs-body.ts";
import { bylineNames, chooseDateline } from "./ninjs-dateline.ts";
import { dialectOf, missingNames } from "./ninjs-dialect.ts";
import { unwrap } from "./ninjs-envelope.ts";
import { upgradeBodyFigures } from "./ninjs-https.ts";
import { parseJson } from "./ninjs-json.ts";
import { notAnArticle } from "./ninjs-kind.ts";
import { DATE_EXAMPLE, datesOf, heldBackReason, tagsOf, translationKeyOf, warnIfPartial } from "./ninjs-metadata.ts";
import { associationsOf, picturesOf, placeUsablePictures, warnInsecure } from "./ninjs-pictures.ts";
import { NinjsReader } from "./ninjs-reader.ts";
import { dekOf, mainHeadline } from "./ninjs-text.ts";

/** Where ninjs keeps the dates Dateline reads, in the order a missing date is reported. */
const DATE_NAMES = ["firstcreated", "firstCreated", "versioncreated", "versionCreated"];

export function parseNinjs(text: string, path: string): ParseResult {
  const parsed = parseJson(text, path);
  if (!parsed.ok) return { kind: "rejected", problems: [parsed.problem] };
  const unwrapped = unwrap(parsed.value);
  if (unwrapped.kind === "rejected") return { kind: "rejected", problems: [error(path, unwrapped.field, unwrapped.message)] };
  if (unwrapped.kind === "skipped") return { kind: "skipped", path, reason: unwrapped.reason };
  const { item: doc, at } = unwrapped;

  const problems: Problem[] = [];
  const read = new NinjsReader(path, problems);
  const notArticle = notAnArticle(doc, read);
  if (notArticle) return { kind: "skipped", path, reason: notArticle };

  const missing = missingNames(dialectOf(doc));
  const headlines = read.roleTexts(doc, "headlines", "headline");
  // `title` is never the headline: the 2.x schema calls it metadata and points to `headlines`.
  const headline = read.text(doc, ["headline"]) ?? mainHeadline(headlines);
  const descriptions = read.roleTexts(doc, "descriptions", "description");
  const body = bodyOf(doc, read, headline?.value, descriptions, missing.body);
  problems.push(...body.problems);
  // A brief's description is its text now, not a line under the headline as well.
  const dek = dekOf(headlines, descriptions.filter((entry) => entry !== body.fromDescription));
  const embargo = read.text(doc, ["embargoed", "embargoedUntil"], "", DATE_EXAMPLE);
  const dates = datesOf(doc, read, embargo);
  // `people` (1.x `person`) are no byline: their `rel` says what the story has to do with someone ("about", "mentions").
  const byline = read.text(doc, ["by", "byline"]);
  const id = read.text(doc, ["uri", "guid"]);
  const dateline = chooseDateline(body.blocks, body.field, read.text(doc, ["located"]), bylineNames(byline?.value), read);
  const language = read.text(doc, ["language"]);
  const tags = tagsOf(doc, read);
  const translationKey = translationKeyOf(doc, read);
  const pictures = picturesOf(associationsOf(doc, read), read);
  const placed = placeUsablePictures(upgradeBodyFigures(dateline.blocks, read, new Set(pictures.flatMap((picture) => [...picture.hrefs]))), pictures, read);
  warnInsecure(pictures, placed, read);
  warnIfPartial(doc, read);

  const fieldNames: ArticleInput["fieldNames"] = {
    headline: headline?.field ?? missing.headline,
    published: dates.published?.field ?? DATE_NAMES.find((name) => name in doc) ?? missing.published,
    body: body.field ?? missing.body,
  };
  if (dates.updated) fieldNames.updated = dates.updated.field;
  if (dek) fieldNames.dek = dek.field;
  if (body.kicker) fieldNames.kicker = body.kicker.field;
  if (byline) fieldNames.byline = byline.field;
  if (id) fieldNames.id = id.field;
  if (dateline.field) fieldNames.dateline = dateline.field;
  if (language) fieldNames.lang = language.field;
  if (embargo) fieldNames.embargoedUntil = embargo.field;
  if (tags.field) fieldNames.tags = tags.field;
  if (translationKey) fieldNames.translationKey = translationKey.field;
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
    kicker: body.kicker?.value,
    lang: language?.value,
    published: dates.published?.value,
    updated: dates.updated?.value,
    dateline: dateline.dateline,
    byline: byline ? [byline.value] : [],
    tags: tags.names,
    embargoedUntil: embargo?.value,
    heldBack: heldBackReason(doc, read),
    translationKey: translationKey?.value,
    // Inside an envelope every field is named by its path from the top of the file (`data.item.headline`); `at` is "" otherwise.
    lead: placed.lead && { ...placed.lead, field: at + placed.lead.field },
    body: placed.body.map((block) => (block.type === "figure" ? { ...block, figure: { ...block.figure, field: at + block.figure.field } } : block)),
    comments: [],
    corrections: [],
    fieldNames: Object.fromEntries(Object.entries(fieldNames).map(([key, name]) => [key, at + name])) as ArticleInput["fieldNames"],
  };
  const located = problems.map((problem) => ({ ...problem, field: at + problem.field }));
  return { kind: "article", input: dropUndefined(input), problems: located };
}
