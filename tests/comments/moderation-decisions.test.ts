// The editor's decisions on a moderation folder as a newsroom's really looks after a while: an
// earlier version's queue.jsonl, segments of servers that have ended or rotated, lines cut short
// by a crash, a line a colleague edited by hand, and comments imported from an older system
// (WordPress export lines with `comment_date_gmt`-style wall-clock times, a Formspree dump with
// a control character). Lines are otherwise exactly what the intake server appends.
import { spawnSync } from "node:child_process";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { approve, formatPending, listPending, ModerationError, reject, shown, type PublishFolders } from "../../src/comments/moderate.ts";
import { appendLine } from "../../src/comments/atomic-write.ts";
import { moderationFiles, type QueuedComment } from "../../src/comments/moderation-queue.ts";
import { segmentName } from "../../src/comments/submission-log.ts";
import { inScratchFolder } from "../helpers/scratch-folder.ts";

interface Where extends PublishFolders {
  root: string;
}

const ARTICLE = "beirut-port-reopens";

async function where(root: string): Promise<Where> {
  const at = { root, queueDir: join(root, "moderation"), contentDir: join(root, "content"), builtDir: join(root, "_site") };
  await mkdir(at.queueDir);
  await mkdir(at.contentDir);
  await mkdir(at.builtDir);
  const articles = { [ARTICLE]: { url: `/2026/11/18/${ARTICLE}/`, commentsOpen: true }, "accra-floods": { url: "/2026/11/18/accra-floods/", commentsOpen: true } };
  await writeFile(join(at.builtDir, "comment-articles.json"), JSON.stringify({ articles }));
  return at;
}

function within(test: (at: Where) => Promise<void>): () => Promise<void> {
  return () => inScratchFolder("dateline-decisions-", async (root) => test(await where(root)));
}

function submission(id: string, overrides: Partial<QueuedComment> = {}): QueuedComment {
  return { id, received: "2026-11-18T17:02:09+02:00", article: ARTICLE, url: `/2026/11/18/${ARTICLE}/`, name: "Maya", email: `${id}@example.com`, text: `Comment ${id}`, ...overrides };
}

const lines = (...entries: QueuedComment[]) => entries.map((entry) => `${JSON.stringify(entry)}\n`).join("");

const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

/** A segment of a server process that has ended: closed, so the editor's commands rewrite it. */
const closedSegment = (at: Where, pid: number, hour = 15) => join(at.queueDir, segmentName("comments", Date.parse(`2026-11-18T${hour}:00:00Z`), pid));

async function waitingIds(at: Where): Promise<string[]> {
  return (await listPending(at)).pending.map((entry) => entry.id);
}

async function publishedIds(at: Where, article = ARTICLE): Promise<string[]> {
  const file = JSON.parse(await readFile(join(at.contentDir, "comments", `${article}.json`), "utf8")) as { comments: { id: string }[] };
  return file.comments.map((comment) => comment.id);
}

async function refusal(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (cause) {
    assert.instance(cause, ModerationError);
    return (cause as Error).message;
  }
  throw new Error("should have been refused");
}

const segments = suite("approve and reject across segments");

segments("a comment in two files after a crash is listed once, published once, and leaves both closed files", within(async (at) => {
  const legacy = join(at.queueDir, "queue.jsonl");
  const segment = closedSegment(at, deadPid());
  await writeFile(legacy, lines(submission("c-00000000000a"), submission("c-00000000000b")));
  await writeFile(segment, lines(submission("c-00000000000a"), submission("c-00000000000c")));
  assert.equal(await waitingIds(at), ["c-00000000000a", "c-00000000000b", "c-00000000000c"]);
  const done = await approve(at, "c-00000000000a");
  assert.equal(done, { id: "c-00000000000a", article: ARTICLE, path: join(at.contentDir, "comments", `${ARTICLE}.json`), added: true });
  assert.equal(await publishedIds(at), ["c-00000000000a"]);
  assert.is(await readFile(legacy, "utf8"), lines(submission("c-00000000000b")));
  assert.is(await readFile(segment, "utf8"), lines(submission("c-00000000000c")));
  assert.equal(await waitingIds(at), ["c-00000000000b", "c-00000000000c"]);
}));

