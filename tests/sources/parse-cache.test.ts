// The parse cache: what it reuses, what it forgets, and that it never serves a stale parse.
import { mkdtemp, readFile, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ParseCache, parserVersion } from "../../src/sources/parse-cache.ts";
import { parseSource } from "../../src/sources/parse-source.ts";

const PATH = "content/articles/world/harbour.md";
const SOURCE = `---
title: Harbour reopens after the storm
published: 2026-11-20T09:00:00+02:00
section: world
byline: Leila Haddad
tags: [shipping, Beirut]
---

BEIRUT, Lebanon — The harbour reopened on Friday.

## Cranes back at work

Dockers returned before dawn.
`;
const bytes = (text: string) => new TextEncoder().encode(text);
const cacheFile = async () => join(await mkdtemp(join(tmpdir(), "dateline-parse-cache-")), "parsed-sources");

const cache = suite("ParseCache");

cache("a saved parse is reused by the next build and equals a fresh parse", async () => {
  const file = await cacheFile();
  const first = await ParseCache.open(file, "v1");
  const parsed = first.parse(bytes(SOURCE), PATH);
  assert.equal(await first.finish(), { reused: 0, parsed: 1, unread: 0 });

  const second = await ParseCache.open(file, "v1");
  const reused = second.parse(bytes(SOURCE), PATH);
  assert.equal(await second.finish(), { reused: 1, parsed: 0, unread: 0 });
  assert.equal(reused, parsed);
  assert.equal(reused, parseSource(bytes(SOURCE), PATH));
  assert.is(reused?.kind, "article");
});

cache("an edited source is parsed again, and its old parse is forgotten", async () => {
  const file = await cacheFile();
  const first = await ParseCache.open(file, "v1");
  first.parse(bytes(SOURCE), PATH);
  await first.finish();

  const edited = SOURCE.replace("Harbour reopens after the storm", "Harbour reopens to grain ships");
  const second = await ParseCache.open(file, "v1");
  const result = second.parse(bytes(edited), PATH);
  assert.equal(await second.finish(), { reused: 0, parsed: 1, unread: 0 });
  assert.is(result?.kind === "article" && result.input.headline, "Harbour reopens to grain ships");

  // The original text is no longer in the cache: only what the last build used is kept.
  const third = await ParseCache.open(file, "v1");
  third.parse(bytes(SOURCE), PATH);
  assert.equal(await third.finish(), { reused: 0, parsed: 1, unread: 0 });
});

cache("the same bytes under another path are parsed for that path (problems name the file)", async () => {
  const file = await cacheFile();
  const first = await ParseCache.open(file, "v1");
  first.parse(bytes(SOURCE), PATH);
  await first.finish();
  const second = await ParseCache.open(file, "v1");
  const moved = second.parse(bytes(SOURCE), "content/articles/news/harbour.md");
  assert.equal(await second.finish(), { reused: 0, parsed: 1, unread: 0 });
  assert.is(moved?.kind === "article" && moved.input.path, "content/articles/news/harbour.md");
});

cache("a cache written by another version of the code is not used", async () => {
  const file = await cacheFile();
  const old = await ParseCache.open(file, "v1");
  old.parse(bytes(SOURCE), PATH);
  await old.finish();
  const upgraded = await ParseCache.open(file, "v2");
  upgraded.parse(bytes(SOURCE), PATH);
  assert.equal(await upgraded.finish(), { reused: 0, parsed: 1, unread: 0 });
});

cache("a damaged cache file is ignored and written anew", async () => {
  const file = await cacheFile();
  const first = await ParseCache.open(file, "v1");
  first.parse(bytes(SOURCE), PATH);
  await first.finish();
  const whole = await readFile(file);
  await writeFile(file, whole.subarray(0, Math.floor(whole.length / 2)));
  // (Cut in the middle of a record: the whole cache is refused, not half of it used.)

  const second = await ParseCache.open(file, "v1");
  second.parse(bytes(SOURCE), PATH);
  assert.equal(await second.finish(), { reused: 0, parsed: 1, unread: 0 });
  const third = await ParseCache.open(file, "v1");
  third.parse(bytes(SOURCE), PATH);
  assert.equal(await third.finish(), { reused: 1, parsed: 0, unread: 0 });
});

cache("kept in memory across rebuilds (preview), it reparses only what changed", async () => {
  const memory = ParseCache.inMemory();
  memory.parse(bytes(SOURCE), PATH);
  memory.parse(bytes(SOURCE.replace("world", "news")), "content/articles/other.md");
  assert.equal(await memory.finish(), { reused: 0, parsed: 2, unread: 0 });
  memory.parse(bytes(SOURCE), PATH);
  memory.parse(bytes(SOURCE.replace("world", "business")), "content/articles/other.md");
  assert.equal(await memory.finish(), { reused: 1, parsed: 1, unread: 0 });
});

