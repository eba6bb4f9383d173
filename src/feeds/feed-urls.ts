// Where the feeds live: one Atom and one JSON Feed for each edition (the site's own at the root,
// another under its prefix, `/ar/feed.xml`), and one of each per section of each edition.
import type { Edition } from "../i18n/editions.ts";

export interface FeedLinks {
  title: string;
  /** The language of the edition the feed follows. */
  lang: string;
  atom: string;
  json: string;
}

/** What a feed needs of its edition. */
export type FeedEdition = Pick<Edition, "name" | "prefix" | "lang">;

export function siteFeeds(edition: FeedEdition): FeedLinks {
  return { title: edition.name, lang: edition.lang, atom: `${edition.prefix}/feed.xml`, json: `${edition.prefix}/feed.json` };
}

export function sectionFeeds(edition: FeedEdition, section: { slug: string; title: string }): FeedLinks {
  const folder = `${edition.prefix}/section/${section.slug}`;
  return { title: `${edition.name}: ${section.title}`, lang: edition.lang, atom: `${folder}/feed.xml`, json: `${folder}/feed.json` };
}
