// The moderation folder's JSON Lines files as the editor's commands read them: which lines of a
// segment are submissions, which are reported as broken (and where), and which are left out as
// never acknowledged. Lines imitate what the intake server writes (docs/comment-intake.md) and
// what a hand edit or a crash leaves; imported reaction totals follow a WordPress poll plugin's
// export turned into `count` lines.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { COMMENT_ID } from "../../src/comments/comments-file.ts";
import { formatPending, listPending } from "../../src/comments/moderate.ts";
import {
  checkDecision,
  checkQueuedComment,
  checkReaction,
  moderationFiles,
  newSubmissionId,
  parseLines,
  readDecisions,
  readLines,
  readSubmissions,
} from "../../src/comments/moderation-queue.ts";
import { segmentName } from "../../src/comments/submission-log.ts";

/** A comment line exactly as the intake server appends it. */
const SUBMISSION = {
  id: "c-3f9a1c2b7d10",
  received: "2026-11-18T17:02:09+02:00",
  article: "beirut-port-reopens",
  url: "/2026/11/18/beirut-port-reopens/",
  name: "Maya",
  email: "maya@example.com",
  text: "The port matters to every family here.",
};

const without = (key: keyof typeof SUBMISSION) => Object.fromEntries(Object.entries(SUBMISSION).filter(([name]) => name !== key));

async function tempFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), "dateline-queue-"));
}

const comments = suite("checkQueuedComment: a line of a comments segment");

// [what the line holds, whether it is a submission]
const COMMENT_LINES: [string, unknown, boolean][] = [
  ["as the intake server writes it", SUBMISSION, true],
  ["a reply", { ...SUBMISSION, replyTo: "c-81d07e" }, true],
  ["an article id with a dot, as source file names allow", { ...SUBMISSION, article: "budget.2027" }, true],
  ["an empty name (the form leaves it optional)", { ...SUBMISSION, name: "" }, true],
  ["a list", [SUBMISSION], false],
  ["null", null, false],
  ["a bare string", "c-3f9a1c2b7d10", false],
  ["no id", without("id"), false],
  ["a numeric id (a Disqus export pasted in)", { ...SUBMISSION, id: 4711 }, false],
  ["an id with a path", { ...SUBMISSION, id: "../c-3f9a1c2b7d10" }, false],
  ["no article", without("article"), false],
  ["an article id that climbs out of content/comments", { ...SUBMISSION, article: "../etc/passwd" }, false],
  ["an article given as a number", { ...SUBMISSION, article: 12 }, false],
  ["no received time", without("received"), false],
  ["no url", without("url"), false],
  ["no name", without("name"), false],
  ["no e-mail", without("email"), false],
  ["no text", without("text"), false],
  ["text given as a number", { ...SUBMISSION, text: 42 }, false],
  ["a reply to a numeric id", { ...SUBMISSION, replyTo: 4711 }, false],
  ["a reply to a path", { ...SUBMISSION, replyTo: "../c-1" }, false],
];

for (const [name, value, valid] of COMMENT_LINES) {
  comments(name, () => {
    const checked = checkQueuedComment(value);
    if (valid) assert.equal(checked, value);
    else {
      assert.type(checked, "string");
      assert.ok((checked as string).length > 0, "says what is wrong");
    }
  });
}

comments.run();

const reactions = suite("checkReaction: a line of a reactions segment");

const ANSWER = { id: "r-5d1e0a9b2c34", received: "2026-11-18T17:02:09+02:00", article: "beirut-port-reopens", choice: "yes" };

const REACTION_LINES: [string, unknown, boolean][] = [
  ["a reader's yes", ANSWER, true],
  ["a reader's no", { ...ANSWER, choice: "no" }, true],
  ["imported totals: 41 yes", { article: "beirut-port-reopens", choice: "yes", count: 41 }, true],
  ["imported totals: none", { article: "beirut-port-reopens", choice: "no", count: 0 }, true],
  ["a negative count", { article: "beirut-port-reopens", choice: "no", count: -6 }, false],
  ["a fractional count", { article: "beirut-port-reopens", choice: "no", count: 1.5 }, false],
  ["a count as text, as a CSV export gives it", { article: "beirut-port-reopens", choice: "yes", count: "41" }, false],
  ["a count of null", { article: "beirut-port-reopens", choice: "yes", count: null }, false],
  ["choice Yes with a capital", { ...ANSWER, choice: "Yes" }, false],
  ["choice maybe", { ...ANSWER, choice: "maybe" }, false],
  ["choice true", { ...ANSWER, choice: true }, false],
  ["no choice", { id: ANSWER.id, received: ANSWER.received, article: ANSWER.article }, false],
  ["no article", { id: ANSWER.id, received: ANSWER.received, choice: "yes" }, false],
  ["an article id with a path", { ...ANSWER, article: "../x" }, false],
  ["a list", [ANSWER], false],
  ["null", null, false],
  ["a number", 1, false],
];

