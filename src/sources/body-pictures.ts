// Pictures in body HTML. A picture reaches a page only as a figure, where the model checks its
// credit, alt text and file (src/model/figures.ts): an <img> that stands alone (in a paragraph,
// a list item, a heading, a link, however deeply wrapped) becomes one; an <img> inside text is
// removed, as are tracking pixels and pictures at addresses that can be no picture of this site.
// Each kind of removal is one warning per field, with the fix.
import { findAll, removeElement } from "domutils";
import { isTag, isText, type ChildNode, type Element } from "domhandler";
import { isPictureAddress } from "../model/figures.ts";
import { warning, type Problem } from "../model/problem.ts";
import type { BlockInput, FigureInput } from "../model/types.ts";
import { splitBracketCredit } from "./bracket-credit.ts";

/** What was removed from one field's HTML, for its warnings. */
export interface RemovedPictures {
  /** Images inside text, by where they were ("a list item"). */
  inText: Map<string, number>;
  /** The addresses of pictures refused (undefined: the sanitiser had already removed it). */
  refused: (string | undefined)[];
  pixels: number;
}

export function noPicturesRemoved(): RemovedPictures {
  return { inText: new Map(), refused: [], pixels: 0 };
}

/**
 * The <img> or <figure> that is all a block holds, through any wrappers (`<p><a><img></a></p>`,
 * `<li><strong><img></strong></li>`); undefined when the block holds anything else.
 */
export function loneImage(nodes: readonly ChildNode[]): Element | undefined {
  let current = nodes;
  for (;;) {
    const meaningful = current.filter((child) => !(isText(child) && child.data.trim() === ""));
    if (meaningful.length !== 1) return undefined;
    const only = meaningful[0]!;
    if (!isTag(only)) return undefined;
    if (only.name === "img" || only.name === "figure") return only;
    current = only.children;
  }
}

/** A figure block for an <img>, or nothing when the picture is a tracking pixel or its address is refused. */
export function pictureBlocks(image: Element, captionText: string | undefined, field: string, removed: RemovedPictures): BlockInput[] {
  const src = image.attribs.src?.trim();
  if (isTrackingPixel(image)) {
    removed.pixels += 1;
    return [];
  }
  if (src === undefined || !isPictureAddress(src)) {
    removed.refused.push(src);
    return [];
  }
  return [{ type: "figure", figure: imageFigure(image, src, captionText, field) }];
}

/** Removes every <img> inside `nodes` (text, not a figure), counting them under `where`. */
export function removeImagesFrom(nodes: ChildNode[], where: string, removed: RemovedPictures): void {
  const images = findAll((element) => element.name === "img", nodes);
  for (const image of images) removeElement(image);
  if (images.length > 0) removed.inText.set(where, (removed.inText.get(where) ?? 0) + images.length);
}

export function removedPictureProblems(removed: RemovedPictures, path: string, field: string): Problem[] {
  const problems: Problem[] = [];
  const inText = [...removed.inText.values()].reduce((sum, count) => sum + count, 0);
  if (inText > 0) {
    const places = [...removed.inText.keys()];
    const where = places.length === 1 ? places[0] : `${places.slice(0, -1).join(", ")} and ${places.at(-1)}`;
    problems.push(
      warning(path, field, `${inText === 1 ? "an image" : `${inText} images`} inside ${where} removed: put a picture in a paragraph of its own to make it a figure with caption and credit`),
    );
  }
  if (removed.refused.length > 0) {
    const addresses = removed.refused.slice(0, 3).map((src) => (src === undefined ? "an address removed as unsafe" : JSON.stringify(src)));
    const more = removed.refused.length > 3 ? ` and ${removed.refused.length - 3} more` : "";
    problems.push(
      warning(
        path,
        field,
        `${removed.refused.length === 1 ? "a picture" : `${removed.refused.length} pictures`} removed, at ${addresses.join(", ")}${more}: a picture must be an https:// address or a file in content/media/ (like "harbour.jpg")`,
      ),
    );
  }
  if (removed.pixels > 0) {
    problems.push(warning(path, field, `${removed.pixels === 1 ? "a tracking pixel" : `${removed.pixels} tracking pixels`} (pictures of 2×2 pixels or less) removed: they show readers nothing and tell a third party who read the story`));
  }
  return problems;
}

/** A picture that declares itself at most 2×2 pixels: a counter, not something to see. */
function isTrackingPixel(image: Element): boolean {
  const width = Number.parseFloat(image.attribs.width ?? "");
  const height = Number.parseFloat(image.attribs.height ?? "");
  return width <= 2 && height <= 2;
}

/**
 * Caption and credit come from a <figcaption>, else the image's title (Markdown's
 * `![alt](src "Caption. [Credit]")`); a trailing `[Credit]` is split off either way.
 */
function imageFigure(image: Element, src: string, captionText: string | undefined, field: string): FigureInput {
  const text = (captionText ?? image.attribs.title ?? "").replace(/\s+/g, " ").trim();
  const { caption, credit } = splitBracketCredit(text);
  const figure: FigureInput = { field, src, alt: image.attribs.alt?.trim() };
  if (caption) figure.caption = caption;
  if (credit) figure.credit = credit;
  const width = Number(image.attribs.width);
  const height = Number(image.attribs.height);
  if (Number.isInteger(width) && width > 0) figure.width = width;
  if (Number.isInteger(height) && height > 0) figure.height = height;
  return figure;
}
