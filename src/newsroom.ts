// The whole newsroom from disk: every source in content/articles/ read, parsed, normalized
// and checked against the others. Each source ends as exactly one of: a published article,
// a held-back item, or a rejected source with its problems.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { DateTime } from "luxon";
import type { AuthorAliases } from "./model/byline.ts";
import type { TagAliases } from "./model/tag-aliases.ts";
import { mediaNameIn, type MediaLibrary } from "./model/figures.ts";
import { inspectPicture, type Inspection } from "./images/inspect-picture.ts";
import { mapLimited } from "./map-limited.ts";
import { articleId } from "./model/article-id.ts";
import { normalizeArticle } from "./model/normalize.ts";
import { NormalizeMemo } from "./model/normalize-memo.ts";
import { loadApprovedComments, loadReactions, type ReactionCounts } from "./comments/load-comments.ts";
import { isLink, projectPath, refusedLink } from "./linked-files.ts";
import { error, hasErrors, thrownProblem, warning, type Problem } from "./model/problem.ts";
import type { Article, ArticleInput, ParseResult } from "./model/types.ts";
import type { Site } from "./site.ts";
import { LOADERS } from "./sources/index.ts";
import { listEntries, type FolderEntries } from "./list-files.ts";
import { Addresses } from "./collections/page-addresses.ts";
import { ParseCache, type ParseCacheStats } from "./sources/parse-cache.ts";
import type { SourceFiles } from "./sources/source-files.ts";

export interface HeldItem {
  path: string;
  headline?: string;
  reason: string;
}

export interface Newsroom {
  /** Published articles, newest first. */
  articles: Article[];
  /** Yes/No counts by article id, from content/reactions.json. */
  reactions: Map<string, ReactionCounts>;
  held: HeldItem[];
  /** Paths of sources that became no article because of errors. */
  rejected: string[];
  problems: Problem[];
  /** How many source files were read. */
  read: number;
  /** How many sources were parsed and how many came parsed from the cache. */
  parsing: ParseCacheStats;
  /** Ids of published articles the model made this build (all of them, unless a memo kept some). */
  changed: Set<string>;
  /**
   * The addresses the articles hold: the build goes on to claim its listings' and pages' in the
   * same record (src/eleventy/prepare-newsroom.ts), so every page is checked against every other.
   */
  addresses: Addresses;
}

export interface NewsroomOptions {
  /** The content folder: sources in `articles/`, pictures in `media/`. */
  contentDir: string;
  /** Problems name files relative to this folder (the project root). */
  root: string;
  site: Site;
  now: DateTime;
  authors?: AuthorAliases;
  /** Other spellings of tags (_data/tag-spellings.ts). */
  tags?: TagAliases;
  /** Parsed sources from earlier builds; without one every source is parsed. */
  cache?: ParseCache;
  /** Articles from the last build (preview); without one every source goes through the model. */
  memo?: NormalizeMemo;
  /** Source files kept from the last build (preview); without it every file is read. */
  files?: SourceFiles;
  /**
   * Only these source files (absolute paths inside `articles/`), not the whole folder: preview's
   * first look at an edit (src/eleventy/first-look.ts) models just the edited sources.
   */
  only?: readonly string[];
}

