// Plain-text wire copy and pages rescued from old news sites: an optional `Key: value` header,
// a headline line, blank-line paragraphs (hard-wrapped lines joined), captions ending in
// `[Credit]`, a dateline opening the first paragraph, short subhead lines, and trailing page
// furniture with reader comments. Extracted as given: the model parses and judges the values.
import { error, warning, type Problem } from "../model/problem.ts";
import type { ArticleInput, CommentInput, Loader } from "../model/types.ts";
import { dropUndefined } from "./drop-undefined.ts";
import { smartenPunctuation } from "./typography.ts";
import { buildBody, type Paragraph } from "./wire-body.ts";
import { furnitureKind, opensComments } from "./wire-furniture.ts";
import { defaultFieldNames, knownKeyOf, readHeaderBlock, type SourceLine } from "./wire-header.ts";

interface Scanned {
  paragraphs: Paragraph[];
  comments: CommentInput[];
  commentsClosed: boolean;
}

/** A byline line under the headline: `By Jane Doe`, `BY JANE DOE and JOHN ROE`, `By Jane Doe, Staff Writer`. */
const BYLINE_LINE = /^(?:By|BY) +(\p{Lu}.*)$/u;
const BYLINE_JOINERS = new Set(["and", "&", "de", "van", "von", "der", "den", "da", "du", "la", "le", "al", "bin", "el"]);
const MAX_BYLINE_LENGTH = 80;

export const parseWireText: Loader = (text, path) => {
  const notWire = notWireText(text, path);
  if (notWire) return { kind: "rejected", problems: [notWire] };

  const lines = toLines(text);
  const problems: Problem[] = [];
  let index = skipBlank(lines, 0);
  let found = readHeaderBlock(lines, index, path);
  if (found) index = skipBlank(lines, found.next);

  const headline = lines[index]?.text;
  if (headline !== undefined) index++;
  if (!found) {
    // A header written under the headline, in its block or the next, is read the same way.
    found = readHeaderBlock(lines, skipBlank(lines, index), path);
    if (found) index = found.next;
  }
  const header = found?.header;
  problems.push(...(header?.problems ?? []));
  const misplacedKey = headline === undefined || header ? undefined : knownKeyOf(headline);
  if (misplacedKey) {
    problems.push(warning(path, misplacedKey, `"${headline}" is read as the headline: a header block holds only "Key: value" lines and ends with a blank line before the headline`));
  }

  const scanned = scanBody(lines, index);
  const { byline: headerByline = [], tags = [], commentsOpen, ...rest } = header?.fields ?? {};
  const byline = [...headerByline];
  const first = scanned.paragraphs[0];
  if (first && isBylineLine(first)) {
    byline.push(first.text);
    scanned.paragraphs.shift();
  }

  const body = buildBody(scanned.paragraphs, header?.images ?? new Map(), path, problems);
  const input: ArticleInput = {
    format: "wire-text",
    path,
    ...rest,
    headline: headline === undefined ? undefined : smartenPunctuation(headline),
    dateline: body.dateline,
    byline,
    tags,
    commentsOpen: commentsOpen ?? (scanned.commentsClosed ? false : undefined),
    lead: body.lead,
    body: body.blocks,
    comments: scanned.comments,
    corrections: [],
    fieldNames: header?.fieldNames ?? defaultFieldNames(),
  };
  return { kind: "article", input: dropUndefined(input), problems };
};

/** Text that is plainly another format: the only wire text that cannot be read as such. */
function notWireText(text: string, path: string): Problem | undefined {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (/^<(?:!doctype\s+html|html[\s>]|\?xml)/i.test(start)) {
    return error(path, "file", "is an HTML or XML page, not plain wire text: copy the story's text into the file, or save the page's text only");
  }
  if (/^[{[]/.test(start)) {
    try {
      JSON.parse(start);
      return error(path, "file", "is JSON, not plain wire text: a ninjs item must be named with .json");
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Lines without BOM, line-end characters or stray whitespace; tabs and runs of spaces become one space. */
function toLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ text: line.replace(/\s+/gu, " ").trim(), number: index + 1 }));
}

function skipBlank(lines: readonly SourceLine[], from: number): number {
  let index = from;
  while (index < lines.length && lines[index]!.text === "") index++;
  return index;
}

/**
 * Groups lines into paragraphs, dropping end marks and page furniture. Once the comments open
 * (a comment count, policy link or form leftover after some story text), paragraphs are comments.
 */
function scanBody(lines: readonly SourceLine[], from: number): Scanned {
  const scanned: Scanned = { paragraphs: [], comments: [], commentsClosed: false };
  let current: SourceLine[] = [];
  let inComments = false;
  let afterReaction = false;
  let afterFurniture = false;
  const flush = () => {
    if (current.length === 0) return;
    if (inComments) {
      scanned.comments.push({ text: current.map((line) => line.text).join(" ") });
    } else {
      scanned.paragraphs.push({ text: current.map((line) => line.text).join(" "), line: current[0]!.number, lineCount: current.length });
      afterReaction = false;
    }
    current = [];
  };
  for (const line of lines.slice(from)) {
    if (line.text === "") {
      flush();
      continue;
    }
    const kind = furnitureKind(line.text, { afterReaction, inFurniture: inComments || afterFurniture });
    afterFurniture = kind !== undefined;
    if (kind === undefined) {
      current.push(line);
      continue;
    }
    flush();
    if (kind === "reaction") afterReaction = true;
    if (kind === "comments-closed") scanned.commentsClosed = true;
    // A comment count above the story (`3 Comments` under the headline) opens nothing.
    if (opensComments(kind) && scanned.paragraphs.length > 0) inComments = true;
  }
  flush();
  return scanned;
}

function isBylineLine(paragraph: Paragraph): boolean {
  const match = BYLINE_LINE.exec(paragraph.text);
  if (!match || paragraph.lineCount !== 1 || paragraph.text.length > MAX_BYLINE_LENGTH || /[.!?:;"”]$/.test(paragraph.text)) return false;
  const words = match[1]!.split(/[\s,]+/).filter((word) => word !== "");
  return words.length <= 8 && words.every((word) => /^\p{Lu}/u.test(word) || BYLINE_JOINERS.has(word));
}
