// The intake server's one writer: group commit, durability before the answer, a bounded queue.
import { mkdir, readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSubmissionWriter, QueueFullError } from "../../src/comments/submission-writer.ts";
import { inScratchFolder } from "../helpers/scratch-folder.ts";

const writer = suite("createSubmissionWriter");

function inFolder(test: (folder: string) => Promise<void>): Promise<void> {
  return inScratchFolder("dateline-writer-", test);
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

// What a server sees on a busy night, as lines: the JSON of a comment as the server writes it.
const line = (n: number, text = "Good news for the port.") => JSON.stringify({ id: `c-${n.toString(16).padStart(12, "0")}`, article: "beirut-port-reopens", text });

writer("by default 5,000 lines may wait; the next is refused with a QueueFullError", () =>
  inFolder(async (folder) => {
    const log = createSubmissionWriter(folder);
    const results = await Promise.allSettled(Array.from({ length: 5_001 }, (_, index) => log.append("comments", line(index))));
    assert.equal(results.slice(0, 5_000).filter((result) => result.status === "fulfilled").length, 5_000);
    const refused = results[5_000]!;
    assert.is(refused.status, "rejected");
    const reason = (refused as PromiseRejectedResult).reason as Error;
    assert.instance(reason, QueueFullError);
    assert.is(reason.name, "QueueFullError");
    await log.close();
    const [name] = await readdir(folder);
    assert.is((await readFile(join(folder, name!), "utf8")).split("\n").length, 5_001, "5,000 lines and the last line end");
  }),
);

writer("lines being written count against the limit until they are on disk", () =>
  inFolder(async (folder) => {
    const log = createSubmissionWriter(folder, { limit: 3 });
    const first = Array.from({ length: 3 }, (_, index) => log.append("comments", line(index)));
    assert.is(log.waiting(), 3);
    // The next turn of the event loop: the writer has taken the three and is writing them.
    await new Promise((resolve) => setImmediate(resolve));
    assert.is(log.waiting(), 3, "three being written");
    const refused = await log.append("comments", line(3)).then(() => undefined, (cause: Error) => cause);
    assert.instance(refused, QueueFullError);
    await Promise.all(first);
    assert.is(log.waiting(), 0);
    await log.append("comments", line(4));
    await log.close();
    const [name] = await readdir(folder);
    assert.equal((await readFile(join(folder, name!), "utf8")).trimEnd().split("\n"), [line(0), line(1), line(2), line(4)]);
  }),
);

writer("a line added by a caller as soon as its first is answered is written too", () =>
  inFolder(async (folder) => {
    const log = createSubmissionWriter(folder);
    await log.append("comments", line(1)).then(() => log.append("comments", line(2)));
    await log.close();
    const [name] = await readdir(folder);
    assert.is(await readFile(join(folder, name!), "utf8"), `${line(1)}\n${line(2)}\n`);
  }),
);

writer("a new segment every hour by default: not a millisecond before", () =>
  inFolder(async (folder) => {
    let now = Date.parse("2026-11-18T10:00:00.000Z");
    const log = createSubmissionWriter(folder, { now: () => now });
    await log.append("comments", line(1));
    now += 60 * 60 * 1000 - 1;
    await log.append("comments", line(2));
    assert.equal((await readdir(folder)).length, 1, "59:59.999 later: the same segment");
    now += 1;
    await log.append("comments", line(3));
    await log.close();
    const names = (await readdir(folder)).sort();
    assert.equal(names.map((name) => name.split(".")[1]), ["20261118T100000000Z", "20261118T110000000Z"]);
    assert.is(await readFile(join(folder, names[0]!), "utf8"), `${line(1)}\n${line(2)}\n`);
    assert.is(await readFile(join(folder, names[1]!), "utf8"), `${line(3)}\n`);
  }),
);

writer("with rotateMs, the segment is kept until exactly rotateMs have passed", () =>
  inFolder(async (folder) => {
    let now = Date.parse("2026-11-18T10:00:00Z");
    const log = createSubmissionWriter(folder, { rotateMs: 1_000, now: () => now });
    await log.append("reactions", '{"choice":"yes"}');
    now += 999;
    await log.append("reactions", '{"choice":"no"}');
    await log.close();
    assert.is((await readdir(folder)).length, 1);
  }),
);

writer("a second writer started in the same millisecond by the same process takes the next millisecond's name", () =>
  inFolder(async (folder) => {
    // A server restarted in place (same pid, as pid 1 in a container) while the clock reads the same.
    const now = () => Date.parse("2026-11-18T15:02:09.123Z");
    const first = createSubmissionWriter(folder, { now });
    await first.append("comments", line(1));
    const second = createSubmissionWriter(folder, { now });
    await second.append("comments", line(2));
    await first.close();
    await second.close();
    const names = (await readdir(folder)).sort();
    assert.equal(names.map((name) => name.split(".")[1]), ["20261118T150209123Z", "20261118T150209124Z"]);
    assert.is(await readFile(join(folder, names[0]!), "utf8"), `${line(1)}\n`);
    assert.is(await readFile(join(folder, names[1]!), "utf8"), `${line(2)}\n`);
  }),
);

writer("when the folder is gone the caller is told, with the file's path; once it is back, lines are written", () =>
  inFolder(async (root) => {
    const folder = join(root, "moderation");
    const log = createSubmissionWriter(folder);
    const failure = await log.append("comments", line(1)).then(() => undefined, (cause: Error) => cause);
    assert.instance(failure, Error);
    assert.not.instance(failure, QueueFullError);
    assert.ok(failure!.message.includes(folder), failure!.message);
    assert.is(log.waiting(), 0);
    await mkdir(folder);
    await log.append("comments", line(2));
    await log.close();
    const names = await readdir(folder);
    assert.is(names.length, 1);
    assert.is(await readFile(join(folder, names[0]!), "utf8"), `${line(2)}\n`);
  }),
);

writer("text is written as UTF-8: Arabic, accents and emoji come back as sent", () =>
  inFolder(async (folder) => {
    const log = createSubmissionWriter(folder);
    const text = line(1, "ميناء بيروت يعيد فتح أبوابه — café ☕ 😀");
    await log.append("comments", text);
    await log.close();
    const [name] = await readdir(folder);
    assert.equal(await readFile(join(folder, name!)), Buffer.from(`${text}\n`, "utf8"));
  }),
);

writer("close writes what is waiting first; after it, append is refused", () =>
  inFolder(async (folder) => {
    const log = createSubmissionWriter(folder);
    const pending = log.append("comments", line(1));
    await log.close();
    await pending;
    const refused = await log.append("comments", line(2)).then(() => undefined, (cause: Error) => cause);
    assert.match(String(refused?.message), /closed/);
    const [name] = await readdir(folder);
    assert.is(await readFile(join(folder, name!), "utf8"), `${line(1)}\n`);
  }),
);

writer.run();
