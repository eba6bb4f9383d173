// One writer at a time in the moderation folder. The intake server appends to queue.jsonl while
// an editor's `npm run comments -- approve` rewrites it; without a lock, a comment appended
// between the editor's read and rename would vanish with the old file. The lock is a file
// created exclusively (`.lock`, holding who took it and when); a lock left by a crashed process
// is taken over.
import { link, open, readFile, rename, stat, unlink } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { join } from "node:path";

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
    const holder: Holder = { pid: process.pid, host: hostname(), since: Date.now() };
    try {
      const handle = await open(path, "wx", 0o600);
      try {
        await handle.writeFile(JSON.stringify(holder));
      } finally {
        await handle.close();
      }
      break;
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== "EEXIST") throw cause;
    }
    const current = await readHolder(path);
    if (current === undefined) continue; // released meanwhile
    if (isStale(current.holder)) {
      await breakLock(path, current.text);
      continue;
    }
    const { pid, host, since } = current.holder;
    if (Date.now() >= deadline) throw new LockBusyError(path, `process ${pid} on ${host || "an unknown host"} since ${new Date(since).toISOString()}`);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  try {
    return await work();
  } finally {
    await unlink(path).catch(() => undefined);
  }
}

async function readHolder(path: string): Promise<{ holder: Holder; text: string } | undefined> {
  let text: string;
  let modified: number;
  try {
    [text, modified] = await Promise.all([readFile(path, "utf8"), stat(path).then((info) => info.mtimeMs)]);
  } catch {
    return undefined;
  }
  try {
    const holder = JSON.parse(text) as Partial<Holder>;
    if (typeof holder.pid === "number" && typeof holder.host === "string" && typeof holder.since === "number") return { holder: holder as Holder, text };
  } catch {
    // Being written this very moment, or garbage: judged by the file's age alone.
  }
  return { holder: { pid: 0, host: "", since: modified }, text };
}

function isStale(holder: Holder): boolean {
  if (Date.now() - holder.since > STALE_MS) return true;
  if (holder.host !== hostname() || holder.pid === 0) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === "ESRCH";
  }
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
