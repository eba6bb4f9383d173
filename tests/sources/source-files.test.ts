// Preview keeps source files between rebuilds and rereads what the watcher reports.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { SourceFiles } from "../../src/sources/source-files.ts";

const files = suite("SourceFiles");

files("keeps what it read until the watcher reports the file, then reads it afresh", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-source-files-"));
  const file = join(dir, "story.md");
  await writeFile(file, "first");
  const kept = new SourceFiles();
  assert.is((await kept.read(file)).toString(), "first");
  await writeFile(file, "second");
  assert.is((await kept.read(file)).toString(), "first", "not reported yet");
  // Eleventy reports paths relative to the working folder, as ./content/…
  kept.changed([`./${relative(process.cwd(), file)}`]);
  assert.is((await kept.read(file)).toString(), "second");
  // A file outside the working folder is reported with its leading slash made `./`.
  await writeFile(file, "third");
  kept.changed([`.${file}`]);
  assert.is((await kept.read(file)).toString(), "third");
});

files("forgets files that are no longer sources", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-source-files-"));
  const [a, b] = [join(dir, "a.md"), join(dir, "b.md")];
  await writeFile(a, "a1");
  await writeFile(b, "b1");
  const kept = new SourceFiles();
  await kept.read(a);
  await kept.read(b);
  kept.keepOnly([a]);
  await writeFile(a, "a2");
  await writeFile(b, "b2");
  assert.is((await kept.read(a)).toString(), "a1");
  assert.is((await kept.read(b)).toString(), "b2", "b was forgotten, so it is read again");
});

files.run();
