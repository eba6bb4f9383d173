// An editor's decisions (`npm run comments -- list | approve <id> | reject <id> [reason]`):
// a waiting comment is published to content/comments/<article-id>.json (approve) or logged in
// the rejected log (reject), and the decision is recorded in decided.jsonl, which takes it out
// of the queue. Segments the intake server has closed are then rewritten without the decided
// comments (src/comments/submission-log.ts), so their e-mail addresses leave the folder; the
// server's open segment is left alone, and no lock stands between it and the editor.
//
// Crash-safe in that order: the comment is written to its destination first, the decision
// second, each write atomic or a synced append. A crash between the two leaves the comment
// published and still waiting; running the same command again sees it already at its
// destination, does not add it twice, and only records the decision. Nothing is ever only in
// memory, and nothing already published is dropped: comments files are only added to.
import { mkdir, readdir, readFile, unlink } from "node:fs/promises";
import { join, relative } from "node:path";
import { DateTime } from "luxon";
import { formatProblem } from "../model/problem.ts";
import { ArticleListError, articleListPath, readArticleList, type ArticleList } from "./article-list.ts";
import { appendLine, writeFileAtomic, type WriteFileAtomic } from "./atomic-write.ts";
import { COMMENT_ID, parseCommentsFile, serializeCommentsFile, type CommentsFile, type StoredComment } from "./comments-file.ts";
import { removeLeftovers, withModerationLock } from "./moderation-lock.ts";
import {
  checkQueuedComment,
  joinLines,
  moderationFiles,
  parseLines,
  PRIVATE_FILE_MODE,
  readDecisions,
  readLines,
  readSubmissions,
  type Decision,
  type QueuedComment,
  type RejectedComment,
  type SegmentLine,
} from "./moderation-queue.ts";
import { isClosed, listSegments } from "./submission-log.ts";

export interface ModerationFolders {
  /** The moderation folder (COMMENTS_QUEUE_DIR). */
  queueDir: string;
  /** The content folder (DATELINE_CONTENT): approved comments go to its comments/ folder. */
  contentDir: string;
}

export interface PublishFolders extends ModerationFolders {
  /** The built site (COMMENTS_SITE_DIR, default _site/): its article list says which articles exist. */
  builtDir: string;
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

/** A line of a segment that is not a submission: kept as it is, for the editor to look at. */
export interface BrokenLine {
  file: string;
  number: number;
  problem: string;
}

export interface Pending {
  pending: QueuedComment[];
  broken: BrokenLine[];
}

export async function listPending(folders: ModerationFolders): Promise<Pending> {
  const [lines, decisions] = await Promise.all([readSubmissions(folders.queueDir), readDecisions(folders.queueDir)]);
  return {
    pending: waiting(lines, decisions).map((line) => line.entry!),
    broken: lines.flatMap((line) => (line.problem ? [{ file: line.segment.path, number: line.number, problem: line.problem }] : [])),
  };
}

/** The lines of submissions not decided yet, each id once. */
function waiting(lines: readonly SegmentLine[], decisions: ReadonlyMap<string, Decision>): SegmentLine[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    if (!line.entry || decisions.has(line.entry.id) || seen.has(line.entry.id)) return false;
    seen.add(line.entry.id);
    return true;
  });
}

export interface Approved {
  id: string;
  article: string;
  /** The comments file it is in. */
  path: string;
  /** False when a run that crashed had already published it: only the decision was recorded. */
  added: boolean;
}

