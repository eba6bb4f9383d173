// What a credits page tells search engines: a title that says which page it is, its canonical URL
// and rel=prev/next, as listing pages do (src/seo/page-meta.ts), so each page of a long list is
// its own result and crawlers follow the chain.
import { plainMeta, type PageMeta } from "../seo/page-meta.ts";
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";
import type { CreditsPage } from "./credits-pages.ts";
import { CREDITS_TITLE } from "./credits.ts";

/** `title` as the first page shows it ("Pictures credited to AFP"); later pages add "(page 2 of 5)". */
export function creditsPageMeta(page: CreditsPage, title: string, description: string, site: Site): PageMeta {
  const position = page.pageNumber > 1 ? ` (page ${page.pageNumber} of ${page.pageCount})` : "";
  const meta = plainMeta(site, page.url, `${title}${position}`, description);
  if (page.previousUrl) meta.previous = absoluteUrl(site, page.previousUrl);
  if (page.nextUrl) meta.next = absoluteUrl(site, page.nextUrl);
  return meta;
}

/** The metadata of any credits page: the index's pages, or the pages of one name (they have a parent). */
export function creditsMeta(page: CreditsPage, site: Site): PageMeta {
  if (!page.parent) return creditsPageMeta(page, CREDITS_TITLE, `Every picture ${site.name} has published, with its credit and the articles it appears in.`, site);
  return creditsPageMeta(page, `Pictures credited to ${page.title}`, `Every picture credited to ${page.title} in ${site.name}, and the articles it appears in.`, site);
}