export async function loadNewsroom({ contentDir, root, site, now, authors, tags, cache = ParseCache.inMemory(), memo = new NormalizeMemo(), files, only }: NewsroomOptions): Promise<Newsroom> {
  const articleDir = join(contentDir, "articles");
  const mediaDir = join(contentDir, "media");
  const [articleEntries, mediaEntries, approved, reactions] = await Promise.all([
    only ? onlyFiles(only) : listEntries(articleDir),
    listEntries(mediaDir),
    loadApprovedComments(contentDir, root),
    loadReactions(contentDir, root),
  ]);
  const sources = articleEntries.files;
  const media = new Set(mediaEntries.files.map((file) => relative(mediaDir, file).split("\\").join("/")));
  // Linked sources and pictures are neither read nor published (src/linked-files.ts), and said so.
  const links = [...articleEntries.links, ...mediaEntries.links].map((file) => refusedLink(projectPath(root, file)));

  const problems = [...links, ...approved.problems, ...reactions.problems];
  const newsroom: Newsroom = { articles: [], reactions: reactions.counts, held: [], rejected: [], problems, read: 0, parsing: { reused: 0, parsed: 0, unread: 0 }, changed: new Set(), addresses: new Addresses(problems) };
  // A look at some sources says nothing of the others: kept files stay, and comments filed for
  // other articles are not reported as orphans.
  if (!only) files?.keepOnly(sources);
  const paths = sources.map((file) => projectPath(root, file));
  // First every source is parsed, so that the pictures they name can be read (asynchronously,
  // once each) before the model, which is synchronous, asks about them. The files' bytes are
  // let go as soon as they are parsed (half a gigabyte at 100,000 articles); files unchanged
  // since the last build are not read at all (src/sources/parse-cache.ts).
  const results = await cache.parseFiles(
    sources.map((file, index) => ({ file, path: paths[index]! })),
    (file) => (files ? files.read(file) : readFile(file)),
  );
  const parsed: { file: string; path: string; result: Extract<ParseResult, { kind: "article" }> }[] = [];
  for (const [index, file] of sources.entries()) {
    const path = paths[index]!;
    const result = results[index];
    if (!result) {
      newsroom.problems.push(warning(path, "file", `not an article source, ignored: sources end in ${Object.keys(LOADERS).join(", ")}`));
      continue;
    }
    newsroom.read += 1;
    if (result.kind === "rejected") reject(newsroom, path, result.problems);
    else if (result.kind === "skipped") newsroom.held.push({ path, reason: result.reason });
    else parsed.push({ file, path, result });
  }
  newsroom.parsing = await cache.finish();
  const named = new Set(parsed.flatMap(({ result }) => pictureNames(result.input)).filter((name) => media.has(name)));
  // A few at a time: an archive names thousands of pictures.
  const inspections = await mapLimited([...named], 8, (name) => inspectPicture(join(mediaDir, name), site.images.maxPixels));
  const context = { site, now, authors, tags, media: mediaLibrary(new Map([...named].map((name, index) => [name, inspections[index]!])), media) };

  memo.begin(surroundingsOf(site, authors, tags, named, inspections));
  const commentsUsed = new Set<string>();
  for (const { file, path, result: parsedSource } of parsed) {
    const inside = relative(articleDir, file).split("\\").join("/").split("/");
    // Approved comments from content/comments/<id>.json join any the source itself carried.
    const filed = approved.byArticle.get(articleId(path));
    if (filed) commentsUsed.add(articleId(path));
    const input = filed ? { ...parsedSource.input, comments: [...parsedSource.input.comments, ...filed.comments] } : parsedSource.input;
    const location = inside.length > 1 ? { folder: inside[0]! } : {};
    let normalized;
    try {
      normalized = memo.normalize(parsedSource.input, filed ? JSON.stringify(filed.comments) : "", () => normalizeArticle(input, context, location));
    } catch (caught) {
      // One source can only fail itself: whatever the model throws on it rejects it alone.
      reject(newsroom, path, [...parsedSource.problems, thrownProblem(path, "file", "modelling this article", caught)]);
      continue;
    }
    const { result, reused } = normalized;
    if (!reused && result.kind === "published") newsroom.changed.add(result.article.id);
    const problems = [...parsedSource.problems, ...result.problems];
    if (result.kind === "rejected") {
      reject(newsroom, path, problems);
    } else if (result.kind === "held") {
      newsroom.problems.push(...problems);
      newsroom.held.push({ path, headline: result.article.headline, reason: result.reason });
    } else if (hasErrors(problems)) {
      reject(newsroom, path, problems);
    } else {
      newsroom.problems.push(...problems);
      newsroom.articles.push(result.article);
    }
  }
  for (const [id, { path }] of only ? [] : approved.byArticle) {
    if (!commentsUsed.has(id)) newsroom.problems.push(warning(path, "file", `no article source is named "${id}" (content/articles/${id}.md, .json or .txt): these comments are not shown`));
  }
  memo.finish();
  rejectCollisions(newsroom);
  newsroom.articles.sort((a, b) => b.published.toMillis() - a.published.toMillis() || a.url.localeCompare(b.url));
  return newsroom;
}

/** Preview's first look names the files to model: a link among them is refused like any other. */
async function onlyFiles(only: readonly string[]): Promise<FolderEntries> {
  const linked = await Promise.all(only.map(isLink));
  return { files: only.filter((_, index) => !linked[index]), links: only.filter((_, index) => linked[index]) };
}

function reject(newsroom: Newsroom, path: string, problems: Problem[]): void {
  newsroom.rejected.push(path);
  newsroom.problems.push(...problems);
}

/**
 * Two sources may not claim one id (comments are filed by id) or one address (page-addresses.ts
 * says which addresses are safe). The first in path order keeps it; each later one is rejected
 * with a problem naming the first.
 */
function rejectCollisions(newsroom: Newsroom): void {
  const claimed = new Set(newsroom.addresses.claim(newsroom.articles, (article) => ({ url: article.url, path: article.source.path, field: "slug", what: `the article "${article.headline}"` })));
  const byId = new Map<string, Article>();
  newsroom.articles = newsroom.articles.filter((article) => {
    const path = article.source.path;
    if (!claimed.has(article)) {
      newsroom.rejected.push(path);
      return false;
    }
    const sameId = byId.get(article.id);
    if (sameId) {
      reject(newsroom, path, [error(path, "file", `has the same name as ${sameId.source.path} (id "${article.id}"): rename one of the files`)]);
      return false;
    }
    byId.set(article.id, article);
    return true;
  });
}

/** The files in content/media/ the sources name: `inspected` holds what was read from each. */
export function mediaLibrary(inspected: ReadonlyMap<string, Inspection>, names: ReadonlySet<string>): MediaLibrary {
  const inspection = (name: string): Inspection => inspected.get(name) ?? { error: "was not read (internal error: no source named it before the model ran)" };
  return {
    has: (name) => names.has(name),
    size: (name) => {
      const found = inspection(name);
      return "error" in found ? found : { width: found.width, height: found.height };
    },
    embedded: (name) => {
      const found = inspection(name);
      return "error" in found ? {} : found.embedded;
    },
  };
}

/** Every picture file a source names (lead and body figures), as names inside content/media/. */
export function pictureNames(input: ArticleInput): string[] {
  const figures = [input.lead, ...input.body.map((block) => (block.type === "figure" ? block.figure : undefined))];
  return figures.flatMap((figure) => {
    const name = figure?.src === undefined ? undefined : mediaNameIn(figure.src);
    return name === undefined ? [] : [name];
  });
}

/** Everything besides its source that the model reads, as one comparable string. */
function surroundingsOf(site: Site, authors: AuthorAliases | undefined, tags: TagAliases | undefined, pictures: ReadonlySet<string>, inspections: readonly Inspection[]): string {
  return JSON.stringify([site, authors ? [...authors] : [], tags ? [...tags] : [], [...pictures], inspections]);
}
