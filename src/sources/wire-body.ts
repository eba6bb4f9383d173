// The body of a wire-text file, from its paragraphs: figures (a paragraph ending in `[Credit]` or
// an agency's `(AP Photo/…)` credit, its file from the `Image-N` header for its number), the
// dateline opening the story (its first paragraph, or a later one when only lines that are not
// sentences stand above it), subheads (short lines between paragraphs of running text), and
// paragraphs of escaped text.
import { splitDatelineLead } from "../model/dateline.ts";
import { warning, type Problem } from "../model/problem.ts";
import type { BlockInput, Dateline, FigureInput } from "../model/types.ts";
import { placeFirst } from "./agency-lead.ts";
import { captionCredit } from "./caption-credit.ts";
import { escapeText } from "./html-blocks.ts";
import { smartenPunctuation } from "./typography.ts";
import type { WireHeader } from "./wire-header.ts";

export interface Paragraph {
  /** The paragraph's lines joined with single spaces. */
  text: string;
  /** Where it starts, for problems. */
  line: number;
  lineCount: number;
}

/** Paragraphs that may stand above the dateline's: short lines that are not sentences (a slug, a kicker). */
const MAX_ABOVE_DATELINE = 3;
const MAX_PREFATORY_LENGTH = 100;
/** A subhead: one short line, starting with a capital or digit, without closing punctuation. */
const SUBHEAD_END = /[.!?:;,"”'’)\]…]$/;
const MAX_SUBHEAD_LENGTH = 70;
const MAX_SUBHEAD_WORDS = 10;

export interface Body {
  lead?: FigureInput;
  dateline?: Dateline;
  blocks: BlockInput[];
}

/** Blocks from the paragraphs in file order; the first figure before any text is the lead. */
export function buildBody(paragraphs: readonly Paragraph[], images: WireHeader["images"], path: string, problems: Problem[]): Body {
  const body: Body = { blocks: [] };
  const figures = new Map<Paragraph, FigureInput>();
  for (const paragraph of paragraphs) {
    const figure = figureOf(paragraph, figures.size + 1, images, path, problems);
    if (figure) figures.set(paragraph, figure);
  }
  const { texts, above } = takeDateline(paragraphs.filter((paragraph) => !figures.has(paragraph)), body);
  const subheads = subheadsOf([...texts.keys()]);
  for (const paragraph of above) {
    subheads.add(paragraph);
    problems.push(warning(path, `line ${paragraph.line}`, `"${paragraph.text}" stands above the dateline's paragraph, so it is shown as a heading before the story: if it is an agency's flag or slug, delete it`));
  }
  let sawText = false;
  for (const paragraph of paragraphs) {
    const figure = figures.get(paragraph);
    const text = texts.get(paragraph);
    if (figure && !sawText && !body.lead) {
      body.lead = figure;
    } else if (figure) {
      body.blocks.push({ type: "figure", figure });
    } else if (text !== undefined) {
      const html = escapeText(smartenPunctuation(text));
      body.blocks.push(subheads.has(paragraph) ? { type: "heading", level: 2, html } : { type: "paragraph", html });
      sawText = true;
    }
  }
  for (const [number, image] of images) {
    if (number > figures.size) {
      const what = image.src === undefined ? `its alt text "${image.alt}"` : `"${image.src}"`;
      problems.push(warning(path, image.key, `there is no figure ${number} in the text for ${what}: a figure is a paragraph of its own ending in a credit in brackets, like "Boats at dawn. [Jane Doe/AFP]"`));
    }
  }
  return body;
}

/** A paragraph ending in `[Credit]` is a figure; its file is the `Image-N` header for its number. */
function figureOf(paragraph: Paragraph, number: number, images: WireHeader["images"], path: string, problems: Problem[]): FigureInput | undefined {
  const parts = captionCredit(paragraph.text);
  if (!parts) return undefined;
  const image = images.get(number);
  const figure: FigureInput = { field: image ? image.key : `line ${paragraph.line}` };
  if (image?.alt) figure.alt = image.alt;
  if (image?.src) figure.src = image.src;
  else problems.push(warning(path, figure.field, `figure ${number} has no picture file: add an "Image-${number}:" header naming it; until then only its caption and credit are shown`));
  if (parts.caption) figure.caption = smartenPunctuation(parts.caption);
  figure.credit = parts.credit;
  return figure;
}

/**
 * The text of each text paragraph, in order, after taking the dateline that opens the story into
 * `body.dateline` (a paragraph that was the dateline alone is left out), and the paragraphs above
 * the dateline's. The story's first paragraph is the first text paragraph, or a later one when
 * only short lines that are not sentences stand above it (they are shown as headings, so the
 * page's dateline still opens the first paragraph): a sentence is never passed over.
 */
function takeDateline(texts: readonly Paragraph[], body: Body): { texts: Map<Paragraph, string>; above: Paragraph[] } {
  const result = new Map(texts.map((paragraph) => [paragraph, paragraph.text]));
  for (const [index, paragraph] of texts.slice(0, MAX_ABOVE_DATELINE + 1).entries()) {
    const split = splitDatelineLead(placeFirst(paragraph.text));
    if (split) {
      body.dateline = split.dateline;
      if (split.rest === "") result.delete(paragraph);
      else result.set(paragraph, split.rest);
      return { texts: result, above: texts.slice(0, index) };
    }
    if (!isPrefatory(paragraph)) break;
  }
  return { texts: result, above: [] };
}

/** A one-line paragraph that is not a sentence: `UPDATE 2`, `AP Sports Writer`, a kicker. */
function isPrefatory(paragraph: Paragraph): boolean {
  return paragraph.lineCount === 1 && paragraph.text.length <= MAX_PREFATORY_LENGTH && !/[.!?"”…]$/.test(paragraph.text);
}

/** Short one-line paragraphs between two paragraphs of running text. */
function subheadsOf(texts: readonly Paragraph[]): Set<Paragraph> {
  const short = texts.map(isSubheadLine);
  const subheads = new Set<Paragraph>();
  texts.forEach((paragraph, index) => {
    // The first paragraph has none before it: short[-1] is undefined, never false.
    if (short[index] && short[index - 1] === false && short[index + 1] === false) subheads.add(paragraph);
  });
  return subheads;
}

function isSubheadLine(paragraph: Paragraph): boolean {
  const text = paragraph.text;
  return (
    paragraph.lineCount === 1 &&
    text.length <= MAX_SUBHEAD_LENGTH &&
    text.split(" ").length <= MAX_SUBHEAD_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !SUBHEAD_END.test(text)
  );
}