for (const [name, value, valid] of REACTION_LINES) {
  reactions(name, () => {
    const checked = checkReaction(value);
    if (valid) assert.equal(checked, value);
    else {
      assert.type(checked, "string");
      assert.ok((checked as string).length > 0, "says what is wrong");
    }
  });
}

reactions.run();

const decisions = suite("checkDecision and readDecisions: decided.jsonl");

const DECISION_LINES: [string, unknown, boolean][] = [
  ["approved", { id: "c-3f9a1c2b7d10", decision: "approved", at: "2026-11-19T09:00:00.000+01:00" }, true],
  ["rejected", { id: "c-3f9a1c2b7d10", decision: "rejected", at: "2026-11-19T09:00:00.000+01:00" }, true],
  ["held (not a decision Dateline makes)", { id: "c-3f9a1c2b7d10", decision: "held", at: "2026-11-19T09:00:00.000+01:00" }, false],
  ["no decision", { id: "c-3f9a1c2b7d10", at: "2026-11-19T09:00:00.000+01:00" }, false],
  ["no id", { decision: "approved", at: "2026-11-19T09:00:00.000+01:00" }, false],
  ["an id with a path", { id: "../c-1", decision: "approved" }, false],
  ["a list", [{ id: "c-3f9a1c2b7d10", decision: "approved" }], false],
  ["null", null, false],
  ["a string", "approved", false],
];

for (const [name, value, valid] of DECISION_LINES) {
  decisions(name, () => {
    const checked = checkDecision(value);
    if (valid) assert.equal(checked, value);
    else {
      assert.type(checked, "string");
      assert.ok((checked as string).length > 0, "says what is wrong");
    }
  });
}

