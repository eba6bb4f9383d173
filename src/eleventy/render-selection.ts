// Which paginated pages a build renders. A first or full build renders every page. A preview
// rebuild, and a production build publishing in place (src/publish/), render only the pages
// whose content changed since the last build: the articles whose model changed (edited sources),
// the articles whose related list or reader counts changed or that list a changed one as
// related, and the listing and credits pages whose articles changed or moved. With 10,000
// articles a full build takes seconds; editing one article re-renders a few dozen pages.
//
// Eleventy's incremental mode cannot do this: our pages are paginated over data, which it
// re-renders whole. So the templates paginate over this selection instead of the full lists.
import { createHash } from "node:crypto";
import type { Article } from "../model/types.ts";
import type { CreditsPage } from "../collections/credits-pages.ts";
import type { ListingPage } from "../collections/pagination.ts";
import type { SiteCollections } from "../collections/site-collections.ts";
import type { ReactionCounts } from "../comments/load-comments.ts";

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
   * Everything every page shows besides its own content (settings, preview's problems banner,
   * the content pages the footer links to): when it differs from the last build's, every page is
   * rendered.
   */
  everyPage: string;
  /** Readers' Yes/No counts by article id: each article page shows its own. */
  reactions: Readonly<Record<string, ReactionCounts>>;
}

/**
 * What a build's pages were made from, as the next build compares them: per article its URL, the
 * ids of its related articles and (production builds) a signature of its model; per listing and
 * credits page, by URL, the title, counts and articles it shows. A preview keeps the last
 * build's; a production build reads it from the record of the last publish (src/publish/).
 */
export interface PageKeys {
  articles: Map<string, ArticleKey>;
  listings: Map<string, string>;
  creditsPages: Map<string, string>;
  creditNamePages: Map<string, string>;
  everyPage: string;
}

export interface ArticleKey {
  url: string;
  /** The ids of the related articles its page lists, in order. */
  related: string;
  /** The readers' Yes/No counts its page shows. */
  reactions: string;
  /** The ids of the story's versions in other languages, which its page links to. */
  translations: string;
  /** A hash of the article's model (src/publish/article-signatures.ts); absent in preview. */
  signature?: string;
}

export function everything({ articles, collections }: BuiltPages): RenderSelection {
  return { articles: [...articles], listings: collections.listings, creditsPages: collections.credits.pages, creditNamePages: collections.credits.namePages, everything: true };
}

/** The keys of a build's pages; `signatures` (by article id) when the build made them. */
export function pageKeys(built: BuiltPages, signatures?: ReadonlyMap<string, string>): PageKeys {
  const { articles, collections, everyPage } = built;
  const byUrl = <T extends { url: string }>(pages: readonly T[], key: (page: T) => string) => new Map(pages.map((page) => [page.url, key(page)]));
  return {
    articles: new Map(
      articles.map((article) => {
        const key: ArticleKey = { url: article.url, related: relatedIds(collections, article.id), reactions: reactionsOf(built, article.id), translations: translationIds(collections, article.id) };
        const signature = signatures?.get(article.id);
        if (signature !== undefined) key.signature = signature;
        return [article.id, key];
      }),
    ),
    listings: byUrl(collections.listings, listingKey),
    creditsPages: byUrl(collections.credits.pages, creditsKey),
    creditNamePages: byUrl(collections.credits.namePages, creditsKey),
    everyPage,
  };
}

/**
 * The pages of `next` that differ from `previous`'s; every page when there is no previous build.
 * `changed` holds the ids of the articles whose model differs from last time (by default the
 * ones the preview's model made anew).
 */
