// Site search: after a build, Pagefind indexes the article pages into one index per language,
// each with that language's stemming, in <output>/pagefind/<language>/ (search-languages.ts
// names them), with Pagefind's UI script and styles beside them in <output>/pagefind/.
//
// One index for every article of a language, never split by date: Pagefind answers a search
// in each index on its own, with that index's statistics, and answers a word an index lacks
// with the longest beginning of it that the index has. Split indexes merged in the browser gave
// other results than one index would ("orchard" brought every page with "or"), so there is one.
// What that costs a publish at 10,000 and 100,000 articles is in bench/README.md ("Search: one
// index per language").
//
// Languages are not merged either, for the same reasons, and because an index merged into
// another is searched with the other's stemmer. The search page (templates/search.njk,
// assets/search.js) searches one language at a time: the site's own first, and the reader can
// switch to each other language the site has articles in. Each is exactly what Pagefind gives
// for a single index of that language's article pages (tests/search/search-equivalence.test.ts).
//
// A build reuses a language's bundle from the cache when Pagefind would be given exactly what
// made it (the same records, release and settings): a publish that adds an English story
// indexes English again, and leaves the others as they were.
import { createHash } from "node:crypto";
import { copyFile, mkdir, rm, stat } from "node:fs/promises";
import { totalmem } from "node:os";
import { join, resolve } from "node:path";
import { articleRecords, type ArticleRecord } from "./article-records.ts";
import { copyBundle, findBundle, forgetIndexesExcept, storeBundle } from "./bundle-cache.ts";
import { bundlePages, closePagefind, PAGEFIND_SETTINGS, pagefindVersion, writeBundle } from "./run-pagefind.ts";
import { SearchIndexError } from "./search-error.ts";
import { thousands } from "../report.ts";
import { searchLanguage } from "./search-languages.ts";

export { SearchIndexError } from "./search-error.ts";

/** The files of Pagefind's default UI that the search page loads from /pagefind/. */
export const UI_FILES = ["pagefind-ui.js", "pagefind-ui.css"] as const;

/** Bump when the way an index is made changes in a way its records and settings do not show. */
const INDEX_FORMAT = 4;

export interface IndexOptions {
  /** Where each language's bundle is kept between builds; without it every language is indexed and nothing is kept. */
  cacheDir?: string;
}

export interface LanguageIndex {
  /** The index's language (`en`, `fr`, `ar`): its folder under `<output>/pagefind/`. */
  language: string;
  /** Indexed by Pagefind in this build, or copied from the cache. */
  outcome: "indexed" | "reused";
  /** Article pages in the index. */
  pages: number;
  /** Wall time for the language: hashing, and indexing or copying. */
  seconds: number;
  /** Where its bundle is: `<output>/pagefind/<language>`. */
  bundleDir: string;
}

export interface SearchIndex {
  /** `<output>/pagefind`: Pagefind's UI files, and each language's bundle in a folder of its own. */
  bundleDir: string;
  /** Most articles first (then by code). */
  languages: LanguageIndex[];
  /** Pages in all the indexes together. */
  pages: number;
  /** Wall time for the whole step, reading the pages included. */
  seconds: number;
}

/** Indexes the built site in `outputDir` into `outputDir/pagefind/`, one bundle per language. */
export async function indexSite(outputDir: string, options: IndexOptions = {}): Promise<SearchIndex> {
  const started = performance.now();
  const site = resolve(outputDir);
  const bundleDir = join(site, "pagefind");
  // Pagefind would index an empty folder and create it to hold an empty bundle: say so instead.
  const folder = await stat(site).catch(() => undefined);
  if (!folder?.isDirectory()) throw new SearchIndexError(`find ${site}`, ["no built site there: build first"]);
  // What an earlier build left (preview rebuilds, a language with no article now) goes.
  await rm(bundleDir, { recursive: true, force: true });
  await mkdir(bundleDir, { recursive: true });

  const byLanguage = groupByLanguage(await articleRecords(site));
  const cache = options.cacheDir === undefined ? undefined : { dir: resolve(options.cacheDir), salt: await cacheSalt() };
  const languages: LanguageIndex[] = [];
  try {
    for (const [language, records] of byLanguage) languages.push(await indexLanguage(language, records, join(bundleDir, language), cache));
    // No article yet, so no index (Pagefind cannot load one without pages): the search page
    // says there is nothing to search, and still gets the UI files it links to.
    if (languages.length === 0) await uiFilesOnly(bundleDir);
  } finally {
    await closePagefind();
  }
  if (cache) await forgetIndexesExcept(cache.dir, new Set(byLanguage.keys()));
  if (languages[0]) await copyUiFiles(languages[0].bundleDir, bundleDir);
  const pages = languages.reduce((sum, index) => sum + index.pages, 0);
  return { bundleDir, languages, pages, seconds: since(started) };
}

