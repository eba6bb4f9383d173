// The search index made while a build writes its pages (src/search/index-while-writing.ts): on a
// worker thread, each partition once its article pages are written, with the same result as
// indexing the finished site.
import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { indexSite } from "../../src/search/index-site.ts";
import { indexWhileWriting } from "../../src/search/index-while-writing.ts";
import { buildSite } from "../site/build-site.ts";
import { multiYearNewsroom } from "./multi-year-newsroom.ts";
import { openPagefind } from "./pagefind-client.ts";

/** Temporary folders this file makes, removed when it is done. */
const temporary: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** The article pages of a built site as URLs: every page under a year folder (`/2025/03/14/slug/`). */
async function articleUrls(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).map((file) => file.split("\\").join("/"));
  return files.filter((file) => /^\d{4}\/\d{2}\/.+\/index\.html$/.test(file)).map((file) => `/${file.replace(/index\.html$/, "")}`).sort();
}

/** What a reader gets from a site's search: every page and one word's hits. */
async function answers(siteDir: string): Promise<string> {
  const client = await openPagefind(siteDir);
  try {
    return JSON.stringify({ all: (await client.search(null)).map((hit) => hit.url).sort(), word: (await client.search("Bernadette")).map((hit) => hit.url) });
  } finally {
    await client.close();
  }
}

/** Whether `promise` has settled after `ms`. */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, ms));
  return settled;
}

const content = await multiYearNewsroom();
temporary.push(content);
const built = await buildSite(content);
temporary.push(built.dir);
const articles = await articleUrls(built.dir);
const finished = await tempDir("dateline-finished-");
await cp(built.dir, finished, { recursive: true });
const whole = await indexSite(finished);

const writing = suite("the search index while the build writes");

writing("waits for the pages it indexes, then makes the same indexes as the finished site's", async () => {
  const site = await tempDir("dateline-writing-");
  await cp(built.dir, site, { recursive: true });
  const search = indexWhileWriting(site, { articleUrls: articles, writing: articles });
  try {
    assert.not.ok(await settledWithin(search.done, 1500), "no page is written yet, so no partition is indexed");
    for (const url of articles) search.written(url);
    search.rendered();
    const index = await search.done;
    assert.equal(
      index.partitions.map(({ name, pages, outcome }) => ({ name, pages, outcome })),
      whole.partitions.map(({ name, pages, outcome }) => ({ name, pages, outcome })),
    );
    assert.is(await answers(site), await answers(finished));
  } finally {
    await search.stop();
  }
});

writing("a page the build never reports does not hold the index back once everything is written", async () => {
  const site = await tempDir("dateline-writing-");
  await cp(built.dir, site, { recursive: true });
  const search = indexWhileWriting(site, { articleUrls: articles, writing: articles });
  try {
    for (const url of articles.slice(1)) search.written(url);
    search.rendered();
    assert.not.ok(await settledWithin(search.done, 1500), `the month of ${articles[0]} waits for it`);
    search.allWritten();
    assert.is((await search.done).pages, articles.length);
  } finally {
    await search.stop();
  }
});

writing("an error on the worker reaches the build with its message", async () => {
  const where = await tempDir("dateline-writing-");
  const file = join(where, "not-a-folder");
  await writeFile(file, "");
  const search = indexWhileWriting(file, { articleUrls: articles, writing: [] });
  try {
    await search.done.then(
      () => assert.unreachable("it must fail"),
      (cause: Error) => assert.match(cause.message, "not-a-folder"),
    );
  } finally {
    await search.stop();
  }
});

writing.after(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

writing.run();
