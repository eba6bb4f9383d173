import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { cleanOutput } from "../../src/eleventy/clean-output.ts";

const clean = suite("cleanOutput");

clean("empties the output folder so removed articles leave no stale page", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-root-"));
  const stale = join(root, "_site", "2026", "01", "01", "killed-story");
  await mkdir(stale, { recursive: true });
  await writeFile(join(stale, "index.html"), "<h1>Killed</h1>");
  await writeFile(join(root, "_site", "index.html"), "<h1>Front</h1>");
  await cleanOutput(root, "_site");
  assert.equal(await readdir(join(root, "_site")), []);
  assert.ok(existsSync(root));
});

clean("keeps img/, the responsive pictures an unchanged photo reuses", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-root-"));
  await mkdir(join(root, "_site", "img"), { recursive: true });
  await writeFile(join(root, "_site", "img", "harbour-abc-640.avif"), "avif");
  await mkdir(join(root, "_site", "media"), { recursive: true });
  await writeFile(join(root, "_site", "media", "img"), "a file named img elsewhere is not kept");
  await cleanOutput(root, "_site");
  assert.equal(await readdir(join(root, "_site")), ["img"]);
  assert.equal(await readdir(join(root, "_site", "img")), ["harbour-abc-640.avif"]);
});

clean("an output folder that does not exist yet is fine", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-root-"));
  await cleanOutput(root, "_site");
  assert.not.ok(existsSync(join(root, "_site")));
});

clean("refuses a folder that holds the project", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-root-"));
  for (const output of [".", "..", "/", root, join(root, "..")]) {
    try {
      await cleanOutput(root, output);
      assert.unreachable(`emptied ${output}`);
    } catch (error) {
      assert.match((error as Error).message, /the output folder must not contain the project/, output);
    }
  }
  assert.ok(existsSync(root));
});

clean("accepts a folder beside the project", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-root-"));
  const beside = await mkdtemp(join(tmpdir(), "dateline-out-"));
  await writeFile(join(beside, "index.html"), "<h1>Old</h1>");
  await cleanOutput(root, beside);
  assert.equal(await readdir(beside), []);
});

clean.run();
