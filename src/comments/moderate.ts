// An editor's decisions (`npm run comments -- list | approve <id> | reject <id> [reason]`):
// a queued comment moves to content/comments/<article-id>.json (approve) or to the rejected
// log (reject), and then leaves the queue.
//
// Crash-safe in that order: the comment is written to its destination first, the queue is
// rewritten without it second, each write atomic. A crash between the two leaves the comment
// in both places; running the same command again sees it already at its destination, does not
// add it twice, and only takes it out of the queue. Nothing is ever only in memory.
import { mkdir, readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { DateTime } from "luxon";
import { formatProblem } from "../model/problem.ts";
import { appendLine, writeFileAtomic, type WriteFileAtomic } from "./atomic-write.ts";
import { COMMENT_ID, parseCommentsFile, serializeCommentsFile, type CommentsFile, type StoredComment } from "./comments-file.ts";
import { withModerationLock } from "./moderation-lock.ts";
import {
  checkQueuedComment,
  joinLines,
  moderationFiles,
  PRIVATE_FILE_MODE,
  readLines,
  type Line,
  type QueuedComment,
  type RejectedComment,
} from "./moderation-queue.ts";

export interface ModerationFolders {
  /** The moderation folder (COMMENTS_QUEUE_DIR). */
  queueDir: string;
  /** The content folder (DATELINE_CONTENT): approved comments go to its comments/ folder. */
  contentDir: string;
}

/** The steps that touch the disk, replaceable so tests can make one fail midway. */
export interface ModerationSteps {
  write?: WriteFileAtomic;
  append?: typeof appendLine;
  now?: () => number;
}

/** A mistake the editor can act on (an unknown id, a broken comments file). */
export class ModerationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ModerationError";
  }
}

export interface Pending {
  pending: QueuedComment[];
  /** Lines of the queue that are not submissions; they are kept as they are. */
  broken: Line<QueuedComment>[];
}

export async function listPending(folders: ModerationFolders): Promise<Pending> {
  const lines = await readLines(moderationFiles(folders.queueDir).queue, checkQueuedComment);
  return { pending: lines.flatMap((line) => (line.entry ? [line.entry] : [])), broken: lines.filter((line) => line.problem) };
}

export interface Approved {
  id: string;
  article: string;
  /** The comments file it is in. */
  path: string;
  /** False when a run that crashed had already published it: only the queue was updated. */
  added: boolean;
}

export async function approve(folders: ModerationFolders, id: string, steps: ModerationSteps = {}): Promise<Approved> {
  const write = steps.write ?? writeFileAtomic;
  const files = moderationFiles(folders.queueDir);
  return withModerationLock(folders.queueDir, async () => {
    const lines = await readLines(files.queue, checkQueuedComment);
    const line = lines.find((candidate) => candidate.entry?.id === id);
    if (!line?.entry) throw new ModerationError(await notWaiting(folders, id));
    const entry = line.entry;
    const folder = join(folders.contentDir, "comments");
    const path = join(folder, `${entry.article}.json`);
    const file = await readCommentsFile(path, entry.article);
    const added = !file.comments.some((comment) => comment.id === id);
    if (added) {
      const comment: StoredComment = { id, author: entry.name, posted: entry.received, text: entry.text };
      if (entry.replyTo) comment.replyTo = entry.replyTo;
      const text = serializeCommentsFile({ article: entry.article, comments: [...file.comments, comment] });
      // The file as the build will read it: refuse to write one the build would complain about.
      const checked = parseCommentsFile(text, shown(path), entry.article);
      if (!checked.ok || checked.problems.length > 0) {
        const reasons = checked.problems.map((problem) => problem.message).join("; ");
        throw new ModerationError(`cannot approve ${id}: ${reasons}${entry.replyTo ? ` (approve ${entry.replyTo} first, or reject this reply)` : ""}`);
      }
      await mkdir(folder, { recursive: true });
      await write(path, text);
    }
    await write(files.queue, joinLines(lines.filter((candidate) => candidate !== line)), { mode: PRIVATE_FILE_MODE });
    return { id, article: entry.article, path, added };
  });
}

export interface Rejected {
  id: string;
  article: string;
  /** False when a run that crashed had already logged it: only the queue was updated. */
  added: boolean;
}

