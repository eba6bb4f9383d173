// One Pagefind run: index some of a built site's pages and write the bundle (the index, its
// fragments and Pagefind's UI files) to a folder. The markup decides what is indexed: article
// pages carry `data-pagefind-body`, and `data-pagefind-ignore` keeps tag lists and reader
// comments out.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { check, SearchIndexError } from "./search-error.ts";

/** The settings every index is made with; part of the cache key, so changing them re-indexes. */
export const PAGEFIND_SETTINGS = { writePlayground: false } as const;

/** The Pagefind release in node_modules: a bundle is only reused by the release that wrote it. */
export async function pagefindVersion(): Promise<string> {
  // The package exports only its entry point, so find package.json beside it (lib/../).
  const manifest = new URL("../package.json", import.meta.resolve("pagefind"));
  const { version } = JSON.parse(await readFile(manifest, "utf8")) as { version?: string };
  if (!version) throw new SearchIndexError("read Pagefind's version", [`${manifest.pathname} names no version: reinstall with \`npm ci\``]);
  return version;
}

/**
 * Indexes the pages of `site` that `glob` matches (none when `glob` is undefined: an empty
 * bundle) and writes the bundle to `outputPath`. Returns how many HTML files Pagefind read.
 * The index is deleted from Pagefind's process afterwards, so the next one starts from nothing.
 */
export async function runPagefind(site: string, glob: string | undefined, outputPath: string): Promise<number> {
  const created = await pagefind.createIndex({ ...PAGEFIND_SETTINGS });
  check("start Pagefind", created.errors);
  const index = created.index;
  if (!index) throw new SearchIndexError("start Pagefind", ["it created no index"]);
  try {
    let files = 0;
    if (glob !== undefined) {
      const added = await index.addDirectory({ path: site, glob });
      check(`index ${join(site, glob)}`, added.errors);
      files = added.page_count;
    }
    const written = await index.writeFiles({ outputPath });
    check(`write ${outputPath}`, written.errors);
    return files;
  } finally {
    await index.deleteIndex();
  }
}

/** Stops Pagefind's background process; the next call starts a fresh one. */
export async function stopPagefind(): Promise<void> {
  await pagefind.close();
}

/** What Pagefind writes in pagefind-entry.json; only the part read here. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** Pages in the bundle at `bundleDir`, from its pagefind-entry.json (all languages). */
export async function bundlePages(bundleDir: string): Promise<number> {
  const file = join(bundleDir, "pagefind-entry.json");
  const entry = JSON.parse(await readFile(file, "utf8")) as PagefindEntry;
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