cache("a file no loader reads is reported as such, not cached", async () => {
  const memory = ParseCache.inMemory();
  assert.is(memory.parse(bytes("notes"), "content/articles/notes.docx"), undefined);
});

cache("the code version changes when the code does", async () => {
  const project = await mkdtemp(join(tmpdir(), "dateline-project-"));
  await writeFile(join(project, "package-lock.json"), "{}");
  const { mkdir } = await import("node:fs/promises");
  await mkdir(join(project, "src", "sources"), { recursive: true });
  await writeFile(join(project, "src", "sources", "markdown.ts"), "export const a = 1;");
  const before = await parserVersion(project);
  assert.is(await parserVersion(project), before);
  await writeFile(join(project, "src", "sources", "markdown.ts"), "export const a = 2;");
  assert.is.not(await parserVersion(project), before);
});


cache("deferred saving writes nothing until the process ends, then the whole cache", async () => {
  const file = await cacheFile();
  const script = `
    import { ParseCache } from ${JSON.stringify(new URL("../../src/sources/parse-cache.ts", import.meta.url).href)};
    const cache = await ParseCache.open(${JSON.stringify(file)}, "v1");
    cache.parse(new TextEncoder().encode(${JSON.stringify(SOURCE)}), ${JSON.stringify(PATH)});
    await cache.finish();
    cache.deferSaving();
    cache.parse(new TextEncoder().encode(${JSON.stringify(SOURCE.replace("storm", "gale"))}), ${JSON.stringify(PATH)});
    await cache.finish();
    const { readRecords } = await import(${JSON.stringify(new URL("../../src/sources/record-file.ts", import.meta.url).href)});
    const records = [];
    for await (const { value } of readRecords(${JSON.stringify(file)})) records.push(value);
    console.log(records[1][0][1].input.headline);
  `;
  const { execFileSync } = await import("node:child_process");
  const printed = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
  // While running, the file still held the first build's parse ...
  assert.is(printed.trim(), "Harbour reopens after the storm");
  // ... and at exit the second build's was written.
  const after = await ParseCache.open(file, "v1");
  after.parse(bytes(SOURCE.replace("storm", "gale")), PATH);
  assert.equal(await after.finish(), { reused: 1, parsed: 0, unread: 0 });
});


cache("a large cache is written as many records and read back whole", async () => {
  const file = await cacheFile();
  const first = await ParseCache.open(file, "v1");
  for (let i = 0; i < 2500; i++) first.parse(bytes(SOURCE.replace("storm", `storm ${i}`)), `content/articles/s${i}.md`);
  assert.equal(await first.finish(), { reused: 0, parsed: 2500, unread: 0 });
  const { readRecords } = await import("../../src/sources/record-file.ts");
  let records = 0;
  for await (const _ of readRecords(file)) records++;
  assert.is(records, 1 + 3, "the version, then 1,000 + 1,000 + 500 entries");
  const second = await ParseCache.open(file, "v1");
  for (let i = 0; i < 2500; i++) second.parse(bytes(SOURCE.replace("storm", `storm ${i}`)), `content/articles/s${i}.md`);
  assert.equal(await second.finish(), { reused: 2500, parsed: 0, unread: 0 });
});

cache("a save copies each record whose entries all stay and serializes only the rest", async () => {
  const file = await cacheFile();
  const source = (i: number) => bytes(SOURCE.replace("storm", `storm ${i}`));
  const first = await ParseCache.open(file, "v1");
  for (let i = 0; i < 2400; i++) first.parse(source(i), `content/articles/s${i}.md`);
  await first.finish();
  const { readRecords } = await import("../../src/sources/record-file.ts");
  const recordsOf = async (path: string) => {
    const raw = await readFile(path);
    const found: { keys: string[]; bytes: string }[] = [];
    for await (const { value, span } of readRecords(path)) {
      if (Array.isArray(value)) found.push({ keys: (value as [string, unknown][]).map(([key]) => key), bytes: raw.subarray(span.start, span.start + span.length).toString("base64") });
    }
    return found;
  };
  const before = await recordsOf(file);
  assert.equal(before.map((record) => record.keys.length), [1000, 1000, 400]);

  // One source edited (in the second record) and one added: the first record is copied byte for
  // byte; the second's other 999 entries, the third's 400 (too few to copy), the edited source
  // and the new one are serialized again, a thousand to a record.
  const second = await ParseCache.open(file, "v1");
  for (let i = 0; i < 2400; i++) second.parse(i === 1500 ? bytes(SOURCE.replace("storm", "gale")) : source(i), `content/articles/s${i}.md`);
  second.parse(source(2400), "content/articles/s2400.md");
  assert.equal(await second.finish(), { reused: 2399, parsed: 2, unread: 0 });
  const after = await recordsOf(file);
  assert.equal(after.map((record) => record.keys.length), [1000, 1000, 401]);
  assert.is(after[0]!.bytes, before[0]!.bytes, "the first record, copied");
  assert.equal(new Set(after.flatMap((record) => record.keys)).size, 2401);

  // And what was saved reads back whole: every source is reused, none parsed.
  const third = await ParseCache.open(file, "v1");
  for (let i = 0; i <= 2400; i++) third.parse(i === 1500 ? bytes(SOURCE.replace("storm", "gale")) : source(i), `content/articles/s${i}.md`);
  assert.equal(await third.finish(), { reused: 2401, parsed: 0, unread: 0 });
});

