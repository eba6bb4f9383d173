// The item's associations as pictures, and where each goes: the lead, its place in the body, or after it.
import type { BlockInput, FigureInput } from "../model/types.ts";
import { dropUndefined } from "./drop-undefined.ts";
import { figureOf } from "./ninjs-figure.ts";
import { warnUpgraded } from "./ninjs-https.ts";
import { describe, IGNORED, type NinjsReader } from "./ninjs-reader.ts";
import { renditionsOf } from "./ninjs-renditions.ts";
import { isJsonObject, type Association, type JsonObject } from "./ninjs-types.ts";

/** Association names that mark the story's main picture (Superdesk: featuremedia; the ninjs 1.x example: mainpic). */
const LEAD_NAMES = new Set(["featuremedia", "featureimage", "featuredimage", "featuredmedia", "mainpic", "mainpicture", "leadimage"]);

interface Picture {
  association: Association;
  figure: FigureInput;
  /** Every rendition's href, to recognise the same picture inside the body HTML. */
  hrefs: Set<string>;
  /** The http:// addresses its renditions were given at, now asked for over https://. */
  insecure: string[];
}

/** `associations` is an object keyed by name in 1.x and an array of items with a `name` in 2.x and 3.x. */
export function associationsOf(doc: JsonObject, read: NinjsReader): Association[] {
  const raw = doc.associations;
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) {
    return raw.flatMap((item, index) => {
      // BBC's feed names its associations with `id` where ninjs 2.x says `name`.
      const named = isJsonObject(item) ? [item.name, item.id].find((value): value is string => typeof value === "string" && value.trim() !== "") : undefined;
      const name = named?.trim();
      const field = name ? `associations[${isJsonObject(item) && item.name === undefined ? "id" : "name"}=${name}]` : `associations[${index}]`;
      if (!isJsonObject(item)) {
        read.warn(field, `must be a ninjs object, not ${describe(item)}, ${IGNORED}`);
        return [];
      }
      return [{ name: name ?? String(index), field, item }];
    });
  }
  if (isJsonObject(raw)) {
    return Object.entries(raw).flatMap(([name, item]) => {
      // Superdesk leaves `null` where an editor removed an associated item: nothing was meant to be there.
      if (item === null) return [];
      const field = `associations.${name}`;
      if (!isJsonObject(item)) {
        read.warn(field, `must be a ninjs object, not ${describe(item)}, ${IGNORED}`);
        return [];
      }
      return [{ name, field, item }];
    });
  }
  read.warn("associations", `must be an object keyed by name (ninjs 1.x) or an array of items with a "name" (2.x, 3.x), not ${describe(raw)}, ${IGNORED}`);
  return [];
}

/** Picture and graphic associations become figures; anything else is reported, never dropped without a word. */
export function picturesOf(associations: Association[], read: NinjsReader): Picture[] {
  return associations.flatMap((association) => {
    const type = read.text(association.item, ["type"], `${association.field}.`);
    if (type && !["picture", "graphic"].includes(type.value.toLowerCase())) {
      read.warn(association.field, `a "${type.value}" association is not shown: Dateline shows pictures and graphics from associations; link to the ${type.value} from the body to keep it`);
      return [];
    }
    const renditions = renditionsOf(association, read);
    if (!type && !renditions.some((rendition) => rendition.kind === "image")) {
      read.warn(association.field, `has no "type" and no image renditions, so it is not shown: give it "type": "picture" and image renditions if it is a picture`);
      return [];
    }
    if (renditions.length === 0) {
      read.warn(association.field, "is a picture without a rendition that has an href, so there is no file to show: it is left out");
      return [];
    }
    const insecure = renditions.flatMap((rendition) => (rendition.insecure ? [rendition.insecure] : []));
    return [{ association, figure: figureOf(association, renditions, read), hrefs: new Set(renditions.map((rendition) => rendition.rendition.href)), insecure }];
  });
}

/**
 * The lead is the association named as the main picture, else the first picture. A picture the
 * body HTML already shows (same file as one of its renditions: TT's and Superdesk's bodies embed
 * their associations) takes that place in the body, with the association's credit and renditions;
 * the lead's copy in the body is dropped. Other pictures follow the body, in the provider's order.
 */
