// A hash of the project files that decide what a cached result looks like: the parse cache is
// tied to the code that parses, the record of the last build to everything that shapes a page.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { listFiles } from "./list-files.ts";

/** Dateline's project folder (this file is src/code-version.ts). */
export const PROJECT = fileURLToPath(new URL("../", import.meta.url));

/**
 * A sha256 of Node's version (its serializer writes the caches), `extra`, and every file under
 * the project's `paths` (folders or files; a missing one counts as empty), by relative path.
 */
export async function codeVersion(project: string, paths: readonly string[], extra: readonly string[] = []): Promise<string> {
  const hash = createHash("sha256").update(process.version).update("\0");
  for (const value of extra) hash.update(value).update("\0");
  for (const path of paths) {
    const full = join(project, path);
    const folder = (await stat(full).catch(() => undefined))?.isDirectory() ?? false;
    const files = folder ? await listFiles(full) : [full];
    for (const file of files) {
      hash.update(relative(project, file)).update("\0");
      hash.update(await readFile(file).catch(() => Buffer.alloc(0))).update("\0");
    }
  }
  return hash.digest("hex");
}