segments("closed files with nothing decided are not rewritten; a crash's cut line goes from a server's segment, not from queue.jsonl", within(async (at) => {
  const legacy = join(at.queueDir, "queue.jsonl");
  const legacyText = `${lines(submission("c-000000000010"))}{"id":"c-0000000000`;
  await writeFile(legacy, legacyText);
  const pid = deadPid();
  const untouched = closedSegment(at, pid, 13);
  await writeFile(untouched, lines(submission("c-000000000011")));
  const cut = closedSegment(at, pid, 14);
  await writeFile(cut, `${lines(submission("c-000000000012"))}{"id":"c-00000000001`);
  const decided = closedSegment(at, pid, 15);
  await writeFile(decided, lines(submission("c-000000000013")));
  const inodes = { legacy: (await stat(legacy)).ino, untouched: (await stat(untouched)).ino };

  const listed = await listPending(at);
  assert.equal(listed.pending.map((entry) => entry.id), ["c-000000000010", "c-000000000011", "c-000000000012", "c-000000000013"]);
  assert.equal(listed.broken.map((line) => [line.file, line.number]), [[legacy, 2]], "only queue.jsonl's cut line is reported: a segment's was never acknowledged");

  await reject(at, "c-000000000013", "spam");
  assert.is(await readFile(legacy, "utf8"), legacyText, "queue.jsonl: nothing of it decided, left as it was");
  assert.is((await stat(legacy)).ino, inodes.legacy);
  assert.is((await stat(untouched)).ino, inodes.untouched, "not rewritten");
  assert.is(await readFile(cut, "utf8"), lines(submission("c-000000000012")), "the cut line is dropped");
  assert.not.ok((await readdir(at.queueDir)).includes(segmentName("comments", Date.parse("2026-11-18T15:00:00Z"), pid)));

  await approve(at, "c-000000000010");
  assert.is(await readFile(legacy, "utf8"), '{"id":"c-0000000000\n', "queue.jsonl loses the decided comment; its broken line stays for the editor");
  assert.equal((await listPending(at)).broken.map((line) => [line.file, line.number]), [[legacy, 1]]);
}));

segments("a line edited by hand stays in a closed segment, and is still reported, after its neighbours are decided", within(async (at) => {
  const segment = closedSegment(at, deadPid());
  const edited = '{"id":"c-000000000021","article":"beirut-port-reopens","text":"no e-mail"}';
  await writeFile(segment, `${lines(submission("c-000000000020"))}${edited}\n${lines(submission("c-000000000022"))}`);
  await approve(at, "c-000000000020");
  await reject(at, "c-000000000022", undefined);
  assert.is(await readFile(segment, "utf8"), `${edited}\n`);
  const listed = await listPending(at);
  assert.equal({ pending: listed.pending, broken: listed.broken.map((line) => [line.file, line.number]) }, { pending: [], broken: [[segment, 1]] });
}));

segments("comments decided while their segment was open leave it once the server has rotated to a new one", within(async (at) => {
  // This process as the server: its segment is open while it has no newer one.
  const first = join(at.queueDir, segmentName("comments", Date.parse("2026-11-18T15:00:00Z"), process.pid));
  await writeFile(first, lines(submission("c-000000000030"), submission("c-000000000031")));
  await approve(at, "c-000000000030");
  assert.is(await readFile(first, "utf8"), lines(submission("c-000000000030"), submission("c-000000000031")), "the open segment is never rewritten");
  assert.equal(await waitingIds(at), ["c-000000000031"]);
  // An hour later the server starts a new segment: the first one is closed.
  await writeFile(join(at.queueDir, segmentName("comments", Date.parse("2026-11-18T16:00:00Z"), process.pid)), lines(submission("c-000000000032")));
  await reject(at, "c-000000000031", "off topic");
  assert.not.ok((await readdir(at.queueDir)).includes(segmentName("comments", Date.parse("2026-11-18T15:00:00Z"), process.pid)), "both its comments are decided: deleted");
  assert.equal(await waitingIds(at), ["c-000000000032"]);
}));

segments("a crash before the decision is recorded, in files that already hold other comments: running again adds nothing twice", within(async (at) => {
  await writeFile(join(at.queueDir, "queue.jsonl"), lines(...["c-0000000000e0", "c-0000000000e1", "c-0000000000e2", "c-0000000000e3"].map((id) => submission(id))));
  await approve(at, "c-0000000000e0");
  await reject(at, "c-0000000000e1", "spam");
  const crashing: typeof appendLine = async (path, line, options) => {
    if (path.endsWith("decided.jsonl")) throw new Error("simulated crash");
    await appendLine(path, line, options);
  };
  await approve(at, "c-0000000000e2", { append: crashing }).catch(() => undefined);
  await reject(at, "c-0000000000e3", "spam", { append: crashing }).catch(() => undefined);
  assert.equal(await waitingIds(at), ["c-0000000000e2", "c-0000000000e3"]);
  assert.is((await approve(at, "c-0000000000e2")).added, false);
  assert.is((await reject(at, "c-0000000000e3", "spam")).added, false);
  assert.equal(await publishedIds(at), ["c-0000000000e0", "c-0000000000e2"]);
  const rejected = (await readFile(moderationFiles(at.queueDir).rejected, "utf8")).trim().split("\n").map((line) => (JSON.parse(line) as { id: string }).id);
  assert.equal(rejected, ["c-0000000000e1", "c-0000000000e3"]);
  assert.equal(await waitingIds(at), []);
}));

