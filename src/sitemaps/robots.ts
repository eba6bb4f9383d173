// robots.txt: every crawler may read everything; both sitemaps are named by absolute URL.
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";
import { SITEMAP_PATH } from "./sitemap-files.ts";

// The main sitemap by the one address it always has: a urlset, or the index of its parts once the
// site outgrows one file (sitemap-files.ts). Crawlers find the parts through it.
export const SITEMAP_PATHS: readonly string[] = [SITEMAP_PATH, "/news-sitemap.xml"];

export function robotsTxt(site: Pick<Site, "url" | "pathPrefix">): string {
  return ["User-agent: *", "Allow: /", "", ...SITEMAP_PATHS.map((path) => `Sitemap: ${absoluteUrl(site, path)}`), ""].join("\n");
}
