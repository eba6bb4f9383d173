// What a publish in place keeps of the last build's output, once the pages to render are chosen
// (src/eleventy/render-selection.ts): the files of every article, listing and credits page it
// does not render, and the search bundle of every year none of whose pages it renders or removes.
import type { BuiltPages, RenderSelection } from "../eleventy/render-selection.ts";
import { KEPT_FOLDER } from "../eleventy/clean-output.ts";
import type { Kept } from "./prune-output.ts";

export interface KeptOutput {
  kept: Kept;
  /** Years whose search bundle stays as the last build wrote it. */
  unchangedYears: Set<string>;
}

/**
 * `next`'s pages that `selection` leaves out stay; `vanished` are the URLs of last time's pages
 * that `next` no longer has (they go, and their year's search index is made again).
 */
export function keptOutput(next: BuiltPages, selection: RenderSelection, vanished: readonly string[]): KeptOutput {
  const rendered = new Set([selection.articles, selection.listings, selection.creditsPages, selection.creditNamePages].flatMap((pages: readonly { url: string }[]) => pages.map((page) => page.url)));
  const all = [next.articles, next.collections.listings, next.collections.credits.pages, next.collections.credits.namePages].flatMap((pages: readonly { url: string }[]) => pages.map((page) => page.url));
  const files = new Set(all.filter((url) => !rendered.has(url)).map(pageFile));
  // A year's bundle is made from the files under its folder: article pages and month listings.
  const touched = new Set([...rendered, ...vanished].map(yearOf));
  const unchangedYears = new Set(next.articles.map((article) => yearOf(article.url)).filter((year): year is string => year !== undefined && !touched.has(year)));
  return { kept: { files, folders: [KEPT_FOLDER, ...[...unchangedYears].map((year) => `pagefind/${year}`)] }, unchangedYears };
}

/** The output-relative file of a page URL: `/2026/11/02/harbour-reopens/` → `2026/11/02/harbour-reopens/index.html`. */
export function pageFile(url: string): string {
  const path = decodeURIComponent(url).replace(/^\/+/, "");
  return url.endsWith("/") ? `${path}index.html` : path;
}

/** The year folder a page URL is in (`/2026/…` → `2026`), if any. */
function yearOf(url: string | undefined): string | undefined {
  return url === undefined ? undefined : /^\/(\d{4})\//.exec(url)?.[1];
}
