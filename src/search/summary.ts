// The one line the build prints about search, one part per language's index:
// "Search: en indexed (170 pages, 2.1 s); fr reused from cache (12 pages); 2.4 s in all".
import type { LanguageIndex, SearchIndex } from "./index-site.ts";
import { thousands } from "../report.ts";

const seconds = new Intl.NumberFormat("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function searchSummary(index: SearchIndex): string {
  const { languages } = index;
  if (languages.length === 0) return "Search: no article pages, an empty index";
  return `Search: ${languages.map(describe).join("; ")}; ${seconds.format(index.seconds)} s in all`;
}

function describe(index: LanguageIndex): string {
  const pages = `${thousands(index.pages)} ${index.pages === 1 ? "page" : "pages"}`;
  return index.outcome === "indexed" ? `${index.language} indexed (${pages}, ${seconds.format(index.seconds)} s)` : `${index.language} reused from cache (${pages})`;
}
