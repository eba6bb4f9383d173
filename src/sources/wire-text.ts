// Plain-text wire copy and pages rescued from old news sites: an optional `Key: value` header,
// a headline line, blank-line paragraphs (hard-wrapped lines joined) or indented ones (Reuters),
// captions ending in `[Credit]` or an agency's `(AP Photo/…)`, editor's notes and byline lines
// above the story, a dateline opening it, short subhead lines, agency trailers and contributor
// lines after it, and trailing page furniture with reader comments. Raw agency transmissions
// (ANPA 1312, IPTC 7901) are recognised first and read by their own modules into the same
// pieces. Extracted as given: the model parses and judges the values.
import { error, warning, type Problem } from "../model/problem.ts";
import type { ArticleInput, CommentInput, Loader, StoryNote } from "../model/types.ts";
import { withoutVersionFlag } from "./agency-headline.ts";
import { dropUndefined } from "./drop-undefined.ts";
import { scanScrapedPage } from "./scraped-page.ts";
import { readTransmission } from "./transmission.ts";
import type { Transmission } from "./transmission-parts.ts";
import { smartenPunctuation } from "./typography.ts";
import { buildBody, type Body, type Paragraph } from "./wire-body.ts";
import { defaultFieldNames, knownKeyOf, readHeaderBlock, type SourceLine, type WireHeader } from "./wire-header.ts";
import { indentedParagraphStarts } from "./wire-indent.ts";
import { isBylineLine, separateBylineLines, takePreamble } from "./wire-preamble.ts";
import { cutTrailingLines, takeTrailers } from "./wire-trailers.ts";

interface Scanned {
  paragraphs: Paragraph[];
  comments: CommentInput[];
  commentsClosed: boolean;
}

/** The story as the body reader finds it, whatever the file's format. */
interface Story {
  bylines: string[];
  notes: StoryNote[];
  body: Body;
  scanned: Scanned;
}

export const parseWireText: Loader = (text, path) => {
  const notWire = notWireText(text, path);
  if (notWire) return { kind: "rejected", problems: [notWire] };
  const transmission = readTransmission(text, path);
  if (transmission?.kind === "refused") return { kind: "rejected", problems: [transmission.problem] };
  if (transmission) return fromTransmission(transmission.transmission, path);

  const lines = toLines(text);
  const problems: Problem[] = [];
  let index = skipBlank(lines, 0);
  let found = readHeaderBlock(lines, index, path);
  if (found) index = skipBlank(lines, found.next);

  const headline = versionless(lines[index], path, problems);
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

  const story = readStory(lines.slice(index), header?.images ?? new Map(), path, problems);
  const { byline: headerByline = [], tags = [], commentsOpen, ...rest } = header?.fields ?? {};
  const input: ArticleInput = {
    format: "wire-text",
    path,
    ...rest,
    headline: headline === undefined ? undefined : smartenPunctuation(headline),
    dateline: story.body.dateline,
    byline: [...headerByline, ...story.bylines],
    tags,
    commentsOpen: commentsOpen ?? (story.scanned.commentsClosed ? false : undefined),
    lead: story.body.lead,
    body: story.body.blocks,
    comments: story.scanned.comments,
    corrections: [],
    notes: story.notes.length > 0 ? story.notes : undefined,
    fieldNames: header?.fieldNames ?? defaultFieldNames(),
  };
  return { kind: "article", input: dropUndefined(input), problems };
};

/** The headline line without an agency's version flag (`UPDATE 2-`), which is reported. */
function versionless(line: SourceLine | undefined, path: string, problems: Problem[]): string | undefined {
  if (line === undefined) return undefined;
  const { headline, flag } = withoutVersionFlag(line.text);
  if (flag) problems.push(warning(path, `line ${line.number}`, `the agency's version flag "${flag}-" is left out of the headline: it tells editors which version of the story this is`));
  return headline;
}

