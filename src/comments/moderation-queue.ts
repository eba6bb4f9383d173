// The moderation folder (COMMENTS_QUEUE_DIR, default `moderation/`): what readers sent, kept
// apart from the published data until an editor decides.
//
//   comments.<started>.<host>.<pid>.jsonl    comments, appended by the intake server only (see
//                    src/comments/submission-log.ts), one JSON object a line:
//                    {"id":"c-3f9a1c2b7d10","received":"2026-11-18T17:02:09+02:00","article":"beirut-port-reopens",
//                     "url":"/2026/11/18/beirut-port-reopens/","name":"Maya","email":"maya@example.com","text":"…","replyTo":"c-81d07e"}
//   reactions.<started>.<host>.<pid>.jsonl   {"id":"r-…","received":"…","article":"beirut-port-reopens","choice":"yes"};
//                    a line may carry "count" (a whole number) to import totals from an old site
//   decided.jsonl    the editor's decisions, {"id":"c-…","decision":"approved","at":"…"}: a comment is
//                    waiting while it is in a segment and not decided
//   rejected.jsonl   rejected comments plus "rejected" (time) and "reason", for the editor
//   queue.jsonl, reactions.jsonl   the same, as earlier versions wrote them: read as segments
//
// The e-mail address is for the editor only: it never leaves this folder.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { COMMENT_ID } from "./comments-file.ts";
import { listSegments, type Segment } from "./submission-log.ts";

export { ARTICLE_ID } from "../model/article-id.ts";
import { ARTICLE_ID } from "../model/article-id.ts";

export interface QueuedComment {
  id: string;
  /** When the intake server accepted it: ISO 8601 with offset, published as the comment's time. */
  received: string;
  article: string;
  /** The article's site path, for the editor. */
  url: string;
  name: string;
  /** For the editor; never published. */
  email: string;
  text: string;
  replyTo?: string;
}

export interface RejectedComment extends QueuedComment {
  rejected: string;
  reason?: string;
}

export interface ReactionEntry {
  id: string;
  received: string;
  article: string;
  choice: "yes" | "no";
  /** Imported totals; absent means one reader's answer. */
  count?: number;
}

export interface Decision {
  id: string;
  decision: "approved" | "rejected";
  at: string;
}

export interface ModerationFiles {
  decided: string;
  rejected: string;
}

export function moderationFiles(folder: string): ModerationFiles {
  return { decided: join(folder, "decided.jsonl"), rejected: join(folder, "rejected.jsonl") };
}

/** Queue and rejected log hold e-mail addresses: readable by their owner only. */
export const PRIVATE_FILE_MODE = 0o600;

/** A short id from a random UUID: `c-` + 12 hex digits (48 bits), matching COMMENT_ID. */
export function newSubmissionId(prefix: "c" | "r"): string {
  return `${prefix}-${randomUUID().replaceAll("-", "").slice(0, 12)}`;
}

/** One line of a JSON Lines file, with its parsed entry or what is wrong with it. */
export interface Line<T> {
  /** 1-based, as editors count. */
  number: number;
  text: string;
  entry?: T;
  problem?: string;
}

/**
 * Every non-blank line of a JSON Lines file (none if the file does not exist yet). A last line
 * without its line end is reported as a problem, or with `skipUnended` left out: in a segment of
 * the intake server's it is being written this moment, or was cut short by a crash before it was
 * synced, and so was never acknowledged.
 */
export async function readLines<T>(path: string, check: (value: unknown) => T | string, options: { skipUnended?: boolean } = {}): Promise<Line<T>[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new Error(`Cannot read ${path}`, { cause });
  }
  return parseLines(text, check, options);
}

export function parseLines<T>(text: string, check: (value: unknown) => T | string, options: { skipUnended?: boolean } = {}): Line<T>[] {
  const lines: Line<T>[] = [];
  const parts = text.split("\n");
  parts.forEach((raw, index) => {
    if (raw.trim() === "") return;
    if (options.skipUnended && index === parts.length - 1) return;
    const line: Line<T> = { number: index + 1, text: raw };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      line.problem =
        index === parts.length - 1
          ? "is incomplete (no line end): being written this moment, or cut short by a crash"
          : "is not a JSON object (cut short by a crash, or edited by hand)";
      lines.push(line);
      return;
    }
    const checked = check(value);
    if (typeof checked === "string") line.problem = checked;
    else line.entry = checked;
    lines.push(line);
  });
  return lines;
}

/** The text of a JSON Lines file holding these lines: unreadable lines are kept as they were. */
export function joinLines(lines: readonly Line<unknown>[]): string {
  return lines.map((line) => `${line.text}\n`).join("");
}

export function checkQueuedComment(value: unknown): QueuedComment | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "is not a JSON object";
  const raw = value as Record<string, unknown>;
  if (typeof raw.id !== "string" || !COMMENT_ID.test(raw.id)) return "has no valid id";
  if (typeof raw.article !== "string" || !ARTICLE_ID.test(raw.article)) return `${raw.id}: has no valid article id`;
  for (const key of ["received", "url", "name", "email", "text"] as const) {
    if (typeof raw[key] !== "string") return `${raw.id}: "${key}" is missing`;
  }
  if (raw.replyTo !== undefined && (typeof raw.replyTo !== "string" || !COMMENT_ID.test(raw.replyTo))) return `${raw.id}: "replyTo" is not a comment id`;
  return raw as unknown as QueuedComment;
}

export function checkReaction(value: unknown): ReactionEntry | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "is not a JSON object";
  const raw = value as Record<string, unknown>;
  if (typeof raw.article !== "string" || !ARTICLE_ID.test(raw.article)) return "has no valid article id";
  if (raw.choice !== "yes" && raw.choice !== "no") return `"choice" must be "yes" or "no"`;
  if (raw.count !== undefined && !(Number.isInteger(raw.count) && (raw.count as number) >= 0)) return `"count" must be a whole number`;
  return raw as unknown as ReactionEntry;
}

export function checkDecision(value: unknown): Decision | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "is not a JSON object";
  const raw = value as Record<string, unknown>;
  if (typeof raw.id !== "string" || !COMMENT_ID.test(raw.id)) return "has no valid id";
  if (raw.decision !== "approved" && raw.decision !== "rejected") return `${raw.id}: "decision" must be "approved" or "rejected"`;
  return raw as unknown as Decision;
}

/** Each decided comment's decision. A broken line decides nothing: its comment is asked about again. */
export async function readDecisions(folder: string): Promise<Map<string, Decision>> {
  const lines = await readLines(moderationFiles(folder).decided, checkDecision);
  return new Map(lines.flatMap((line) => (line.entry ? [[line.entry.id, line.entry] as const] : [])));
}

/** A line of a comments segment, with the segment it is in. */
export interface SegmentLine extends Line<QueuedComment> {
  segment: Segment;
}

/** Every line of every comments segment, oldest first. */
export async function readSubmissions(folder: string): Promise<SegmentLine[]> {
  const lines: SegmentLine[] = [];
  for (const segment of await listSegments(folder, "comments")) {
    for (const line of await readLines(segment.path, checkQueuedComment, { skipUnended: segment.writer !== undefined })) lines.push({ ...line, segment });
  }
  return lines;
}
