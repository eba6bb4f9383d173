// The Google News sitemap: articles published in the two days before the build, newest first.
// https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
// With no story in that window there is no news sitemap at all: the schema requires at least one
// <url>, so an empty one is invalid, and robots.txt then names only the main sitemap (robots.ts).
import type { DateTime } from "luxon";
import { isoTime } from "../iso-time.ts";
import { element, xmlDocument } from "../xml.ts";
import type { Article } from "../model/types.ts";
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";
import { SITEMAP_NS } from "./sitemap.ts";
import { newsLanguage } from "./news-language.ts";

export const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
/** Google reads articles from the last two days, and at most 1,000 URLs per news sitemap. */
export const NEWS_WINDOW = { days: 2 } as const;
export const NEWS_LIMIT = 1000;
export const NEWS_SITEMAP_PATH = "/news-sitemap.xml";

/** Articles published within NEWS_WINDOW before `builtAt` (none after it), newest first. */
export function newsArticles(articles: readonly Article[], builtAt: DateTime): Article[] {
  const since = builtAt.minus(NEWS_WINDOW);
  return articles
    .filter((article) => article.published >= since && article.published <= builtAt)
    .sort((a, b) => b.published.toMillis() - a.published.toMillis())
    .slice(0, NEWS_LIMIT);
}

export function newsSitemapXml(articles: readonly Article[], site: Pick<Site, "name" | "url" | "pathPrefix">): string {
  return xmlDocument(
    element(
      "urlset",
      { xmlns: SITEMAP_NS, "xmlns:news": NEWS_NS },
      articles.map((article) =>
        element(
          "url",
          {},
          element("loc", {}, absoluteUrl(site, article.url)),
          element(
            "news:news",
            {},
            element("news:publication", {}, element("news:name", {}, site.name), element("news:language", {}, newsLanguage(article.lang))),
            element("news:publication_date", {}, isoTime(article.published)),
            element("news:title", {}, article.headline),
          ),
        ),
      ),
    ),
  );
}

/** The news sitemap of a build, or none when no story is recent enough to be in one. */
export function newsSitemapFiles(articles: readonly Article[], site: Pick<Site, "name" | "url" | "pathPrefix">, builtAt: DateTime): { path: string; text: string }[] {
  const recent = newsArticles(articles, builtAt);
  return recent.length === 0 ? [] : [{ path: NEWS_SITEMAP_PATH, text: newsSitemapXml(recent, site) }];
}
