// The intake server's one writer: group commit, durability before the answer, a bounded queue.
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSubmissionWriter, QueueFullError } from "../../src/comments/submission-writer.ts";

const writer = suite("createSubmissionWriter");

async function inFolder(test: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), "dateline-writer-"));
  try {
    await test(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

writer("lines arriving together are written together, each once, in order; each kind to its own owner-only segment", () =>
  inFolder(async (folder) => {
    const log = createSubmissionWriter(folder);
    const lines = Array.from({ length: 500 }, (_, index) => JSON.stringify({ n: index }));
    await Promise.all([...lines.map((line) => log.append("comments", line)), log.append("reactions", '{"choice":"yes"}')]);
    assert.is(log.waiting(), 0);
    await log.close();
    const names = (await readdir(folder)).sort();
    assert.is(names.length, 2);
    assert.match(names[0]!, /^comments\./);
    assert.match(names[1]!, /^reactions\./);
    assert.is(await readFile(join(folder, names[0]!), "utf8"), lines.map((line) => `${line}\n`).join(""));
    assert.is((await stat(join(folder, names[0]!))).mode & 0o777, 0o600);
  }),
);

writer("past the limit of lines waiting, append refuses at once; what it took is written", () =>
  inFolder(async (folder) => {
    const log = createSubmissionWriter(folder, { limit: 3 });
    const results = await Promise.allSettled(Array.from({ length: 5 }, (_, index) => log.append("comments", `{"n":${index}}`)));
    assert.equal(results.map((result) => result.status), ["fulfilled", "fulfilled", "fulfilled", "rejected", "rejected"]);
    assert.instance((results[3] as PromiseRejectedResult).reason, QueueFullError);
    await log.append("comments", '{"n":5}');
    await log.close();
    const [name] = await readdir(folder);
    assert.is(await readFile(join(folder, name!), "utf8"), '{"n":0}\n{"n":1}\n{"n":2}\n{"n":5}\n');
  }),
);

writer("a new segment after rotateMs; a line with a line break is refused", () =>
  inFolder(async (folder) => {
    let now = Date.parse("2026-11-18T10:00:00Z");
    const log = createSubmissionWriter(folder, { rotateMs: 1_000, now: () => now });
    await log.append("comments", "{}");
    now += 1_000;
    await log.append("comments", "{}");
    const broken = await log.append("comments", "{}\n{}").then(() => undefined, (cause: Error) => cause);
    assert.match(String(broken?.message), /contains a line break/);
    await log.close();
    assert.is((await readdir(folder)).length, 2);
  }),
);

writer.run();
