// The article pages of a built site, one publication year at a time. Article URLs are
// `/YYYY/MM/DD/slug/`, so every top-level folder of the output named by four digits holds one
// year's article pages and nothing else; each becomes a search index of its own.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { listFiles } from "../list-files.ts";
import { indexedInput } from "./indexed-input.ts";

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
 * A sha256 of what Pagefind would index of one year's pages: `salt` (what else decides the index:
 * Pagefind's version, our settings), then each file's relative path and its indexed input
 * (src/search/indexed-input.ts) in order. Two builds get the same hash exactly when Pagefind
 * would be given the same input. Pages without a `data-pagefind-body` element (month listings)
 * do not count, as Pagefind leaves them out; but if no page has one, Pagefind reads every page
 * whole, and so does the hash.
 */
export async function hashPages(site: string, pages: string[], salt: string): Promise<string> {
  const indexed = createHash("sha256");
  const whole = createHash("sha256");
  let anyBody = false;
  for (const hash of [indexed, whole]) hash.update(`${salt}\0`);
  for (let start = 0; start < pages.length; start += READ_AHEAD) {
    const batch = pages.slice(start, start + READ_AHEAD);
    const contents = await Promise.all(batch.map((page) => readFile(join(site, page))));
    batch.forEach((page, i) => {
      const bytes = contents[i]!;
      const input = indexedInput(bytes.toString("utf8"));
      // Lengths make the boundaries unambiguous: no two different sets of files hash alike.
      if (input !== undefined) {
        anyBody = true;
        indexed.update(`${page}\0${input.length}\0${input}`);
      }
      whole.update(`${page}\0${bytes.length}\0`);
      whole.update(bytes);
    });
  }
  return (anyBody ? indexed : whole).digest("hex");
}
