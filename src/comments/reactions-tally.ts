// Reaction counts for the build: content/reactions.json. `npm run comments -- tally` (and every
// approve or reject) ADDS the answers readers sent since the last tally to the counts the file
// already holds: counts brought from an old site or typed in by hand are never lost.
//
//   { "beirut-port-reopens": { "yes": 41, "no": 6 } }
//
// What has been counted is kept in the moderation folder (`reactions-tallied.json`): for each
// reactions segment, the bytes of it already counted. A tally writes that record first, naming
// the counts file it starts from and the one it will write, then the counts file. If a crash
// comes between the two, the next tally finds the counts file still as it started and counts
// from the record's previous position again: nothing is counted twice or skipped.
import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { writeFileAtomic, type WriteFileAtomic } from "./atomic-write.ts";
import { loadReactions, type ReactionCounts } from "./load-comments.ts";
import { checkReaction, parseLines, PRIVATE_FILE_MODE, type Line, type ReactionEntry } from "./moderation-queue.ts";
import { ModerationError, type ModerationFolders } from "./moderate.ts";
import { withModerationLock } from "./moderation-lock.ts";
import { listSegments } from "./submission-log.ts";

export interface Tally {
  /** content/reactions.json */
  path: string;
  /** The counts now published. */
  counts: Record<string, ReactionCounts>;
  /** Lines of the reactions segments that were not counted, with their file. */
  skipped: (Line<ReactionEntry> & { file: string })[];
  /**
   * `written`: new answers were added; `unchanged`: none since the last tally; `no-log`: there
   * are no reactions segments yet, and the file is left alone.
   */
  outcome: "written" | "unchanged" | "no-log";
}

/** Bytes counted per segment file name. */
type Counted = Record<string, number>;

interface TallyRecord {
  counted: Counted;
  /** What was counted before the last tally, and the counts file it started from (sha-256). */
  before: Counted;
  from: string;
  /** The counts file the last tally wrote. */
  to: string;
}

export async function tallyReactions(folders: ModerationFolders, steps: { write?: WriteFileAtomic } = {}): Promise<Tally> {
  return withModerationLock(folders.queueDir, () => tallyHoldingLock(folders, steps.write ?? writeFileAtomic));
}

async function tallyHoldingLock(folders: ModerationFolders, write: WriteFileAtomic): Promise<Tally> {
  const path = join(folders.contentDir, "reactions.json");
  const recordPath = join(folders.queueDir, "reactions-tallied.json");
  const segments = await listSegments(folders.queueDir, "reactions");
  const current = await readFile(path, "utf8").catch(() => "");
  const published = await publishedCounts(folders.contentDir, path, current);
  if (segments.length === 0) return { path, counts: published, skipped: [], outcome: "no-log" };

  const texts = new Map(await Promise.all(segments.map(async (segment) => [segment.name, await readFile(segment.path, "utf8")] as const)));
  const record = await readRecord(recordPath);
  const start = startingPoint(record, current, texts);
  const counted: Counted = {};
  const fresh: ReactionEntry[] = [];
  const skipped: Tally["skipped"] = [];
  for (const segment of segments) {
    const text = texts.get(segment.name)!;
    const from = start[segment.name] ?? 0;
    // Only whole lines: a last line without its line end is still being written.
    const to = text.lastIndexOf("\n") + 1;
    counted[segment.name] = Math.max(from, to);
    if (to <= from) continue;
    const firstLine = text.slice(0, from).split("\n").length;
    for (const line of parseLines(text.slice(from, to), checkReaction)) {
      const numbered = { ...line, number: line.number + firstLine - 1, file: segment.path };
      if (line.entry) fresh.push(line.entry);
      else skipped.push(numbered);
    }
  }
  if (fresh.length === 0 && record && sameCounted(record.counted, counted)) return { path, counts: published, skipped, outcome: "unchanged" };

  const counts = addCounts(published, countReactions(fresh));
  const text = formatReactions(counts);
  const next: TallyRecord = { counted, before: start, from: sha256(current), to: sha256(text) };
  await write(recordPath, `${JSON.stringify(next)}\n`, { mode: PRIVATE_FILE_MODE });
  if (text !== current) {
    await mkdir(folders.contentDir, { recursive: true });
    await write(path, text);
  }
  return { path, counts, skipped, outcome: fresh.length > 0 ? "written" : "unchanged" };
}

