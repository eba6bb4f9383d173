// Site search: after a build, Pagefind reads the built HTML and writes its static search bundle
// (index, fragments, the default UI) to <output>/pagefind/. The markup decides what is indexed:
// article pages carry `data-pagefind-body`, so Pagefind leaves every other page out, and
// `data-pagefind-ignore` keeps the tag list and reader comments out of the index.
import { readFile, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import * as pagefind from "pagefind";

export interface SearchIndex {
  /** Pages in the index: the article pages. */
  pages: number;
  /** HTML files Pagefind read, indexed or not. */
  files: number;
  /** Where the bundle was written: `<output>/pagefind`. */
  bundleDir: string;
}

export class SearchIndexError extends Error {
  constructor(
    step: string,
    readonly errors: string[],
  ) {
    super(`Search index: could not ${step}:\n${errors.map((error) => `  ${error}`).join("\n")}`);
    this.name = "SearchIndexError";
  }
}

/** What Pagefind writes in pagefind-entry.json; only the part read here. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** Indexes the built site in `outputDir` and writes the search bundle to `outputDir/pagefind/`. */
export async function indexSite(outputDir: string): Promise<SearchIndex> {
  const site = resolve(outputDir);
  const bundleDir = join(site, "pagefind");
  // Pagefind would index an empty folder and create it to hold an empty bundle: say so instead.
  const folder = await stat(site).catch(() => undefined);
  if (!folder?.isDirectory()) throw new SearchIndexError(`find ${site}`, ["no built site there: build first"]);
  try {
    // No logfile and no playground: Pagefind writes nothing but the bundle.
    const created = await pagefind.createIndex({ writePlayground: false });
    check("start Pagefind", created.errors);
    const index = created.index;
    if (!index) throw new SearchIndexError("start Pagefind", ["it created no index"]);

    const added = await index.addDirectory({ path: site });
    check(`index ${site}`, added.errors);

    // A bundle from an earlier build (preview rebuilds) must not linger beside the new one.
    await rm(bundleDir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundleDir });
    check(`write ${bundleDir}`, written.errors);

    // addDirectory counts the HTML files it read; the entry file counts the pages indexed.
    const entry = JSON.parse(await readFile(join(bundleDir, "pagefind-entry.json"), "utf8")) as PagefindEntry;
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    return { pages, files: added.page_count, bundleDir };
  } finally {
    // Stops Pagefind's background process; the next call starts a fresh one.
    await pagefind.close();
  }
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new SearchIndexError(step, errors);
}
