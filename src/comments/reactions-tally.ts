// Reaction counts for the build: content/reactions.json, recounted in full from the reactions
// log the intake server appends to (`npm run comments -- tally`, and after every approve or
// reject). A full recount is idempotent: running it twice, or again after a crash, gives the
// same file, written atomically.
//
//   { "beirut-port-reopens": { "yes": 41, "no": 6 } }
import { mkdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic, type WriteFileAtomic } from "./atomic-write.ts";
import type { ReactionCounts } from "./load-comments.ts";
import { checkReaction, moderationFiles, readLines, type Line, type ReactionEntry } from "./moderation-queue.ts";
import type { ModerationFolders } from "./moderate.ts";

export interface Tally {
  /** content/reactions.json */
  path: string;
  counts: Record<string, ReactionCounts>;
  /** Lines of the log that were not counted. */
  skipped: Line<ReactionEntry>[];
  /**
   * `written`: the file changed; `unchanged`: it already held these counts; `no-log`: there is
   * no reactions log yet, and the file (perhaps counts brought from an old site) is left alone.
   */
  outcome: "written" | "unchanged" | "no-log";
}

export async function tallyReactions(folders: ModerationFolders, steps: { write?: WriteFileAtomic } = {}): Promise<Tally> {
  const log = moderationFiles(folders.queueDir).reactions;
  const path = join(folders.contentDir, "reactions.json");
  if (!(await exists(log))) return { path, counts: {}, skipped: [], outcome: "no-log" };
  const lines = await readLines(log, checkReaction);
  const counts = countReactions(lines.flatMap((line) => (line.entry ? [line.entry] : [])));
  const text = formatReactions(counts);
  const current = await readFile(path, "utf8").catch(() => undefined);
  const skipped = lines.filter((line) => line.problem);
  if (current === text) return { path, counts, skipped, outcome: "unchanged" };
  await mkdir(folders.contentDir, { recursive: true });
  await (steps.write ?? writeFileAtomic)(path, text);
  return { path, counts, skipped, outcome: "written" };
}

/** Yes and no per article, articles in id order. A `count` line adds that many. */
export function countReactions(entries: readonly ReactionEntry[]): Record<string, ReactionCounts> {
  const counts = new Map<string, ReactionCounts>();
  for (const entry of entries) {
    const tally = counts.get(entry.article) ?? { yes: 0, no: 0 };
    tally[entry.choice] += entry.count ?? 1;
    counts.set(entry.article, tally);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** One article a line, as the sample newsroom writes the file by hand. */
export function formatReactions(counts: Record<string, ReactionCounts>): string {
  const entries = Object.entries(counts).map(([id, { yes, no }]) => `  ${JSON.stringify(id)}: { "yes": ${yes}, "no": ${no} }`);
  return entries.length === 0 ? "{}\n" : `{\n${entries.join(",\n")}\n}\n`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw cause;
  }
}
