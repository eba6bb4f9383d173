// A JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). The lead picture's credit and caption
// travel in the `_dateline` extension object, which the format allows for publisher data.
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";
import type { FeedDefinition } from "./feed-definitions.ts";
import { dropUndefined } from "../sources/drop-undefined.ts";
import { feedEntry, type FeedEntry } from "./feed-entry.ts";

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary?: string;
  /** JSON Feed requires content: the feed carries summaries, so this is the summary again (or the headline). */
  content_text: string;
  date_published: string;
  date_modified: string;
  authors?: { name: string }[];
  tags?: string[];
  language: string;
  image?: string;
  attachments?: { url: string; mime_type: string }[];
  _dateline?: { credit: string; caption?: string };
}

export interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  authors: { name: string }[];
  items: JsonFeedItem[];
}

export function jsonFeed(feed: FeedDefinition, site: Pick<Site, "name" | "url" | "pathPrefix" | "lang">): JsonFeed {
  return {
    version: JSON_FEED_VERSION,
    title: feed.title,
    home_page_url: absoluteUrl(site, feed.home),
    feed_url: absoluteUrl(site, feed.json),
    language: feed.lang,
    authors: [{ name: feed.publisher }],
    items: feed.articles.map((article) => jsonFeedItem(feedEntry(article, site))),
  };
}

function jsonFeedItem(entry: FeedEntry): JsonFeedItem {
  const picture = entry.picture;
  return dropUndefined<JsonFeedItem>({
    id: entry.id,
    url: entry.url,
    title: entry.title,
    summary: entry.summary,
    content_text: entry.summary ?? entry.title,
    date_published: entry.published,
    date_modified: entry.updated,
    authors: entry.authors.length > 0 ? entry.authors.map((name) => ({ name })) : undefined,
    tags: entry.tags.length > 0 ? entry.tags : undefined,
    language: entry.lang,
    image: picture?.url,
    attachments: picture?.mimeType ? [{ url: picture.url, mime_type: picture.mimeType }] : undefined,
    _dateline: picture ? dropUndefined({ credit: picture.credit, caption: picture.caption }) : undefined,
  });
}

/** The feed as the file holds it. */
export function jsonFeedText(feed: JsonFeed): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}
