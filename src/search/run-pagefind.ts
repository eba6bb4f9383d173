// One Pagefind index: the article records of one language (article-records.ts) given to
// Pagefind's Node API, and its bundle (the index, its fragments and Pagefind's UI files) written
// to a folder. The markup decides most of what is indexed: article pages carry
// `data-pagefind-body`, and `data-pagefind-ignore` keeps tag lists and the comment count out;
// PAGEFIND_SETTINGS leaves out the furniture around the story.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { ArticleRecord } from "./article-records.ts";
import { check, SearchIndexError } from "./search-error.ts";

/**
 * Parts of an article page that are not its story, by the markup contract (docs/markup-contract.md):
 * the kicker (the section is a filter), the headline (Pagefind still takes it as the result's
 * title, and searches titles too), the byline, the dates, photo credits and the dateline. Left
 * out of the indexed text, they never open a result's excerpt, which so comes from the story.
 * The byline's names and the dateline's city stay searchable as metadata (`data-pagefind-meta`
 * in templates/partials/article-page.njk), and the date meta and filters inside them still count.
 */
export const STORY_FURNITURE = [".article__kicker", "h1", ".byline", ".article__dates", ".figure__credit", ".dateline"] as const;

/**
 * The settings every index is made with; part of the cache key, so changing them re-indexes.
 * (Pagefind writes no playground unless asked; the Node API is told the same.)
 */
export const PAGEFIND_SETTINGS = { writePlayground: false, excludeSelectors: [...STORY_FURNITURE] };

/** The Pagefind release in node_modules: a bundle is only reused by the release that wrote it. */
export async function pagefindVersion(): Promise<string> {
  // The package exports only its entry point, so find package.json beside it (lib/../).
  const manifest = new URL("../package.json", import.meta.resolve("pagefind"));
  const { version } = JSON.parse(await readFile(manifest, "utf8")) as { version?: string };
  if (!version) throw new SearchIndexError("read Pagefind's version", [`${manifest.pathname} names no version: reinstall with \`npm ci\``]);
  return version;
}

/**
 * Indexes `records` (an empty list gives Pagefind's UI files and no index) into one bundle at
 * `outputPath`. Pagefind's Node API runs one process for the build, which makes one index at a time.
 */
export async function writeBundle(records: readonly ArticleRecord[], outputPath: string): Promise<void> {
  const created = await pagefind.createIndex(PAGEFIND_SETTINGS);
  check("start Pagefind", created.errors);
  const index = created.index;
  if (!index) throw new SearchIndexError("start Pagefind", ["it created no index"]);
  try {
    for (const { url, html } of records) {
      const added = await index.addHTMLFile({ url, content: html });
      check(`index ${url}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath });
    check(`write ${outputPath}`, written.errors);
  } finally {
    await index.deleteIndex();
  }
}

/** Stops Pagefind's process, once the build's indexes are written. */
export async function closePagefind(): Promise<void> {
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
