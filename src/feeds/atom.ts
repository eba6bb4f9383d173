// An Atom 1.0 feed (RFC 4287) with Media RSS for the lead picture and its credit.
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";
import type { FeedDefinition } from "./feed-definitions.ts";
import { feedEntry, type FeedEntry } from "./feed-entry.ts";
import { isoTime } from "../iso-time.ts";
import { element, xmlDocument, type XmlElement } from "../xml.ts";

export const ATOM_NS = "http://www.w3.org/2005/Atom";
export const MEDIA_RSS_NS = "http://search.yahoo.com/mrss/";

export function atomFeed(feed: FeedDefinition, site: Pick<Site, "name" | "url" | "pathPrefix" | "lang">): string {
  const self = absoluteUrl(site, feed.atom);
  return xmlDocument(
    element(
      "feed",
      { xmlns: ATOM_NS, "xmlns:media": MEDIA_RSS_NS, "xml:lang": feed.lang },
      element("id", {}, self),
      element("title", { type: "text" }, feed.title),
      element("updated", {}, isoTime(feed.updated)),
      element("link", { rel: "self", type: "application/atom+xml", href: self }),
      element("link", { rel: "alternate", type: "text/html", href: absoluteUrl(site, feed.home) }),
      // Entries without a byline take the publication as author (RFC 4287 4.1.1).
      element("author", {}, element("name", {}, feed.publisher)),
      feed.articles.map((article) => atomEntry(feedEntry(article, site))),
    ),
  );
}

function atomEntry(entry: FeedEntry): XmlElement {
  const picture = entry.picture;
  return element(
    "entry",
    { "xml:lang": entry.lang },
    element("id", {}, entry.id),
    element("title", { type: "text" }, entry.title),
    element("link", { rel: "alternate", type: "text/html", href: entry.url }),
    element("published", {}, entry.published),
    element("updated", {}, entry.updated),
    entry.authors.map((name) => element("author", {}, element("name", {}, name))),
    entry.tags.map((tag) => element("category", { term: tag })),
    entry.summary === undefined ? undefined : element("summary", { type: "text" }, entry.summary),
    picture && element("link", { rel: "enclosure", type: picture.mimeType, href: picture.url }),
    picture &&
      element(
        "media:content",
        { url: picture.url, medium: "image", type: picture.mimeType, width: picture.width, height: picture.height },
        element("media:description", { type: "plain" }, picture.caption ?? picture.alt),
        element("media:credit", {}, picture.credit),
      ),
  );
}
