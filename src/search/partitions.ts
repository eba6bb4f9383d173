// Which search index an article page is in. One index per publication year, except that the
// newest month has an index of its own, and that a year with more article pages than an index
// holds (pagesPerIndex) is cut into runs of whole months.
//
// The newest month apart: a publish is mostly new stories and updates to the day's stories, and
// Pagefind can only make an index whole. With the newest month apart, such a publish indexes a
// month's pages again, not the whole year's (at 50 stories a day, some 1,500 pages instead of up
// to 18,000). When a newer month starts, the old one joins its year's index, which is made again
// once.
//
// How many pages an index holds, two sizes by the archive's size (pagesPerIndex):
// - Up to SMALL_ARCHIVE article pages, at most PAGES_PER_SMALL_INDEX. A correction to an older
//   story indexes its partition again, and Pagefind's time grows with the pages (about 3 ms a page
//   on two cores, plus 0.2 s a run): at 10,000 articles, years of about 2,000 pages are cut in
//   halves, so such a publish indexes about 1,000 pages instead of 2,000, and the search page
//   merges 12 indexes instead of 7. At most some 20 indexes then.
// - Beyond, at most PAGES_PER_INDEX. Pagefind holds about 300 KB per page while it indexes (a year
//   of 20,000 articles took 6 GB), so a large newsroom's year in one index would need more memory
//   than the build; and each further index costs the search page one more to merge
//   (src/search/index-site.ts says what merging costs): 28 indexes at 100,000 articles.
// Two sizes, not one growing with the archive, so partitions stay put from one publish to the next:
// the archive that grows past SMALL_ARCHIVE indexes every partition again, once. A year is cut
// evenly, so when a new month joins the current year its runs may all move: that year is indexed
// again once a month, as it was when it was one index.
//
// Article URLs are `/YYYY/MM/DD/slug/`, so an article's month is the first two folders of its
// URL, and a partition is a run of month folders of one year folder.

/** The most article pages an index of an archive of up to SMALL_ARCHIVE article pages holds, unless one month alone has more. */
export const PAGES_PER_SMALL_INDEX = 1_500;

/** The most article pages an index of a larger archive holds, unless one month alone has more. */
export const PAGES_PER_INDEX = 5_000;

/** Article pages up to which an archive's indexes hold PAGES_PER_SMALL_INDEX pages at most. */
export const SMALL_ARCHIVE = 25_000;

/** The most pages an index holds in an archive of `articlePages` article pages. */
export function pagesPerIndex(articlePages: number): number {
  return articlePages <= SMALL_ARCHIVE ? PAGES_PER_SMALL_INDEX : PAGES_PER_INDEX;
}

export interface SearchPartition {
  /**
   * Its folder under /pagefind/ and its name in the cache: `2025` for a whole year, `2026-11` for
   * one month (the newest, or a month of a cut year), `2025-01-04` for January to April 2025.
   */
  name: string;
  /** The year folder of the output its pages are in. */
  year: string;
  /** The month folders of that year (`01` … `12`) it holds, in order. */
  months: string[];
}

const MONTH = /^(\d{4})\/(\d{2})$/;

/**
 * The partitions of a site whose article pages are counted by month folder (`2026/11` → 170),
 * newest first; each holds at most `limit` pages unless one month alone has more (pagesPerIndex
 * of the archive unless given).
 */
export function searchPartitions(pagesByMonth: ReadonlyMap<string, number>, limit = pagesPerIndex([...pagesByMonth.values()].reduce((sum, pages) => sum + pages, 0))): SearchPartition[] {
  const byYear = new Map<string, string[]>();
  for (const month of pagesByMonth.keys()) {
    const [, year, mm] = MONTH.exec(month) ?? [];
    if (!year || !mm) throw new Error(`Internal error: "${month}" is not a month folder (YYYY/MM)`);
    byYear.set(year, [...(byYear.get(year) ?? []), mm]);
  }
  const years = [...byYear.keys()].sort().reverse();
  const partitions: SearchPartition[] = [];
  years.forEach((year, i) => {
    const held = byYear.get(year)!.sort();
    const newest = i === 0 ? held.pop() : undefined;
    if (newest) partitions.push({ name: `${year}-${newest}`, year, months: [newest] });
    partitions.push(...cutYear(year, held, (mm) => pagesByMonth.get(`${year}/${mm}`)!, limit));
  });
  return partitions;
}