segments.run();

const refusals = suite("what approve refuses");

refusals("an imported comment the build would refuse stays waiting, naming the field; the reply hint only for replies", within(async (at) => {
  await writeFile(
    join(at.queueDir, "queue.jsonl"),
    lines(
      // WordPress export: comment_date_gmt, a wall clock without a zone.
      submission("wp_1042", { received: "2026-11-18 15:02:09" }),
      // Formspree dump: a bell character pasted with the text.
      submission("fs-7731", { text: "Great\u0007 report" }),
      submission("c-000000000040", { name: "Ka\u001brim" }),
      submission("c-000000000041", { text: "   " }),
    ),
  );
  const messages: string[] = [];
  for (const id of ["wp_1042", "fs-7731", "c-000000000040", "c-000000000041"]) messages.push(await refusal(approve(at, id)));
  assert.match(messages[0]!, /^cannot approve wp_1042: .*posted/);
  assert.match(messages[1]!, /^cannot approve fs-7731: .*control characters/);
  assert.match(messages[2]!, /^cannot approve c-000000000040: .*control characters/);
  assert.match(messages[3]!, /^cannot approve c-000000000041: .*text/);
  for (const message of messages) assert.not.match(message, /first, or reject this reply/, message);
  assert.equal(await waitingIds(at), ["wp_1042", "fs-7731", "c-000000000040", "c-000000000041"]);
  assert.equal(await readdir(at.contentDir), [], "no comments file written");
  assert.not.ok((await readdir(at.queueDir)).includes("decided.jsonl"));
}));

refusals("a comments file with problems is not rewritten: each problem on a line of its own", within(async (at) => {
  await writeFile(join(at.queueDir, "queue.jsonl"), lines(submission("c-000000000045")));
  await mkdir(join(at.contentDir, "comments"));
  // Two comments pasted from a WordPress export by hand: wall-clock times.
  const pasted = JSON.stringify({ article: ARTICLE, comments: [{ id: "wp_1", posted: "2026-11-18 15:02:09", text: "One" }, { id: "wp_2", posted: "2026-11-18 15:03:09", text: "Two" }] });
  await writeFile(join(at.contentDir, "comments", `${ARTICLE}.json`), pasted);
  const message = await refusal(approve(at, "c-000000000045"));
  assert.match(message, /has problems; fix them first \(approving rewrites the file\):\n  .*comments\[0\]\.posted: [^\n]*\n  .*comments\[1\]\.posted: /);
  assert.is(await readFile(join(at.contentDir, "comments", `${ARTICLE}.json`), "utf8"), pasted);
  assert.equal(await waitingIds(at), ["c-000000000045"]);
}));

refusals("a folder where the comments file belongs is an error, and the comment stays waiting", within(async (at) => {
  await writeFile(join(at.queueDir, "queue.jsonl"), lines(submission("c-000000000050")));
  await mkdir(join(at.contentDir, "comments", `${ARTICLE}.json`), { recursive: true });
  try {
    await approve(at, "c-000000000050");
    assert.unreachable("should fail");
  } catch (cause) {
    assert.match((cause as Error).message, /^Cannot read .*beirut-port-reopens\.json/);
  }
  assert.equal(await waitingIds(at), ["c-000000000050"]);
}));

refusals("why an id is not waiting: approved earlier but since removed from the comments file by hand; or never seen", within(async (at) => {
  await writeFile(join(at.queueDir, "queue.jsonl"), lines(submission("c-000000000060"), submission("c-000000000061")));
  await approve(at, "c-000000000060", { now: () => Date.parse("2026-11-19T08:00:00Z") });
  await reject(at, "c-000000000061", "spam");
  // An editor takes the comment down by hand; their notes, and a macOS AppleDouble file, still mention it.
  await writeFile(join(at.contentDir, "comments", `${ARTICLE}.json`), JSON.stringify({ article: ARTICLE, comments: [] }));
  await writeFile(join(at.contentDir, "comments", "taken-down.txt"), '"c-000000000060" removed after a complaint');
  await writeFile(join(at.contentDir, "comments", `._${ARTICLE}.json`), '"c-000000000060"');
  const message = await refusal(approve(at, "c-000000000060"));
  assert.match(message, /^c-000000000060 is not waiting: it was approved at 2026-11-19T/);
  assert.match(await refusal(reject(at, "c-000000000061", "again")), /^c-000000000061 is not waiting: it was rejected \(.*rejected\.jsonl, line 1\)/);
  await writeFile(join(at.contentDir, "comments", "taken-down.txt"), '"c-000000000062" never arrived');
  await writeFile(join(at.contentDir, "comments", `._${ARTICLE}.json`), '"c-000000000062"');
  assert.match(await refusal(approve(at, "c-000000000062")), /^no submission c-000000000062 is waiting in /);
  assert.match(await refusal(reject(at, "../c-1", undefined)), /^"\.\.\/c-1" is not a submission id/);
}));

