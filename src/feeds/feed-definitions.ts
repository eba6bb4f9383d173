// Every feed the site publishes: one for the whole site and one per section (an empty section
// still gets its feeds, so a subscription made today keeps working), each with its newest articles.
import type { DateTime } from "luxon";
import { listingUrl } from "../collections/pagination.ts";
import type { Article } from "../model/types.ts";
import { sectionNameIn, type Site } from "../site.ts";
import { sectionFeeds, siteFeeds, type FeedEdition, type FeedLinks } from "./feed-urls.ts";
import { editionOf } from "../i18n/editions.ts";
import { newestChange } from "../iso-time.ts";
import type { NewsroomData } from "../eleventy/prepare-newsroom.ts";

/** How many articles each feed carries. */
export const FEED_SIZE = 50;

export interface FeedDefinition extends FeedLinks {
  /** The site's name as the feed's edition prints it: the author of entries without a byline. */
  publisher: string;
  /** The HTML page the feed follows: `/` or the section's first listing page. */
  home: string;
  /** Newest first, at most FEED_SIZE. */
  articles: Article[];
  /** The latest change among its articles; the build time for an empty feed. */
  updated: DateTime;
}

/** `articles` (the edition's) must be newest first, as the newsroom gives them; the site's own edition unless another is given. */
export function feedDefinitions(articles: readonly Article[], site: Pick<Site, "name" | "sections" | "lang">, builtAt: DateTime, edition: FeedEdition = editionOf(site, site.lang)): FeedDefinition[] {
  const bySection = new Map<string, Article[]>(site.sections.map((section) => [section.slug, []]));
  for (const article of articles) {
    const list = bySection.get(article.section);
    if (list && list.length < FEED_SIZE) list.push(article);
  }
  const feed = (links: FeedLinks, home: string, latest: Article[]): FeedDefinition => ({ ...links, publisher: edition.name, home, articles: latest, updated: newestChange(latest, builtAt) });
  return [
    feed(siteFeeds(edition), `${edition.prefix}/`, articles.slice(0, FEED_SIZE)),
    ...site.sections.map((section) =>
      feed(sectionFeeds(edition, { slug: section.slug, title: sectionNameIn(section, edition.lang) }), listingUrl("section", section.slug, 1, edition.prefix), bySection.get(section.slug) ?? []),
    ),
  ];
}

/** Every feed of every edition, each from the edition's own articles. */
export function editionFeeds({ collections, site, builtAt, i18n }: Pick<NewsroomData, "collections" | "site" | "builtAt" | "i18n">): FeedDefinition[] {
  return i18n.editions.flatMap((edition) => feedDefinitions(collections.editions[edition.lang]?.articles ?? [], site, builtAt, edition));
}
