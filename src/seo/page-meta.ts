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
import type { PageLanguage } from "../i18n/page-language.ts";

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

/** The words a page's metadata needs: its language's messages and its edition. */
type MetaWords = Pick<PageLanguage, "t" | "edition" | "section" | "url">;

export function articleMeta(article: Article, site: Site, ui: MetaWords): PageMeta {
  const section = site.sections.find((candidate) => candidate.slug === article.section);
  const edition = ui.edition;
  const meta: PageMeta = {
    title: ui.t("page.titled", { title: article.headline, site: edition.name }),
    description: clip(summaryText(article) ?? article.headline),
    canonical: absoluteUrl(site, article.url),
    ogType: "article",
    published: isoTime(article.published),
    section: section ? ui.section(section.slug) : article.section,
    tags: article.tags,
    feeds: [siteFeeds(edition), ...(section ? [sectionFeeds(edition, { slug: section.slug, title: ui.section(section.slug) })] : [])],
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

export function listingMeta(listing: ListingPage, heading: string, site: Site, ui: MetaWords): PageMeta {
  const edition = ui.edition;
  const title = listing.pageNumber > 1 ? ui.t("page.titledPage", { title: heading, page: listing.pageNumber, site: edition.name }) : ui.t("page.titled", { title: heading, site: edition.name });
  const meta: PageMeta = {
    title,
    description: clip(ui.t("listing.description", { title: heading, site: edition.name })),
    canonical: absoluteUrl(site, listing.url),
    ogType: "website",
    tags: [],
    feeds: [siteFeeds(edition), ...(listing.kind === "section" ? [sectionFeeds(edition, listing)] : [])],
    jsonLd: listingJsonLd(listing, heading, site, ui),
  };
  if (listing.previousUrl) meta.previous = absoluteUrl(site, listing.previousUrl);
  if (listing.nextUrl) meta.next = absoluteUrl(site, listing.nextUrl);
  return meta;
}

/** A page of the site that is neither an article nor a listing: front page, indexes, 404. */
export function plainMeta(site: Site, path: string, title: string | undefined, description: string, ui: MetaWords): PageMeta {
  return {
    title: title ? ui.t("page.titled", { title, site: ui.edition.name }) : ui.edition.name,
    description: clip(description),
    canonical: absoluteUrl(site, path),
    ogType: "website",
    tags: [],
    feeds: [siteFeeds(ui.edition)],
  };
}

function clip(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= DESCRIPTION_LENGTH) return clean;
  const cut = clean.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`;
}
