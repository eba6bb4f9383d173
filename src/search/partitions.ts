// Which search index an article page is in. One index per publication year, except that the
// newest month has an index of its own. A publish is mostly new stories and updates to the
// day's stories, and Pagefind can only make an index whole: with the newest month apart, such a
// publish indexes a month's pages again, not the whole year's (at 50 stories a day, some 1,500
// pages instead of up to 18,000). When a newer month starts, the old one joins its year's index,
// which is made again once. Each further index costs the search page one more index to merge
// (src/search/index-site.ts says what merging costs), so there is only ever one month apart.
//
// Article URLs are `/YYYY/MM/DD/slug/`, so an article's month is the first two folders of its
// URL, and a partition is a set of month folders of one year folder.

export interface SearchPartition {
  /** `2025` for a year, `2026-11` for the newest month: its folder under /pagefind/ and its name in the cache. */
  name: string;
  /** The year folder of the output its pages are in. */
  year: string;
  /** The month folders of that year (`01` … `12`) it holds, in order. */
  months: string[];
}

const MONTH = /^(\d{4})\/(\d{2})$/;

/** The partitions for a site whose article pages are in `months` (`2026/11`, any order), newest first. */
export function searchPartitions(months: Iterable<string>): SearchPartition[] {
  const byYear = new Map<string, string[]>();
  for (const month of new Set(months)) {
    const [, year, mm] = MONTH.exec(month) ?? [];
    if (!year || !mm) throw new Error(`Internal error: "${month}" is not a month folder (YYYY/MM)`);
    byYear.set(year, [...(byYear.get(year) ?? []), mm]);
  }
  const years = [...byYear.keys()].sort().reverse();
  const partitions: SearchPartition[] = [];
  years.forEach((year, i) => {
    const held = byYear.get(year)!.sort();
    if (i === 0) {
      const newest = held.pop()!;
      partitions.push({ name: `${year}-${newest}`, year, months: [newest] });
      if (held.length === 0) return;
    }
    partitions.push({ name: year, year, months: held });
  });
  return partitions;
}

/** The partitions of a site's article URLs (`/2026/11/02/slug/`); other URLs have none. */
export function partitionsOfUrls(urls: Iterable<string>): SearchPartition[] {
  const months: string[] = [];
  for (const url of urls) {
    const month = monthOfUrl(url);
    if (month) months.push(month);
  }
  return searchPartitions(months);
}

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
