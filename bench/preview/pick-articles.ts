// Which articles the benchmark edits, and which pages must show each edit. The newsroom is
// loaded with the project's own functions (as a build loads it), so the article's URL and the
// listing pages that hold it are the ones the site has, not a guess at them.
import { join } from "node:path";
import type { DateTime } from "luxon";
import { buildCollections, type SiteCollections } from "../../src/collections/site-collections.ts";
import type { ListingKind } from "../../src/collections/pagination.ts";
import { authorAliases } from "../../src/model/byline.ts";
import type { Problem } from "../../src/model/problem.ts";
import type { Article } from "../../src/model/types.ts";
import { loadNewsroom } from "../../src/newsroom.ts";
import { importFresh, loadSite } from "../../src/site.ts";

export interface EditTarget {
  /** Where in the archive: `newest`, `middle` or `oldest` Markdown article. */
  role: string;
  /** The source, relative to the content folder (`articles/world/x.md`). */
  path: string;
  headline: string;
  slug: string;
  /** The article page, site-relative. */
  url: string;
  /** Listing pages showing the article's headline: the front page if it is there, then one page of each kind. */
  listings: string[];
}

export interface EditPlan {
  targets: EditTarget[];
  published: number;
  errors: Problem[];
}

/** The newest Markdown article (front page, first section page), one from the middle of the archive and the oldest (last pages). */
export function chooseArticles(articles: readonly Article[]): { role: string; article: Article }[] {
  // Only Markdown: it is what the newsroom writes and edits by hand (ninjs and wire copy arrive from agencies).
  const markdown = articles.filter((article) => article.source.format === "markdown");
  const picks = [
    { role: "newest", article: markdown[0] },
    { role: "middle", article: markdown[Math.floor(markdown.length / 2)] },
    { role: "oldest", article: markdown[markdown.length - 1] },
  ];
  const seen = new Set<Article>();
  return picks.flatMap(({ role, article }) => {
    if (!article || seen.has(article)) return [];
    seen.add(article);
    return [{ role, article }];
  });
}

const LISTING_KINDS: readonly ListingKind[] = ["section", "tag", "author", "month"];

/**
 * The listing pages whose HTML carries the article's headline: `/` when the front page shows
 * it, then the page of its section, of its first tag (by title), of its first author and of its
 * month that lists it. Every listing is rebuilt by the same build, so one page of each kind
 * shows how long that kind takes without polling a dozen pages at once.
 */
export function listingsShowing(article: Article, collections: SiteCollections): string[] {
  const { front } = Object.values(collections.editions)[0]!;
  const onFront = front.lead === article || front.sections.some((section) => section.articles.includes(article));
  const pages = LISTING_KINDS.flatMap((kind) => collections.listings.find((page) => page.kind === kind && page.articles.includes(article))?.url ?? []);
  return [...(onFront ? ["/"] : []), ...pages];
}

export interface PlanOptions {
  /** The project root: `_data/site.ts` and `_data/authors.ts` are read from it. */
  root: string;
  contentDir: string;
  now: DateTime;
}

export async function planEdits({ root, contentDir, now }: PlanOptions): Promise<EditPlan> {
  const site = await loadSite(join(root, "_data", "site.ts"));
  const authors = authorAliases(await importFresh<Record<string, string[]>>(join(root, "_data", "authors.ts")));
  // Paths relative to the content folder, so each names its file there.
  const newsroom = await loadNewsroom({ contentDir, root: contentDir, site, now, authors });
  const collections = buildCollections(newsroom.articles, site);
  const targets = chooseArticles(newsroom.articles).map(({ role, article }) => ({
    role,
    path: article.source.path,
    headline: article.headline,
    slug: article.slug,
    url: article.url,
    listings: listingsShowing(article, collections),
  }));
  return { targets, published: newsroom.articles.length, errors: newsroom.problems.filter((problem) => problem.severity === "error") };
}
