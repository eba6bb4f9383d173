// Everything the listing pages, the front page and the article pages' "related" need,
// computed once per build from the published articles (newest first). Each edition (a language
// of the site, src/i18n/editions.ts) has its own sections, tags, authors, months and front page,
// from its own articles, at addresses under its prefix; related articles and picture credits
// are the site's.
import type { DateTime } from "luxon";
import type { Article } from "../model/types.ts";
import type { Site } from "../site.ts";
import { groupByAuthor, groupByMonth, groupBySection, groupByTag, type Group } from "./groups.ts";
import { listingUrl, paginate, type ListingKind, type ListingPage } from "./pagination.ts";
import { RelatedMemo, relatedArticles } from "./related.ts";
import { creditsIndex, type CreditsIndex } from "./credits.ts";
import { CREDITS_PAGE_SIZE } from "./credits-pages.ts";
import { editionsOf, editionFor, type Edition } from "../i18n/editions.ts";
import { translationsOf } from "./translations.ts";
import { inLanguageFirst } from "./language-first.ts";

export interface GroupSummary {
  slug: string;
  title: string;
  /** A month's: a time in it, for pages to name in their language. */
  month?: DateTime;
  url: string;
  count: number;
}

export interface FrontPage {
  lead?: Article;
  sections: (GroupSummary & { articles: Article[] })[];
}

export interface ArchiveYear {
  year: string;
  months: GroupSummary[];
}

/** What an edition's own pages list: its front page, masthead, topics, archive and feeds. */
export interface EditionCollections {
  lang: string;
  prefix: string;
  /** The edition's articles, newest first. */
  articles: Article[];
  sections: GroupSummary[];
  tags: GroupSummary[];
  authors: GroupSummary[];
  front: FrontPage;
  archive: ArchiveYear[];
}

export interface SiteCollections {
  /** By the edition's language, the site's own first. */
  editions: Record<string, EditionCollections>;
  /** Every listing page of every kind and edition, for the one paginated listing template. */
  listings: ListingPage[];
  /** Related articles by article id. */
  related: Record<string, Article[]>;
  /** By article id, the same story in other languages (src/collections/translations.ts). */
  translations: Record<string, Article[]>;
  /** Every picture with its credit, and a page per name in the credits. */
  credits: CreditsIndex;
}

/** `related` keeps related lists between preview rebuilds (see RelatedMemo). */
export function buildCollections(articles: readonly Article[], site: Site, related?: RelatedMemo): SiteCollections {
  const editions = editionsOf(site);
  const byEdition = new Map<Edition, Article[]>(editions.map((edition) => [edition, []]));
  for (const article of articles) byEdition.get(editionFor(editions, article.lang))!.push(article);
  const built = editions.map((edition) => editionCollections(edition, byEdition.get(edition)!, site));
  // Related articles are looked for across the site: a story's best match may be in another language.
  const tags = groupByTag(articles);
  const sections = groupBySection(articles, site);
  return {
    editions: Object.fromEntries(built.map(({ collections }) => [collections.lang, collections])),
    listings: built.flatMap((edition) => edition.listings),
    related: Object.fromEntries(related ? related.related(articles, tags, sections, site.relatedCount) : relatedArticles(articles, tags, sections, site.relatedCount)),
    translations: translationsOf(articles),
    credits: creditsIndex(articles, CREDITS_PAGE_SIZE, site.slugs),
  };
}

function editionCollections(edition: Edition, articles: Article[], site: Site): { collections: EditionCollections; listings: ListingPage[] } {
  const sections = groupBySection(articles, site, edition.lang);
  const tags = groupByTag(articles);
  const authors = groupByAuthor(articles);
  const months = groupByMonth(articles, edition);
  const lead = articles[0];
  const summary = (kind: ListingKind, group: Group): GroupSummary => ({
    slug: group.slug,
    title: group.title,
    ...(group.month ? { month: group.month } : {}),
    url: listingUrl(kind, group.slug, 1, edition.prefix),
    count: group.articles.length,
  });
  const years = new Map<string, GroupSummary[]>();
  for (const month of months) {
    const year = month.slug.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), summary("month", month)]);
  }
  return {
    collections: {
      lang: edition.lang,
      prefix: edition.prefix,
      articles,
      sections: sections.map((group) => summary("section", group)),
      tags: tags.map((group) => summary("tag", group)),
      authors: authors.map((group) => summary("author", group)),
      front: {
        lead,
        sections: sections
          // The edition's own language first: a story in a language without an edition of its own sits in the site's.
          .map((group) => ({ ...summary("section", group), articles: inLanguageFirst(group.articles.filter((article) => article !== lead), edition.lang, site.frontSectionSize) }))
          .filter((section) => section.articles.length > 0),
      },
      archive: [...years].map(([year, entries]) => ({ year, months: entries })),
    },
    listings: [
      ...sections.flatMap((group) => paginate("section", group, site.pageSize, edition)),
      ...tags.flatMap((group) => paginate("tag", group, site.pageSize, edition)),
      ...authors.flatMap((group) => paginate("author", group, site.pageSize, edition)),
      ...months.flatMap((group) => paginate("month", group, site.pageSize, edition)),
    ],
  };
}
