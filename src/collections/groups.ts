// Taxonomy built once from the published articles: sections, tags, authors and months.
// Each group keeps its articles newest first (the order they arrive in), so no page re-sorts.
import { urlSegment } from "../model/slug.ts";
import type { Article } from "../model/types.ts";
import type { Site } from "../site.ts";

export interface Group {
  /** Stable key used in URLs. */
  slug: string;
  /** What readers see: the section's name, the tag as first spelled, the author's name, "November 2026". */
  title: string;
  articles: Article[];
}

/** Every section of the site, in masthead order, including sections with no articles yet. */
export function groupBySection(articles: readonly Article[], site: Site): Group[] {
  const groups = new Map(site.sections.map((section) => [section.slug, { slug: section.slug, title: section.name, articles: [] as Article[] }]));
  for (const article of articles) groups.get(article.section)?.articles.push(article);
  return [...groups.values()];
}

/** Tags by slug, so "Climate" and "climate" are one tag; titled by the first spelling met. Sorted by title. */
export function groupByTag(articles: readonly Article[]): Group[] {
  const groups = new Map<string, Group>();
  for (const article of articles) {
    // Two spellings of one tag on one article ("Climate", "climate") list the article once;
    // checked per article, not by searching the group, which grew with the square of the archive.
    const seen = new Set<string>();
    for (const tag of article.tags) {
      // A tag with no letters or digits has no page (address-problems.ts warns of it).
      const segment = urlSegment("tag", tag);
      if (!segment.ok || seen.has(segment.slug)) continue;
      const slug = segment.slug;
      seen.add(slug);
      const group = groups.get(slug) ?? { slug, title: tag, articles: [] };
      group.articles.push(article);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.title.localeCompare(b.title));
}

/** Bylined people by slug, sorted by name. */
export function groupByAuthor(articles: readonly Article[]): Group[] {
  const groups = new Map<string, Group>();
  for (const article of articles) {
    for (const person of article.byline) {
      const group = groups.get(person.slug) ?? { slug: person.slug, title: person.name, articles: [] };
      group.articles.push(article);
      groups.set(person.slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * Months by the publication date in each article's own zone (the date its page shows),
 * newest month first. The slug is `2026/11`, the month archive's path.
 */
export function groupByMonth(articles: readonly Article[], lang: string): Group[] {
  const groups = new Map<string, Group>();
  for (const article of articles) {
    const slug = article.published.toFormat("yyyy/LL");
    const group = groups.get(slug) ?? { slug, title: article.published.setLocale(lang).toFormat("LLLL yyyy"), articles: [] };
    group.articles.push(article);
    groups.set(slug, group);
  }
  return [...groups.values()].sort((a, b) => b.slug.localeCompare(a.slug));
}
