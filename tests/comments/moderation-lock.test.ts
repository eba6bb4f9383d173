// The editors' lock on the moderation folder (`.lock`) and the clean-up of what crashed commands
// leave there. Lock records are what `npm run comments` writes ({pid, host, since}), what an
// older version's crash left (empty, half written), and what a second newsroom machine sharing
// the folder over NFS writes (another host name).
import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { LockBusyError, removeLeftovers, withModerationLock } from "../../src/comments/moderation-lock.ts";

const OTHER_HOST = "newsroom-desk-2";

function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

function inFolder(test: (folder: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const folder = await mkdtemp(join(tmpdir(), "dateline-lock-"));
    try {
      await test(folder);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
}

/** Whether work gets the lock within `waitMs`, over the given lock file. */
async function takesOver(folder: string, lock: string, waitMs = 200): Promise<boolean> {
  await writeFile(join(folder, ".lock"), lock);
  try {
    const ran = await withModerationLock(folder, async () => (await readdir(folder)).includes(".lock"), { waitMs });
    assert.ok(ran, "the work runs holding the lock");
    return true;
  } catch (cause) {
    if (cause instanceof LockBusyError) return false;
    throw cause;
  }
}

const lock = suite("withModerationLock");

lock("the lock file names this process while the work runs, is private, and is gone afterwards, even when the work fails", inFolder(async (folder) => {
  const before = Date.now();
  const seen = await withModerationLock(folder, async () => {
    const path = join(folder, ".lock");
    return { holder: JSON.parse(await readFile(path, "utf8")) as { pid: number; host: string; since: number }, mode: (await stat(path)).mode & 0o777, names: await readdir(folder) };
  });
  assert.equal({ pid: seen.holder.pid, host: seen.holder.host }, { pid: process.pid, host: hostname() });
  assert.ok(seen.holder.since >= before - 1_000 && seen.holder.since <= Date.now() + 1_000, "since is the time it was taken");
  assert.is(seen.mode, 0o600);
  assert.equal(seen.names, [".lock"], "no candidate file is left beside it");
  assert.equal(await readdir(folder), []);
  await withModerationLock(folder, async () => {
    throw new Error("approve failed");
  }).then(
    () => assert.unreachable("the failure should surface"),
    (cause: Error) => assert.is(cause.message, "approve failed"),
  );
  assert.equal(await readdir(folder), [], "released after a failure");
}));

lock("which left-behind locks are taken over and which are waited for", inFolder(async (folder) => {
  const now = Date.now();
  // [what .lock holds, whether a new command takes it over]
  const cases: [string, string, boolean][] = [
    ["an empty file (an older version's crash)", "", true],
    ["half a record", '{"pid":4711,"host":"newsr', true],
    ["not JSON", "locked by Maya", true],
    ["JSON null", "null", true],
    ["no pid", JSON.stringify({ host: hostname(), since: now }), true],
    ["a pid as text", JSON.stringify({ pid: String(process.pid), host: hostname(), since: now }), true],
    ["no host", JSON.stringify({ pid: process.pid, since: now }), true],
    ["no time", JSON.stringify({ pid: process.pid, host: hostname() }), true],
    ["a time as text", JSON.stringify({ pid: process.pid, host: hostname(), since: new Date(now).toISOString() }), true],
    ["a process on this host that has ended", JSON.stringify({ pid: deadPid(), host: hostname(), since: now }), true],
    ["this live process, just now", JSON.stringify({ pid: process.pid, host: hostname(), since: now }), false],
    ["this live process, two minutes ago (no command takes that long)", JSON.stringify({ pid: process.pid, host: hostname(), since: now - 120_000 }), true],
    ["another machine, just now (its process cannot be checked from here)", JSON.stringify({ pid: deadPid(), host: OTHER_HOST, since: now }), false],
    ["another machine, thirty seconds ago", JSON.stringify({ pid: deadPid(), host: OTHER_HOST, since: now - 30_000 }), false],
    ["another machine, two minutes ago", JSON.stringify({ pid: process.pid, host: OTHER_HOST, since: now - 120_000 }), true],
  ];
  for (const [name, text, expected] of cases) {
    assert.is(await takesOver(folder, text), expected, name);
    if (!expected) assert.is(await readFile(join(folder, ".lock"), "utf8"), text, `${name}: a lock in use is left as it is`);
    await rm(join(folder, ".lock"), { force: true });
  }
}));

lock("a busy lock: the error names the holder; the command waits for a short hold and runs after it", inFolder(async (folder) => {
  await writeFile(join(folder, ".lock"), JSON.stringify({ pid: 4711, host: OTHER_HOST, since: Date.now() }));
  try {
    await withModerationLock(folder, async () => undefined, { waitMs: 50 });
    assert.unreachable("should give up");
  } catch (cause) {
    assert.instance(cause, LockBusyError);
    assert.is((cause as Error).name, "LockBusyError");
    assert.match((cause as Error).message, new RegExp(`\\.lock is held by process 4711 on ${OTHER_HOST} since 20`));
  }
  await rm(join(folder, ".lock"));

  // Another command holds it for a moment: the next one waits its turn instead of failing.
  let release: () => void = () => undefined;
  const holding = withModerationLock(folder, () => new Promise<void>((resolve) => (release = resolve)));
  await new Promise((resolve) => setTimeout(resolve, 20));
  const waiting = withModerationLock(folder, async () => "ran after the first");
  setTimeout(() => release(), 60);
  await holding;
  assert.is(await waiting, "ran after the first");

  // Held longer than the other is willing to wait: it gives up, and the holder is untouched.
  const long = withModerationLock(folder, () => new Promise<void>((resolve) => (release = resolve)));
  await new Promise((resolve) => setTimeout(resolve, 20));
  const impatient = withModerationLock(folder, async () => "should not run", { waitMs: 50 }).catch((cause: unknown) => cause);
  setTimeout(() => release(), 1_500);
  assert.instance(await impatient, LockBusyError);
  await long;
  assert.equal(await readdir(folder), []);
}));

lock("many commands at once: each runs alone, none is lost", inFolder(async (folder) => {
  let inside = 0;
  let most = 0;
  const order: number[] = [];
  await Promise.all(
    Array.from({ length: 25 }, (_, index) =>
      withModerationLock(folder, async () => {
        inside += 1;
        most = Math.max(most, inside);
        await new Promise((resolve) => setImmediate(resolve));
        order.push(index);
        inside -= 1;
      }, { waitMs: 30_000 }),
    ),
  );
  assert.is(most, 1);
  assert.equal([...order].sort((a, b) => a - b), Array.from({ length: 25 }, (_, index) => index));
  assert.equal(await readdir(folder), []);
}));

lock.run();

const leftovers = suite("removeLeftovers");

leftovers("temporary files and old lock candidates go; a fresh candidate, the editor's own files and segments stay", inFolder(async (folder) => {
  const old = new Date(Date.now() - 60_000);
  const files: [string, boolean][] = [
    [".queue.jsonl.0123456789ab.tmp", true],
    [".beirut-port-reopens.json.a1b2c3d4e5f6.tmp", true],
    [".lock.0a1b2c3d4e5f.candidate", true],
    [".lock.ffeeddccbbaa.candidate", false],
    [".gitkeep", false],
    [".DS_Store", false],
    ["backup-2026-11-18.tmp", false],
    ["decided.jsonl", false],
    ["comments.20261118T150209123Z.newsroom-host.4711.jsonl", false],
  ];
  for (const [name] of files) {
    await writeFile(join(folder, name), "x");
    // Everything old but the fresh candidate (another command trying for the lock this moment).
    if (name !== ".lock.ffeeddccbbaa.candidate") await utimes(join(folder, name), old, old);
  }
  const removed = await removeLeftovers(folder);
  assert.equal(removed.sort(), files.filter(([, gone]) => gone).map(([name]) => name).sort());
  assert.equal((await readdir(folder)).sort(), files.filter(([, gone]) => !gone).map(([name]) => name).sort());
  assert.equal(await removeLeftovers(join(folder, "missing")), [], "no folder: nothing to remove");
}));

leftovers.run();
