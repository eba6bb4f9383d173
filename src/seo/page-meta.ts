// What a page tells search engines and sharing cards: title, description, canonical URL,
// OpenGraph and Twitter fields, feed links and, for listings, rel=prev/next and JSON-LD.
// Built from the model here so every layout prints the same fields the same way.
import type { ListingPage } from "../collections/pagination.ts";
import { sectionFeeds, siteFeeds, type FeedLinks } from "../feeds/feed-urls.ts";
import type { Article } from "../model/types.ts";
import { articleFigures } from "../model/figures.ts";
import { shareFile } from "../images/picture-files.ts";
import type { Site } from "../site.ts";
import { isoTime } from "../iso-time.ts";
import { absoluteUrl } from "../urls.ts";
import { listingJsonLd } from "../json-ld/listing.ts";
import { summaryText } from "../summary-text.ts";

export interface PageMeta {
  /** The whole <title>. */
  title: string;
  description: string;
  canonical: string;
  ogType: "article" | "website";
  image?: { url: string; alt: string; width?: number; height?: number };
  published?: string;
  modified?: string;
  section?: string;
  tags: string[];
  previous?: string;
  next?: string;
  feeds: FeedLinks[];
  /** Extra JSON-LD for the page (listings); article pages carry their own NewsArticle. */
  jsonLd?: unknown;
}

const DESCRIPTION_LENGTH = 200;

export function articleMeta(article: Article, site: Site): PageMeta {
  const section = site.sections.find((candidate) => candidate.slug === article.section);
  const meta: PageMeta = {
    title: `${article.headline} — ${site.name}`,
    description: clip(summaryText(article) ?? article.headline),
    canonical: absoluteUrl(site, article.url),
    ogType: "article",
    published: isoTime(article.published),
    section: section?.name ?? article.section,
    tags: article.tags,
    feeds: [siteFeeds(site.name), ...(section ? [sectionFeeds(site.name, { slug: section.slug, title: section.name })] : [])],
  };
  if (article.updated) meta.modified = isoTime(article.updated);
  const picture = articleFigures(article).find((figure) => figure.src);
  const file = picture && shareFile(picture);
  if (picture && file) {
    meta.image = { url: absoluteUrl(site, file.url), alt: picture.alt };
    if (file.width) meta.image.width = file.width;
    if (file.height) meta.image.height = file.height;
  }
  return meta;
}

export function listingMeta(listing: ListingPage, heading: string, site: Site): PageMeta {
  const page = listing.pageNumber > 1 ? ` (page ${listing.pageNumber})` : "";
  const meta: PageMeta = {
    title: `${heading}${page} — ${site.name}`,
    description: clip(`${heading}: the latest articles from ${site.name}.`),
    canonical: absoluteUrl(site, listing.url),
    ogType: "website",
    tags: [],
    feeds: [siteFeeds(site.name), ...(listing.kind === "section" ? [sectionFeeds(site.name, listing)] : [])],
    jsonLd: listingJsonLd(listing, heading, site),
  };
  if (listing.previousUrl) meta.previous = absoluteUrl(site, listing.previousUrl);
  if (listing.nextUrl) meta.next = absoluteUrl(site, listing.nextUrl);
  return meta;
}

/** A page of the site that is neither an article nor a listing: front page, indexes, 404. */
export function plainMeta(site: Site, path: string, title: string | undefined, description: string): PageMeta {
  return {
    title: title ? `${title} — ${site.name}` : site.name,
    description: clip(description),
    canonical: absoluteUrl(site, path),
    ogType: "website",
    tags: [],
    feeds: [siteFeeds(site.name)],
  };
}

function clip(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= DESCRIPTION_LENGTH) return clean;
  const cut = clean.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`;
}