refusals("without a built site approve cannot check the article: a clear refusal, and the comment stays waiting", within(async (at) => {
  await writeFile(join(at.queueDir, "queue.jsonl"), lines(submission("c-000000000055")));
  await rm(at.builtDir, { recursive: true });
  assert.match(await refusal(approve(at, "c-000000000055")), /^cannot check that the article still exists: .*comment-articles\.json does not exist/);
  assert.equal(await waitingIds(at), ["c-000000000055"]);
  assert.equal(await readdir(at.contentDir), []);
}));

refusals.run();

const rejecting = suite("reject: the reason as the editor typed it");

// [the reason given on the command line, the reason logged]
const REASONS: [string | undefined, string | undefined][] = [
  ["spam", "spam"],
  ["spam\r\n\r\nlinks to a casino", "spam links to a casino"],
  ["\tpersonal attack", "personal attack"],
  ["off topic\u0085", "off topic"],
  ["   ", undefined],
  ["", undefined],
  [undefined, undefined],
];

rejecting("control characters become one space, the ends are trimmed, an empty reason is left out; the logs are private", within(async (at) => {
  await writeFile(join(at.queueDir, "queue.jsonl"), lines(...REASONS.map((_, index) => submission(`c-00000000007${index}`))));
  for (const [index, [given]] of REASONS.entries()) {
    const done = await reject(at, `c-00000000007${index}`, given, { now: () => Date.parse("2026-11-19T08:00:00Z") });
    assert.equal(done, { id: `c-00000000007${index}`, article: ARTICLE, added: true });
  }
  const logged = (await readFile(moderationFiles(at.queueDir).rejected, "utf8")).trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(logged.map((entry) => entry.reason), REASONS.map(([, expected]) => expected));
  assert.equal(logged.map((entry) => "reason" in entry), REASONS.map(([, expected]) => expected !== undefined));
  assert.equal(logged[0], { ...submission("c-000000000070"), rejected: logged[0]!.rejected, reason: "spam" }, "the whole submission, e-mail included, for the editor");
  const decisions = (await readFile(moderationFiles(at.queueDir).decided, "utf8")).trim().split("\n").map((line) => JSON.parse(line) as { decision: string });
  assert.equal(decisions.map((entry) => entry.decision), REASONS.map(() => "rejected"));
  assert.is((await stat(moderationFiles(at.queueDir).rejected)).mode & 0o777, 0o600);
  assert.is((await stat(moderationFiles(at.queueDir).decided)).mode & 0o777, 0o600);
}));

rejecting.run();

const listing = suite("list, as the editor reads it");

listing("the excerpt: whitespace run together, 80 characters kept whole, longer ones cut with an ellipsis; one comment is singular", within(async (at) => {
  const eighty = `${"a".repeat(39)} ${"b".repeat(40)}`;
  await writeFile(
    join(at.queueDir, "queue.jsonl"),
    lines(
      submission("c-000000000080", { text: "   Line one\n\n\n\tLine two  " }),
      submission("c-000000000081", { text: eighty }),
      submission("c-000000000082", { text: `${eighty}c` }),
      submission("c-000000000083", { text: "🚢".repeat(80) }),
    ),
  );
  const shownLines = formatPending(await listPending(at)).split("\n");
  assert.equal(shownLines.filter((line) => line.startsWith("    ")), [`    Line one Line two`, `    ${eighty}`, `    ${eighty}…`, `    ${"🚢".repeat(80)}`]);
  assert.is(shownLines.at(-1), "4 comments waiting.");
  const one = (await listPending(at)).pending.slice(0, 1);
  assert.is(formatPending({ pending: one, broken: [] }).split("\n").at(-1), "1 comment waiting.");
  assert.equal(one, [submission("c-000000000080", { text: "   Line one\n\n\n\tLine two  " })], "the waiting comment as the server stored it");
}));

listing("broken lines are named by their path from where the command runs", within(async (at) => {
  const legacy = join(at.queueDir, "queue.jsonl");
  await writeFile(legacy, "not json\n");
  const text = formatPending(await listPending(at));
  assert.is(text, `${relative(process.cwd(), legacy)}, line 1: is not a JSON object (cut short by a crash, or edited by hand); kept as it is: fix or remove it by hand\n0 comments waiting.`);
  assert.is(shown(join(process.cwd(), "moderation", "decided.jsonl")), join("moderation", "decided.jsonl"));
  assert.is(shown(process.cwd()), process.cwd(), "the folder itself is named in full, not as an empty string");
  assert.is(new ModerationError("x").name, "ModerationError");
}));

listing.run();
