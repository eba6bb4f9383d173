// robots.txt: every crawler may read everything; the sitemaps the build wrote are named by
// absolute URL.
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";
import { NEWS_SITEMAP_PATH } from "./news-sitemap.ts";
import { SITEMAP_PATH } from "./sitemap-files.ts";

/**
 * The main sitemap by the one address it always has: a urlset, or the index of its parts once the
 * site outgrows one file (sitemap-files.ts); crawlers find the parts through it. The news sitemap
 * only when the build wrote one (news-sitemap.ts: none without a story from the last two days).
 */
export function robotsTxt(site: Pick<Site, "url" | "pathPrefix">, { news }: { news: boolean }): string {
  const sitemaps = news ? [SITEMAP_PATH, NEWS_SITEMAP_PATH] : [SITEMAP_PATH];
  return ["User-agent: *", "Allow: /", "", ...sitemaps.map((path) => `Sitemap: ${absoluteUrl(site, path)}`), ""].join("\n");
}