export async function reject(folders: ModerationFolders, id: string, reason: string | undefined, steps: ModerationSteps = {}): Promise<Rejected> {
  const write = steps.write ?? writeFileAtomic;
  const append = steps.append ?? appendLine;
  const now = steps.now ?? Date.now;
  const files = moderationFiles(folders.queueDir);
  return withModerationLock(folders.queueDir, async () => {
    const lines = await readLines(files.queue, checkQueuedComment);
    const line = lines.find((candidate) => candidate.entry?.id === id);
    if (!line?.entry) throw new ModerationError(await notWaiting(folders, id));
    const logged = await readLines(files.rejected, checkQueuedComment);
    const added = !logged.some((candidate) => candidate.entry?.id === id);
    if (added) {
      const entry: RejectedComment = { ...line.entry, rejected: DateTime.fromMillis(now()).toISO()! };
      const cleanReason = reason?.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
      if (cleanReason) entry.reason = cleanReason;
      await append(files.rejected, JSON.stringify(entry), { mode: PRIVATE_FILE_MODE });
    }
    await write(files.queue, joinLines(lines.filter((candidate) => candidate !== line)), { mode: PRIVATE_FILE_MODE });
    return { id, article: line.entry.article, added };
  });
}

/** The approved comments of an article; none if the file does not exist yet. */
async function readCommentsFile(path: string, article: string): Promise<CommentsFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return { article, comments: [] };
    throw new Error(`Cannot read ${path}`, { cause });
  }
  const parsed = parseCommentsFile(text, shown(path), article);
  // Rewriting a file with problems would silently drop the comments at fault: stop instead.
  if (!parsed.ok || parsed.problems.length > 0) {
    throw new ModerationError(`${shown(path)} has problems; fix them first (approving rewrites the file):\n${parsed.problems.map((problem) => `  ${formatProblem(problem)}`).join("\n")}`);
  }
  return parsed.file;
}

/** Why an id is not in the queue, as helpfully as the files allow. */
async function notWaiting(folders: ModerationFolders, id: string): Promise<string> {
  if (!COMMENT_ID.test(id)) return `"${terminalSafe(id)}" is not a submission id (such as c-3f9a1c2b7d10): \`npm run comments -- list\` shows the waiting ones`;
  const rejected = (await readLines(moderationFiles(folders.queueDir).rejected, checkQueuedComment)).find((line) => line.entry?.id === id);
  if (rejected) return `${id} is not waiting: it was rejected (${shown(moderationFiles(folders.queueDir).rejected)}, line ${rejected.number})`;
  const folder = join(folders.contentDir, "comments");
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((candidate) => candidate.endsWith(".json") && !candidate.startsWith("."))) {
    const text = await readFile(join(folder, name), "utf8").catch(() => "");
    if (text.includes(`"${id}"`)) return `${id} is not waiting: it is already published in ${shown(join(folder, name))}`;
  }
  return `no submission ${id} is waiting in ${shown(moderationFiles(folders.queueDir).queue)}: \`npm run comments -- list\` shows the waiting ones`;
}

/** The waiting comments as `list` prints them. Reader text is made safe for a terminal. */
export function formatPending({ pending, broken }: Pending, queuePath: string): string {
  const lines: string[] = [];
  for (const entry of pending) {
    const text = terminalSafe(entry.text).replace(/\s+/g, " ").trim();
    const excerpt = Array.from(text).length > 80 ? `${Array.from(text).slice(0, 80).join("").trimEnd()}…` : text;
    lines.push(`${entry.id}  ${entry.article}  ${terminalSafe(entry.name)}  ${entry.received}${entry.replyTo ? `  reply to ${entry.replyTo}` : ""}`);
    lines.push(`    ${excerpt}`);
  }
  for (const line of broken) lines.push(`${shown(queuePath)}, line ${line.number}: ${line.problem}; kept as it is: fix or remove it by hand`);
  lines.push(`${pending.length} comment${pending.length === 1 ? "" : "s"} waiting.`);
  return lines.join("\n");
}

/** Control and bidirectional characters shown as \u{…}, so they cannot drive the terminal. */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
}

/** A path as an editor reads it: relative to where the command runs. */
export function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}
