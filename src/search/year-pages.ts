// The article pages of a built site, one publication year at a time. Article URLs are
// `/YYYY/MM/DD/slug/`, so every top-level folder of the output named by four digits holds one
// year's article pages and nothing else; each becomes a search index of its own.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { listFiles } from "../list-files.ts";

const YEAR = /^\d{4}$/;

/** The year folders of the built site in `site`, newest first. */
export async function yearFolders(site: string): Promise<string[]> {
  const entries = await readdir(site, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && YEAR.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .reverse();
}

/** The glob (relative to the site, Pagefind's own glob syntax) that picks one year's pages. */
export function yearGlob(year: string): string {
  return `${year}/**/*.html`;
}

/**
 * Every HTML file under `<site>/<year>/`, as site-relative paths with `/` separators, sorted by
 * code unit so the order (and so the hash below) does not depend on the platform or locale.
 */
export async function yearPages(site: string, year: string): Promise<string[]> {
  const files = await listFiles(join(site, year));
  return files
    .filter((file) => file.endsWith(".html"))
    .map((file) => relative(site, file).split(sep).join("/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** How many files are read at once while hashing: enough to keep the disk busy, few enough to stay small. */
const READ_AHEAD = 32;

/**
 * A sha256 of one year's pages: `salt` (what else decides the index: Pagefind's version, our
 * settings), then each file's relative path, length and bytes in order. Two builds get the
 * same hash exactly when Pagefind would be given the same input.
 */
export async function hashPages(site: string, pages: string[], salt: string): Promise<string> {
  const hash = createHash("sha256");
  hash.update(`${salt}\0`);
  for (let start = 0; start < pages.length; start += READ_AHEAD) {
    const batch = pages.slice(start, start + READ_AHEAD);
    const contents = await Promise.all(batch.map((page) => readFile(join(site, page))));
    batch.forEach((page, i) => {
      const bytes = contents[i]!;
      // The length makes the boundaries unambiguous: no two different sets of files hash alike.
      hash.update(`${page}\0${bytes.length}\0`);
      hash.update(bytes);
    });
  }
  return hash.digest("hex");
}
