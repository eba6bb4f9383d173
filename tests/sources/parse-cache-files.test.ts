// The parse cache across builds, through what a build calls (open, parseFiles, parse, finish,
// release): which sources it reads again, what it says about a file it cannot read, and what it
// keeps on disk. Sources are Markdown stories with Hugo-style front matter.
import { mkdir, mkdtemp, readFile, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ParseCache } from "../../src/sources/parse-cache.ts";
import { readRecords } from "../../src/sources/record-file.ts";

const story = (n: number) => `---
title: Council meeting ${n}
published: 2026-11-20T09:00:00+02:00
section: news
---

The council met on Tuesday for the ${n}th time this year.
`;
const bytes = (text: string) => new TextEncoder().encode(text);
const cacheFile = async () => join(await mkdtemp(join(tmpdir(), "dateline-parse-cache-")), "parsed-sources");

/** How many entries each entry record of the saved cache holds, in order. */
async function recordSizes(file: string): Promise<number[]> {
  const sizes: number[] = [];
  for await (const { value } of readRecords(file)) if (Array.isArray(value)) sizes.push(value.length);
  return sizes;
}

const reasons = suite("ParseCache.parseFiles: a file that cannot be read");

/** An error as node:fs throws it. */
const fsError = (code: string, message: string) => Object.assign(new Error(message), { code });

reasons("each reason is the source's problem, named for its path, and the other sources are parsed", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-sources-"));
  await mkdir(join(dir, "folder.md"));
  await writeFile(join(dir, "ok.md"), story(1));
  const thrown: Record<string, unknown> = {
    "locked.md": fsError("EACCES", "EACCES: permission denied, open 'locked.md'"),
    "immutable.md": fsError("EPERM", "EPERM: operation not permitted, open 'immutable.md'"),
    "busy.md": fsError("EBUSY", "EBUSY: resource busy or locked, open 'busy.md'"),
    "odd.md": "the disk went away",
  };
  const names = ["folder.md", "locked.md", "immutable.md", "busy.md", "odd.md", "ok.md"];
  const results = await ParseCache.inMemory().parseFiles(
    names.map((name) => ({ file: join(dir, name), path: `content/articles/${name}` })),
    async (file) => {
      const name = file.slice(dir.length + 1);
      if (name in thrown) throw thrown[name];
      return readFile(file);
    },
  );
  const problem = (name: string, why: string) => ({ kind: "rejected", problems: [{ path: `content/articles/${name}`, field: "file", message: `cannot be read: ${why}; the source is left out`, severity: "error" }] });
  assert.equal(results.slice(0, 5), [
    problem("folder.md", "it is a folder"),
    problem("locked.md", "the build may not read it (permissions)"),
    problem("immutable.md", "the build may not read it (permissions)"),
    problem("busy.md", "EBUSY: resource busy or locked, open 'busy.md'"),
    problem("odd.md", "the disk went away"),
  ]);
  assert.is(results[5]?.kind, "article");
});

reasons("a few dozen files are read at a time, never more", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-sources-"));
  const files = Array.from({ length: 150 }, (_, i) => ({ file: join(dir, `wire-${i}.json`), path: `content/articles/wire-${i}.json` }));
  let open = 0;
  let most = 0;
  await ParseCache.inMemory().parseFiles(files, async (file) => {
    open += 1;
    most = Math.max(most, open);
    await new Promise((resolve) => setImmediate(resolve));
    open -= 1;
    return bytes(`{"uri": "urn:newsml:example.com:20261120:${file.length}"`);
  });
  assert.is(most, 64);
});

reasons.run();

const racy = suite("ParseCache.parseFiles: when a file's fingerprint is trusted");

/** One build at the clock reading `now`, over one file; how many reads it made. */
async function buildAt(cacheAt: string, file: string, now: number | undefined): Promise<number> {
  const cache = await ParseCache.open(cacheAt, "v1");
  let reads = 0;
  const realNow = Date.now;
  if (now !== undefined) Date.now = () => now;
  let running: Promise<unknown>;
  try {
    running = cache.parseFiles([{ file, path: "content/articles/council.md" }], async (name) => {
      reads += 1;
      return readFile(name);
    });
  } finally {
    Date.now = realNow;
  }
  await running;
  await cache.finish();
  return reads;
}

