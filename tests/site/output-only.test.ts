// A build writes only into its output folder: nothing in the project (caches, temp files,
// stray pages) may appear or change.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";

const SKIP = new Set(["node_modules", ".git", "_site"]);

async function snapshot(dir: string): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  const visit = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await visit(path);
      else files.set(path, (await stat(path)).mtimeMs);
    }
  };
  await visit(dir);
  return files;
}

const output = suite("writing the site");

output("a build changes nothing outside its output folder", async () => {
  const before = await snapshot(process.cwd());
  await buildSite();
  const after = await snapshot(process.cwd());
  assert.equal([...after.keys()].filter((path) => !before.has(path)), [], "new files");
  assert.equal([...before].filter(([path, mtime]) => after.get(path) !== mtime).map(([path]) => path), [], "changed files");
});

output.run();
