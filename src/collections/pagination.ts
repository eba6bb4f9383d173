// Listing pages: a group's articles cut into pages at stable URLs,
// `/section/world/`, `/section/world/page/2/`, each knowing its neighbours.
import type { DateTime } from "luxon";
import type { Article } from "../model/types.ts";
import type { Group } from "./groups.ts";
import type { Edition } from "../i18n/editions.ts";

export type ListingKind = "section" | "tag" | "author" | "month";

export interface ListingPage {
  kind: ListingKind;
  /** The language of the edition the page belongs to: its words and its `lang`. */
  lang: string;
  slug: string;
  title: string;
  /** A month's page: a time in that month (see Group). */
  month?: DateTime;
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  /** How many articles the whole group has. */
  total: number;
  articles: Article[];
  url: string;
  firstUrl: string;
  previousUrl?: string;
  nextUrl?: string;
}

export const LISTING_PATHS: Readonly<Record<ListingKind, string>> = {
  section: "/section/",
  tag: "/tag/",
  author: "/author/",
  month: "/archive/",
};

/** `prefix` is the edition's (`/ar`), empty for the site's own language. */
export function listingUrl(kind: ListingKind, slug: string, pageNumber = 1, prefix = ""): string {
  return pageUrl(`${prefix}${LISTING_PATHS[kind]}${slug}/`, pageNumber);
}

/** `/section/world/` → `/section/world/page/3/`; page 1 is the list's own URL. */
export function pageUrl(firstUrl: string, pageNumber: number): string {
  return pageNumber === 1 ? firstUrl : `${firstUrl}page/${pageNumber}/`;
}

/** One page of any list: its items, its number and its neighbours' URLs. */
export interface PageCut<T> {
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  items: T[];
  url: string;
  firstUrl: string;
  previousUrl?: string;
  nextUrl?: string;
}

/** One page per `pageSize` items at `firstUrl`, `firstUrl/page/2/`, …; an empty list still gets its first page. */
export function cutIntoPages<T>(items: readonly T[], pageSize: number, firstUrl: string): PageCut<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`A page size must be a whole number of at least 1, not ${pageSize}`);
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    const page: PageCut<T> = { pageNumber, pageCount, items: items.slice(index * pageSize, pageNumber * pageSize), url: pageUrl(firstUrl, pageNumber), firstUrl };
    if (pageNumber > 1) page.previousUrl = pageUrl(firstUrl, pageNumber - 1);
    if (pageNumber < pageCount) page.nextUrl = pageUrl(firstUrl, pageNumber + 1);
    return page;
  });
}

/** One listing page per `pageSize` articles of a group, in `edition` (the site's own when not given). */
export function paginate(kind: ListingKind, group: Group, pageSize: number, edition: Pick<Edition, "lang" | "prefix">): ListingPage[] {
  return cutIntoPages(group.articles, pageSize, listingUrl(kind, group.slug, 1, edition.prefix)).map(({ items, ...cut }) => ({
    kind,
    lang: edition.lang,
    slug: group.slug,
    title: group.title,
    ...(group.month ? { month: group.month } : {}),
    total: group.articles.length,
    articles: items,
    ...cut,
  }));
}
