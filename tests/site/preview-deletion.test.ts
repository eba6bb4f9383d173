// Preview: deleting a story's source takes its page off the preview, without another save.
// (Eleventy 3.1 rebuilds on added and changed files only; see src/eleventy/deletion-watch.ts.)
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { startDevServer, status, until } from "../helpers/dev-server.ts";

const STORY = "articles/glasgow-tenement-repair-loans.md";
const PAGE = "/2026/11/10/glasgow-offers-interest-free-loans-to-fix-crumbling-tenement-roofs/";

const preview = suite("preview after a deletion");

preview("the deleted story's page goes, and the front page no longer lists it", async () => {
  const server = await startDevServer("preview-deletion");
  try {
    assert.is(await status(`${server.base}${PAGE}`), 200, "the story is served first");
    await rm(join(server.content, STORY));
    assert.ok(await until(async () => (await status(`${server.base}${PAGE}`)) === 404, 15), "its page is gone after the deletion alone");
    const front = await (await fetch(`${server.base}/`)).text();
    assert.not.match(front, /Glasgow offers interest-free loans/);
  } finally {
    await server.stop();
  }
});

preview.run();
