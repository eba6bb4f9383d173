// Everything the listing pages, the front page and the article pages' "related" need,
// computed once per build from the published articles (newest first).
import type { Article } from "../model/types.ts";
import type { Site } from "../site.ts";
import { groupByAuthor, groupByMonth, groupBySection, groupByTag, type Group } from "./groups.ts";
import { listingUrl, paginate, type ListingPage } from "./pagination.ts";
import { RelatedMemo, relatedArticles } from "./related.ts";
import { creditsIndex, type CreditsIndex } from "./credits.ts";

export interface GroupSummary {
  slug: string;
  title: string;
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

export interface SiteCollections {
  sections: GroupSummary[];
  tags: GroupSummary[];
  authors: GroupSummary[];
  /** Every listing page of every kind, for the one paginated listing template. */
  listings: ListingPage[];
  /** Related articles by article id. */
  related: Record<string, Article[]>;
  front: FrontPage;
  archive: ArchiveYear[];
  /** Every picture with its credit, and a page per name in the credits. */
  credits: CreditsIndex;
}

/** `related` keeps related lists between preview rebuilds (see RelatedMemo). */
export function buildCollections(articles: readonly Article[], site: Site, related?: RelatedMemo): SiteCollections {
  const sections = groupBySection(articles, site);
  const tags = groupByTag(articles);
  const authors = groupByAuthor(articles);
  const months = groupByMonth(articles, site.lang);
  const lead = articles[0];
  return {
    sections: sections.map((group) => summary("section", group)),
    tags: tags.map((group) => summary("tag", group)),
    authors: authors.map((group) => summary("author", group)),
    listings: [
      ...sections.flatMap((group) => paginate("section", group, site.pageSize)),
      ...tags.flatMap((group) => paginate("tag", group, site.pageSize)),
      ...authors.flatMap((group) => paginate("author", group, site.pageSize)),
      ...months.flatMap((group) => paginate("month", group, site.pageSize)),
    ],
    related: Object.fromEntries(related ? related.related(articles, tags, sections, site.relatedCount) : relatedArticles(articles, tags, sections, site.relatedCount)),
    front: {
      lead,
      sections: sections
        .map((group) => ({ ...summary("section", group), articles: group.articles.filter((article) => article !== lead).slice(0, site.frontSectionSize) }))
        .filter((section) => section.articles.length > 0),
    },
    archive: archiveYears(months),
    credits: creditsIndex(articles),
  };
}

function summary(kind: "section" | "tag" | "author" | "month", group: Group): GroupSummary {
  return { slug: group.slug, title: group.title, url: listingUrl(kind, group.slug), count: group.articles.length };
}

function archiveYears(months: readonly Group[]): ArchiveYear[] {
  const years = new Map<string, GroupSummary[]>();
  for (const month of months) {
    const year = month.slug.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), summary("month", month)]);
  }
  return [...years].map(([year, entries]) => ({ year, months: entries }));
}
