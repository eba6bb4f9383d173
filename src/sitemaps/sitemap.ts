// sitemap.xml (https://www.sitemaps.org/protocol.html): every HTML page a reader can reach,
// each with the time it last changed. Not the 404 page, not the preview-only problems page.
import type { DateTime } from "luxon";
import type { ListingPage } from "../collections/pagination.ts";
import { isoTime, lastChange, newestChange } from "../iso-time.ts";
import { element, xmlDocument } from "../xml.ts";
import type { Article } from "../model/types.ts";
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";

export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

/**
 * Site pages that list no articles of their own: they change whenever the site is built. The
 * credits pages are not here: they are paginated, so the caller passes each of them in `pages`.
 */
export const INDEX_PAGES: readonly string[] = ["/tags/", "/archive/", "/search/"];

export interface SitemapEntry {
  /** Site-relative path. */
  path: string;
  lastmod: DateTime;
}

/**
 * `articles` newest first; `listings` every listing page (section, tag, author, month); `pages`
 * other pages by URL, dated by the build: the site's own pages from content/pages/ (their sources
 * carry no date) and every page of the credits index and of each name's credits.
 */
export function sitemapEntries(articles: readonly Article[], listings: readonly ListingPage[], builtAt: DateTime, pages: readonly { url: string }[] = []): SitemapEntry[] {
  return [
    { path: "/", lastmod: newestChange(articles, builtAt) },
    ...articles.map((article) => ({ path: article.url, lastmod: lastChange(article) })),
    ...listings.map((listing) => ({ path: listing.url, lastmod: newestChange(listing.articles, builtAt) })),
    ...INDEX_PAGES.map((path) => ({ path, lastmod: builtAt })),
    ...pages.map((page) => ({ path: page.url, lastmod: builtAt })),
  ];
}

export function sitemapXml(entries: readonly SitemapEntry[], site: Pick<Site, "url" | "pathPrefix">): string {
  return xmlDocument(
    element(
      "urlset",
      { xmlns: SITEMAP_NS },
      entries.map((entry) => element("url", {}, element("loc", {}, absoluteUrl(site, entry.path)), element("lastmod", {}, isoTime(entry.lastmod)))),
    ),
  );
}
