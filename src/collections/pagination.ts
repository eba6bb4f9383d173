// Listing pages: a group's articles cut into pages at stable URLs,
// `/section/world/`, `/section/world/page/2/`, each knowing its neighbours.
import type { Article } from "../model/types.ts";
import type { Group } from "./groups.ts";

export type ListingKind = "section" | "tag" | "author" | "month";

export interface ListingPage {
  kind: ListingKind;
  slug: string;
  title: string;
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

export function listingUrl(kind: ListingKind, slug: string, pageNumber = 1): string {
  const base = `${LISTING_PATHS[kind]}${slug}/`;
  return pageNumber === 1 ? base : `${base}page/${pageNumber}/`;
}

/** One page per `pageSize` articles; an empty group still gets its first page. */
export function paginate(kind: ListingKind, group: Group, pageSize: number): ListingPage[] {
  const pageCount = Math.max(1, Math.ceil(group.articles.length / pageSize));
  const pages: ListingPage[] = [];
  for (let index = 0; index < pageCount; index++) {
    const pageNumber = index + 1;
    const page: ListingPage = {
      kind,
      slug: group.slug,
      title: group.title,
      pageNumber,
      pageCount,
      total: group.articles.length,
      articles: group.articles.slice(index * pageSize, pageNumber * pageSize),
      url: listingUrl(kind, group.slug, pageNumber),
      firstUrl: listingUrl(kind, group.slug),
    };
    if (pageNumber > 1) page.previousUrl = listingUrl(kind, group.slug, pageNumber - 1);
    if (pageNumber < pageCount) page.nextUrl = listingUrl(kind, group.slug, pageNumber + 1);
    pages.push(page);
  }
  return pages;
}
