// The build's one line about search (src/search/summary.ts).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { PartitionIndex, SearchIndex } from "../../src/search/index-site.ts";
import { searchSummary } from "../../src/search/summary.ts";

function partition(name: string, outcome: PartitionIndex["outcome"], pages: number, seconds: number): PartitionIndex {
  return { name, outcome, pages, files: pages, seconds, bundleDir: `/site/pagefind/${name}` };
}
function result(partitions: PartitionIndex[]): SearchIndex {
  return { bundleDir: "/site/pagefind", partitions, pages: partitions.reduce((sum, p) => sum + p.pages, 0), seconds: 1 };
}

const summary = suite("searchSummary");

summary("names the indexes made with their pages and time, and counts the reused and unchanged ones", () => {
  const line = searchSummary(result([partition("2026-11", "indexed", 170, 0.31), partition("2026", "kept", 1642, 0), partition("2025", "reused", 2060, 0.2), partition("2024", "kept", 1965, 0)]));
  assert.is(line, "Search: 4 indexes, 1 indexed (2026-11: 170 pages, 0.3 s), 1 reused from cache, 2 unchanged");
});

summary("a cold cache: every index made, nothing reused", () => {
  assert.is(searchSummary(result([partition("2026-11", "indexed", 1, 0.04), partition("2025", "indexed", 12, 0.5)])), "Search: 2 indexes, 2 indexed (2026-11: 1 page, 0.0 s; 2025: 12 pages, 0.5 s)");
});

summary("nothing changed: one index, reused", () => {
  assert.is(searchSummary(result([partition("2026-11", "reused", 30, 0.1)])), "Search: 1 index, 1 reused from cache");
});

summary("no article pages", () => {
  assert.is(searchSummary(result([])), "Search: no article pages, an empty index");
});

summary.run();
