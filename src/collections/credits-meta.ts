// What a credits page tells search engines: a title that says which page it is, its canonical URL
// and rel=prev/next, as listing pages do (src/seo/page-meta.ts), so each page of a long list is
// its own result and crawlers follow the chain.
import { plainMeta, type PageMeta } from "../seo/page-meta.ts";
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";
import type { CreditsPage } from "./credits-pages.ts";

type MetaWords = Parameters<typeof plainMeta>[4];

/** `title` as the first page shows it ("Pictures credited to AFP"); later pages add "(page 2 of 5)". */
export function creditsPageMeta(page: CreditsPage, title: string, description: string, site: Site, ui: MetaWords): PageMeta {
  const shown = page.pageNumber > 1 ? ui.t("credits.titlePaged", { title, page: page.pageNumber, pages: page.pageCount }) : title;
  const meta = plainMeta(site, page.url, shown, description, ui);
  if (page.previousUrl) meta.previous = absoluteUrl(site, page.previousUrl);
  if (page.nextUrl) meta.next = absoluteUrl(site, page.nextUrl);
  return meta;
}

/** The metadata of any credits page: the index's pages, or the pages of one name (they have a parent). */
export function creditsMeta(page: CreditsPage, site: Site, ui: MetaWords): PageMeta {
  const name = ui.edition.name;
  if (!page.parent) return creditsPageMeta(page, ui.t("credits.title"), ui.t("credits.description", { site: name }), site, ui);
  return creditsPageMeta(page, ui.t("credits.nameTitle", { name: page.title }), ui.t("credits.nameDescription", { name: page.title, site: name }), site, ui);
}
