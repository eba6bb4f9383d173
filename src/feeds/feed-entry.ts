// One article as both feed formats carry it: absolute URLs, ISO times with offsets, plain text.
// atom.ts and json-feed.ts only lay this out, so the two formats cannot disagree.
import type { Article } from "../model/types.ts";
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";
import { isoTime, lastChange } from "../iso-time.ts";
import { shareFile } from "../images/picture-files.ts";
import { summaryText } from "../summary-text.ts";

export interface FeedPicture {
  url: string;
  /** Undefined when neither a rendition nor the file's extension says. */
  mimeType?: string;
  alt: string;
  caption?: string;
  credit: string;
  width?: number;
  height?: number;
}

export interface FeedEntry {
  /** A stable URI: the article's absolute URL. */
  id: string;
  url: string;
  title: string;
  lang: string;
  published: string;
  /** The article's update, else its publication. */
  updated: string;
  authors: string[];
  tags: string[];
  summary?: string;
  /** The lead picture, when it has a file. */
  picture?: FeedPicture;
}

export function feedEntry(article: Article, site: Pick<Site, "url" | "pathPrefix">): FeedEntry {
  const url = absoluteUrl(site, article.url);
  const entry: FeedEntry = {
    id: url,
    url,
    title: article.headline,
    lang: article.lang,
    published: isoTime(article.published),
    updated: isoTime(lastChange(article)),
    authors: article.byline.map((person) => person.name),
    tags: article.tags,
  };
  const summary = summaryText(article);
  if (summary) entry.summary = summary;
  const lead = article.lead;
  // A local photo travels as its ~1200 px derivative: the original is not published.
  const file = lead && shareFile(lead);
  if (lead && file) {
    const picture: FeedPicture = { url: absoluteUrl(site, file.url), alt: lead.alt, credit: lead.credit };
    if (file.mimeType) picture.mimeType = file.mimeType;
    if (lead.caption) picture.caption = lead.caption;
    if (file.width) picture.width = file.width;
    if (file.height) picture.height = file.height;
    entry.picture = picture;
  }
  return entry;
}
