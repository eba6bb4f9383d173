// Which paginated pages a build renders. A production build renders every page. A preview
// rebuild renders only the pages whose content changed since the last build: the articles the
// model made anew (edited sources), the articles whose related list changed or shows one of
// them, and the listing and credits pages whose articles changed or moved. With 10,000 articles
// a full rebuild takes seconds; editing one article re-renders a few dozen pages.
//
// Eleventy's incremental mode cannot do this: our pages are paginated over data, which it
// re-renders whole. So the templates paginate over this selection instead of the full lists.
import type { Article } from "../model/types.ts";
import type { CreditsPage } from "../collections/credits-pages.ts";
import type { ListingPage } from "../collections/pagination.ts";
import type { SiteCollections } from "../collections/site-collections.ts";

export interface RenderSelection {
  articles: Article[];
  listings: ListingPage[];
  creditsPages: CreditsPage[];
  creditNamePages: CreditsPage[];
  /** Whether this is every page (a first or production build, or a change that touches every page). */
  everything: boolean;
}

/** What a build made, as far as choosing the next build's pages needs it. */
export interface BuiltPages {
  articles: readonly Article[];
  collections: SiteCollections;
  /** Ids of the articles the model made anew in this build. */
  changed: ReadonlySet<string>;
  /**
   * Everything every page shows besides its own content (settings, the problems banner, pages,
   * reactions): when it differs from the last build's, every page is rendered.
   */
  everyPage: string;
}

export function everything({ articles, collections }: BuiltPages): RenderSelection {
  return { articles: [...articles], listings: collections.listings, creditsPages: collections.credits.pages, creditNamePages: collections.credits.namePages, everything: true };
}

/** The pages of `next` that differ from `previous`'s; every page when there is no previous build. */
export function changedPages(previous: BuiltPages | undefined, next: BuiltPages): RenderSelection {
  if (!previous || previous.everyPage !== next.everyPage) return everything(next);
  const before = new Map(previous.articles.map((article) => [article.id, article]));
  const after = new Map(next.articles.map((article) => [article.id, article]));
  const changed = new Set(next.changed);
  // An article that went away changes the pages that listed it.
  for (const id of before.keys()) if (!after.has(id)) changed.add(id);
  const changedUrls = new Set([...changed].flatMap((id) => [before.get(id)?.url, after.get(id)?.url]).filter((url): url is string => url !== undefined));

  const relatedIds = (collections: SiteCollections, id: string) => (collections.related[id] ?? []).map((other) => other.id).join(" ");
  const articles = next.articles.filter(
    (article) =>
      changed.has(article.id) ||
      !before.has(article.id) ||
      relatedIds(previous.collections, article.id) !== relatedIds(next.collections, article.id) ||
      (next.collections.related[article.id] ?? []).some((other) => changed.has(other.id)),
  );
  return {
    articles,
    listings: differing(previous.collections.listings, next.collections.listings, listingKey, (page) => page.articles.some((article) => changed.has(article.id))),
    creditsPages: differing(previous.collections.credits.pages, next.collections.credits.pages, creditsKey, (page) => showsAny(page, changedUrls)),
    creditNamePages: differing(previous.collections.credits.namePages, next.collections.credits.namePages, creditsKey, (page) => showsAny(page, changedUrls)),
    everything: false,
  };
}

/** URLs of pages that were written last time and are not any more (an article deleted or moved). */
export function vanishedUrls(previous: BuiltPages | undefined, next: BuiltPages): string[] {
  if (!previous) return [];
  const now = new Set(slicedPageUrls(next));
  return slicedPageUrls(previous).filter((url) => !now.has(url));
}

/** Every article, listing and credits page a build has. */
function slicedPageUrls({ articles, collections }: BuiltPages): string[] {
  return [articles, collections.listings, collections.credits.pages, collections.credits.namePages].flatMap((pages: readonly { url: string }[]) => pages.map((page) => page.url));
}

/** Pages of `next` that are new, whose key differs from the same URL's last time, or that `touched` says show a change. */
function differing<T extends { url: string }>(previous: readonly T[], next: readonly T[], key: (page: T) => string, touched: (page: T) => boolean): T[] {
  const before = new Map(previous.map((page) => [page.url, key(page)]));
  return next.filter((page) => before.get(page.url) !== key(page) || touched(page));
}

// A page's key is worked out once: the last build's pages are compared again on every rebuild.
const keys = new WeakMap<object, string>();

function keyOf<T extends object>(page: T, make: (page: T) => (string | number)[]): string {
  let key = keys.get(page);
  if (key === undefined) keys.set(page, (key = make(page).join("\n")));
  return key;
}

function listingKey(page: ListingPage): string {
  return keyOf(page, (listing) => [listing.title, listing.pageCount, listing.total, ...listing.articles.map((article) => article.id)]);
}

function creditsKey(page: CreditsPage): string {
  return keyOf(page, (credits) => [credits.title, credits.pageCount, credits.total, ...credits.pictures.flatMap((picture) => [picture.src, picture.credit, ...picture.articles.map((article) => article.url)])]);
}

function showsAny(page: CreditsPage, urls: ReadonlySet<string>): boolean {
  return page.pictures.some((picture) => picture.articles.some((article) => urls.has(article.url)));
}
