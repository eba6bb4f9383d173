// sitemap.xml (https://www.sitemaps.org/protocol.html): every HTML page a reader can reach,
// each with the time it last changed. Not the 404 page, not the preview-only problems page. An
// article with translations names every version and the original (`x-default`) as
// `<xhtml:link rel="alternate" hreflang>`, the form search engines read in sitemaps.
import type { DateTime } from "luxon";
import type { ListingPage } from "../collections/pagination.ts";
import { alternatesOf, translationsOf, type Alternate } from "../collections/translations.ts";
import { isoTime, lastChange, newestChange } from "../iso-time.ts";
import { element, xmlDocument } from "../xml.ts";
import type { Article } from "../model/types.ts";
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";
import { frontPageAlternates } from "../i18n/editions.ts";

export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
/** The namespace of the `link` element sitemaps borrow for alternates. */
export const XHTML_NS = "http://www.w3.org/1999/xhtml";

/**
 * Site pages that list no articles of their own: they change whenever the site is built. The
 * credits pages are not here: they are paginated, so the caller passes each of them in `pages`.
 */
export const INDEX_PAGES: readonly string[] = ["/tags/", "/archive/", "/search/"];

export interface SitemapEntry {
  /** Site-relative path. */
  path: string;
  lastmod: DateTime;
  /** The versions of an article in other languages, itself included, and `x-default`; absent when it has none. */
  alternates?: Alternate[];
}

/** An edition's front page and indexes live under its prefix (`/ar/`); its front page changes with its newest article. */
export interface SitemapEdition {
  lang: string;
  prefix: string;
  /** The edition's articles, newest first. */
  articles: readonly Article[];
}

/**
 * `articles` newest first; `listings` every listing page (section, tag, author, month); `pages`
 * other pages by URL, dated by the build: the site's own pages from content/pages/ (their sources
 * carry no date) and every page of the credits index and of each name's credits. `editions` the
 * site's own first; a site of one language has the one, at the root.
 */
export function sitemapEntries(
  articles: readonly Article[],
  listings: readonly ListingPage[],
  builtAt: DateTime,
  pages: readonly { url: string }[] = [],
  editions: readonly SitemapEdition[] = [{ lang: "", prefix: "", articles }],
): SitemapEntry[] {
  const fronts: Alternate[] = frontPageAlternates(editions);
  return [
    ...editions.map((edition) => ({ path: `${edition.prefix}/`, lastmod: newestChange(edition.articles, builtAt), ...(fronts.length > 0 ? { alternates: fronts } : {}) })),
    ...articlesWithAlternates(articles),
    ...listings.map((listing) => ({ path: listing.url, lastmod: newestChange(listing.articles, builtAt) })),
    ...editions.flatMap((edition) => INDEX_PAGES.map((path) => ({ path: `${edition.prefix}${path}`, lastmod: builtAt }))),
    ...pages.map((page) => ({ path: page.url, lastmod: builtAt })),
  ];
}

function articlesWithAlternates(articles: readonly Article[]): SitemapEntry[] {
  const translations = translationsOf(articles);
  return articles.map((article) => {
    const entry: SitemapEntry = { path: article.url, lastmod: lastChange(article) };
    const alternates = alternatesOf(article, translations[article.id]);
    if (alternates.length > 0) entry.alternates = alternates;
    return entry;
  });
}

export function sitemapXml(entries: readonly SitemapEntry[], site: Pick<Site, "url" | "pathPrefix">): string {
  // The namespace is declared where it is used, so a site in one language keeps its sitemap as it was.
  const xhtml = entries.some((entry) => entry.alternates) ? XHTML_NS : undefined;
  return xmlDocument(
    element(
      "urlset",
      { xmlns: SITEMAP_NS, "xmlns:xhtml": xhtml },
      entries.map((entry) =>
        element(
          "url",
          {},
          element("loc", {}, absoluteUrl(site, entry.path)),
          element("lastmod", {}, isoTime(entry.lastmod)),
          (entry.alternates ?? []).map((alternate) => element("xhtml:link", { rel: "alternate", hreflang: alternate.hreflang, href: absoluteUrl(site, alternate.url) })),
        ),
      ),
    ),
  );
}
