// What the build reads of content/comments/ and content/reactions.json: links are never opened
// (one to /dev/zero would never end), a folder where a file belongs is named, and neither stops
// the comments beside them.
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { loadApprovedComments, loadReactions } from "../../src/comments/load-comments.ts";

const loading = suite("loading approved comments and reactions");

const COMMENTS = { article: "harbour-reopens", comments: [{ id: "c-1", author: "Maya", posted: "2026-11-18T17:02:00+02:00", text: "Good news." }] };

loading("a linked comments file is not opened, a folder is named, the real file is read", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-load-comments-"));
  try {
    const comments = join(root, "content", "comments");
    await mkdir(join(comments, "folder-story.json"), { recursive: true });
    await writeFile(join(comments, "harbour-reopens.json"), JSON.stringify(COMMENTS));
    await symlink("/dev/zero", join(comments, "endless.json"));
    await symlink("/etc/passwd", join(root, "content", "reactions.json"));
    const approved = await loadApprovedComments(join(root, "content"), root);
    assert.equal([...approved.byArticle.keys()], ["harbour-reopens"]);
    assert.equal(
      approved.problems.map((problem) => [problem.path, problem.severity, problem.message.split(":")[0]]),
      [
        ["content/comments/endless.json", "warning", "is a symbolic link, and Dateline never follows links in the content folder"],
        ["content/comments/folder-story.json", "warning", "is not a file, ignored"],
      ],
    );
    const reactions = await loadReactions(join(root, "content"), root);
    assert.is(reactions.counts.size, 0);
    assert.equal(reactions.problems.map((problem) => problem.path), ["content/reactions.json"]);
    assert.match(reactions.problems[0]!.message, /symbolic link/);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

loading.run();

// A newsroom's content/comments/ as it really looks: comments files, a macOS .DS_Store, a README
// left by whoever set it up, an archive folder, and the temporary file of a crashed approve.
const folder = suite("what the build reads of content/comments/");

const WIRE_TIME = "2026-11-18T17:02:00+02:00";
const file = (article: string, ids: string[]) => JSON.stringify({ article, comments: ids.map((id) => ({ id, author: "Maya", posted: WIRE_TIME, text: `Comment ${id}` })) });

folder("comments files by article id, each file's comments in order; hidden files skipped silently, others named", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-load-comments-"));
  try {
    const comments = join(root, "content", "comments");
    await mkdir(join(comments, "archive"), { recursive: true });
    await writeFile(join(comments, "leeds-community-orchard-saved.json"), file("leeds-community-orchard-saved", ["c-3", "c-1", "c-2"]));
    await writeFile(join(comments, "beirut-port-reopens.json"), file("beirut-port-reopens", ["c-7f3a9e"]));
    await writeFile(join(comments, "budget.2027.json"), file("budget.2027", ["c-9"]));
    await writeFile(join(comments, ".DS_Store"), "\u0000\u0000\u0000\u0001Bud1");
    await writeFile(join(comments, ".beirut-port-reopens.json.0123456789ab.tmp"), "{\"article\":\"beirut-po");
    await writeFile(join(comments, ".hidden.json"), "{");
    await writeFile(join(comments, "README.md"), "Approved comments, one file per article.");
    await writeFile(join(comments, "accra-floods.json.bak"), file("accra-floods", ["c-5"]));
    const approved = await loadApprovedComments(join(root, "content"), root);
    assert.equal([...approved.byArticle].map(([id, { path, comments }]) => [id, path, comments.map((comment) => comment.id)]), [
      ["beirut-port-reopens", "content/comments/beirut-port-reopens.json", ["c-7f3a9e"]],
      ["budget.2027", "content/comments/budget.2027.json", ["c-9"]],
      ["leeds-community-orchard-saved", "content/comments/leeds-community-orchard-saved.json", ["c-3", "c-1", "c-2"]],
    ]);
    assert.equal(approved.byArticle.get("beirut-port-reopens")!.comments[0], { id: "c-7f3a9e", author: "Maya", posted: WIRE_TIME, text: "Comment c-7f3a9e" });
    assert.equal(approved.problems.map((problem) => [problem.path, problem.severity, problem.field]), [
      ["content/comments/README.md", "warning", "file"],
      ["content/comments/accra-floods.json.bak", "warning", "file"],
      ["content/comments/archive", "warning", "file"],
    ]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

folder("a file with a broken comment keeps the rest; a file that is not a comments file at all drops only itself", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-load-comments-"));
  try {
    const comments = join(root, "content", "comments");
    await mkdir(comments, { recursive: true });
    const partly = { article: "beirut-port-reopens", comments: [{ id: "c-1", posted: WIRE_TIME, text: "Kept." }, { id: "c-2", posted: "yesterday", text: "Left out." }] };
    await writeFile(join(comments, "beirut-port-reopens.json"), JSON.stringify(partly));
    // A WordPress REST API answer saved as is: a bare list.
    await writeFile(join(comments, "accra-floods.json"), JSON.stringify([{ id: 1042, author_name: "Kofi", content: { rendered: "<p>Hi</p>" } }]));
    const approved = await loadApprovedComments(join(root, "content"), root);
    assert.equal([...approved.byArticle.keys()], ["beirut-port-reopens"]);
    assert.equal(approved.byArticle.get("beirut-port-reopens")!.comments.map((comment) => comment.id), ["c-1"]);
    assert.equal(approved.problems.map((problem) => [problem.path, problem.severity, problem.field]), [
      ["content/comments/accra-floods.json", "error", "comments"],
      ["content/comments/beirut-port-reopens.json", "error", "comments[1].posted"],
    ]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

folder("a file where the comments folder belongs is an error, not an empty site", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-load-comments-"));
  try {
    await mkdir(join(root, "content"));
    await writeFile(join(root, "content", "comments"), "not a folder");
    try {
      await loadApprovedComments(join(root, "content"), root);
      assert.unreachable("should fail");
    } catch (cause) {
      assert.match((cause as Error).message, /Cannot read the folder .*comments/);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

folder.run();

const counts = suite("what the build reads of content/reactions.json");

// [the file as a newsroom keeps it, the counts read, the problems as severity and field]
const REACTIONS: [string, string, [string, { yes: number; no: number }][], string[][]][] = [
  ["the sample newsroom's counts", '{ "beirut-port-reopens": { "yes": 41, "no": 6 }, "leeds-community-orchard-saved": { "yes": 87, "no": 2 } }', [["beirut-port-reopens", { yes: 41, no: 6 }], ["leeds-community-orchard-saved", { yes: 87, no: 2 }]], []],
  ["no answers yet", '{ "accra-floods": { "yes": 0, "no": 0 } }', [["accra-floods", { yes: 0, no: 0 }]], []],
  ["an empty object", "{}", [], []],
  ["extra keys are ignored", '{ "accra-floods": { "yes": 2, "no": 1, "maybe": 4 } }', [["accra-floods", { yes: 2, no: 1 }]], []],
  ["a negative count", '{ "accra-floods": { "yes": -1, "no": 0 }, "beirut-port-reopens": { "yes": 41, "no": 6 } }', [["beirut-port-reopens", { yes: 41, no: 6 }]], [["error", "accra-floods"]]],
  ["a fraction (a percentage pasted in)", '{ "accra-floods": { "yes": 62.5, "no": 37.5 } }', [], [["error", "accra-floods"]]],
  ["counts as text, as a CSV import gives them", '{ "accra-floods": { "yes": "3", "no": "1" } }', [], [["error", "accra-floods"]]],
  ["only yes", '{ "accra-floods": { "yes": 3 } }', [], [["error", "accra-floods"]]],
  ["only no", '{ "accra-floods": { "no": 3 } }', [], [["error", "accra-floods"]]],
  ["null for an article", '{ "accra-floods": null }', [], [["error", "accra-floods"]]],
  ["a number for an article", '{ "accra-floods": 12 }', [], [["error", "accra-floods"]]],
  ["a list of counts", "[[41, 6]]", [], [["error", "json"]]],
  ["null", "null", [], [["error", "json"]]],
  ["a number", "47", [], [["error", "json"]]],
  ["a string", '"beirut-port-reopens"', [], [["error", "json"]]],
  ["broken JSON (a trailing comma, as hand edits leave)", '{ "accra-floods": { "yes": 3, "no": 1 }, }', [], [["error", "json"]]],
];

for (const [name, text, expected, problems] of REACTIONS) {
  counts(name, async () => {
    const root = await mkdtemp(join(tmpdir(), "dateline-load-reactions-"));
    try {
      await mkdir(join(root, "content"));
      await writeFile(join(root, "content", "reactions.json"), text);
      const read = await loadReactions(join(root, "content"), root);
      assert.equal([...read.counts], expected);
      assert.equal(read.problems.map((problem) => [problem.severity, problem.field]), problems);
      for (const problem of read.problems) assert.is(problem.path, "content/reactions.json");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
}

counts("a folder where the counts file belongs is an error, not zero counts", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-load-reactions-"));
  try {
    await mkdir(join(root, "content", "reactions.json"), { recursive: true });
    try {
      await loadReactions(join(root, "content"), root);
      assert.unreachable("should fail");
    } catch (cause) {
      assert.match((cause as Error).message, /Cannot read .*reactions\.json/);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

counts.run();
