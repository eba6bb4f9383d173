// `npm run comments -- tally`: readers' Yes/No answers added to content/reactions.json, each
// answer exactly once, whatever order tallies, crashes and half-written lines come in. Answers
// are lines as the intake server appends them (docs/comment-intake.md); imported totals are
// `count` lines, as a newsroom moving from a WordPress poll plugin writes its old results.
import { mkdir, readFile, writeFile, appendFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { writeFileAtomic, type WriteFileAtomic } from "../../src/comments/atomic-write.ts";
import { ModerationError, type ModerationFolders } from "../../src/comments/moderate.ts";
import { countReactions, formatReactions, tallyReactions } from "../../src/comments/reactions-tally.ts";
import { segmentName } from "../../src/comments/submission-log.ts";
import { inScratchFolder } from "../helpers/scratch-folder.ts";

interface Where extends ModerationFolders {
  root: string;
  counts: string;
  record: string;
}

async function where(root: string): Promise<Where> {
  const queueDir = join(root, "moderation");
  const contentDir = join(root, "content");
  await mkdir(queueDir);
  await mkdir(contentDir);
  return { root, queueDir, contentDir, counts: join(contentDir, "reactions.json"), record: join(queueDir, "reactions-tallied.json") };
}

function within(test: (at: Where) => Promise<void>): () => Promise<void> {
  return () => inScratchFolder("dateline-tally-", async (root) => test(await where(root)));
}

let serial = 0;
/** A reader's answer as the intake server appends it. */
function answer(article: string, choice: "yes" | "no"): string {
  serial += 1;
  return `${JSON.stringify({ id: `r-${String(serial).padStart(12, "0")}`, received: "2026-11-18T17:02:09+02:00", article, choice })}\n`;
}

/** A segment of this (live) process, started at the given minute. */
const segment = (at: Where, minute = 0) => join(at.queueDir, segmentName("reactions", Date.parse("2026-11-18T15:00:00Z") + minute * 60_000, process.pid));

async function counts(at: Where): Promise<unknown> {
  return JSON.parse(await readFile(at.counts, "utf8"));
}

/** The write step, recording which files a tally rewrites. */
function recording(): { write: WriteFileAtomic; written: string[] } {
  const written: string[] = [];
  return {
    written,
    write: async (path, text, options) => {
      written.push(basename(path));
      await writeFileAtomic(path, text, options);
    },
  };
}

const format = suite("countReactions and formatReactions");

format("yes and no per article, in id order; a count line adds its count, a reader's line one", () => {
  const counted = countReactions([
    { id: "r-1", received: "2026-11-18T17:02:09Z", article: "leeds-community-orchard-saved", choice: "no" },
    { id: "r-2", received: "2026-11-18T17:02:09Z", article: "beirut-port-reopens", choice: "yes" },
    { id: "r-3", received: "2026-11-18T17:02:09Z", article: "leeds-community-orchard-saved", choice: "yes", count: 87 },
    { id: "r-4", received: "2026-11-18T17:02:09Z", article: "beirut-port-reopens", choice: "no", count: 0 },
    { id: "r-5", received: "2026-11-18T17:02:09Z", article: "beirut-port-reopens", choice: "yes" },
    { id: "r-6", received: "2026-11-18T17:02:09Z", article: "accra-floods", choice: "no", count: 3 },
  ]);
  assert.equal(Object.entries(counted), [
    ["accra-floods", { yes: 0, no: 3 }],
    ["beirut-port-reopens", { yes: 2, no: 0 }],
    ["leeds-community-orchard-saved", { yes: 87, no: 1 }],
  ]);
  assert.is(
    formatReactions(counted),
    '{\n  "accra-floods": { "yes": 0, "no": 3 },\n  "beirut-port-reopens": { "yes": 2, "no": 0 },\n  "leeds-community-orchard-saved": { "yes": 87, "no": 1 }\n}\n',
  );
  assert.is(formatReactions({ "beirut-port-reopens": { yes: 41, no: 6 } }), '{\n  "beirut-port-reopens": { "yes": 41, "no": 6 }\n}\n');
  assert.is(formatReactions({}), "{}\n");
  assert.equal(countReactions([]), {});
});

format.run();

const tally = suite("tallyReactions");

tally("answers arriving between tallies are each counted once; a tally with nothing new rewrites nothing", within(async (at) => {
  await writeFile(segment(at), answer("beirut-port-reopens", "yes") + answer("beirut-port-reopens", "no"));
  const first = await tallyReactions(at);
  assert.is(first.outcome, "written");
  assert.is(first.path, at.counts);
  assert.equal(first.counts, { "beirut-port-reopens": { yes: 1, no: 1 } });
  assert.equal(first.skipped, []);
  assert.is(await readFile(at.counts, "utf8"), '{\n  "beirut-port-reopens": { "yes": 1, "no": 1 }\n}\n');

  const idle = recording();
  const second = await tallyReactions(at, idle);
  assert.equal({ outcome: second.outcome, counts: second.counts, written: idle.written }, { outcome: "unchanged", counts: { "beirut-port-reopens": { yes: 1, no: 1 } }, written: [] });

  await appendFile(segment(at), answer("beirut-port-reopens", "yes"));
  assert.is((await tallyReactions(at)).outcome, "written");
  await appendFile(segment(at), answer("accra-floods", "no") + answer("beirut-port-reopens", "yes"));
  // A new hourly segment of the same server.
  await writeFile(segment(at, 60), answer("accra-floods", "yes"));
  const fourth = recording();
  assert.is((await tallyReactions(at, fourth)).outcome, "written");
  assert.equal(fourth.written, ["reactions-tallied.json", "reactions.json"], "what was counted is recorded before the counts are written");
  assert.equal(await counts(at), { "accra-floods": { yes: 1, no: 1 }, "beirut-port-reopens": { yes: 3, no: 1 } });
  assert.is((await tallyReactions(at)).outcome, "unchanged");
  assert.equal(await counts(at), { "accra-floods": { yes: 1, no: 1 }, "beirut-port-reopens": { yes: 3, no: 1 } });
}));

tally("a line still being written is neither counted nor reported; it is counted once it is whole", within(async (at) => {
  const half = answer("beirut-port-reopens", "no");
  await writeFile(segment(at), answer("beirut-port-reopens", "yes") + half.slice(0, 20));
  const first = await tallyReactions(at);
  assert.equal({ counts: first.counts, skipped: first.skipped }, { counts: { "beirut-port-reopens": { yes: 1, no: 0 } }, skipped: [] });
  await appendFile(segment(at), half.slice(20));
  const second = await tallyReactions(at);
  assert.equal({ outcome: second.outcome, counts: second.counts, skipped: second.skipped }, { outcome: "written", counts: { "beirut-port-reopens": { yes: 1, no: 1 } }, skipped: [] });
  // Whole JSON, but the line end not yet written: still not counted.
  const whole = answer("beirut-port-reopens", "yes");
  await appendFile(segment(at), whole.trimEnd());
  assert.equal((await tallyReactions(at)).counts, { "beirut-port-reopens": { yes: 1, no: 1 } });
  await appendFile(segment(at), "\n");
  assert.equal((await tallyReactions(at)).counts, { "beirut-port-reopens": { yes: 2, no: 1 } });
}));

tally("lines that are not answers are reported once, with their line in the file, and never counted", within(async (at) => {
  // An earlier version's log, hand-edited: it starts with a blank line.
  const legacy = join(at.queueDir, "reactions.jsonl");
  await writeFile(legacy, `\n${answer("beirut-port-reopens", "yes")}{"article":"beirut-port-reopens","choice":"maybe"}\n`);
  await writeFile(segment(at), answer("accra-floods", "no"));
  const first = await tallyReactions(at);
  assert.equal(first.skipped.map((line) => [line.file, line.number, line.text]), [[legacy, 3, '{"article":"beirut-port-reopens","choice":"maybe"}']]);
  assert.ok(first.skipped[0]!.problem, "with the reason");
  assert.equal(first.counts, { "accra-floods": { yes: 0, no: 1 }, "beirut-port-reopens": { yes: 1, no: 0 } });

  // Later only a broken line arrives, in the second segment: reported once, counts untouched.
  await appendFile(segment(at), `${answer("accra-floods", "yes")}garbage\n`);
  const second = await tallyReactions(at);
  assert.equal(second.skipped.map((line) => [line.file, line.number]), [[segment(at), 3]]);
  assert.equal(second.counts, { "accra-floods": { yes: 1, no: 1 }, "beirut-port-reopens": { yes: 1, no: 0 } });
  await appendFile(segment(at), '{"article":"accra-floods","choice":"yes","count":-5}\n');
  const noNews = recording();
  const third = await tallyReactions(at, noNews);
  assert.equal(third.skipped.map((line) => [line.file, line.number]), [[segment(at), 4]]);
  assert.is(third.outcome, "unchanged");
  assert.equal(noNews.written, ["reactions-tallied.json"], "the counts file is not rewritten when no count changed");
  const fourth = await tallyReactions(at);
  assert.equal({ outcome: fourth.outcome, skipped: fourth.skipped }, { outcome: "unchanged", skipped: [] });
  assert.equal(await counts(at), { "accra-floods": { yes: 1, no: 1 }, "beirut-port-reopens": { yes: 1, no: 0 } });
}));

tally("a hand-kept counts file in the same layout: a tally of broken lines only leaves it, and does not report them again", within(async (at) => {
  const kept = '{\n  "beirut-port-reopens": { "yes": 41, "no": 6 }\n}\n';
  await writeFile(at.counts, kept);
  await writeFile(segment(at), "not json\n");
  const first = await tallyReactions(at);
  assert.equal({ outcome: first.outcome, skipped: first.skipped.map((line) => line.number) }, { outcome: "unchanged", skipped: [1] });
  assert.is(await readFile(at.counts, "utf8"), kept);
  await appendFile(segment(at), answer("beirut-port-reopens", "yes"));
  const second = await tallyReactions(at);
  assert.equal({ outcome: second.outcome, skipped: second.skipped, counts: second.counts }, { outcome: "written", skipped: [], counts: { "beirut-port-reopens": { yes: 42, no: 6 } } });
}));

tally("a server that has just started (an empty segment) changes nothing and writes nothing", within(async (at) => {
  await writeFile(segment(at), answer("beirut-port-reopens", "yes"));
  await tallyReactions(at);
  await writeFile(segment(at, 60), "");
  const idle = recording();
  const again = await tallyReactions(at, idle);
  assert.equal({ outcome: again.outcome, written: idle.written }, { outcome: "unchanged", written: [] });
}));

tally("without a counts file, broken lines only: an empty counts file is written", within(async (at) => {
  await writeFile(segment(at), '{"article":"beirut-port-reopens","choice":"perhaps"}\n');
  const result = await tallyReactions(at);
  assert.equal({ outcome: result.outcome, counts: result.counts }, { outcome: "unchanged", counts: {} });
  assert.is(await readFile(at.counts, "utf8"), "{}\n");
}));

tally("an empty counts file (made with touch) holds no counts yet: the answers are counted into it", within(async (at) => {
  await writeFile(at.counts, "");
  await writeFile(segment(at), answer("beirut-port-reopens", "no"));
  const result = await tallyReactions(at);
  assert.equal({ outcome: result.outcome, counts: result.counts }, { outcome: "written", counts: { "beirut-port-reopens": { yes: 0, no: 1 } } });
}));

tally("no reactions segments at all: the counts the file holds are returned and it is left alone", within(async (at) => {
  await writeFile(join(at.queueDir, segmentName("comments", Date.parse("2026-11-18T15:00:00Z"), process.pid)), "");
  await writeFile(at.counts, '{"beirut-port-reopens":{"yes":41,"no":6}}');
  const idle = recording();
  const result = await tallyReactions(at, idle);
  assert.equal({ outcome: result.outcome, counts: result.counts, written: idle.written }, { outcome: "no-log", counts: { "beirut-port-reopens": { yes: 41, no: 6 } }, written: [] });
  assert.is(await readFile(at.counts, "utf8"), '{"beirut-port-reopens":{"yes":41,"no":6}}');
}));

tally("after an upgrade: counts an earlier version wrote (a recount of the whole log) are recognised, not counted again", within(async (at) => {
  const legacyLines = answer("beirut-port-reopens", "yes") + answer("beirut-port-reopens", "no") + answer("accra-floods", "yes");
  await writeFile(join(at.queueDir, "reactions.jsonl"), legacyLines);
  // The new server's segment: one answer whole, the next one complete but for its line end.
  const pending = answer("accra-floods", "no");
  await writeFile(segment(at), answer("accra-floods", "yes") + pending.trimEnd());
  const earlier = '{\n  "accra-floods": { "yes": 2, "no": 0 },\n  "beirut-port-reopens": { "yes": 1, "no": 1 }\n}\n';
  await writeFile(at.counts, earlier);
  const first = await tallyReactions(at);
  assert.equal({ outcome: first.outcome, skipped: first.skipped }, { outcome: "unchanged", skipped: [] });
  assert.is(await readFile(at.counts, "utf8"), earlier);
  await appendFile(segment(at), `\n${answer("beirut-port-reopens", "yes")}{"choice":"yes"}\n`);
  const second = await tallyReactions(at);
  assert.equal(second.counts, { "accra-floods": { yes: 2, no: 1 }, "beirut-port-reopens": { yes: 2, no: 1 } });
  assert.equal(second.skipped.map((line) => [basename(line.file), line.number]), [[basename(segment(at)), 4]]);
}));

tally("counts an earlier version did not write (a different total) are added to", within(async (at) => {
  await writeFile(join(at.queueDir, "reactions.jsonl"), answer("beirut-port-reopens", "yes") + answer("beirut-port-reopens", "no"));
  await writeFile(at.counts, '{\n  "beirut-port-reopens": { "yes": 41, "no": 6 }\n}\n');
  assert.equal((await tallyReactions(at)).counts, { "beirut-port-reopens": { yes: 42, no: 7 } });
}));

tally("a counts file with problems stops the tally, naming the file and each article at fault; nothing is recorded", within(async (at) => {
  await writeFile(segment(at), answer("beirut-port-reopens", "yes"));
  for (const [text, fields] of [
    ['{ "accra-floods": { "yes": -1, "no": 0 } }', ["accra-floods"]],
    ['{ "accra-floods": { "yes": 1.5, "no": 0 }, "beirut-port-reopens": { "yes": 4 } }', ["accra-floods", "beirut-port-reopens"]],
    ["[41, 6]", ["json"]],
  ] as const) {
    await writeFile(at.counts, text);
    try {
      await tallyReactions(at);
      assert.unreachable("should refuse");
    } catch (cause) {
      assert.instance(cause, ModerationError);
      const message = (cause as Error).message;
      assert.ok(message.startsWith(`${relative(process.cwd(), at.counts)} has problems (`), message);
      assert.match(message, new RegExp(`\\(${fields.map((field) => `${field}: [^;]+`).join("; ")}\\)`));
    }
    assert.is(await readFile(at.counts, "utf8"), text);
    assert.not.ok(await readFile(at.record, "utf8").catch(() => undefined), "nothing recorded as counted");
  }
}));

tally("a damaged record of what was counted stops the tally rather than count everything again", within(async (at) => {
  await writeFile(segment(at), answer("beirut-port-reopens", "yes"));
  const valid = { counted: {}, before: {}, from: "a", to: "b" };
  const damaged = [
    "",
    "{",
    "null",
    JSON.stringify({ ...valid, counted: undefined }),
    JSON.stringify({ ...valid, before: undefined }),
    JSON.stringify({ ...valid, from: undefined }),
    JSON.stringify({ ...valid, to: undefined }),
    JSON.stringify({ ...valid, from: 7 }),
    JSON.stringify({ ...valid, counted: "all" }),
  ];
  for (const text of damaged) {
    await writeFile(at.record, text);
    try {
      await tallyReactions(at);
      assert.unreachable(`should refuse ${text}`);
    } catch (cause) {
      assert.instance(cause, ModerationError, text);
      assert.match((cause as Error).message, /reactions-tallied\.json is damaged/);
    }
  }
  await writeFile(at.record, `${JSON.stringify(valid)}\n`);
  assert.equal((await tallyReactions(at)).counts, { "beirut-port-reopens": { yes: 1, no: 0 } }, "a valid record is read");
}));

tally("a record that cannot be read at all is an error, not a fresh start", within(async (at) => {
  await writeFile(segment(at), answer("beirut-port-reopens", "yes"));
  await mkdir(at.record);
  try {
    await tallyReactions(at);
    assert.unreachable("should fail");
  } catch (cause) {
    assert.is((cause as NodeJS.ErrnoException).code, "EISDIR");
  }
  assert.not.ok(await readFile(at.counts, "utf8").catch(() => undefined), "nothing counted");
}));

tally("a crash before the counts file is written: the next tally counts from where the crashed one started", within(async (at) => {
  await writeFile(at.counts, '{ "beirut-port-reopens": { "yes": 41, "no": 6 } }\n');
  await writeFile(segment(at), answer("beirut-port-reopens", "yes") + answer("beirut-port-reopens", "yes"));
  await tallyReactions(at);
  await appendFile(segment(at), answer("beirut-port-reopens", "no") + answer("accra-floods", "no"));
  const crashing: WriteFileAtomic = async (path, text, options) => {
    if (path === at.counts) throw new Error("simulated crash");
    await writeFileAtomic(path, text, options);
  };
  await tallyReactions(at, { write: crashing }).then(
    () => assert.unreachable("the crash should surface"),
    (cause: Error) => assert.match(cause.message, /simulated crash/),
  );
  assert.equal(await counts(at), { "beirut-port-reopens": { yes: 43, no: 6 } });
  const recovered = await tallyReactions(at);
  assert.is(recovered.outcome, "written");
  assert.equal(await counts(at), { "accra-floods": { yes: 0, no: 1 }, "beirut-port-reopens": { yes: 43, no: 7 } });
  assert.is((await tallyReactions(at)).outcome, "unchanged");
  assert.equal(await counts(at), { "accra-floods": { yes: 0, no: 1 }, "beirut-port-reopens": { yes: 43, no: 7 } });
}));

tally.run();
