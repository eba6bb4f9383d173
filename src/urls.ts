// Site URLs. Pages link with site-relative paths (`/2026/11/18/slug/`); Eleventy's HTML base
// plugin adds the path prefix to those in HTML. Anything read off the site (feeds, sitemaps,
// JSON-LD, canonical and OpenGraph URLs) needs the absolute form, prefix included.
import type { Site } from "./site.ts";

/** `/news` or `news/` → `/news/`; empty → `/`. */
export function normalizePathPrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** The absolute URL of a site path: origin, path prefix, path. */
export function absoluteUrl(site: Pick<Site, "url" | "pathPrefix">, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return new URL(`${site.pathPrefix}${path.replace(/^\//, "")}`, site.url).href;
}

/** A site path with the prefix, for places the HTML base plugin does not reach (XML, JSON). */
export function prefixedPath(site: Pick<Site, "pathPrefix">, path: string): string {
  return `${site.pathPrefix}${path.replace(/^\//, "")}`;
}