/**
 * A year's months (ascending) as one partition, or as runs of months of at most `limit` pages
 * (a month over it alone), newest first: as few runs as that allows, cut as evenly as whole months
 * allow, so no run is much larger than the others (a correction re-indexes its run).
 */
function cutYear(year: string, months: string[], pages: (mm: string) => number, limit: number): SearchPartition[] {
  if (months.length === 0) return [];
  const total = months.reduce((sum, mm) => sum + pages(mm), 0);
  if (total <= limit) return [{ name: year, year, months }];
  const fewest = runsWithin(months, pages, limit).length;
  // The smallest cap on a run of several months that still needs no more runs than `fewest`
  // (fewer pages allowed, more runs): found by halving.
  let low = 1;
  let high = limit;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (runsWithin(months, pages, middle).length <= fewest) high = middle;
    else low = middle + 1;
  }
  return runsWithin(months, pages, high)
    .reverse()
    .map((held) => ({ name: held.length === 1 ? `${year}-${held[0]}` : `${year}-${held[0]}-${held.at(-1)}`, year, months: held }));
}

/** Months cut in order into runs of at most `limit` pages (a month over it alone): the fewest such runs, the first ones full. */
function runsWithin(months: readonly string[], pages: (mm: string) => number, limit: number): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let inRun = 0;
  for (const mm of months) {
    if (run.length > 0 && inRun + pages(mm) > limit) {
      runs.push(run);
      run = [];
      inRun = 0;
    }
    run.push(mm);
    inRun += pages(mm);
  }
  runs.push(run);
  return runs;
}

/** The partitions of a site's article URLs (`/2026/11/02/slug/`); other URLs have none. */
export function partitionsOfUrls(urls: Iterable<string>, limit?: number): SearchPartition[] {
  const pagesByMonth = new Map<string, number>();
  for (const url of urls) {
    const month = monthOfUrl(url);
    if (month) pagesByMonth.set(month, (pagesByMonth.get(month) ?? 0) + 1);
  }
  // An undefined limit takes searchPartitions' default: the archive's own.
  return searchPartitions(pagesByMonth, limit);
}

/** Partition names, as folders and in the search page's list. */
export const PARTITION_NAME = /^\d{4}(-\d{2}){0,2}$/;

/** The month folder of an article URL: `/2026/11/02/slug/` → `2026/11`; undefined for other pages. */
export function monthOfUrl(url: string): string | undefined {
  const found = /^\/(\d{4})\/(\d{2})\//.exec(url);
  return found ? `${found[1]}/${found[2]}` : undefined;
}

/** Which partition holds each month folder (`2026/11` → `2026-11`). */
export function partitionByMonth(partitions: readonly SearchPartition[]): Map<string, string> {
  return new Map(partitions.flatMap((partition) => partition.months.map((month) => [`${partition.year}/${month}`, partition.name] as const)));
}

/** The glob (relative to the site, Pagefind's glob syntax) that picks exactly a partition's pages. */
export function partitionGlob({ year, months }: Pick<SearchPartition, "year" | "months">): string {
  return months.length === 1 ? `${year}/${months[0]}/**/*.html` : `${year}/{${months.join(",")}}/**/*.html`;
}

/** Whether two partitions hold the same months: a bundle made for one serves the other. */
export function samePages(a: SearchPartition, b: SearchPartition): boolean {
  return a.name === b.name && a.year === b.year && a.months.join() === b.months.join();
}
