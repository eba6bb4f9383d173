// The years the search page merges, newest first. The page is rendered before the index exists,
// so it cannot look at the bundles: it takes the years from the articles, by the same rule the
// index uses (src/search/year-pages.ts): an article's year is the first folder of its URL.
export function searchYears(articles: readonly { url: string }[]): string[] {
  const years = new Set<string>();
  for (const { url } of articles) {
    const year = /^\/(\d{4})\//.exec(url)?.[1];
    if (year) years.add(year);
  }
  return [...years].sort().reverse();
}
