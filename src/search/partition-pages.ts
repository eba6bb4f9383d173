// The article pages of a built site, by search partition (src/search/partitions.ts). Article
// URLs are `/YYYY/MM/DD/slug/`, so the month folders under the four-digit top-level folders hold
// the article pages and nothing else.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { listFiles } from "../list-files.ts";
import { indexedInput } from "./indexed-input.ts";
import type { SearchPartition } from "./partitions.ts";

const YEAR = /^\d{4}$/;
const MONTH = /^\d{2}$/;

/**
 * The HTML files of each month folder of the built site (`2026/11` → its pages), newest month
 * first. Pages are site-relative with `/` separators, sorted by code unit so the order (and so
 * the hash below) does not depend on the platform or locale; a partition's pages are its
 * months' in order, the same files as the partition's glob picks.
 */
export async function monthPages(site: string): Promise<Map<string, string[]>> {
  const months: string[] = [];
  for (const year of await childFolders(site, YEAR)) {
    for (const month of await childFolders(join(site, year), MONTH)) months.push(`${year}/${month}`);
  }
  months.sort().reverse();
  const pages = await Promise.all(months.map(async (month) => (await listFiles(join(site, month))).filter((file) => file.endsWith(".html")).map((file) => relative(site, file).split(sep).join("/"))));
  return new Map(months.map((month, i) => [month, pages[i]!.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))]));
}

async function childFolders(dir: string, name: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory() && name.test(entry.name)).map((entry) => entry.name);
}

/** A partition's pages, in code-unit order, from `monthPages`. */
export function partitionPages(pagesByMonth: ReadonlyMap<string, readonly string[]>, { year, months }: Pick<SearchPartition, "year" | "months">): string[] {
  return months.flatMap((month) => pagesByMonth.get(`${year}/${month}`) ?? []);
}

/** How many files are read at once while hashing: enough to keep the disk busy, few enough to stay small. */
const READ_AHEAD = 32;

/**
 * A sha256 of what Pagefind would index of a partition's pages: `salt` (what else decides the index:
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
      } else if (!anyBody) {
        // The whole pages count only while no page has a body element: once one has, this hash is not used.
        whole.update(`${page}\0${bytes.length}\0`);
        whole.update(bytes);
      }
    });
  }
  return (anyBody ? indexed : whole).digest("hex");
}
