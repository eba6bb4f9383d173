// Site search: after a build, Pagefind indexes the article pages into one bundle per partition
// (src/search/partitions.ts: each publication year, the newest month apart, years of more pages
// than an index holds cut into runs of months), in <output>/pagefind/<name>/. Partitions keep
// Pagefind's memory and time to a partition's pages (a single index of 100,000 articles would
// need some 30 GB), let them be indexed side by side on several
// cores (PAGES_AT_ONCE), and let a build reuse the bundle of every partition whose indexed
// content did not change (src/search/bundle-cache.ts, indexed-input.ts): usually only the
// newest month is indexed again.
//
// The search page (templates/search.njk, assets/search.js) loads the newest partition's bundle
// as Pagefind's primary index and merges the others into it in the browser (`mergeIndex`):
// merged indexes use the primary's WebAssembly, so each further one costs only its own index
// files. Pagefind's UI script and styles are copied from the newest bundle to <output>/pagefind/,
// a place that does not move when a new month starts. A site with no article yet gets only those.
//
// The price of merging: each index answers a query on its own, and Pagefind answers a word an
// index lacks with the longest beginning of it that the index has (no option turns that off in
// Pagefind 1.6). So a word that only some partitions have also brings partial matches from the
// others, ranked by their own scores; one index for the whole archive does that only for a word
// no partition has. tests/search/index-site.test.ts pins this down.
import { copyFile, mkdir, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { copyBundle, findBundle, forgetPartitionsExcept, storeBundle } from "./bundle-cache.ts";
import { availableParallelism, tmpdir } from "node:os";
import { mapWeighted } from "../map-weighted.ts";
import { bundlePages, emptyBundle, indexWithPagefind, PAGEFIND_SETTINGS, pagefindVersion } from "./run-pagefind.ts";
import { SearchIndexError } from "./search-error.ts";
import { hashPages, monthPages, partitionPages } from "./partition-pages.ts";
import { partitionGlob, searchPartitions, type SearchPartition } from "./partitions.ts";

export { SearchIndexError } from "./search-error.ts";

/** The files of Pagefind's default UI that the search page loads from /pagefind/. */
export const UI_FILES = ["pagefind-ui.js", "pagefind-ui.css"] as const;

/** Bump when the way a partition is indexed changes in a way its pages and settings do not show. */
const INDEX_FORMAT = 3;

/**
 * Partitions are indexed side by side, one Pagefind process per core, as long as the ones being
 * indexed hold no more than this many pages together. Pagefind takes about 300 KB of memory a
 * page (6 GB for a year of 20,000 articles, measured with /usr/bin/time), so two partitions of
 * a 10,000-article archive (at most 1,500 pages each) are indexed at once, and two of a larger
 * one's as long as they hold at most this many pages together.
 */
export const PAGES_AT_ONCE = 6_000;

export interface IndexOptions {
  /** Where each partition's bundle is kept between builds; without it every partition is indexed and nothing is kept. */
  cacheDir?: string;
  /**
   * Partitions whose bundle already in the output stays as it is: a publish in place
   * (src/publish/) names those none of whose pages it rendered or removed, holding the same
   * months as last time. One named here without a readable bundle is indexed.
   */
  unchangedPartitions?: ReadonlySet<string>;
}

export interface PartitionIndex {
  /** The partition's name (`2025`, `2026-11`): its folder under `<output>/pagefind/`. */
  name: string;
  /** Indexed by Pagefind in this build, copied from the cache, or left as the last build wrote it. */
  outcome: "indexed" | "reused" | "kept";
  /** Pages in the partition's index: its article pages. */
  pages: number;
  /** HTML files in its month folders read to hash them (Pagefind read them if it indexed); 0 when kept. */
  files: number;
  /** Wall time for the partition: listing, hashing, and indexing or copying. */
  seconds: number;
  /** Where its bundle is: `<output>/pagefind/<name>`. */
  bundleDir: string;
}

export interface SearchIndex {
  /** `<output>/pagefind`: Pagefind's UI files, and each partition's bundle in a folder of its own. */
  bundleDir: string;
  /** Newest first, as the search page loads them. */
  partitions: PartitionIndex[];
  /** Pages in all the indexes together. */
  pages: number;
  seconds: number;
}

/** Indexes the built site in `outputDir` into `outputDir/pagefind/`, one bundle per partition. */
export async function indexSite(outputDir: string, options: IndexOptions = {}): Promise<SearchIndex> {
  const started = performance.now();
  const site = resolve(outputDir);
  const bundleDir = join(site, "pagefind");
  // Pagefind would index an empty folder and create it to hold an empty bundle: say so instead.
  const folder = await stat(site).catch(() => undefined);
  if (!folder?.isDirectory()) throw new SearchIndexError(`find ${site}`, ["no built site there: build first"]);

  const unchanged = options.unchangedPartitions ?? new Set<string>();
  // What an earlier build left (preview rebuilds) goes, but for the bundles of unchanged
  // partitions: a partition without articles now has no bundle.
  await removeBundlesExcept(bundleDir, unchanged);
  const cache = options.cacheDir === undefined ? undefined : { dir: resolve(options.cacheDir), salt: await cacheSalt() };
  const byMonth = await monthPages(site);
  const all = searchPartitions(new Map([...byMonth].map(([month, pages]) => [month, pages.length])));
  const kept = new Map<string, PartitionIndex>();
  for (const { name } of all.filter(({ name }) => unchanged.has(name))) {
    const found = await keptPartition(name, join(bundleDir, name));
    if (found) kept.set(name, found);
  }
  const toIndex = all.filter(({ name }) => !kept.has(name)).map((partition) => ({ partition, pages: partitionPages(byMonth, partition) }));
  // Newest first, as many at once as there are cores while the partitions running hold at most
  // PAGES_AT_ONCE pages together (a larger one runs alone).
  const indexed = await mapWeighted(toIndex, ({ pages }) => pages.length, { slots: availableParallelism(), budget: PAGES_AT_ONCE }, ({ partition, pages }) => indexPartition(site, partition, pages, join(bundleDir, partition.name), cache));
  if (cache) await forgetPartitionsExcept(cache.dir, new Set(all.map(({ name }) => name)));
  const byName = new Map([...kept, ...indexed.map((index) => [index.name, index] as const)]);
  const partitions = all.map(({ name }) => byName.get(name)!);
  if (partitions[0]) {
    await copyUiFiles(partitions[0].bundleDir, bundleDir);
  } else {
    // No article yet, so no index (Pagefind cannot load one without pages): the search page
    // says there is nothing to search, and still gets the UI files it links to.
    await uiFilesOnly(bundleDir);
  }
  const pages = partitions.reduce((sum, index) => sum + index.pages, 0);
  return { bundleDir, partitions, pages, seconds: since(started) };
}


async function removeBundlesExcept(bundleDir: string, names: ReadonlySet<string>): Promise<void> {
  if (names.size === 0) return rm(bundleDir, { recursive: true, force: true });
  const entries = await readdir(bundleDir).catch(() => [] as string[]);
  await Promise.all(entries.filter((name) => !names.has(name)).map((name) => rm(join(bundleDir, name), { recursive: true, force: true })));
}

/** A partition's bundle as the last build left it, if it is there and readable; else undefined (index it). */
async function keptPartition(name: string, target: string): Promise<PartitionIndex | undefined> {
  const started = performance.now();
  const pages = await bundlePages(target).catch(() => undefined);
  if (pages === undefined) {
    await rm(target, { recursive: true, force: true });
    return undefined;
  }
  return { name, outcome: "kept", pages, files: 0, seconds: since(started), bundleDir: target };
}

interface Cache {
  dir: string;
  /** What besides the pages decides a bundle: Pagefind's release and how it is run. */
  salt: string;
}

async function cacheSalt(): Promise<string> {
  return JSON.stringify({ format: INDEX_FORMAT, pagefind: await pagefindVersion(), settings: PAGEFIND_SETTINGS, glob: partitionGlob({ year: "YYYY", months: ["MM", "MM"] }) });
}

async function indexPartition(site: string, partition: SearchPartition, pages: string[], target: string, cache: Cache | undefined): Promise<PartitionIndex> {
  const started = performance.now();
  const { name } = partition;
  let outcome: PartitionIndex["outcome"] = "indexed";
  if (cache === undefined) {
    await indexInto(site, partition, pages, target);
  } else {
    // The hash covers every page's path, so it also tells which months the bundle holds.
    const hash = await hashPages(site, pages, cache.salt);
    const cached = await findBundle(cache.dir, name, hash);
    if (cached !== undefined && (await copied(cached, target))) {
      outcome = "reused";
    } else {
      const stored = await storeBundle(cache.dir, name, hash, (dir) => indexInto(site, partition, pages, dir));
      await copyBundle(stored, target);
    }
  }
  const fix = outcome === "reused" && cache ? `the cached bundle is damaged: delete ${cache.dir} and build again` : "Pagefind wrote no usable bundle";
  const indexed = await bundlePages(target).catch((cause: Error) => {
    throw new SearchIndexError(`read the index of ${name}`, [`${join(target, "pagefind-entry.json")}: ${cause.message}`, fix]);
  });
  return { name, outcome, pages: indexed, files: pages.length, seconds: since(started), bundleDir: target };
}

/** Runs Pagefind on one partition's pages, checking it read exactly the files that were hashed. */
async function indexInto(site: string, partition: SearchPartition, pages: string[], bundleDir: string): Promise<void> {
  const glob = partitionGlob(partition);
  const read = await indexWithPagefind(site, glob, bundleDir);
  if (read !== pages.length) {
    throw new SearchIndexError(`index ${join(site, glob)}`, [
      `Pagefind read ${read} HTML files there but Dateline listed ${pages.length}, so the cache could not tell when they change.`,
      `Look for symbolic links or unusual file names under ${partition.year}/ in the output.`,
    ]);
  }
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
  const aside = await mkdtemp(join(tmpdir(), "dateline-pagefind-"));
  try {
    await emptyBundle(aside);
    await mkdir(bundleDir, { recursive: true });
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
