// Runs before every Eleventy build: loads site settings and the newsroom, prints the build
// report, and in strict mode stops the build on any error.
import { join, relative, resolve } from "node:path";
import { DateTime } from "luxon";
import { error, hasErrors, type Problem } from "../model/problem.ts";
import { loadPages, type SitePage } from "../pages.ts";
import type { Article } from "../model/types.ts";
import { loadNewsroom, type HeldItem } from "../newsroom.ts";
import { formatReport } from "../report.ts";
import { closedFormsProblem } from "../form-endpoints.ts";
import { attachPictures } from "../images/process-figures.ts";
import type { PreviewMemory } from "./preview-memory.ts";
import { importFresh, loadSite, type Site } from "../site.ts";
import { authorAliases, type AuthorAliases } from "../model/byline.ts";
import { tagAliases, type TagAliases } from "../model/tag-aliases.ts";
import type { ReactionCounts } from "../comments/load-comments.ts";
import { buildCollections, type SiteCollections } from "../collections/site-collections.ts";
import { addressProblems } from "../collections/address-problems.ts";
import { translationProblems } from "../collections/translations.ts";
import type { CreditsPage } from "../collections/credits-pages.ts";
import type { Addresses } from "../collections/page-addresses.ts";
import type { ParseCache } from "../sources/parse-cache.ts";
import { everything, type BuiltPages, type RenderSelection } from "./render-selection.ts";
import { loadCatalogues } from "../i18n/catalogues.ts";
import { Interface } from "../i18n/interface.ts";

export type BuildMode = "strict" | "preview";

/** What templates see as `newsroom`. */
export interface NewsroomData {
  mode: BuildMode;
  articles: Article[];
  held: HeldItem[];
  problems: Problem[];
  collections: SiteCollections;
  /** The site settings after checking (path prefix normalized): what templates see as `site`. */
  site: Site;
  /** Pages that are not news, from content/pages/. */
  pages: SitePage[];
  /** The page the comment forms link to, when the newsroom has one. */
  commentPolicy: SitePage | undefined;
  /** Yes/No counts by article id. */
  reactions: Record<string, ReactionCounts>;
  /** The author aliases the model read (_data/authors.ts): preview's first look models with them. */
  authors: AuthorAliases;
  /** The tag spellings the model read (_data/tag-spellings.ts): preview's first look models with them too. */
  tags: TagAliases;
  /** Every page's words, in its language (src/i18n/): templates call `newsroom.i18n.page(lang)`. */
  i18n: Interface;
  /** The build time: feeds, sitemaps and the news sitemap's two-day window use it. */
  builtAt: DateTime;
  /** The paginated pages this build renders: all of them, except in preview rebuilds. */
  render: RenderSelection;
  /** What the next preview rebuild compares itself with. */
  built: BuiltPages;
}

export class StrictBuildError extends Error {
  /** Eleventy prints no stack trace for errors marked so: this one is the user's to fix, not a crash. */
  readonly skipOriginalStack = true;

  constructor(errors: number) {
    // The report above this error lists each problem; the message does not repeat it.
    super(`The build stopped on ${errors} error${errors === 1 ? "" : "s"} in the sources (strict mode; the report above lists them). Fix them, or preview with \`npm start\` to see them on the page.`);
    this.name = "StrictBuildError";
  }
}

/** The content folder: `content/` unless DATELINE_CONTENT names another (tests, benchmarks). */
export function contentDir(root: string, env: NodeJS.ProcessEnv): string {
  return resolve(root, env.DATELINE_CONTENT ?? "content");
}

/** The message catalogues (src/i18n/catalogues.ts): messages/, or DATELINE_MESSAGES. */
export function messagesDir(root: string, env: NodeJS.ProcessEnv): string {
  return resolve(root, env.DATELINE_MESSAGES ?? "messages");
}

/**
 * Strict unless Eleventy is serving or watching (preview) or DATELINE_STRICT=false.
 * DATELINE_NOW (ISO 8601) fixes the build time, so tests and reruns agree on what is scheduled.
 */
export function buildMode(runMode: string | undefined, env: NodeJS.ProcessEnv): BuildMode {
  if (env.DATELINE_STRICT === "false") return "preview";
  if (env.DATELINE_STRICT === "true") return "strict";
  return runMode === "serve" || runMode === "watch" ? "preview" : "strict";
}

export function buildTime(env: NodeJS.ProcessEnv): DateTime {
  if (!env.DATELINE_NOW) return DateTime.now();
  const now = DateTime.fromISO(env.DATELINE_NOW, { setZone: true });
  if (!now.isValid) throw new Error(`DATELINE_NOW: "${env.DATELINE_NOW}" is not an ISO 8601 time such as 2026-11-25T12:00:00Z`);
  return now;
}

/** The site settings file: `_data/site.ts` unless DATELINE_SITE names another (benchmarks). */
export function siteFile(root: string, env: NodeJS.ProcessEnv): string {
  return resolve(root, env.DATELINE_SITE ?? join("_data", "site.ts"));
}

/**
 * The folder builds keep what they can reuse in: parsed sources (`parsed-sources`) and the
 * search indexes (`search/`). `.cache/dateline` unless DATELINE_CACHE names another;
 * `DATELINE_CACHE=off` keeps nothing, so every build starts from scratch.
 */
export function cacheDir(root: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.DATELINE_CACHE === "off") return undefined;
  return resolve(root, env.DATELINE_CACHE ?? join(".cache", "dateline"));
}

