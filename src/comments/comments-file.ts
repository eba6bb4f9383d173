// The approved comments of one article, as a newsroom keeps them: content/comments/<article-id>.json.
//
//   {
//     "article": "beirut-port-reopens",
//     "comments": [
//       { "id": "c-7f3a9e", "author": "Maya", "posted": "2026-11-18T17:02:00+02:00", "text": "…", "pick": true },
//       { "id": "c-81b2c0", "author": "Karim", "posted": "2026-11-18T18:40:00+02:00", "text": "…", "replyTo": "c-7f3a9e" }
//     ]
//   }
//
// Written by `npm run comments -- approve` (or by hand); read and checked here for the build.
import { DateTime } from "luxon";
import { withoutControlCharacters } from "../model/control-characters.ts";
import { error, type Problem } from "../model/problem.ts";

export interface StoredComment {
  /** Unique within the file; replies point at it. */
  id: string;
  /** The reader's display name; empty or absent shows as "Anonymous". */
  author?: string;
  /** ISO 8601 with offset. */
  posted: string;
  /** Exactly as the reader wrote it: plain text, never HTML. */
  text: string;
  /** The id of the comment this one answers (one level: a reply to a reply is refused). */
  replyTo?: string;
  /** An editor's pick. */
  pick?: boolean;
}

export interface CommentsFile {
  article: string;
  comments: StoredComment[];
}


export const COMMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const FIELDS = new Set(["id", "author", "posted", "text", "replyTo", "pick"]);

export type CommentsFileResult = { ok: true; file: CommentsFile; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Checks a comments file. A comment with a mistake is left out with an error naming it; the
 * others stay. A file that is not JSON of the right shape is one error.
 */
export function parseCommentsFile(text: string, path: string, articleId: string): CommentsFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    return { ok: false, problems: [error(path, "json", `is not valid JSON (${(cause as Error).message}): fix the file, or restore it from the moderation log`)] };
  }
  if (typeof data !== "object" || data === null || !Array.isArray((data as { comments?: unknown }).comments)) {
    return { ok: false, problems: [error(path, "comments", 'the file must be an object with a "comments" list')] };
  }
  const raw = data as { article?: unknown; comments: unknown[] };
  const problems: Problem[] = [];
  if (raw.article !== undefined && raw.article !== articleId) {
    problems.push(error(path, "article", `says "${String(raw.article)}" but the file is named for "${articleId}": comments are filed by the article's id, its source file name`));
  }
  const checked: { comment: StoredComment; index: number }[] = [];
  const ids = new Set<string>();
  raw.comments.forEach((entry, index) => {
    const comment = checkComment(entry, `comments[${index}]`, path, problems);
    if (!comment) return;
    if (ids.has(comment.id)) {
      problems.push(error(path, `comments[${index}].id`, `"${comment.id}" is used twice: give each comment its own id`));
      return;
    }
    ids.add(comment.id);
    checked.push({ comment, index });
  });
  // Replies must answer a top-level comment of the same file: one level of nesting.
  const topLevel = new Set(checked.filter(({ comment }) => !comment.replyTo).map(({ comment }) => comment.id));
  const kept = checked.filter(({ comment, index }) => {
    if (!comment.replyTo || topLevel.has(comment.replyTo)) return true;
    const reason = ids.has(comment.replyTo) ? "is itself a reply (replies nest one level)" : "is not a comment in this file";
    problems.push(error(path, `comments[${index}].replyTo`, `"${comment.replyTo}" ${reason}: point replyTo at a top-level comment or remove it`));
    return false;
  });
  return { ok: true, file: { article: articleId, comments: kept.map(({ comment }) => comment) }, problems };
}

function checkComment(entry: unknown, field: string, path: string, problems: Problem[]): StoredComment | undefined {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    problems.push(error(path, field, "a comment must be an object with id, posted and text"));
    return undefined;
  }
  const raw = entry as Record<string, unknown>;
  const fail = (name: string, message: string) => {
    problems.push(error(path, `${field}.${name}`, message));
    return undefined;
  };
  for (const key of Object.keys(raw)) if (!FIELDS.has(key)) return fail(key, `unknown field: a comment has ${[...FIELDS].join(", ")}`);
  if (typeof raw.id !== "string" || !COMMENT_ID.test(raw.id)) return fail("id", "must be letters, digits, - or _ (at most 64), such as \"c-7f3a9e\"");
  if (typeof raw.text !== "string" || raw.text.trim() === "") return fail("text", "must be the comment's text");
  if (typeof raw.posted !== "string" || !isInstant(raw.posted)) return fail("posted", "must be the time it was posted, ISO 8601 with offset, such as \"2026-11-18T17:02:00+02:00\"");
  if (raw.author !== undefined && typeof raw.author !== "string") return fail("author", "must be text");
  for (const name of ["text", "author"] as const) {
    // Refused, not cleaned: a reader cannot type these, so the file may have been tampered with.
    if (typeof raw[name] === "string" && withoutControlCharacters(raw[name] as string) !== raw[name]) {
      return fail(name, "contains control characters (such as NUL): remove them, and check how they got there");
    }
  }
  if (raw.replyTo !== undefined && (typeof raw.replyTo !== "string" || !COMMENT_ID.test(raw.replyTo))) return fail("replyTo", "must be the id of another comment");
  if (raw.pick !== undefined && typeof raw.pick !== "boolean") return fail("pick", "must be true or false");
  const comment: StoredComment = { id: raw.id, posted: raw.posted, text: raw.text };
  if (typeof raw.author === "string" && raw.author.trim() !== "") comment.author = raw.author;
  if (typeof raw.replyTo === "string") comment.replyTo = raw.replyTo;
  if (raw.pick === true) comment.pick = true;
  return comment;
}

/** A full ISO 8601 time with an offset or Z: an instant, never a wall-clock time in an unknown zone. */
function isInstant(text: string): boolean {
  return /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) && /T\d{2}:\d{2}/.test(text) && DateTime.fromISO(text, { setZone: true }).isValid;
}

/** The file as `approve` writes it: stable key order, one comment per entry, a final newline. */
export function serializeCommentsFile(file: CommentsFile): string {
  const comments = file.comments.map(({ id, author, posted, text, replyTo, pick }) => ({ id, author, posted, text, replyTo, pick }));
  return `${JSON.stringify({ article: file.article, comments }, null, 2)}\n`;
}
