// The two ways the moderation commands write: a whole file replaced at once (a comments file,
// the counts) and a line appended to a JSON Lines log (decided.jsonl, rejected.jsonl). Contents
// are what those files really hold; the damaged ends are what a crash mid-append leaves.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { appendLine, syncFolder, writeFileAtomic } from "../../src/comments/atomic-write.ts";

/** What mode 0644 comes to under this process's umask (a reference file made with it). */
async function plainMode(folder: string): Promise<number> {
  const reference = join(folder, "reference");
  await writeFile(reference, "", { mode: 0o644 });
  const mode = (await stat(reference)).mode & 0o777;
  await rm(reference);
  return mode;
}

function inFolder(test: (folder: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const folder = await mkdtemp(join(tmpdir(), "dateline-atomic-"));
    try {
      await test(folder);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
}

const DECISION = '{"id":"c-3f9a1c2b7d10","decision":"approved","at":"2026-11-19T09:00:00.000+01:00"}';
const NEXT = '{"id":"c-81d07e000000","decision":"rejected","at":"2026-11-19T09:01:00.000+01:00"}';

const append = suite("appendLine");

// [the log before, as a crash may have left it; the log after appending NEXT]
const ENDS: [string, string | undefined, string][] = [
  ["no file yet", undefined, `${NEXT}\n`],
  ["an empty file", "", `${NEXT}\n`],
  ["a whole line", `${DECISION}\n`, `${DECISION}\n${NEXT}\n`],
  ["a line cut short by a crash", '{"id":"c-3f9a1c2b', `{"id":"c-3f9a1c2b\n${NEXT}\n`],
  ["a crash after the first byte", "{", `{\n${NEXT}\n`],
  ["a whole line whose line end was lost", DECISION, `${DECISION}\n${NEXT}\n`],
  ["a blank line at the end", `${DECISION}\n\n`, `${DECISION}\n\n${NEXT}\n`],
];

for (const [name, before, after] of ENDS) {
  append(name, inFolder(async (folder) => {
    const path = join(folder, "decided.jsonl");
    if (before !== undefined) await writeFile(path, before);
    await appendLine(path, NEXT);
    assert.is(await readFile(path, "utf8"), after);
  }));
}

append("the file is created private when asked, 0644 otherwise; a line break in the line is refused and nothing written", inFolder(async (folder) => {
  const rejected = join(folder, "rejected.jsonl");
  await appendLine(rejected, DECISION, { mode: 0o600 });
  assert.is((await stat(rejected)).mode & 0o777, 0o600);
  const plain = join(folder, "notes.jsonl");
  await appendLine(plain, DECISION);
  assert.is((await stat(plain)).mode & 0o777, await plainMode(folder));
  try {
    await appendLine(rejected, '{"text":"two\nlines"}');
    assert.unreachable("should refuse");
  } catch (cause) {
    assert.match((cause as Error).message, /contains a line break/);
  }
  assert.is(await readFile(rejected, "utf8"), `${DECISION}\n`);
}));

append("text outside ASCII is written as UTF-8", inFolder(async (folder) => {
  const path = join(folder, "rejected.jsonl");
  const line = JSON.stringify({ id: "c-1", name: "Zoë Ağaoğlu", text: "Beyrouth : « enfin » — 🚢" });
  await appendLine(path, line);
  assert.is((await readFile(path)).toString("utf8"), `${line}\n`);
}));

append.run();

const whole = suite("writeFileAtomic and syncFolder");

whole("replaces the file whole, in UTF-8, with the mode asked (0644 by default), and leaves no temporary file", inFolder(async (folder) => {
  const path = join(folder, "beirut-port-reopens.json");
  const text = '{\n  "article": "beirut-port-reopens",\n  "comments": [{ "id": "c-1", "author": "Zoë", "posted": "2026-11-18T17:02:00+02:00", "text": "« enfin » 🚢" }]\n}\n';
  await writeFileAtomic(path, "old contents, longer than the new ones will be..............................................................................................................................\n");
  await writeFileAtomic(path, text);
  assert.is(await readFile(path, "utf8"), text);
  assert.is((await stat(path)).mode & 0o777, await plainMode(folder));
  const record = join(folder, "reactions-tallied.json");
  await writeFileAtomic(record, "{}\n", { mode: 0o600 });
  assert.is((await stat(record)).mode & 0o777, 0o600);
  assert.equal((await readdir(folder)).sort(), ["beirut-port-reopens.json", "reactions-tallied.json"]);
}));

whole("a failed write leaves the old file and removes its temporary file", inFolder(async (folder) => {
  const path = join(folder, "reactions.json");
  await mkdir(path);
  try {
    await writeFileAtomic(path, "{}\n");
    assert.unreachable("cannot rename a file over a folder");
  } catch (cause) {
    assert.match((cause as Error).message, /Cannot write .*reactions\.json/);
  }
  assert.equal(await readdir(folder), ["reactions.json"]);
  assert.ok((await stat(path)).isDirectory());
}));

whole("syncFolder: a folder whose file system cannot flush it is fine (as /proc); a missing folder is an error", async () => {
  await syncFolder(tmpdir());
  await syncFolder("/proc/self");
  try {
    await syncFolder(join(tmpdir(), "dateline-no-such-folder-3f9a1c2b"));
    assert.unreachable("should fail");
  } catch (cause) {
    assert.is((cause as NodeJS.ErrnoException).code, "ENOENT");
  }
});

whole.run();
