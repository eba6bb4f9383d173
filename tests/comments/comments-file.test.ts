import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseCommentsFile, serializeCommentsFile } from "../../src/comments/comments-file.ts";
import { loadApprovedComments, loadReactions } from "../../src/comments/load-comments.ts";
import { formatProblem } from "../../src/model/problem.ts";

const PATH = "content/comments/harbour.json";
const good = { id: "c-1", author: "Maya", posted: "2026-11-18T17:02:00+02:00", text: "Good news." };

const parse = suite("parseCommentsFile");

parse("reads a valid file and keeps the order", () => {
  const text = JSON.stringify({ article: "harbour", comments: [good, { id: "c-2", posted: "2026-11-18T18:00:00Z", text: "Reply", replyTo: "c-1", pick: true }] });
  const result = parseCommentsFile(text, PATH, "harbour");
  assert.ok(result.ok);
  if (result.ok) {
    assert.equal(result.problems, []);
    assert.equal(result.file.comments.map((c) => [c.id, c.replyTo, c.pick]), [["c-1", undefined, undefined], ["c-2", "c-1", true]]);
  }
});

parse("a broken comment is left out with an error naming it; the others stay", () => {
  const text = JSON.stringify({
    comments: [
      good,
      { id: "../evil", posted: "2026-11-18T17:02:00Z", text: "x" },
      { id: "c-3", posted: "yesterday", text: "x" },
      { id: "c-4", posted: "2026-11-18 17:02", text: "wall clock without zone" },
      { id: "c-5", posted: "2026-11-18T17:02:00Z", text: "   " },
      { id: "c-1", posted: "2026-11-18T17:02:00Z", text: "duplicate id" },
      { id: "c-6", posted: "2026-11-18T17:02:00Z", text: "x", html: "<b>no</b>" },
      { id: "c-7", posted: "2026-11-18T17:02:00Z", text: "reply to nothing", replyTo: "c-99" },
      { id: "c-8", posted: "2026-11-18T17:03:00Z", text: "reply", replyTo: "c-1" },
      { id: "c-9", posted: "2026-11-18T17:04:00Z", text: "reply to a reply", replyTo: "c-8" },
      { id: "c-10", posted: "2026-11-18T17:05:00Z", text: "null\u0000byte" },
    ],
  });
  const result = parseCommentsFile(text, PATH, "harbour");
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.equal(result.file.comments.map((c) => c.id), ["c-1", "c-8"]);
  assert.equal(result.problems.map((p) => `${p.severity} ${p.field}`), [
    "error comments[1].id",
    "error comments[2].posted",
    "error comments[3].posted",
    "error comments[4].text",
    "error comments[5].id",
    "error comments[6].html",
    "error comments[10].text",
    "error comments[7].replyTo",
    "error comments[9].replyTo",
  ]);
  assert.match(formatProblem(result.problems[8]!), /"c-8" is itself a reply \(replies nest one level\)/);
});

parse("a file that is not JSON, or not the right shape, is one error; a wrong article name is an error", () => {
  const broken = parseCommentsFile("{ comments: [", PATH, "harbour");
  assert.not.ok(broken.ok);
  assert.match(broken.problems[0]!.message, /is not valid JSON/);
  assert.not.ok(parseCommentsFile("[]", PATH, "harbour").ok);
  const misfiled = parseCommentsFile(JSON.stringify({ article: "other", comments: [good] }), PATH, "harbour");
  assert.match(misfiled.problems[0]!.message, /says "other" but the file is named for "harbour"/);
});

parse("serialize then parse gives the same comments", () => {
  const file = { article: "harbour", comments: [good, { id: "c-2", posted: "2026-11-18T18:00:00Z", text: "Reply\n\nTwo paragraphs", replyTo: "c-1" }] };
  const again = parseCommentsFile(serializeCommentsFile(file), PATH, "harbour");
  assert.ok(again.ok && again.problems.length === 0);
  if (again.ok) assert.equal(again.file, file);
});

parse.run();

const load = suite("loadApprovedComments and loadReactions");

load("reads every file in content/comments and the reaction counts; problems name the file", async () => {
  const content = await mkdtemp(join(tmpdir(), "dateline-comments-"));
  await mkdir(join(content, "comments"));
  await writeFile(join(content, "comments", "harbour.json"), JSON.stringify({ comments: [good] }));
  await writeFile(join(content, "comments", "broken.json"), "{");
  await writeFile(join(content, "comments", "notes.txt"), "hello");
  await writeFile(join(content, "reactions.json"), JSON.stringify({ harbour: { yes: 3, no: 1 }, bad: { yes: -1, no: 0 } }));
  const approved = await loadApprovedComments(content, content);
  assert.equal([...approved.byArticle.keys()], ["harbour"]);
  assert.equal(approved.problems.map((p) => `${p.path} ${p.severity} ${p.field}`), ["comments/broken.json error json", "comments/notes.txt warning file"]);
  const reactions = await loadReactions(content, content);
  assert.equal([...reactions.counts], [["harbour", { yes: 3, no: 1 }]]);
  assert.equal(reactions.problems.map((p) => `${p.path} ${p.field}`), ["reactions.json bad"]);
});

load("no comments folder and no reactions file are simply nothing yet", async () => {
  const empty = await mkdtemp(join(tmpdir(), "dateline-comments-"));
  assert.equal((await loadApprovedComments(empty, empty)).byArticle.size, 0);
  assert.equal((await loadReactions(empty, empty)).counts.size, 0);
});

load.run();