cache("nothing is copied from a cache file another build replaced meanwhile", async () => {
  const file = await cacheFile();
  const source = (i: number) => bytes(SOURCE.replace("storm", `storm ${i}`));
  const fill = async (count: number, extra = "") => {
    const opened = await ParseCache.open(file, "v1");
    for (let i = 0; i < count; i++) opened.parse(source(i), `content/articles/s${i}${extra}.md`);
    return opened;
  };
  await (await fill(1000)).finish();
  const ours = await fill(1000);
  ours.parse(source(1000), "content/articles/new.md");
  // Another build saves a different cache in between: our segments no longer describe the file.
  await (await fill(1200, "-other")).finish();
  await ours.finish();
  const check = await fill(1000);
  check.parse(source(1000), "content/articles/new.md");
  assert.equal(await check.finish(), { reused: 1001, parsed: 0, unread: 0 });
});

/** A content folder with one source written `age` ms ago (as its modification time says). */
async function sourceOnDisk(text: string, ageMs: number): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), "dateline-sources-"));
  const file = join(dir, "harbour.md");
  await writeFile(file, text);
  const when = new Date(Date.now() - ageMs);
  await utimes(file, when, when);
  return { dir, file };
}

/** parseFiles over one file, counting what it read. */
async function build(cacheAt: string, file: string): Promise<{ stats: Awaited<ReturnType<ParseCache["finish"]>>; reads: number; result: unknown }> {
  const opened = await ParseCache.open(cacheAt, "v1");
  let reads = 0;
  const [result] = await opened.parseFiles([{ file, path: PATH }], async (name) => {
    reads += 1;
    return readFile(name);
  });
  return { stats: await opened.finish(), reads, result };
}

cache("a rebuild does not read a file whose fingerprint is unchanged, and reads one that was written", async () => {
  const cacheAt = await cacheFile();
  const { file } = await sourceOnDisk(SOURCE, 60_000);
  const first = await build(cacheAt, file);
  assert.equal([first.reads, first.stats.parsed], [1, 1]);

  const second = await build(cacheAt, file);
  assert.equal([second.reads, second.stats.unread, second.stats.reused], [0, 1, 1]);
  assert.equal(second.result, first.result);

  // The same size and the old modification time put back: its change time still gives it away.
  const same = SOURCE.replace("storm", "gales");
  assert.is(same.length, SOURCE.length);
  await writeFile(file, same);
  const old = new Date(Date.now() - 60_000);
  await utimes(file, old, old);
  const third = await build(cacheAt, file);
  assert.equal([third.reads, third.stats.parsed], [1, 1]);
  assert.match(JSON.stringify(third.result), /gales/);
});

cache("a file modified just before its fingerprint was taken is read again, however it looks", async () => {
  const cacheAt = await cacheFile();
  const { file } = await sourceOnDisk(SOURCE, 500);
  await build(cacheAt, file);
  const second = await build(cacheAt, file);
  assert.equal([second.reads, second.stats.unread, second.stats.reused], [1, 0, 1], "racy: read and hashed, its parse still reused");
});

cache("a file that cannot be read is that source's problem; the others are parsed", async () => {
  const { dir, file } = await sourceOnDisk(SOURCE, 60_000);
  const gone = join(dir, "removed-while-building.md");
  const results = await ParseCache.inMemory().parseFiles(
    [
      { file: gone, path: "content/articles/removed-while-building.md" },
      { file, path: PATH },
    ],
    (name) => readFile(name),
  );
  assert.equal(results[0], { kind: "rejected", problems: [{ path: "content/articles/removed-while-building.md", field: "file", message: "cannot be read: it was removed while the build ran; the source is left out", severity: "error" }] });
  assert.is(results[1]?.kind, "article");
});

cache.run();