/** Records by search language, most articles first (then by code), each in URL order. */
function groupByLanguage(records: readonly ArticleRecord[]): Map<string, ArticleRecord[]> {
  const groups = new Map<string, ArticleRecord[]>();
  for (const record of records) {
    const language = searchLanguage(record.lang);
    const group = groups.get(language);
    if (group) group.push(record);
    else groups.set(language, [record]);
  }
  return new Map([...groups].sort(([a, one], [b, other]) => other.length - one.length || (a < b ? -1 : a > b ? 1 : 0)));
}

interface Cache {
  dir: string;
  /** What besides the records decides a bundle: Pagefind's release and how it is run. */
  salt: string;
}

async function cacheSalt(): Promise<string> {
  return JSON.stringify({ format: INDEX_FORMAT, pagefind: await pagefindVersion(), settings: PAGEFIND_SETTINGS });
}

/**
 * Pagefind's memory per page while it writes an index: 0.27 MB measured from 1,000 to 30,000
 * synthetic 600-word articles (bench/README.md, "Search: one index per language"), rounded up.
 */
const PAGEFIND_BYTES_PER_PAGE = 0.3e6;

/** Stops before an index this machine cannot hold, with why, rather than Pagefind's process killed halfway. */
export function assertMemoryFor(language: string, pages: number, memory = totalmem()): void {
  const needed = pages * PAGEFIND_BYTES_PER_PAGE;
  if (needed <= memory) return;
  const gb = (bytes: number) => (bytes / 1e9).toFixed(1);
  throw new SearchIndexError(`index the ${thousands(pages)} ${language} articles`, [
    `one index of them needs about ${gb(needed)} GB of memory while Pagefind writes it, and this machine has ${gb(memory)} GB`,
    "build on a machine with more memory: search results must come from one index per language to be right",
  ]);
}

async function indexLanguage(language: string, records: ArticleRecord[], target: string, cache: Cache | undefined): Promise<LanguageIndex> {
  const started = performance.now();
  let outcome: LanguageIndex["outcome"] = "indexed";
  const write = (dir: string) => {
    assertMemoryFor(language, records.length);
    return writeBundle(records, dir);
  };
  if (cache === undefined) {
    await write(target);
  } else {
    const hash = hashRecords(records, cache.salt);
    const cached = await findBundle(cache.dir, language, hash);
    if (cached !== undefined && (await copied(cached, target))) {
      outcome = "reused";
    } else {
      const stored = await storeBundle(cache.dir, language, hash, write);
      await copyBundle(stored, target);
    }
  }
  const fix = outcome === "reused" && cache ? `the cached bundle is damaged: delete ${cache.dir} and build again` : "Pagefind wrote no usable bundle";
  const pages = await bundlePages(target).catch((cause: Error) => {
    throw new SearchIndexError(`read the index of ${language}`, [`${join(target, "pagefind-entry.json")}: ${cause.message}`, fix]);
  });
  if (pages !== records.length) throw new SearchIndexError(`index the ${language} articles`, [`Pagefind indexed ${pages} of the ${records.length} pages it was given`, fix]);
  return { language, outcome, pages, seconds: since(started), bundleDir: target };
}

/**
 * A sha256 of exactly what Pagefind is given for an index: `salt`, then each record's URL and
 * HTML in order. Lengths make the boundaries unambiguous: no two different lists hash alike.
 */
function hashRecords(records: readonly ArticleRecord[], salt: string): string {
  const hash = createHash("sha256");
  hash.update(`${salt}\0`);
  for (const { url, html } of records) hash.update(`${url.length}\0${url}\0${html.length}\0${html}`);
  return hash.digest("hex");
}

/** Copies a cached bundle; false if another build removed the entry meanwhile (then index). */
async function copied(cached: string, target: string): Promise<boolean> {
  try {
    await copyBundle(cached, target);
    return true;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== "ENOENT") throw cause;
    await rm(target, { recursive: true, force: true });
    return false;
  }
}

/** Pagefind's UI files without an index: an empty bundle is written aside, and only they are kept. */
async function uiFilesOnly(bundleDir: string): Promise<void> {
  const aside = join(bundleDir, ".empty");
  try {
    await writeBundle([], aside);
    await copyUiFiles(aside, bundleDir);
  } finally {
    await rm(aside, { recursive: true, force: true });
  }
}

async function copyUiFiles(from: string, to: string): Promise<void> {
  for (const file of UI_FILES) {
    await copyFile(join(from, file), join(to, file)).catch((cause: Error) => {
      throw new SearchIndexError("copy Pagefind's UI", [`${cause.message}`, `if this Pagefind release names its UI files differently, update UI_FILES in src/search/index-site.ts and templates/search.njk`]);
    });
  }
}

function since(started: number): number {
  return (performance.now() - started) / 1000;
}