export interface PrepareOptions {
  /** The site settings file (see siteFile); `_data/site.ts` unless given. */
  siteFile?: string;
  root: string;
  contentDir: string;
  /** The site's output folder (absolute): responsive pictures are made into its img/. */
  outputDir: string;
  mode: BuildMode;
  now: DateTime;
  /** Parsed sources kept between builds (see src/sources/parse-cache.ts). */
  cache?: ParseCache;
  /** Preview: what the last rebuild worked out (see src/eleventy/preview-memory.ts). */
  kept?: PreviewMemory;
}

/** The listing and credits pages, each at an address no other page has (see page-addresses.ts). */
function claimListingAddresses(collections: SiteCollections, articles: readonly Article[], addresses: Addresses): SiteCollections {
  const sourceOf = new Map(articles.map((article) => [article.url, article.source.path]));
  const FIELDS = { section: "section", tag: "tags", author: "byline", month: "date" } as const;
  const listings = addresses.claim(collections.listings, (listing) => ({
    url: listing.url,
    path: listing.articles[0]?.source.path ?? "_data/site.ts",
    field: FIELDS[listing.kind],
    what: `the ${listing.kind} page "${listing.title}"`,
  }));
  const creditsClaim = (page: CreditsPage) => {
    const article = page.pictures[0]?.articles[0];
    return { url: page.url, path: (article && sourceOf.get(article.url)) ?? "content/media", field: "credit", what: page.parent ? `the credits page of "${page.title}"` : "the credits index" };
  };
  const credits = { ...collections.credits, pages: addresses.claim(collections.credits.pages, creditsClaim), namePages: addresses.claim(collections.credits.namePages, creditsClaim) };
  return { ...collections, listings, credits };
}

export async function prepareNewsroom({ root, contentDir, siteFile, outputDir, mode, now, cache, kept }: PrepareOptions): Promise<NewsroomData> {
  const site = await loadSite(siteFile ?? join(root, "_data", "site.ts"));
  const authors = authorAliases(await importFresh<Record<string, string[]>>(join(root, "_data", "authors.ts")));
  // Not `_data/tags.ts`: Eleventy would read a global `tags` as every page's collection tags.
  const tags = tagAliases(await importFresh<Record<string, string[]>>(join(root, "_data", "tag-spellings.ts")));
  const newsroom = await loadNewsroom({ contentDir, root, site, now, authors, tags, ...(cache ? { cache } : {}), ...(kept ? { memo: kept.articles, files: kept.files } : {}) });
  const pages = await loadPages(contentDir, root, site.slugs);
  newsroom.problems.push(...pages.problems);
  const catalogues = await loadCatalogues(messagesDir(root, process.env), root);
  newsroom.problems.push(...catalogues.problems);
  // Every page made from a source gets a clean address of its own, or is an error (page-addresses.ts):
  // the articles claimed theirs as they were loaded; listings and pages claim theirs below.
  const { addresses } = newsroom;
  const commentPolicy = pages.pages.find((page) => page.url === site.comments.policyUrl);
  // Every comment form links to the policy: a site that shows a form must have one.
  if (!commentPolicy && site.comments.endpoint && newsroom.articles.some((article) => article.commentsOpen)) {
    newsroom.problems.push(error("_data/site.ts", "comments.policyUrl", `no page in ${relative(root, join(contentDir, "pages")) || "pages"}/ has the address ${site.comments.policyUrl}: add the comment policy page, or correct the setting`));
  }
  // A public site built with no intake endpoint shows no forms: the report says why (src/form-endpoints.ts).
  const closedForms = closedFormsProblem(site);
  if (closedForms) newsroom.problems.push(closedForms);
  if (mode === "strict" && hasErrors(newsroom.problems)) {
    // No pictures are made for a build that stops here.
    console.log(formatReport(newsroom));
    throw new StrictBuildError(newsroom.problems.filter((problem) => problem.severity === "error").length);
  }
  const pictures = await attachPictures(newsroom.articles, { mediaDir: join(contentDir, "media"), outputDir, images: site.images, ...(kept ? { memo: kept.pictures } : {}) });
  newsroom.articles = pictures.articles;
  const collections = claimListingAddresses(buildCollections(newsroom.articles, site, kept?.related), newsroom.articles, addresses);
  // The site's own pages first: a content page cannot take the address of a listing.
  pages.pages = addresses.claim(pages.pages, (page) => ({ url: page.url, path: page.source.path, field: "file", what: `the page "${page.title}"` }));
  newsroom.problems.push(...addressProblems(newsroom.articles, site.slugs));
  newsroom.problems.push(...translationProblems(newsroom.articles));
  console.log(formatReport(newsroom, pictures.stats));
  if (mode === "strict" && hasErrors(newsroom.problems)) throw new StrictBuildError(newsroom.problems.filter((problem) => problem.severity === "error").length);
  const reactions = Object.fromEntries(newsroom.reactions);
  const built: BuiltPages = {
    articles: newsroom.articles,
    collections,
    changed: newsroom.changed,
    // The problems show on every page only as preview's banner; reactions are per article (ArticleKey).
    everyPage: JSON.stringify([mode, site, mode === "preview" ? newsroom.problems : [], pages.pages, [...catalogues.byLanguage].map(([lang, messages]) => [lang, [...messages]])]),
    reactions,
  };
  return { mode, articles: newsroom.articles, held: newsroom.held, problems: newsroom.problems, collections, site, authors, tags, i18n: new Interface(catalogues, site), builtAt: now, reactions, pages: pages.pages, commentPolicy, render: everything(built), built };
}
