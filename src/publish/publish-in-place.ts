// What a publish in place keeps of the last build's output, once the pages to render are chosen
// (src/eleventy/render-selection.ts): the files of every article, listing and credits page it
// does not render, and the search bundle of every partition (src/search/partitions.ts) none of
// whose pages it renders or removes and which holds the same months as last time.
import type { BuiltPages, RenderSelection } from "../eleventy/render-selection.ts";
import { KEPT_FOLDER } from "../eleventy/clean-output.ts";
import { monthOfUrl, partitionByMonth, partitionsOfUrls, samePages } from "../search/partitions.ts";
import type { Kept } from "./prune-output.ts";

export interface KeptOutput {
  kept: Kept;
  /** Partitions whose search bundle stays as the last build wrote it. */
  unchangedPartitions: Set<string>;
}

/**
 * `next`'s pages that `selection` leaves out stay; `vanished` are the URLs of last time's pages
 * that `next` no longer has (they go, and their partition's search index is made again);
 * `previousArticles` are the URLs of last time's article pages.
 */
export function keptOutput(next: BuiltPages, selection: RenderSelection, vanished: readonly string[], previousArticles: Iterable<string>): KeptOutput {
  const rendered = new Set([selection.articles, selection.listings, selection.creditsPages, selection.creditNamePages].flatMap((pages: readonly { url: string }[]) => pages.map((page) => page.url)));
  const all = [next.articles, next.collections.listings, next.collections.credits.pages, next.collections.credits.namePages].flatMap((pages: readonly { url: string }[]) => pages.map((page) => page.url));
  const files = new Set(all.filter((url) => !rendered.has(url)).map(pageFile));
  // A partition's bundle is made from the pages in its month folders. It is made again when one
  // of them is rendered or removed, or when the partition holds other months than last time (a
  // new month starts: the month before joins its year).
  const partitions = partitionsOfUrls(next.articles.map((article) => article.url));
  const before = new Map(partitionsOfUrls(previousArticles).map((partition) => [partition.name, partition]));
  const holding = partitionByMonth(partitions);
  const touched = new Set([...rendered, ...vanished].map((url) => holding.get(monthOfUrl(url) ?? "")));
  const unchangedPartitions = new Set(
    partitions.filter((partition) => !touched.has(partition.name) && before.has(partition.name) && samePages(partition, before.get(partition.name)!)).map((partition) => partition.name),
  );
  return { kept: { files, folders: [KEPT_FOLDER, ...[...unchangedPartitions].map((name) => `pagefind/${name}`)] }, unchangedPartitions };
}

/** The output-relative file of a page URL: `/2026/11/02/harbour-reopens/` → `2026/11/02/harbour-reopens/index.html`. */
export function pageFile(url: string): string {
  const path = decodeURIComponent(url).replace(/^\/+/, "");
  return url.endsWith("/") ? `${path}index.html` : path;
}
