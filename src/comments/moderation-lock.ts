// One editor's command at a time in the moderation folder: `approve` and `reject` record
// decisions and rewrite closed queue segments, and two of them at once could publish a comment
// twice. The intake server never takes this lock (it appends to segment files of its own, see
// src/comments/submission-log.ts); it takes it only at start, to clear temporary files.
//
// The lock file (`.lock`) holds who took it and when. It is written whole beside the lock and
// then hard-linked into place, which fails if a lock exists: the lock file is never seen empty
// or half written. A lock whose holder is gone (a dead process on this host, older than a
// minute, or unreadable, as a crash of an older version could leave it) is taken over.
import { link, open, readdir, readFile, rename, stat, unlink } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { join } from "node:path";
import { processAlive } from "./submission-log.ts";

/** No holder keeps the lock this long (an append or an approve takes milliseconds): older is stale. */
const STALE_MS = 60_000;
const RETRY_MS = 20;

export class LockBusyError extends Error {
  constructor(path: string, holder: string) {
    super(`${path} is held by ${holder}: another \`npm run comments\` may be running. If no such process exists, delete the file.`);
    this.name = "LockBusyError";
  }
}

interface Holder {
  pid: number;
  host: string;
  since: number;
}

export async function withModerationLock<T>(folder: string, work: () => Promise<T>, options: { waitMs?: number } = {}): Promise<T> {
  const path = join(folder, ".lock");
  const deadline = Date.now() + (options.waitMs ?? 5_000);
  for (;;) {
    if (await tryLock(path)) break;
    const current = await readHolder(path);
    if (current === undefined) continue; // released meanwhile
    if (current.holder === undefined || isStale(current.holder)) {
      await breakLock(path, current.text);
      continue;
    }
    const { pid, host, since } = current.holder;
    if (Date.now() >= deadline) throw new LockBusyError(path, `process ${pid} on ${host} since ${new Date(since).toISOString()}`);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  try {
    return await work();
  } finally {
    await unlink(path).catch(() => undefined);
  }
}

/** Takes the lock if it is free: the holder record is written whole, then linked into place. */
async function tryLock(path: string): Promise<boolean> {
  const candidate = `${path}.${randomBytes(6).toString("hex")}${CANDIDATE_SUFFIX}`;
  const holder: Holder = { pid: process.pid, host: hostname(), since: Date.now() };
  const handle = await open(candidate, "wx", 0o600);
  try {
    await handle.writeFile(JSON.stringify(holder));
    await handle.close();
    await link(candidate, path);
    return true;
  } catch (cause) {
    await handle.close().catch(() => undefined);
    if ((cause as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw cause;
  } finally {
    await unlink(candidate).catch(() => undefined);
  }
}

const CANDIDATE_SUFFIX = ".candidate";
/** A candidate lives milliseconds (written, linked, removed): one this old was left by a crash. */
const CANDIDATE_MAX_AGE_MS = 10_000;

async function ageMs(path: string): Promise<number> {
  return stat(path).then((info) => Date.now() - info.mtimeMs, () => 0);
}

/**
 * Removes what crashed commands left in the moderation folder: temporary files of atomic writes
 * (`.queue….tmp`, which may hold e-mail addresses) and lock candidates. Call it holding the
 * lock: only a lock holder writes temporary files there, so none of them is in use.
 */
export async function removeLeftovers(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const leftovers: string[] = [];
  for (const name of names.filter((candidate) => candidate.startsWith("."))) {
    const path = join(folder, name);
    // Another command may be trying for the lock this moment: only an old candidate is left over.
    const left = name.endsWith(".tmp") || (name.endsWith(CANDIDATE_SUFFIX) && (await ageMs(path)) > CANDIDATE_MAX_AGE_MS);
    if (left && (await unlink(path).then(() => true, () => false))) leftovers.push(name);
  }
  return leftovers;
}

async function readHolder(path: string): Promise<{ holder: Holder | undefined; text: string } | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return undefined;
  }
  try {
    const holder = JSON.parse(text) as Partial<Holder>;
    if (typeof holder.pid === "number" && typeof holder.host === "string" && typeof holder.since === "number") return { holder: holder as Holder, text };
  } catch {
    // Empty or garbage: tryLock never leaves a lock so, a crash of an older version did. Stale.
  }
  return { holder: undefined, text };
}

/** Whether the holder is gone: a dead process on this host, or a lock older than any command. */
function isStale(holder: Holder): boolean {
  if (Date.now() - holder.since > STALE_MS) return true;
  if (holder.host !== hostname()) return false;
  return !processAlive(holder.pid);
}

/**
 * Moves the stale lock aside before deleting it. If what was moved is not the lock judged stale
 * (another process broke that one and took a fresh lock meanwhile), it is put back.
 */
async function breakLock(path: string, staleText: string): Promise<void> {
  const aside = `${path}.${randomBytes(4).toString("hex")}.stale`;
  try {
    await rename(path, aside);
  } catch {
    return;
  }
  const moved = await readFile(aside, "utf8").catch(() => staleText);
  if (moved !== staleText) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}
