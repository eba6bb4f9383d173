// Reader comments as a rescued page leaves them, once the comments have opened. Each line is
// a comment header (who and when: src/sources/comment-header.ts), a comment action (`Reply`,
// `Report`, `Like (3)`), other furniture (the comment form after the comments, Disqus's
// footer), or the text of a comment.
//
// Where the layout marks comments (a header above each, or actions below), everything between
// two marks is one comment, however many paragraphs it has. Where it marks nothing, each
// paragraph is one comment: that is all the page shows.
import type { CommentInput } from "../model/types.ts";
import { readCommentHeader, isName, type CommentHeader } from "./comment-header.ts";
import { readFurniture } from "./furniture-vocabulary.ts";
import { furnitureKind, kindOf } from "./wire-furniture.ts";
import type { SourceLine } from "./wire-header.ts";

export interface ScrapedComments {
  comments: CommentInput[];
  /** "Comments are closed." was among them. */
  closed: boolean;
  /** The first comment count printed among them (`3 Comments`), if any. */
  count?: number;
}

/** A subject of a dozen characters or more, cut with an ellipsis (the one that ends the line). */
const DRUPAL_SUBJECT = /^(.{12,})(?:…|\.\.\.)$/;

interface Run {
  header: CommentHeader;
  paragraphs: string[][];
}

type Item =
  | { type: "blank" }
  | { type: "text"; text: string }
  | { type: "header"; header: CommentHeader }
  /** `Reply`, `Report`, `Like (3)`: the end of a comment. */
  | { type: "action" }
  | { type: "furniture" };

/** Reads the comments from `lines` (every line after the comments opened). */
export function readScrapedComments(lines: readonly SourceLine[]): ScrapedComments {
  const result: ScrapedComments = { comments: [], closed: false };
  const items = classify(lines, result);
  const marked = items.some((item) => item.type === "header" || item.type === "action");
  result.comments = marked ? markedComments(items) : paragraphComments(items);
  return result;
}

function classify(lines: readonly SourceLine[], result: ScrapedComments): Item[] {
  const items: Item[] = [];
  let afterReaction = false;
  for (const { text } of lines) {
    if (text === "") {
      items.push({ type: "blank" });
      continue;
    }
    const header = readCommentHeader(text);
    if (header) {
      items.push({ type: "header", header });
      continue;
    }
    const item = furnitureItem(text, afterReaction, result);
    if (item === undefined) {
      items.push({ type: "text", text });
      afterReaction = false;
      continue;
    }
    if (item === "reaction") afterReaction = true;
    // A line of bullets alone (`•` between Disqus's buttons) is no boundary at all.
    else if (item !== "separator") items.push({ type: item });
  }
  return items;
}

function furnitureItem(text: string, afterReaction: boolean, result: ScrapedComments): "action" | "furniture" | "reaction" | "separator" | undefined {
  const reading = readFurniture(text);
  const context = { afterReaction, inFurniture: true };
  // Not made of phrases: only an end mark (`-30-`) is still furniture.
  if (!reading) return furnitureKind(text, context) ? "furniture" : undefined;
  const kind = kindOf(reading, context);
  if (kind === undefined) return undefined;
  if (reading.kinds.size === 0) return "separator";
  if (kind === "comments-closed") result.closed = true;
  if (reading.count !== undefined) result.count ??= reading.count;
  if (kind === "reaction") return "reaction";
  return reading.kinds.has("action") ? "action" : "furniture";
}

/** One comment per paragraph, as the old layouts without marks show them. */
function paragraphComments(items: readonly Item[]): CommentInput[] {
  const comments: CommentInput[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) comments.push({ text: lines.join(" ") });
    lines = [];
  };
  for (const item of items) {
    if (item.type === "text") lines.push(item.text);
    else flush();
  }
  flush();
  return comments;
}

/** One comment between two marks, with the author and date its header gave. */
function markedComments(items: readonly Item[]): CommentInput[] {
  const runs: Run[] = [];
  let header: CommentHeader = {};
  let paragraphs: string[][] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) paragraphs.push(paragraph);
    paragraph = [];
  };
  const endComment = () => {
    endParagraph();
    paragraphs = paragraphs.filter((lines) => lines.length > 0);
    if (paragraphs.length > 0) {
      runs.push({ header, paragraphs });
      header = {};
    }
    paragraphs = [];
  };
  for (const item of items) {
    switch (item.type) {
      case "blank":
        endParagraph();
        break;
      case "text":
        paragraph.push(item.text);
        break;
      case "header": {
        let { author } = item.header;
        // A name on its own line right above a date (`Jane Doe` / `November 18, 2019 at 9:41 am`)
        // is the next comment's author, not the end of the last comment. Any other mark since the
        // last text line ended that comment and left no line to take.
        const name = paragraph.at(-1) ?? paragraphs.at(-1)?.at(-1);
        if (author === undefined && name !== undefined && isName(name)) {
          author = name;
          if (paragraph.length > 0) paragraph.pop();
          else paragraphs.at(-1)!.pop();
        }
        endComment();
        header = { ...header, ...item.header, ...(author === undefined ? {} : { author }) };
        break;
      }
      case "action":
      case "furniture":
        endComment();
        break;
    }
  }
  endComment();
  namesOnFirstLines(runs);
  return runs.map(({ header: { author, posted }, paragraphs: parts }) => ({
    ...(author === undefined ? {} : { author }),
    ...(posted === undefined ? {} : { posted }),
    text: withoutDrupalSubject(parts)
      .map((lines) => lines.join(" "))
      .join("\n\n"),
  }));
}

/**
 * The Facebook plugin prints each commenter's name on the line above the comment and actions
 * below it, with no header. A first line is the author only when every comment has one that
 * reads as a name, with text under it: one comment that does not and the names stay text.
 */
function namesOnFirstLines(runs: Run[]): void {
  if (runs.length === 0 || runs.some(({ header }) => header.author !== undefined || header.posted !== undefined)) return;
  const named = runs.every(({ paragraphs }) => {
    const [first] = paragraphs;
    return first !== undefined && isName(first[0]!) && (first.length > 1 || paragraphs.length > 1);
  });
  if (!named) return;
  for (const run of runs) {
    const first = run.paragraphs[0]!;
    run.header = { author: first[0]! };
    if (first.length > 1) first.shift();
    else run.paragraphs.shift();
  }
}

/**
 * Drupal's comment subject defaults to the comment's first 29 characters or so, cut with `…`:
 * shown once. A short first paragraph (`Hmm…`) that the next one happens to repeat is the
 * reader's own text and stays.
 */
function withoutDrupalSubject(paragraphs: string[][]): string[][] {
  const [subject, next] = paragraphs;
  if (subject?.length !== 1 || next === undefined) return paragraphs;
  const cut = DRUPAL_SUBJECT.exec(subject[0]!);
  return cut && next.join(" ").startsWith(cut[1]!) ? paragraphs.slice(1) : paragraphs;
}
