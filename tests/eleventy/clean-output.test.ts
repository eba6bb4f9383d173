import { existsSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
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
  await cleanOutput(root, "_site");
  assert.not.ok(existsSync(join(root, "_site")));
  assert.ok(existsSync(root));
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
  await cleanOutput(root, beside);
  assert.not.ok(existsSync(beside));
});

clean.run();