racy("a file written exactly two seconds before its fingerprint is read again; a millisecond earlier, it is trusted", async () => {
  for (const [age, reads] of [
    [2000, 1],
    [2001, 0],
  ] as const) {
    const dir = await mkdtemp(join(tmpdir(), "dateline-sources-"));
    const file = join(dir, "council.md");
    await writeFile(file, story(1));
    const written = Math.floor(Date.now() / 1000) * 1000 - 60_000;
    await utimes(file, new Date(written), new Date(written));
    const cacheAt = await cacheFile();
    assert.is(await buildAt(cacheAt, file, written + age), 1, "the first build reads the file");
    assert.is(await buildAt(cacheAt, file, undefined), reads, `written ${age} ms before the fingerprint`);
  }
});

racy.run();

const saved = suite("ParseCache: what is saved");

saved("a rebuild that changed nothing leaves the saved cache as it was, build after build", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-sources-"));
  const file = join(dir, "council.md");
  await writeFile(file, story(1));
  const old = new Date(Date.now() - 60_000);
  await utimes(file, old, old);
  const cacheAt = await cacheFile();
  const sources = [{ file, path: "content/articles/council.md" }];
  const first = await ParseCache.open(cacheAt, "v1");
  await first.parseFiles(sources, (name) => readFile(name));
  await first.finish();
  const written = (await stat(cacheAt)).ino;
  // Preview keeps one cache across rebuilds, a production build opens it afresh: no rebuild writes it again.
  for (const [rebuild, cache] of [
    ["preview 1", first],
    ["preview 2", first],
    ["next build", await ParseCache.open(cacheAt, "v1")],
  ] as const) {
    await cache.parseFiles(sources, (name) => readFile(name));
    assert.equal(await cache.finish(), { reused: 1, parsed: 0, unread: 1 }, `rebuild ${rebuild}`);
    assert.is((await stat(cacheAt)).ino, written, `rebuild ${rebuild}`);
  }
});

saved("a source gone since the last build is dropped from the saved cache", async () => {
  const file = await cacheFile();
  const first = await ParseCache.open(file, "v1");
  first.parse(bytes(story(1)), "content/articles/a.md");
  first.parse(bytes(story(2)), "content/articles/b.md");
  await first.finish();
  // b.md was deleted: the next build parses only a.md, from the cache.
  const second = await ParseCache.open(file, "v1");
  second.parse(bytes(story(1)), "content/articles/a.md");
  assert.equal(await second.finish(), { reused: 1, parsed: 0, unread: 0 });
  assert.equal(await recordSizes(file), [1]);
  // Restored from the archive, it is parsed again.
  const third = await ParseCache.open(file, "v1");
  third.parse(bytes(story(2)), "content/articles/b.md");
  assert.equal(await third.finish(), { reused: 0, parsed: 1, unread: 0 });
});

saved("a record of 500 entries is copied; only the new entry is serialized", async () => {
  // ninjs items cut off in transfer, as an agency feed sometimes delivers them: rejected, and the
  // rejection is cached like any parse (and quick to make, which keeps this suite fast).
  const cutOff = (i: number) => bytes(`{"uri": "urn:newsml:example.com:20261120:${i}", "headlines": [{"value": "Council meeting ${i}"`);
  const file = await cacheFile();
  const first = await ParseCache.open(file, "v1");
  for (let i = 0; i < 1500; i++) first.parse(cutOff(i), `content/articles/wire-${i}.json`);
  await first.finish();
  assert.equal(await recordSizes(file), [1000, 500]);
  const second = await ParseCache.open(file, "v1");
  for (let i = 0; i <= 1500; i++) second.parse(cutOff(i), `content/articles/wire-${i}.json`);
  assert.equal(await second.finish(), { reused: 1500, parsed: 1, unread: 0 });
  assert.equal(await recordSizes(file), [1000, 500, 1]);
});

saved("a production build lets its parses go once saved: the next build in the process parses again", async () => {
  const file = await cacheFile();
  const cache = await ParseCache.open(file, "v1");
  cache.parse(bytes(story(1)), "content/articles/a.md");
  await cache.finish();
  cache.release();
  cache.parse(bytes(story(1)), "content/articles/a.md");
  assert.equal(await cache.finish(), { reused: 0, parsed: 1, unread: 0 });
  // The file saved before the release still serves the next build.
  const next = await ParseCache.open(file, "v1");
  next.parse(bytes(story(1)), "content/articles/a.md");
  assert.equal(await next.finish(), { reused: 1, parsed: 0, unread: 0 });
});

saved.run();
