// A rebuild that takes its parsed sources from the cache makes the same site as a first build.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";

/** Every page and feed of a built site with its text (the search bundle and pictures aside). */
async function pages(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => /\.(html|xml|json|txt)$/.test(file) && !file.startsWith("pagefind")).sort();
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(join(dir, file), "utf8")] as const)));
}

const rebuild = suite("a rebuild with the parse cache");

rebuild("parses nothing when no source changed, and writes the same pages byte for byte", async () => {
  const env = { DATELINE_CACHE: await mkdtemp(join(tmpdir(), "dateline-cache-")) };
  const firstLog: string[] = [];
  const first = await buildSite("content", env, firstLog);
  const secondLog: string[] = [];
  const second = await buildSite("content", env, secondLog);

  const summary = (log: string[]) => log.join("\n").split("\n").find((line) => line.startsWith("Dateline:")) ?? "";
  assert.match(summary(firstLog), /^Dateline: \d+ sources read, /);
  const reused = /^Dateline: (\d+) sources read \(0 parsed, (\d+) unchanged since the last build\)/.exec(summary(secondLog));
  assert.ok(reused, summary(secondLog));
  assert.is(reused![1], reused![2]);

  const before = await pages(first.dir);
  const after = await pages(second.dir);
  assert.ok(before.size > 100, `${before.size} files`);
  assert.equal([...after.keys()], [...before.keys()]);
  for (const [file, text] of before) assert.ok(after.get(file) === text, `${file} differs`);
});

rebuild.run();
