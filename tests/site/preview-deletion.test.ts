// Preview: deleting a story's source takes its page off the preview, without another save.
// (Eleventy 3.1 rebuilds on added and changed files only; see src/eleventy/deletion-watch.ts.)
import { spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { BUILD_TIME } from "./build-site.ts";

const STORY = "articles/glasgow-tenement-repair-loans.md";
const PAGE = "/2026/11/10/glasgow-offers-interest-free-loans-to-fix-crumbling-tenement-roofs/";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function status(url: string): Promise<number> {
  return fetch(url, { cache: "no-store" }).then((response) => response.status, () => 0);
}

async function until(check: () => Promise<boolean>, seconds: number): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const preview = suite("preview after a deletion");

preview("the deleted story's page goes, and the front page no longer lists it", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-preview-deletion-"));
  await cp("content", join(dir, "content"), { recursive: true });
  const port = await freePort();
  const server = spawn(process.execPath, ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--serve", `--port=${port}`], {
    env: { ...process.env, DATELINE_CONTENT: join(dir, "content"), DATELINE_OUTPUT: join(dir, "out"), DATELINE_NOW: BUILD_TIME, DATELINE_CACHE: join(dir, "cache") },
    stdio: "ignore",
  });
  const base = `http://localhost:${port}`;
  try {
    assert.ok(await until(async () => (await status(`${base}${PAGE}`)) === 200, 60), "the story is served first");
    await rm(join(dir, "content", STORY));
    assert.ok(await until(async () => (await status(`${base}${PAGE}`)) === 404, 15), "its page is gone after the deletion alone");
    const front = await (await fetch(`${base}/`)).text();
    assert.not.match(front, /Glasgow offers interest-free loans/);
  } finally {
    server.kill();
    await rm(dir, { recursive: true, force: true });
  }
});

preview.run();
