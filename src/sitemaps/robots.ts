// robots.txt: every crawler may read everything; both sitemaps are named by absolute URL.
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";

export const SITEMAP_PATHS: readonly string[] = ["/sitemap.xml", "/news-sitemap.xml"];

export function robotsTxt(site: Pick<Site, "url" | "pathPrefix">): string {
  return ["User-agent: *", "Allow: /", "", ...SITEMAP_PATHS.map((path) => `Sitemap: ${absoluteUrl(site, path)}`), ""].join("\n");
}
