// The credits index and each name's credits, cut into pages at stable URLs like the listing
// pages: `/credits/`, `/credits/page/2/`; `/credits/afp/`, `/credits/afp/page/2/`.
//
// A page holds a fixed number of (picture, article) entries, not of pictures. Counting pictures
// would leave a page unbounded: a wire photo used in thousands of articles would list thousands of
// links on one page. Capping the links per picture ("and 4,000 more") would bound it but drop the
// record of where a picture ran, which is what the credits pages are for (answering a photographer
// or agency about every use). So a picture with more uses than a page holds continues on the next
// page, shown again with the rest of its articles, and every use stays listed somewhere.
import type { CreditedArticle, CreditedPicture, CreditLink } from "./credits.ts";
import { cutIntoPages } from "./pagination.ts";

/**
 * (Picture, article) entries per page. A credits page is a contact sheet of 8rem thumbnails: its
 * heaviest page, 40 different pictures each used once, is about 50 KB of HTML (~1.2 KB a picture),
 * the weight of a feed; a picture's further uses are one line each (~0.2 KB). The listings'
 * `pageSize` (8 articles) would make a contact sheet of hundreds of pages.
 */
export const CREDITS_PAGE_SIZE = 40;

export interface CreditsPage {
  /** What readers see as the heading: "Picture credits", or the photographer's or agency's name. */
  title: string;
  /** For a name's pages, the credits index they belong to; the index's own pages have none. */
  parent?: CreditLink;
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  /** How many pictures the whole list has, over all its pages. */
  total: number;
  /** This page's pictures, each with the articles listed on this page (newest first). */
  pictures: CreditedPicture[];
  url: string;
  firstUrl: string;
  previousUrl?: string;
  nextUrl?: string;
}

/**
 * `pictures` in the order they are listed; each has at least one article (creditsIndex makes a
 * picture only when an article shows it). An empty list still gets its first page.
 */
export function creditsPages(title: string, firstUrl: string, pictures: readonly CreditedPicture[], pageSize = CREDITS_PAGE_SIZE, parent?: CreditLink): CreditsPage[] {
  return cutIntoPages(uses(pictures), pageSize, firstUrl).map(({ items, ...cut }) => ({
    title,
    ...(parent ? { parent } : {}),
    total: pictures.length,
    pictures: regroup(items),
    ...cut,
  }));
}

interface Use {
  picture: CreditedPicture;
  article: CreditedArticle;
}

function uses(pictures: readonly CreditedPicture[]): Use[] {
  return pictures.flatMap((picture) => picture.articles.map((article) => ({ picture, article })));
}

/** A page's uses back into pictures: a picture cut by a page break keeps only this page's articles. */
function regroup(onPage: readonly Use[]): CreditedPicture[] {
  const pictures: CreditedPicture[] = [];
  let current: { from: CreditedPicture; shown: CreditedPicture } | undefined;
  for (const { picture, article } of onPage) {
    if (current?.from !== picture) {
      current = { from: picture, shown: { ...picture, articles: [] } };
      pictures.push(current.shown);
    }
    current.shown.articles.push(article);
  }
  return pictures;
}