/** An ANPA 1312 or IPTC 7901 transmission: its header fields, and its text read as wire copy. */
function fromTransmission(transmission: Transmission, path: string): ReturnType<Loader> {
  const problems = [...transmission.problems];
  const story = readStory(toLines(transmission.lines.map((line) => line.text), transmission.lines.map((line) => line.number)), new Map(), path, problems);
  const notes = [...transmission.notes.map((note) => ({ ...note, text: smartenPunctuation(note.text) })), ...story.notes];
  const input: ArticleInput = {
    format: "wire-text",
    path,
    headline: transmission.headline === undefined ? undefined : smartenPunctuation(transmission.headline),
    dek: transmission.dek === undefined ? undefined : smartenPunctuation(transmission.dek),
    published: transmission.published,
    dateline: story.body.dateline,
    byline: [...transmission.byline, ...story.bylines],
    tags: transmission.tags,
    heldBack: transmission.heldBack,
    lead: story.body.lead,
    body: story.body.blocks,
    comments: story.scanned.comments,
    corrections: [],
    notes: notes.length > 0 ? notes : undefined,
    fieldNames: { ...defaultFieldNames(), ...transmission.fieldNames },
  };
  return { kind: "article", input: dropUndefined(input), problems };
}

/**
 * The story from its lines: sign-offs and blocks not for publication cut, paragraphs found,
 * editor's notes and bylines taken from the top, contributor lines and trailers from the end,
 * then the body.
 */
function readStory(lines: readonly SourceLine[], images: WireHeader["images"], path: string, problems: Problem[]): Story {
  const scanned = scanBody(separateBylineLines(cutTrailingLines(lines, path, problems)), path, problems);
  const tail = takeTrailers(scanned.paragraphs, path, problems);
  const preamble = takePreamble(tail.paragraphs);
  const body = buildBody(preamble.paragraphs, images, path, problems);
  const notes = [...preamble.notes, ...tail.notes].map((note) => ({ ...note, text: smartenPunctuation(note.text) }));
  return { bylines: preamble.bylines, notes, body, scanned };
}

/** Text that is plainly another format: the only wire text that cannot be read as such. */
function notWireText(text: string, path: string): Problem | undefined {
  // trimStart also removes a byte order mark (U+FEFF is white space to JavaScript).
  const start = text.trimStart();
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

/**
 * Lines without BOM, line-end characters or stray whitespace; tabs and runs of spaces become one
 * space. Where indentation marks the paragraphs (src/sources/wire-indent.ts), a blank line is set
 * before each indented paragraph start, numbered as the line it precedes.
 */
function toLines(text: string | readonly string[], numbers?: readonly number[]): SourceLine[] {
  const raw = typeof text === "string" ? text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/) : text;
  const starts = indentedParagraphStarts(raw);
  return raw.flatMap((line, index) => {
    const number = numbers?.[index] ?? index + 1;
    const source = { text: line.replace(/\s+/gu, " ").trim(), number };
    return starts[index] ? [{ text: "", number }, source] : [source];
  });
}

function skipBlank(lines: readonly SourceLine[], from: number): number {
  let index = from;
  while (index < lines.length && lines[index]!.text === "") index++;
  return index;
}

/**
 * Groups lines into paragraphs, dropping end marks and page furniture; once the comments open
 * after some story text, the rest is reader comments (src/sources/scraped-page.ts). A byline
 * line under the headline is not story text yet, so a count after it opens nothing.
 */
function scanBody(lines: readonly SourceLine[], path: string, problems: Problem[]): Scanned {
  const page = scanScrapedPage(lines, 0, (paragraph, index) => index > 0 || !isBylineLine(paragraph));
  // Each line left out as furniture, and a count that disagrees with the comments read, is a
  // decision that could have gone the other way: the report says so.
  for (const { line, message } of page.warnings) problems.push(warning(path, `line ${line}`, message));
  return page;
}

