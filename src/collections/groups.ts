// Taxonomy built once from the published articles: sections, tags, authors and months.
// Each group keeps its articles newest first (the order they arrive in), so no page re-sorts.
import { slugFor } from "../model/slug.ts";
import { tagPageName, tagSlug } from "../model/tag-aliases.ts";
import type { DateTime } from "luxon";
import type { Article } from "../model/types.ts";
import { sectionNameIn, type Site } from "../site.ts";
import type { Edition } from "../i18n/editions.ts";

export interface Group {
  /** Stable key used in URLs. */
  slug: string;
  /** What readers see: the section's name, the tag as first spelled, the author's name, "November 2026". */
  title: string;
  /** A month's group: a time in that month, which pages name in their own language (PageLanguage#heading). */
  month?: DateTime;
  articles: Article[];
}

/** Every section of the site, in masthead order, including sections with no articles yet; named in `lang` (an edition's). */
export function groupBySection(articles: readonly Article[], site: Site, lang = site.lang): Group[] {
  const groups = new Map(site.sections.map((section) => [section.slug, { slug: section.slug, title: sectionNameIn(section, lang), articles: [] as Article[] }]));
  for (const article of articles) groups.get(article.section)?.articles.push(article);
  return [...groups.values()];
}

/**
 * Tags by the slug the model gave their pages (Article.tagSlugs), so "Climate" and "climate" are
 * one tag, and the spellings _data/tag-spellings.ts joins (`لبنان`, "Lebanon") too. Sorted by
 * title; see Titles for the title.
 */
export function groupByTag(articles: readonly Article[]): Group[] {
  const groups = new Map<string, Group>();
  const titles = new Titles();
  for (const article of articles) {
    // Two spellings of one tag on one article ("Climate", "climate") list the article once;
    // checked per article, not by searching the group, which grew with the square of the archive.
    const seen = new Set<string>();
    for (const tag of article.tags) {
      // A tag with no letters or digits has no page (address-problems.ts warns of it).
      const slug = tagSlug(article, tag);
      if (slug === undefined || seen.has(slug)) continue;
      seen.add(slug);
      const page = tagPageName(article, tag);
      const group = groups.get(slug) ?? { slug, title: page, articles: [] };
      titles.meet(slug, page, tag);
      group.articles.push(article);
      groups.set(slug, group);
    }
  }
  return titles.apply(groups);
}

/** Bylined people by slug, the spellings _data/authors.ts joins across scripts too; sorted by name (see Titles). */
export function groupByAuthor(articles: readonly Article[]): Group[] {
  const groups = new Map<string, Group>();
  const titles = new Titles();
  for (const article of articles) {
    for (const person of article.byline) {
      const page = person.pageName ?? person.name;
      const group = groups.get(person.slug) ?? { slug: person.slug, title: page, articles: [] };
      titles.meet(person.slug, page, person.name);
      group.articles.push(article);
      groups.set(person.slug, group);
    }
  }
  return titles.apply(groups);
}

/**
 * A tag's or author's page is titled as its articles write it. The name the alias tables give
 * (`Lebanon`, `Rania Haddad`) when some article writes that name, in any case or accents; else
 * the first spelling met. So an edition whose articles all write `لبنان` or `رانيا حداد` titles its
 * page in their script, and the English edition keeps `Lebanon` for stories tagged `lebanon`.
 */
class Titles {
  private readonly firstWritten = new Map<string, string>();
  private readonly ownWritten = new Set<string>();

  meet(slug: string, page: string, written: string): void {
    if (!this.firstWritten.has(slug)) this.firstWritten.set(slug, written);
    if (written === page || slugFor(written) === slugFor(page)) this.ownWritten.add(slug);
  }

  apply(groups: Map<string, Group>): Group[] {
    for (const [slug, group] of groups) if (!this.ownWritten.has(slug)) group.title = this.firstWritten.get(slug) ?? group.title;
    return [...groups.values()].sort((a, b) => a.title.localeCompare(b.title));
  }
}

/**
 * Months by the publication date in each article's own zone (the date its page shows),
 * newest month first. The slug is `2026/11`, the month archive's path.
 */
export function groupByMonth(articles: readonly Article[], edition: Pick<Edition, "lang" | "digits">): Group[] {
  const groups = new Map<string, Group>();
  const locale = { locale: edition.lang, ...(edition.digits ? { numberingSystem: edition.digits } : {}) };
  for (const article of articles) {
    const slug = article.published.toFormat("yyyy/LL");
    // The month as the edition's language names it standing alone ("November 2026", "نوفمبر 2026").
    const group = groups.get(slug) ?? { slug, title: article.published.reconfigure(locale).toLocaleString({ year: "numeric", month: "long" }), month: article.published, articles: [] };
    group.articles.push(article);
    groups.set(slug, group);
  }
  return [...groups.values()].sort((a, b) => b.slug.localeCompare(a.slug));
}
