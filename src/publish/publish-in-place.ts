// What a publish in place keeps of the last build's output, once the pages to render are chosen
// (src/eleventy/render-selection.ts): the files of every article, listing and credits page it
// does not render. The search index is not kept: it is made after every build (src/search/).
import type { BuiltPages, RenderSelection } from "../eleventy/render-selection.ts";
import { KEPT_FOLDER } from "../eleventy/clean-output.ts";
import type { Kept } from "./prune-output.ts";

export interface KeptOutput {
  kept: Kept;
}

/** `next`'s pages that `selection` leaves out stay. */
export function keptOutput(next: BuiltPages, selection: RenderSelection): KeptOutput {
  const rendered = new Set([selection.articles, selection.listings, selection.creditsPages, selection.creditNamePages].flatMap((pages: readonly { url: string }[]) => pages.map((page) => page.url)));
  const all = [next.articles, next.collections.listings, next.collections.credits.pages, next.collections.credits.namePages].flatMap((pages: readonly { url: string }[]) => pages.map((page) => page.url));
  const files = new Set(all.filter((url) => !rendered.has(url)).map(pageFile));
  return { kept: { files, folders: [KEPT_FOLDER] } };
}

/** The output-relative file of a page URL: `/2026/11/02/harbour-reopens/` → `2026/11/02/harbour-reopens/index.html`. */
export function pageFile(url: string): string {
  const path = decodeURIComponent(url).replace(/^\/+/, "");
  return url.endsWith("/") ? `${path}index.html` : path;
}
