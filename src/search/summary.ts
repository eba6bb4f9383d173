// The one line the build prints about search:
// "Search: 5 years, 1 indexed (2026: 1,812 pages, 2.3 s), 4 reused from cache", and for a
// publish in place "…, 4 unchanged" (bundles left as the last build wrote them).
import type { SearchIndex, YearIndex } from "./index-site.ts";

const count = new Intl.NumberFormat("en");
const seconds = new Intl.NumberFormat("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function searchSummary(index: SearchIndex): string {
  const { years } = index;
  if (years.length === 0) return "Search: no article pages, an empty index";
  const indexed = years.filter((year) => year.outcome === "indexed");
  const reused = years.filter((year) => year.outcome === "reused").length;
  const kept = years.filter((year) => year.outcome === "kept").length;
  const parts = [`${years.length} ${years.length === 1 ? "year" : "years"}`];
  if (indexed.length > 0) parts.push(`${indexed.length} indexed (${indexed.map(describe).join("; ")})`);
  if (reused > 0) parts.push(`${reused} reused from cache`);
  if (kept > 0) parts.push(`${kept} unchanged`);
  return `Search: ${parts.join(", ")}`;
}

function describe(year: YearIndex): string {
  return `${year.year}: ${count.format(year.pages)} ${year.pages === 1 ? "page" : "pages"}, ${seconds.format(year.seconds)} s`;
}