/**
 * Where counting starts in each segment. With a record: where the last tally ended, unless the
 * counts file is still the one that tally started from (it crashed before writing it: start where
 * that tally started). Without one, from the start; but counts files written by earlier versions
 * (a full recount of the log) already hold the whole log, and are recognised as such.
 */
function startingPoint(record: TallyRecord | undefined, current: string, texts: ReadonlyMap<string, string>): Counted {
  if (record) return sha256(current) === record.from && record.from !== record.to ? record.before : record.counted;
  const everything = [...texts.values()].flatMap((text) => parseLines(text.slice(0, text.lastIndexOf("\n") + 1), checkReaction).flatMap((line) => (line.entry ? [line.entry] : [])));
  // formatReactions never returns "": a missing counts file is never taken for a full recount.
  if (current === formatReactions(countReactions(everything))) {
    return Object.fromEntries([...texts].map(([name, text]) => [name, text.lastIndexOf("\n") + 1]));
  }
  return {};
}

/** The counts content/reactions.json holds; a file with problems stops the tally (it would lose counts). */
async function publishedCounts(contentDir: string, path: string, current: string): Promise<Record<string, ReactionCounts>> {
  if (current === "") return {};
  const { counts, problems } = await loadReactions(contentDir, contentDir);
  if (problems.length > 0) {
    throw new ModerationError(`${relative(process.cwd(), path) || path} has problems (${problems.map((problem) => `${problem.field}: ${problem.message}`).join("; ")}); fix it first: a tally adds to the counts it holds, and nothing was counted`);
  }
  return Object.fromEntries(counts);
}

async function readRecord(path: string): Promise<TallyRecord | undefined> {
  const text = await readFile(path, "utf8").catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === "ENOENT") return undefined;
    throw cause;
  });
  if (text === undefined) return undefined;
  try {
    const record = JSON.parse(text) as TallyRecord;
    if (typeof record.counted === "object" && typeof record.before === "object" && typeof record.from === "string" && typeof record.to === "string") return record;
  } catch {
    // Reported below.
  }
  throw new ModerationError(`${path} is damaged: it records which reader answers are already counted. Restore it from a backup; deleting it counts every answer again`);
}

function sameCounted(a: Counted, b: Counted): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0));
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Yes and no per article, articles in id order. A `count` line adds that many. */
export function countReactions(entries: readonly ReactionEntry[]): Record<string, ReactionCounts> {
  const counts = new Map<string, ReactionCounts>();
  for (const entry of entries) {
    const tally = counts.get(entry.article) ?? { yes: 0, no: 0 };
    tally[entry.choice] += entry.count ?? 1;
    counts.set(entry.article, tally);
  }
  return sortedById(counts);
}

function addCounts(a: Record<string, ReactionCounts>, b: Record<string, ReactionCounts>): Record<string, ReactionCounts> {
  const sum = new Map(Object.entries(a).map(([id, counts]) => [id, { ...counts }]));
  for (const [id, { yes, no }] of Object.entries(b)) {
    const counts = sum.get(id) ?? { yes: 0, no: 0 };
    sum.set(id, { yes: counts.yes + yes, no: counts.no + no });
  }
  return sortedById(sum);
}

function sortedById(counts: ReadonlyMap<string, ReactionCounts>): Record<string, ReactionCounts> {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** One article a line, as the sample newsroom writes the file by hand. */
export function formatReactions(counts: Record<string, ReactionCounts>): string {
  const entries = Object.entries(counts).map(([id, { yes, no }]) => `  ${JSON.stringify(id)}: { "yes": ${yes}, "no": ${no} }`);
  return entries.length === 0 ? "{}\n" : `{\n${entries.join(",\n")}\n}\n`;
}
