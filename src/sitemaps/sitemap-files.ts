// The files that carry sitemap.xml's URLs. The sitemap protocol
// (https://www.sitemaps.org/protocol.html#index) allows 50,000 URLs and 50 MB per file. Up to
// that many URLs, /sitemap.xml is the one urlset it always was; beyond it, /sitemap.xml becomes a
// sitemap index naming /sitemap-1.xml, /sitemap-2.xml, ..., each a urlset of at most that many.
// robots.txt names /sitemap.xml either way, so crawlers need no other address.
//
// The count is the limit that binds: 50 MB over 50,000 URLs is 1,000 bytes a <url>, and
// Dateline's are under 300 (slugs are at most 80 characters; the rest is a date path, the origin
// and a lastmod).
import { isoTime } from "../iso-time.ts";
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";
import { element, xmlDocument } from "../xml.ts";
import { SITEMAP_NS, sitemapXml, type SitemapEntry } from "./sitemap.ts";

export const SITEMAP_PATH = "/sitemap.xml";

/** URLs per sitemap file, as the protocol allows. */
export const SITEMAP_URL_LIMIT = 50_000;

export interface SitemapFile {
  /** Site path, such as `/sitemap.xml`. */
  path: string;
  text: string;
}

/** `/sitemap-1.xml`, `/sitemap-2.xml`, ...: the urlsets a sitemap index names. */
export function sitemapPartPath(number: number): string {
  return `/sitemap-${number}.xml`;
}

/**
 * `/sitemap.xml` alone while `entries` fit in one file of `limit` URLs; otherwise the index at
 * `/sitemap.xml` first, then its parts in order. `limit` is the protocol's unless a test says.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], site: Pick<Site, "url" | "pathPrefix">, limit = SITEMAP_URL_LIMIT): SitemapFile[] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A sitemap file holds a whole number of URLs, at least 1, not ${limit}`);
  if (entries.length <= limit) return [{ path: SITEMAP_PATH, text: sitemapXml(entries, site) }];
  const parts: SitemapFile[] = [];
  const index: SitemapPart[] = [];
  for (let start = 0; start < entries.length; start += limit) {
    const chunk = entries.slice(start, start + limit);
    const path = sitemapPartPath(parts.length + 1);
    parts.push({ path, text: sitemapXml(chunk, site) });
    index.push({ path, lastmod: newest(chunk) });
  }
  return [{ path: SITEMAP_PATH, text: sitemapIndexXml(index, site) }, ...parts];
}

export interface SitemapPart {
  /** Site path of the part, such as `/sitemap-1.xml`. */
  path: string;
  /** The newest lastmod among its URLs: when the part last changed. */
  lastmod: SitemapEntry["lastmod"];
}

export function sitemapIndexXml(parts: readonly SitemapPart[], site: Pick<Site, "url" | "pathPrefix">): string {
  return xmlDocument(
    element(
      "sitemapindex",
      { xmlns: SITEMAP_NS },
      parts.map((part) => element("sitemap", {}, element("loc", {}, absoluteUrl(site, part.path)), element("lastmod", {}, isoTime(part.lastmod)))),
    ),
  );
}

/** Entries come in different zones: compare instants, keep the winner's own offset. */
function newest(entries: readonly SitemapEntry[]): SitemapEntry["lastmod"] {
  return entries.reduce((latest, entry) => (entry.lastmod.toMillis() > latest.toMillis() ? entry.lastmod : latest), entries[0]!.lastmod);
}
