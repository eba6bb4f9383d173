// The body of a wire-text file split into story paragraphs and reader comments. Furniture lines
// (src/sources/wire-furniture.ts) are dropped wherever they are; the first one that opens the
// comments (a count, a policy, the comment form) after some story text ends the story, and the
// rest of the page is read as comments (src/sources/scraped-comments.ts). Furniture above the
// story (a count under the headline, `Share this:` under the byline) opens nothing. The comment
// form's labels at the foot of the page open the comments too, with no opener above them
// (src/sources/form-leftovers.ts).
import type { CommentInput } from "../model/types.ts";
import { readCommentHeader } from "./comment-header.ts";
import { formLeftovers } from "./form-leftovers.ts";
import { readFurniture } from "./furniture-vocabulary.ts";
import { readScrapedComments } from "./scraped-comments.ts";
import type { Paragraph } from "./wire-body.ts";
import { furnitureKind, opensComments, type FurnitureKind } from "./wire-furniture.ts";
import type { SourceLine } from "./wire-header.ts";

export interface ScrapedPage {
  paragraphs: Paragraph[];
  comments: CommentInput[];
  commentsClosed: boolean;
  /** Decisions that could have gone the other way, by line, for the build report. */
  warnings: { line: number; message: string }[];
}

/**
 * Reads lines from `from` on. `isStory(paragraph, index)` says whether a paragraph is story
 * text: a byline line under the headline is not, so furniture after it is still above the story.
 */
export function scanScrapedPage(lines: readonly SourceLine[], from: number, isStory: (paragraph: Paragraph, index: number) => boolean): ScrapedPage {
  const page: ScrapedPage = { paragraphs: [], comments: [], commentsClosed: false, warnings: [] };
  let current: SourceLine[] = [];
  let storyStarted = false;
  let afterReaction = false;
  let afterFurniture = false;
  let count: { line: number; value: number } | undefined;
  /** Furniture dropped since the last story paragraph: reported if the story goes on after it. */
  let dropped: SourceLine[] = [];
  const leftovers = formLeftovers(lines, from);
  const flush = () => {
    if (current.length === 0) return;
    const paragraph: Paragraph = { text: current.map((line) => line.text).join(" "), line: current[0]!.number, lineCount: current.length };
    page.paragraphs.push(paragraph);
    // A post's date line under the headline (`Posted on November 18, 2019 by admin`) is no more
    // story text than a byline: `Leave a comment` after it is still above the story.
    storyStarted ||= isStory(paragraph, page.paragraphs.length - 1) && (paragraph.lineCount > 1 || readCommentHeader(paragraph.text) === undefined);
    for (const line of dropped) page.warnings.push({ line: line.number, message: `read as page furniture and left out of the story: "${line.text}"` });
    dropped = [];
    afterReaction = false;
    current = [];
  };
  let index = from;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.text === "") {
      flush();
      continue;
    }
    const kind: FurnitureKind | undefined = leftovers.has(index) ? "form" : furnitureKind(line.text, { afterReaction, inFurniture: afterFurniture });
    afterFurniture = kind !== undefined;
    if (kind === undefined) {
      current.push(line);
      continue;
    }
    // A related post (Jetpack: title, date, `In "Category"`) is a link, not a paragraph.
    if (kind === "share" && isRelatedPost(current)) {
      dropped.push(...current);
      current = [];
    }
    flush();
    if (kind !== "end") dropped.push(line);
    if (kind === "reaction") afterReaction = true;
    if (kind === "comments-closed") page.commentsClosed = true;
    if (kind === "comments" && count === undefined) {
      const value = readFurniture(line.text)?.count;
      if (value !== undefined) count = { line: line.number, value };
    }
    if (opensComments(kind) && storyStarted) break;
  }
  flush();
  // The lines after the one that opened the comments (none when nothing did) are the comments.
  const read = readScrapedComments(lines.slice(index + 1));
  page.comments = read.comments;
  page.commentsClosed ||= read.closed;
  if (count === undefined && read.count !== undefined) count = { line: lines[index]!.number, value: read.count };
  if (count !== undefined && count.value !== page.comments.length && page.comments.length > 0) {
    page.warnings.push({ line: count.line, message: `the page says ${count.value} comment${count.value === 1 ? "" : "s"}, ${page.comments.length} ${page.comments.length === 1 ? "was" : "were"} read: check where each comment starts and ends` });
  }
  return page;
}

function isRelatedPost(lines: readonly SourceLine[]): boolean {
  if (lines.length !== 2) return false;
  const header = readCommentHeader(lines[1]!.text);
  return header?.posted !== undefined && header.author === undefined;
}