export async function approve(folders: PublishFolders, id: string, steps: ModerationSteps = {}): Promise<Approved> {
  const write = steps.write ?? writeFileAtomic;
  return withModerationLock(folders.queueDir, async () => {
    await removeLeftovers(folders.queueDir);
    const decisions = await readDecisions(folders.queueDir);
    const entry = waiting(await readSubmissions(folders.queueDir), decisions).find((line) => line.entry!.id === id)?.entry;
    if (!entry) throw new ModerationError(await notWaiting(folders, id, decisions));
    const articles = await articleList(folders.builtDir);
    if (!articles.has(entry.article)) {
      throw new ModerationError(
        `cannot approve ${id}: its article "${entry.article}" is not on the site any more (${shown(articleListPath(folders.builtDir))} does not list it). It stays in the queue: reject it, or build the site with the article and approve again`,
      );
    }
    const folder = join(folders.contentDir, "comments");
    const path = join(folder, `${entry.article}.json`);
    const file = await readCommentsFile(path, entry.article);
    const added = !file.comments.some((comment) => comment.id === id);
    if (added) {
      // No replyTo on a top-level comment: serializeCommentsFile leaves an undefined field out.
      const comment: StoredComment = { id, author: entry.name, posted: entry.received, text: entry.text, replyTo: entry.replyTo };
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
    await decide(folders, { id, decision: "approved", at: isoNow(steps) }, decisions, steps);
    return { id, article: entry.article, path, added };
  });
}

export interface Rejected {
  id: string;
  article: string;
  /** False when a run that crashed had already logged it: only the decision was recorded. */
  added: boolean;
}

export async function reject(folders: ModerationFolders, id: string, reason: string | undefined, steps: ModerationSteps = {}): Promise<Rejected> {
  const append = steps.append ?? appendLine;
  const files = moderationFiles(folders.queueDir);
  return withModerationLock(folders.queueDir, async () => {
    await removeLeftovers(folders.queueDir);
    const decisions = await readDecisions(folders.queueDir);
    const entry = waiting(await readSubmissions(folders.queueDir), decisions).find((line) => line.entry!.id === id)?.entry;
    if (!entry) throw new ModerationError(await notWaiting(folders, id, decisions));
    const logged = await readLines(files.rejected, checkQueuedComment);
    const added = !logged.some((candidate) => candidate.entry?.id === id);
    const at = isoNow(steps);
    if (added) {
      const rejected: RejectedComment = { ...entry, rejected: at };
      const cleanReason = reason?.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
      if (cleanReason) rejected.reason = cleanReason;
      await append(files.rejected, JSON.stringify(rejected), { mode: PRIVATE_FILE_MODE });
    }
    await decide(folders, { id, decision: "rejected", at }, decisions, steps);
    return { id, article: entry.article, added };
  });
}

function isoNow(steps: ModerationSteps): string {
  return DateTime.fromMillis((steps.now ?? Date.now)()).toISO()!;
}

/** Records a decision, then trims the decided comments out of the closed segments. */
async function decide(folders: ModerationFolders, decision: Decision, earlier: ReadonlyMap<string, Decision>, steps: ModerationSteps): Promise<void> {
  await (steps.append ?? appendLine)(moderationFiles(folders.queueDir).decided, JSON.stringify(decision), { mode: PRIVATE_FILE_MODE });
  await trimClosedSegments(folders.queueDir, new Set([...earlier.keys(), decision.id]), steps.write ?? writeFileAtomic);
}

/**
 * Rewrites each closed comments segment without its decided comments (deleted when none is
 * left), and without a last line a crash cut short (never acknowledged). Lines that are not
 * submissions are kept for the editor. Run holding the lock.
 */
export async function trimClosedSegments(folder: string, decided: ReadonlySet<string>, write: WriteFileAtomic = writeFileAtomic): Promise<void> {
  const segments = await listSegments(folder, "comments");
  for (const segment of segments.filter((candidate) => isClosed(candidate, segments))) {
    const text = await readFile(segment.path, "utf8");
    const lines = parseLines(text, checkQueuedComment, { skipUnended: segment.writer !== undefined });
    const kept = lines.filter((line) => !line.entry || !decided.has(line.entry.id));
    const cutShort = segment.writer !== undefined && text !== "" && !text.endsWith("\n");
    if (kept.length === lines.length && !cutShort) continue;
    if (kept.length === 0) await unlink(segment.path);
    else await write(segment.path, joinLines(kept), { mode: PRIVATE_FILE_MODE });
  }
}

async function articleList(builtDir: string): Promise<ArticleList> {
  try {
    return await readArticleList(builtDir);
  } catch (cause) {
    if (cause instanceof ArticleListError) throw new ModerationError(`cannot check that the article still exists: ${cause.message}`);
    throw cause;
  }
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
async function notWaiting(folders: ModerationFolders, id: string, decisions: ReadonlyMap<string, Decision>): Promise<string> {
  if (!COMMENT_ID.test(id)) return `"${terminalSafe(id)}" is not a submission id (such as c-3f9a1c2b7d10): \`npm run comments -- list\` shows the waiting ones`;
  const { rejected: rejectedLog } = moderationFiles(folders.queueDir);
  const rejected = (await readLines(rejectedLog, checkQueuedComment)).find((line) => line.entry?.id === id);
  if (rejected) return `${id} is not waiting: it was rejected (${shown(rejectedLog)}, line ${rejected.number})`;
  const folder = join(folders.contentDir, "comments");
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((candidate) => candidate.endsWith(".json") && !candidate.startsWith("."))) {
    const text = await readFile(join(folder, name), "utf8").catch(() => "");
    if (text.includes(`"${id}"`)) return `${id} is not waiting: it is already published in ${shown(join(folder, name))}`;
  }
  const decided = decisions.get(id);
  if (decided) return `${id} is not waiting: it was ${decided.decision} at ${decided.at}`;
  return `no submission ${id} is waiting in ${shown(folders.queueDir)}: \`npm run comments -- list\` shows the waiting ones`;
}

/** The waiting comments as `list` prints them. Reader text is made safe for a terminal. */
export function formatPending({ pending, broken }: Pending): string {
  const lines: string[] = [];
  for (const entry of pending) {
    const text = terminalSafe(entry.text).replace(/\s+/g, " ").trim();
    const excerpt = Array.from(text).length > 80 ? `${Array.from(text).slice(0, 80).join("").trimEnd()}…` : text;
    lines.push(`${entry.id}  ${entry.article}  ${terminalSafe(entry.name)}  ${entry.received}${entry.replyTo ? `  reply to ${entry.replyTo}` : ""}`);
    lines.push(`    ${excerpt}`);
  }
  for (const line of broken) lines.push(`${shown(line.file)}, line ${line.number}: ${line.problem}; kept as it is: fix or remove it by hand`);
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
