// The moderation folder (COMMENTS_QUEUE_DIR, default `moderation/`): what readers sent, kept
// apart from the published data until an editor decides.
//
//   queue.jsonl      comments waiting for an editor, one JSON object a line:
//                    {"id":"c-3f9a1c2b7d10","received":"2026-11-18T17:02:09+02:00","article":"beirut-port-reopens",
//                     "url":"/2026/11/18/beirut-port-reopens/","name":"Maya","email":"maya@example.com","text":"…","replyTo":"c-81d07e"}
//   rejected.jsonl   the same objects plus "rejected" (time) and "reason", once an editor rejects them
//   reactions.jsonl  {"id":"r-…","received":"…","article":"beirut-port-reopens","choice":"yes"}; a line may carry
//                    "count" (a whole number) to import totals from an old site
//
// The e-mail address is for the editor only: it never leaves this folder.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { COMMENT_ID } from "./comments-file.ts";
import { appendLine } from "./atomic-write.ts";
import { withModerationLock } from "./moderation-lock.ts";

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

export interface ModerationFiles {
  queue: string;
  rejected: string;
  reactions: string;
}

export function moderationFiles(folder: string): ModerationFiles {
  return { queue: join(folder, "queue.jsonl"), rejected: join(folder, "rejected.jsonl"), reactions: join(folder, "reactions.jsonl") };
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

/** Every non-blank line of a JSON Lines file (none if the file does not exist yet). */
export async function readLines<T>(path: string, check: (value: unknown) => T | string): Promise<Line<T>[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new Error(`Cannot read ${path}`, { cause });
  }
  const lines: Line<T>[] = [];
  const parts = text.split("\n");
  parts.forEach((raw, index) => {
    if (raw.trim() === "") return;
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

/** Adds a comment to the queue, under the moderation lock (an editor may be rewriting it). */
export async function enqueueComment(folder: string, entry: QueuedComment): Promise<void> {
  const { queue } = moderationFiles(folder);
  await withModerationLock(folder, () => appendLine(queue, JSON.stringify(entry), { mode: PRIVATE_FILE_MODE }));
}

/** Adds a reaction to the log. Only ever appended (the tally reads it), so no lock is needed. */
export async function logReaction(folder: string, entry: ReactionEntry): Promise<void> {
  await appendLine(moderationFiles(folder).reactions, JSON.stringify(entry));
}