export function changedPages(previous: PageKeys | undefined, next: BuiltPages, changed: ReadonlySet<string> = next.changed): RenderSelection {
  if (!previous || previous.everyPage !== next.everyPage) return everything(next);
  const before = previous.articles;
  const after = new Map(next.articles.map((article) => [article.id, article]));
  const touched = new Set(changed);
  // An article that went away changes the pages that listed it.
  for (const id of before.keys()) if (!after.has(id)) touched.add(id);
  const touchedUrls = new Set([...touched].flatMap((id) => [before.get(id)?.url, after.get(id)?.url]).filter((url): url is string => url !== undefined));

  const articles = next.articles.filter((article) => {
    const was = before.get(article.id);
    return (
      touched.has(article.id) ||
      was === undefined ||
      was.url !== article.url ||
      was.related !== relatedIds(next.collections, article.id) ||
      was.reactions !== reactionsOf(next, article.id) ||
      was.translations !== translationIds(next.collections, article.id) ||
      (next.collections.related[article.id] ?? []).some((other) => touched.has(other.id)) ||
      // Its page links to each translation by its address and names the original in JSON-LD.
      (next.collections.translations[article.id] ?? []).some((other) => touched.has(other.id))
    );
  });
  return {
    articles,
    listings: differing(previous.listings, next.collections.listings, listingKey, (page) => page.articles.some((article) => touched.has(article.id))),
    creditsPages: differing(previous.creditsPages, next.collections.credits.pages, creditsKey, (page) => showsAny(page, touchedUrls)),
    creditNamePages: differing(previous.creditNamePages, next.collections.credits.namePages, creditsKey, (page) => showsAny(page, touchedUrls)),
    everything: false,
  };
}

/** Articles whose signature differs from last time's, or that are new. */
export function changedSince(previous: PageKeys, signatures: ReadonlyMap<string, string>): Set<string> {
  const changed = new Set<string>();
  for (const [id, signature] of signatures) if (previous.articles.get(id)?.signature !== signature) changed.add(id);
  return changed;
}

/** URLs of pages that were written last time and are not any more (an article deleted or moved). */
export function vanishedUrls(previous: PageKeys | undefined, next: BuiltPages): string[] {
  if (!previous) return [];
  const now = new Set(slicedPageUrls(next));
  const before = [[...previous.articles.values()].map((key) => key.url), previous.listings.keys(), previous.creditsPages.keys(), previous.creditNamePages.keys()].flatMap((urls) => [...urls]);
  return before.filter((url) => !now.has(url));
}

/** Every article, listing and credits page a build has. */
function slicedPageUrls({ articles, collections }: BuiltPages): string[] {
  return [articles, collections.listings, collections.credits.pages, collections.credits.namePages].flatMap((pages: readonly { url: string }[]) => pages.map((page) => page.url));
}

function reactionsOf({ reactions }: BuiltPages, id: string): string {
  const counts = reactions[id];
  return counts ? `${counts.yes} ${counts.no}` : "";
}

function relatedIds(collections: SiteCollections, id: string): string {
  return (collections.related[id] ?? []).map((other) => other.id).join(" ");
}

function translationIds(collections: SiteCollections, id: string): string {
  return (collections.translations[id] ?? []).map((other) => other.id).join(" ");
}

/** Pages of `next` that are new, whose key differs from the same URL's last time, or that `touched` says show a change. */
function differing<T extends { url: string }>(before: ReadonlyMap<string, string>, next: readonly T[], key: (page: T) => string, touched: (page: T) => boolean): T[] {
  return next.filter((page) => before.get(page.url) !== key(page) || touched(page));
}

// A page's key is worked out once: the last build's pages are compared again on every rebuild.
// It is a hash of what the page shows, not the text itself: a credits page lists 40 pictures with
// their articles' URLs, and a 100,000-article site has 100,000 listing and credits pages whose
// keys stay in memory through the build and in the record of the last build.
const keys = new WeakMap<object, string>();

function keyOf<T extends object>(page: T, make: (page: T) => (string | number)[]): string {
  let key = keys.get(page);
  if (key === undefined) keys.set(page, (key = createHash("sha1").update(make(page).join("\n")).digest("base64")));
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
