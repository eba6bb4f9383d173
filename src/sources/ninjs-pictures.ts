// The item's associations as pictures, and where each goes: the lead, its place in the body, or after it.
import type { BlockInput, FigureInput } from "../model/types.ts";
import { dropUndefined } from "./drop-undefined.ts";
import { figureOf } from "./ninjs-figure.ts";
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
}

/** `associations` is an object keyed by name in 1.x and an array of items with a `name` in 2.x and 3.x. */
export function associationsOf(doc: JsonObject, read: NinjsReader): Association[] {
  const raw = doc.associations;
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) {
    return raw.flatMap((item, index) => {
      const name = isJsonObject(item) && typeof item.name === "string" && item.name.trim() !== "" ? item.name.trim() : undefined;
      const field = name ? `associations[name=${name}]` : `associations[${index}]`;
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
    return [{ association, figure: figureOf(association, renditions, read), hrefs: new Set(renditions.map((rendition) => rendition.rendition.href)) }];
  });
}

/**
 * The lead is the association named as the main picture, else the first picture. A picture the
 * body HTML already shows (same file as one of its renditions: TT's and Superdesk's bodies embed
 * their associations) takes that place in the body, with the association's credit and renditions;
 * the lead's copy in the body is dropped. Other pictures follow the body, in the provider's order.
 */
export function placePictures(blocks: BlockInput[], pictures: Picture[]): { lead?: FigureInput; body: BlockInput[] } {
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
  return leadFigure ? { lead: leadFigure, body } : { body };
}

/** The association's data wins; the body's <img alt> and <figcaption> fill what it lacks. */
function withFallbacks(figure: FigureInput, fromBody: FigureInput): FigureInput {
  return dropUndefined({ ...figure, alt: figure.alt ?? fromBody.alt, caption: figure.caption ?? fromBody.caption, credit: figure.credit ?? fromBody.credit });
}
