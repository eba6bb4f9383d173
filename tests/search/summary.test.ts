// The build's one line about search (src/search/summary.ts) and the years the search page
// loads (src/search/search-years.ts).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { SearchIndex, YearIndex } from "../../src/search/index-site.ts";
import { searchSummary } from "../../src/search/summary.ts";
import { searchYears } from "../../src/search/search-years.ts";

function year(name: string, outcome: YearIndex["outcome"], pages: number, seconds: number): YearIndex {
  return { year: name, outcome, pages, files: pages, seconds, bundleDir: `/site/pagefind/${name}` };
}
function result(years: YearIndex[]): SearchIndex {
  return { bundleDir: "/site/pagefind", years, pages: years.reduce((sum, y) => sum + y.pages, 0), seconds: 1 };
}

const summary = suite("searchSummary");

summary("names the years indexed with their pages and time, and counts the reused ones", () => {
  const line = searchSummary(result([year("2026", "indexed", 1812, 2.31), year("2025", "reused", 2060, 0.2), year("2024", "reused", 1965, 0.2), year("2023", "reused", 1959, 0.2), year("2022", "reused", 1989, 0.2)]));
  assert.is(line, "Search: 5 years, 1 indexed (2026: 1,812 pages, 2.3 s), 4 reused from cache");
});

summary("a cold cache: every year indexed, nothing reused", () => {
  assert.is(searchSummary(result([year("2026", "indexed", 1, 0.04), year("2025", "indexed", 12, 0.5)])), "Search: 2 years, 2 indexed (2026: 1 page, 0.0 s; 2025: 12 pages, 0.5 s)");
});

summary("nothing changed: one year, reused", () => {
  assert.is(searchSummary(result([year("2026", "reused", 30, 0.1)])), "Search: 1 year, 1 reused from cache");
});

summary("no article pages", () => {
  assert.is(searchSummary(result([])), "Search: no article pages, an empty index");
});

summary.run();

const years = suite("searchYears");

years("the first folder of each article URL, once, newest first", () => {
  const articles = ["/2024/03/01/a/", "/2026/11/20/b/", "/2024/12/31/c/", "/2025/01/01/d/", "/2026/01/02/e/"].map((url) => ({ url }));
  assert.equal(searchYears(articles), ["2026", "2025", "2024"]);
});

years("no articles, no years; URLs without a year folder are not years", () => {
  assert.equal(searchYears([]), []);
  assert.equal(searchYears([{ url: "/comment-policy/" }, { url: "/20261/01/01/x/" }]), []);
});

years.run();
