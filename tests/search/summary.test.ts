// The build's one line about search (src/search/summary.ts).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { LanguageIndex, SearchIndex } from "../../src/search/index-site.ts";
import { searchSummary } from "../../src/search/summary.ts";

function language(code: string, outcome: LanguageIndex["outcome"], pages: number, seconds: number): LanguageIndex {
  return { language: code, outcome, pages, seconds, bundleDir: `/site/pagefind/${code}` };
}
function result(languages: LanguageIndex[], seconds: number): SearchIndex {
  return { bundleDir: "/site/pagefind", languages, pages: languages.reduce((sum, l) => sum + l.pages, 0), seconds };
}

const summary = suite("searchSummary");

summary("names each language's index, made with its pages and time, or reused with its pages, and the whole step's time", () => {
  const line = searchSummary(result([language("en", "indexed", 10_170, 21.34), language("fr", "reused", 12, 0.02), language("ar", "reused", 1, 0.01)], 23.5));
  assert.is(line, "Search: en indexed (10,170 pages, 21.3 s); fr reused from cache (12 pages); ar reused from cache (1 page); 23.5 s in all");
});

summary("one language, one page", () => {
  assert.is(searchSummary(result([language("en", "indexed", 1, 0.04)], 0.1)), "Search: en indexed (1 page, 0.0 s); 0.1 s in all");
});

summary("no article pages", () => {
  assert.is(searchSummary(result([], 0.2)), "Search: no article pages, an empty index");
});

summary.run();
