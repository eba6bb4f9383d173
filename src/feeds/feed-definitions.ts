// Every feed the site publishes: one for the whole site and one per section (an empty section
// still gets its feeds, so a subscription made today keeps working), each with its newest articles.
import type { DateTime } from "luxon";
import { listingUrl } from "../collections/pagination.ts";
import type { Article } from "../model/types.ts";
import type { Site } from "../site.ts";
import { sectionFeeds, siteFeeds, type FeedLinks } from "./feed-urls.ts";
import { newestChange } from "../iso-time.ts";

/** How many articles each feed carries. */
export const FEED_SIZE = 50;

export interface FeedDefinition extends FeedLinks {
  /** The HTML page the feed follows: `/` or the section's first listing page. */
  home: string;
  /** Newest first, at most FEED_SIZE. */
  articles: Article[];
  /** The latest change among its articles; the build time for an empty feed. */
  updated: DateTime;
}

/** `articles` must be newest first, as the newsroom gives them. */
export function feedDefinitions(articles: readonly Article[], site: Pick<Site, "name" | "sections">, builtAt: DateTime): FeedDefinition[] {
  const bySection = new Map<string, Article[]>(site.sections.map((section) => [section.slug, []]));
  for (const article of articles) {
    const list = bySection.get(article.section);
    if (list && list.length < FEED_SIZE) list.push(article);
  }
  const feed = (links: FeedLinks, home: string, latest: Article[]): FeedDefinition => ({ ...links, home, articles: latest, updated: newestChange(latest, builtAt) });
  return [
    feed(siteFeeds(site.name), "/", articles.slice(0, FEED_SIZE)),
    ...site.sections.map((section) => feed(sectionFeeds(site.name, { slug: section.slug, title: section.name }), listingUrl("section", section.slug), bySection.get(section.slug) ?? [])),
  ];
}
