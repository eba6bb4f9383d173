// The parts of a publish in place: which articles changed, whether the output folder is as the
// last build left it, and what is removed before rendering.
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildCollections } from "../../src/collections/site-collections.ts";
import { changedSince, pageKeys, type BuiltPages } from "../../src/eleventy/render-selection.ts";
import { articleSignatures } from "../../src/publish/article-signatures.ts";
import { planPublish, writeRecord } from "../../src/publish/last-build.ts";
import { firstDifference, snapshotOutput } from "../../src/publish/output-snapshot.ts";
import { keptOutput, pageFile } from "../../src/publish/publish-in-place.ts";
import { isKept, pruneOutput } from "../../src/publish/prune-output.ts";
import { article, newestFirst, testSite } from "../helpers/articles.ts";

function built(articles = newestFirst([article({ slug: "a", published: "2026-10-01", tags: ["x"] }), article({ slug: "b", published: "2025-03-02", tags: ["x"] })])): BuiltPages {
  return { articles, collections: buildCollections(articles, testSite), changed: new Set(), everyPage: "same", reactions: {} };
}

const parts = suite("publish in place: parts");

parts("an article's signature changes with anything its page shows of it, and only then", () => {
  const before = built();
  const [a, b] = before.articles;
  const same = articleSignatures(built(newestFirst([{ ...a! }, { ...b! }])).articles);
  const keys = pageKeys(before, articleSignatures(before.articles));
  assert.equal([...changedSince(keys, same)], []);
  const edited = articleSignatures([{ ...a!, dek: "A new dek" }, b!]);
  assert.equal([...changedSince(keys, edited)], [a!.id]);
  const moved = articleSignatures([{ ...a!, published: a!.published.setZone("Asia/Tokyo") }, b!]);
  assert.equal([...changedSince(keys, moved)], [a!.id], "the same instant shown in another zone");
  const added = articleSignatures([...before.articles, article({ slug: "c", published: "2026-10-03" })]);
  assert.equal([...changedSince(keys, added)].length, 1, "a new article");
});

parts("kept: the pages not rendered, and the pictures; never the search index, made after every build", () => {
  const next = built();
  const [newer, older] = next.articles;
  const selection = { articles: [newer!], listings: [], creditsPages: [], creditNamePages: [], everything: false };
  const { kept } = keptOutput(next, selection);
  assert.ok(kept.files.has(pageFile(older!.url)));
  assert.not.ok(kept.files.has(pageFile(newer!.url)));
  assert.equal(kept.folders, ["img"]);
  assert.is(pageFile("/2026/10/01/a/"), "2026/10/01/a/index.html");
});

parts("the output folder is compared file by file, and pruning leaves only what is kept", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-prune-"));
  const write = async (path: string) => {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), path);
  };
  for (const path of ["index.html", "2026/10/01/a/index.html", "2025/03/02/b/index.html", "pagefind/2025/x.pf", "img/p.webp", "tag/x/index.html"]) await write(path);
  const snapshot = snapshotOutput(dir);
  assert.equal([...snapshot.keys()].sort(), ["2025/03/02/b/index.html", "2026/10/01/a/index.html", "img/p.webp", "index.html", "pagefind/2025/x.pf", "tag/x/index.html"]);
  assert.equal(snapshotOutput(`${dir}/`), snapshot, "a trailing slash names the same files");
  assert.is(firstDifference(snapshot, snapshotOutput(dir)), undefined);
  await write("extra.html");
  assert.is(firstDifference(snapshot, snapshotOutput(dir)), "extra.html was added");

  const removed = await pruneOutput(dir, snapshotOutput(dir).keys(), { files: new Set(["2025/03/02/b/index.html"]), folders: ["img", "pagefind/2025"] });
  assert.is(removed, 4);
  assert.equal([...snapshotOutput(dir).keys()].sort(), ["2025/03/02/b/index.html", "img/p.webp", "pagefind/2025/x.pf"]);
  assert.equal((await readdir(dir)).sort(), ["2025", "img", "pagefind"], "emptied folders go");
});

parts("the snapshot after a publish takes what it kept from the snapshot before, and looks at the rest", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-snapshot-"));
  const write = async (path: string, text = path) => {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), text);
  };
  for (const path of ["2025/03/02/b/index.html", "img/p.webp", "index.html"]) await write(path);
  const before = snapshotOutput(dir);
  // What the snapshot before said of the kept files is what the one after says (no lstat): here a
  // size no file has, to tell. The front page was rendered again, and a picture added.
  before.set("2025/03/02/b/index.html", [999_999, 1]);
  before.set("img/p.webp", [888_888, 2]);
  await write("index.html", "a front page rendered again, longer than before");
  await write("img/q.webp");
  const kept = { files: new Set(["2025/03/02/b/index.html"]), folders: ["img"] };
  const after = snapshotOutput(dir, { before, untouched: isKept(kept) });
  assert.equal(after.get("2025/03/02/b/index.html"), [999_999, 1]);
  assert.equal(after.get("img/p.webp"), [888_888, 2]);
  assert.is(after.get("index.html")?.[0], "a front page rendered again, longer than before".length);
  assert.is(after.get("img/q.webp")?.[0], "img/q.webp".length, "a new file in a kept folder is looked at");
});

parts("a build's record goes into a cache folder that is not there yet (a newsroom with no sources), and the next build reads it", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-record-"));
  const output = join(root, "site");
  await mkdir(output);
  await writeFile(join(output, "index.html"), "<p>No stories yet.</p>");
  const recordFile = join(root, "cache", "last-build");
  const pages = { articles: new Map(), listings: new Map(), creditsPages: new Map(), creditNamePages: new Map(), everyPage: "" };
  await writeRecord(recordFile, { inputs: "the same code", output, pages, files: snapshotOutput(output) });
  const plan = await planPublish({ recordFile, inputs: "the same code", output, full: false });
  assert.ok(plan.previous, plan.reason);
});

parts.run();
