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
