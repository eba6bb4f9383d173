// The intake server's segment files (src/comments/submission-log.ts): their names, the order the
// editor's commands read them in, and which of them are closed (safe for `approve` to rewrite).
// The folders imitate a moderation folder after a few days of a newsroom's server: segments from
// restarts and hourly rotations, an earlier version's queue.jsonl, an editor's lock and decisions,
// a backup someone made by hand, and segments copied in from the other host of a two-server setup.
import { writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isClosed, listSegments, processAlive, segmentName, thisHost, type Segment } from "../../src/comments/submission-log.ts";
import { inScratchFolder } from "../helpers/scratch-folder.ts";

/** No Linux process has this id: pid_max is at most 2^22. */
const NO_SUCH_PID = 2 ** 22 + 1;

function inFolder(test: (folder: string) => Promise<void>): Promise<void> {
  return inScratchFolder("dateline-segments-", test);
}

const names = suite("segment names");

names("a segment is named after its kind, its start (UTC, to the millisecond), this host and the pid", () => {
  const started = Date.parse("2026-11-18T15:02:09.123Z");
  assert.is(segmentName("comments", started, 4711), `comments.20261118T150209123Z.${thisHost()}.4711.jsonl`);
  assert.is(segmentName("reactions", Date.parse("2026-01-02T03:04:05.006Z"), 1), `reactions.20260102T030405006Z.${thisHost()}.1.jsonl`);
  assert.is(segmentName("comments", started), `comments.20261118T150209123Z.${thisHost()}.${process.pid}.jsonl`, "this process by default");
});

names("this host's name as segment names carry it: letters, digits and - only", () => {
  const host = thisHost();
  assert.match(host, /^[A-Za-z0-9-]+$/);
  if (/^[A-Za-z0-9-]+$/.test(hostname())) assert.is(host, hostname(), "a plain host name is kept as it is");
});

names.run();

// ---------------------------------------------------------------------------------------------

const listing = suite("listSegments");

listing("a folder after a few days: the segments of one kind, the earlier version's file first, then by start", () =>
  inFolder(async (folder) => {
    const host = thisHost();
    const files = [
      `comments.20261118T150209123Z.${host}.4711.jsonl`,
      `comments.20261117T090000000Z.${host}.4711.jsonl`,
      `comments.20261118T150209123Z.${host}.12.jsonl`,
      `comments.20261118T080000000Z.newsroom-2.99.jsonl`,
      "queue.jsonl",
      `reactions.20261118T150209123Z.${host}.4711.jsonl`,
      "reactions.jsonl",
      "decided.jsonl",
      "rejected.jsonl",
      "reactions-tallied.json",
      ".lock",
      `.queue.jsonl.3f9a1c2b7d10.tmp`,
      `comments.20261118T150209123Z.${host}.4711.jsonl.bak`,
      `backup-comments.20261118T150209123Z.${host}.4711.jsonl`,
      `comments.2026-11-18T15:02:09Z.${host}.4711.jsonl`,
      `comments.20261118T150209123Z.news.example.4711.jsonl`,
      `comments.20261118T150209123Z.${host}.pid.jsonl`,
      "comments.jsonl",
    ];
    for (const name of files) await writeFile(join(folder, name), "");
    const comments = await listSegments(folder, "comments");
    assert.equal(comments.map((segment) => segment.name), [
      "queue.jsonl",
      `comments.20261117T090000000Z.${host}.4711.jsonl`,
      `comments.20261118T080000000Z.newsroom-2.99.jsonl`,
      `comments.20261118T150209123Z.${host}.12.jsonl`,
      `comments.20261118T150209123Z.${host}.4711.jsonl`,
    ]);
    assert.equal(comments[0], { kind: "comments", name: "queue.jsonl", path: join(folder, "queue.jsonl") });
    assert.equal(comments[2], {
      kind: "comments",
      name: "comments.20261118T080000000Z.newsroom-2.99.jsonl",
      path: join(folder, "comments.20261118T080000000Z.newsroom-2.99.jsonl"),
      writer: { started: "20261118T080000000Z", host: "newsroom-2", pid: 99 },
    });
    const reactions = await listSegments(folder, "reactions");
    assert.equal(reactions.map((segment) => segment.name), ["reactions.jsonl", `reactions.20261118T150209123Z.${host}.4711.jsonl`]);
    assert.equal(reactions[1]!.writer, { started: "20261118T150209123Z", host, pid: 4711 });
  }),
);

listing("no folder yet (nothing received): no segments; a folder that cannot be read is an error", () =>
  inFolder(async (folder) => {
    assert.equal(await listSegments(join(folder, "moderation"), "comments"), []);
    await writeFile(join(folder, "not-a-folder"), "");
    const failure = await listSegments(join(folder, "not-a-folder"), "comments").then(() => undefined, (cause: Error) => cause);
    assert.instance(failure, Error);
    assert.match(failure!.message, /Cannot read the moderation folder/);
    assert.is((failure!.cause as NodeJS.ErrnoException).code, "ENOTDIR");
  }),
);

listing.run();

// ---------------------------------------------------------------------------------------------

const closed = suite("isClosed: may an editor's command rewrite this segment?");

function segment(kind: "comments" | "reactions", started: string, host: string, pid: number): Segment {
  const name = `${kind}.${started}.${host}.${pid}.jsonl`;
  return { kind, name, path: `/moderation/${name}`, writer: { started, host, pid } };
}

closed("a table of segments an editor's command meets", () => {
  const host = thisHost();
  const mine = segment("comments", "20261118T150209123Z", host, process.pid);
  const mineNewer = segment("comments", "20261118T160209123Z", host, process.pid);
  const myReactions = segment("reactions", "20261118T170000000Z", host, process.pid);
  const dead = segment("comments", "20261117T090000000Z", host, NO_SUCH_PID);
  const otherHost = segment("comments", "20261118T080000000Z", "newsroom-2", NO_SUCH_PID);
  const otherHostNewer = segment("comments", "20261118T090000000Z", "newsroom-2", NO_SUCH_PID);
  const legacy: Segment = { kind: "comments", name: "queue.jsonl", path: "/moderation/queue.jsonl" };
  const samePidOtherHost = segment("comments", "20261118T180000000Z", "newsroom-2", process.pid);
  const all = [legacy, dead, otherHost, otherHostNewer, mine, mineNewer, myReactions, samePidOtherHost];

  const table: [string, Segment, readonly Segment[], boolean][] = [
    ["an earlier version's queue.jsonl", legacy, all, true],
    ["a running server's newest segment", mineNewer, all, false],
    ["the same server's older segment (it rotated)", mine, all, true],
    ["a running server's segment, alone", mine, [mine], false],
    ["a newer reactions segment does not close a comments segment", mine, [mine, myReactions], false],
    ["a newer segment of the same pid on another host does not close it", mine, [mine, samePidOtherHost], false],
    ["an older segment of the same server does not close its newest", mineNewer, [mine, mineNewer], false],
    ["a segment whose server has ended", dead, all, true],
    ["another host's segment, its process unknown here", otherHost, [otherHost], false],
    ["another host's older segment, superseded there", otherHost, all, true],
    ["another host's newest segment", otherHostNewer, all, false],
  ];
  for (const [label, one, among, expected] of table) assert.is(isClosed(one, among), expected, label);
});

closed("processAlive: this process runs; a pid no process can have does not", () => {
  assert.is(processAlive(process.pid), true);
  assert.is(processAlive(NO_SUCH_PID), false);
});

closed.run();