function placePictures(blocks: BlockInput[], pictures: Picture[]): { lead?: FigureInput; body: BlockInput[] } {
  const lead = pictures.find((picture) => LEAD_NAMES.has(picture.association.name.toLowerCase())) ?? pictures[0];
  const shown = new Set<Picture>();
  let leadFigure = lead?.figure;
  const body: BlockInput[] = [];
  for (const block of blocks) {
    const src = block.type === "figure" ? block.figure.src?.trim() : undefined;
    const picture = src === undefined ? undefined : pictures.find((candidate) => candidate.hrefs.has(src));
    if (block.type !== "figure" || !picture || shown.has(picture)) {
      body.push(block);
      continue;
    }
    shown.add(picture);
    const merged = withFallbacks(picture.figure, block.figure);
    if (picture === lead) leadFigure = merged;
    else body.push({ type: "figure", figure: merged });
  }
  for (const picture of pictures) {
    if (picture !== lead && !shown.has(picture)) body.push({ type: "figure", figure: picture.figure });
  }
  return { lead: leadFigure, body };
}

/**
 * A picture from an association that names no owner, or nothing a reader who cannot see it could
 * be told, cannot be shown; the story can (Business Wire's logos carry neither). Such a picture is
 * left out, with the body's copy of it, and the report names it; the next picture may then be
 * the lead. Whether it is usable is judged once the body's <img alt> and <figcaption> have filled
 * in what they can. A local file keeps its chance: the model reads the credit embedded in it.
 */
export function placeUsablePictures(blocks: BlockInput[], pictures: Picture[], read: NinjsReader): { lead?: FigureInput; body: BlockInput[] } {
  const placed = placePictures(blocks, pictures);
  const figures = [...(placed.lead ? [placed.lead] : []), ...placed.body.flatMap((block) => (block.type === "figure" ? [block.figure] : []))];
  const unusable = new Set(figures.filter((figure) => !isUsable(figure, read)).map((figure) => figure.field));
  // With nothing left out, the pictures are placed again exactly as they were.
  const left = pictures.filter((picture) => unusable.has(picture.association.field));
  const leftHrefs = new Set(left.flatMap((picture) => [...picture.hrefs]));
  const rest = blocks.filter((block) => block.type !== "figure" || block.figure.src === undefined || !leftHrefs.has(block.figure.src));
  return placePictures(rest, pictures.filter((picture) => !left.includes(picture)));
}

function isUsable(figure: FigureInput, read: NinjsReader): boolean {
  if (!figure.field.startsWith("associations")) return true;
  // Every http:// address was asked for over https:// before the pictures were placed (ninjs-https.ts).
  const remote = /^https:\/\//i.test(figure.src ?? "");
  if (!figure.credit && remote) {
    read.warn(figure.field, `has no credit ("by", "byline", a credit line or "copyrightholder"), so this picture is left out and the story is published without it: every picture must say whose it is; add a credit to the association, or ask the provider to send one`);
    return false;
  }
  if (!figure.alt && !figure.caption) {
    read.warn(figure.field, `has no alt text, caption or headline that says what it shows, so this picture is left out and the story is published without it: add a description to the association, or ask the provider to send one`);
    return false;
  }
  return true;
}

/** The https:// upgrade is reported for the pictures that reach the page; one left out needs no second warning. */
export function warnInsecure(pictures: Picture[], placed: { lead?: FigureInput; body: BlockInput[] }, read: NinjsReader): void {
  const shown = new Set([placed.lead?.field, ...placed.body.map((block) => (block.type === "figure" ? block.figure.field : undefined))]);
  for (const picture of pictures) {
    if (shown.has(picture.association.field)) warnUpgraded(read, `${picture.association.field}.renditions`, picture.insecure);
  }
}

/** The association's data wins; the body's <img alt> and <figcaption> fill what it lacks. */
function withFallbacks(figure: FigureInput, fromBody: FigureInput): FigureInput {
  return dropUndefined({ ...figure, alt: figure.alt ?? fromBody.alt, caption: figure.caption ?? fromBody.caption, credit: figure.credit ?? fromBody.credit });
}