decisions("each decided id once, the later line winning; broken lines decide nothing; no file is no decisions", async () => {
  const folder = await tempFolder();
  try {
    assert.equal(moderationFiles(folder), { decided: join(folder, "decided.jsonl"), rejected: join(folder, "rejected.jsonl") });
    assert.equal([...(await readDecisions(folder))], []);
    const lines = [
      { id: "c-000000000001", decision: "rejected", at: "2026-11-19T09:00:00.000+01:00" },
      { id: "c-000000000002", decision: "approved", at: "2026-11-19T09:01:00.000+01:00" },
      { id: "c-000000000003", decision: "held", at: "2026-11-19T09:02:00.000+01:00" },
      { id: "c-000000000001", decision: "approved", at: "2026-11-19T09:03:00.000+01:00" },
    ].map((line) => JSON.stringify(line));
    await writeFile(join(folder, "decided.jsonl"), `${lines[0]}\n${lines[1]}\n\n{"id":"c-0000\n${lines[2]}\n${lines[3]}`);
    const read = await readDecisions(folder);
    assert.equal([...read.keys()], ["c-000000000001", "c-000000000002"]);
    assert.equal(read.get("c-000000000001"), { id: "c-000000000001", decision: "approved", at: "2026-11-19T09:03:00.000+01:00" });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

decisions.run();

const lines = suite("parseLines and readLines");

lines("lines are numbered as an editor counts them, blank lines skipped but counted", () => {
  const text = `${JSON.stringify(SUBMISSION)}\n\n   \n{"id":"c-0000\n${JSON.stringify({ ...SUBMISSION, id: "c-000000000002", email: 7 })}\n`;
  const parsed = parseLines(text, checkQueuedComment);
  assert.equal(parsed.map((line) => [line.number, line.entry?.id, Boolean(line.problem)]), [
    [1, "c-3f9a1c2b7d10", false],
    [4, undefined, true],
    [5, undefined, true],
  ]);
  assert.is(parsed[1]!.text, '{"id":"c-0000', "the line is kept as it was");
  assert.match(parsed[1]!.problem!, /not a JSON object/);
  assert.match(parsed[2]!.problem!, /c-000000000002: "email" is missing/);
});

lines("a last line without its line end: reported as incomplete, or left out when it may still be being written", () => {
  const whole = JSON.stringify(SUBMISSION);
  const text = `${whole}\n{"id":"c-00000000000`;
  const reported = parseLines(text, checkQueuedComment);
  assert.equal(reported.map((line) => [line.number, line.entry?.id]), [[1, "c-3f9a1c2b7d10"], [2, undefined]]);
  assert.match(reported[1]!.problem!, /incomplete \(no line end\)/);
  assert.equal(parseLines(text, checkQueuedComment, { skipUnended: true }).map((line) => line.number), [1]);
  // Whole but unended: read as it is, unless it may be half written.
  assert.equal(parseLines(`${whole}\n${whole}`, checkQueuedComment).map((line) => line.entry?.id), ["c-3f9a1c2b7d10", "c-3f9a1c2b7d10"]);
  assert.equal(parseLines(`${whole}\n${whole}`, checkQueuedComment, { skipUnended: true }).map((line) => line.number), [1]);
  assert.equal(parseLines(`${whole}\n`, checkQueuedComment, { skipUnended: true }).map((line) => line.number), [1], "an ended last line is read");
  assert.equal(parseLines("", checkQueuedComment), []);
});

lines("readLines: a missing file is no lines; a folder where the file belongs is an error", async () => {
  const folder = await tempFolder();
  try {
    assert.equal(await readLines(join(folder, "rejected.jsonl"), checkQueuedComment), []);
    await mkdir(join(folder, "decided.jsonl"));
    try {
      await readLines(join(folder, "decided.jsonl"), checkDecision);
      assert.unreachable("a folder cannot be read as lines");
    } catch (cause) {
      assert.match((cause as Error).message, /Cannot read .*decided\.jsonl/);
    }
    await writeFile(join(folder, "rejected.jsonl"), `${JSON.stringify(SUBMISSION)}\n`);
    assert.equal((await readLines(join(folder, "rejected.jsonl"), checkQueuedComment)).map((line) => line.entry), [SUBMISSION]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

lines.run();

const segments = suite("readSubmissions and list: every segment, oldest first");

segments("an earlier version's queue.jsonl first, then segments by start; an unended last line is broken only in queue.jsonl", async () => {
  const folder = await tempFolder();
  try {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const line = (id: string) => JSON.stringify({ ...SUBMISSION, id });
    await writeFile(join(folder, segmentName("comments", Date.parse("2026-11-18T16:00:00Z"), dead)), `${line("c-000000000003")}\n{"id":"c-0000000000`);
    await writeFile(join(folder, segmentName("comments", Date.parse("2026-11-18T15:00:00Z"), dead)), `${line("c-000000000002")}\n`);
    await writeFile(join(folder, "queue.jsonl"), `${line("c-000000000001")}\nnot json\n${line("c-000000000004")}`);
    await writeFile(join(folder, segmentName("reactions", Date.parse("2026-11-18T15:00:00Z"), dead)), `${JSON.stringify(ANSWER)}\n`);
    const read = await readSubmissions(folder);
    assert.equal(read.map((entry) => [entry.segment.name.split(".")[0], entry.number, entry.entry?.id]), [
      ["queue", 1, "c-000000000001"],
      ["queue", 2, undefined],
      ["queue", 3, "c-000000000004"],
      ["comments", 1, "c-000000000002"],
      ["comments", 1, "c-000000000003"],
    ]);

    const pending = await listPending({ queueDir: folder, contentDir: join(folder, "content") });
    assert.equal(pending.pending.map((entry) => entry.id), ["c-000000000001", "c-000000000004", "c-000000000002", "c-000000000003"]);
    assert.equal(pending.broken.map((broken) => [broken.file, broken.number]), [[join(folder, "queue.jsonl"), 2]]);
    assert.match(formatPending(pending), /queue\.jsonl, line 2: is not a JSON object .*; kept as it is: fix or remove it by hand\n4 comments waiting\.$/);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

segments("list names every line that is not a submission, each with its reason", async () => {
  const folder = await tempFolder();
  try {
    const broken = [without("email"), { ...SUBMISSION, article: "../x" }, { ...SUBMISSION, id: 4711 }, [SUBMISSION], { ...SUBMISSION, replyTo: 4711 }, without("received")];
    await writeFile(join(folder, "queue.jsonl"), `${broken.map((line) => JSON.stringify(line)).join("\n")}\n`);
    const pending = await listPending({ queueDir: folder, contentDir: join(folder, "content") });
    assert.equal(pending.pending, []);
    assert.equal(pending.broken.map((line) => line.number), [1, 2, 3, 4, 5, 6]);
    for (const line of pending.broken) assert.ok(line.problem.length > 0, `line ${line.number} says why`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

segments.run();

const ids = suite("newSubmissionId");

ids("c- or r- and twelve hex digits, a valid comment id, different each time", () => {
  const made = Array.from({ length: 50 }, () => newSubmissionId("c"));
  for (const id of made) {
    assert.match(id, /^c-[0-9a-f]{12}$/);
    assert.ok(COMMENT_ID.test(id));
  }
  assert.is(new Set(made).size, made.length);
  assert.match(newSubmissionId("r"), /^r-[0-9a-f]{12}$/);
});

ids.run();
