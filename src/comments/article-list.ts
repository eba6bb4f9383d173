// The articles readers can answer, as the last build published them. Every build writes
// `comment-articles.json` at the top of its output folder (templates/comment-articles.11tydata.ts);
// the intake server takes forms only for the articles it lists, and `approve` publishes comments
// only for articles that still exist.
//
//   { "articles": { "beirut-port-reopens": { "url": "/2026/11/18/beirut-port-reopens/", "commentsOpen": true } } }
//
// `url` is the article's site path without the path prefix, as its forms send it.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { GeneratedFile } from "../eleventy/generated-files.ts";
import type { Article } from "../model/types.ts";
import { ARTICLE_ID } from "../model/article-id.ts";

export const ARTICLE_LIST_NAME = "comment-articles.json";

export interface ListedArticle {
  url: string;
  /** False when the source closed its comments; reactions are still taken. */
  commentsOpen: boolean;
}

export type ArticleList = ReadonlyMap<string, ListedArticle>;

/** The file a build writes: every published article, in id order. */
export function articleListFile(articles: readonly Pick<Article, "id" | "url" | "commentsOpen">[]): GeneratedFile {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const listed = Object.fromEntries(sorted.map((article) => [article.id, { url: article.url, commentsOpen: article.commentsOpen }]));
  return { path: `/${ARTICLE_LIST_NAME}`, text: `${JSON.stringify({ articles: listed }, null, 1)}\n` };
}

/** The list is missing or unreadable: the message says which file and what to do. */
export class ArticleListError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArticleListError";
  }
}

export function articleListPath(builtDir: string): string {
  return join(builtDir, ARTICLE_LIST_NAME);
}

export async function readArticleList(builtDir: string): Promise<ArticleList> {
  const path = articleListPath(builtDir);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") {
      throw new ArticleListError(`${path} does not exist: build the site first (npm run build), or name the built site's folder with COMMENTS_SITE_DIR`);
    }
    throw new ArticleListError(`cannot read ${path}: ${(cause as Error).message}`);
  }
  return parseArticleList(text, path);
}

export function parseArticleList(text: string, path: string): ArticleList {
  const listError = (what: string) => new ArticleListError(`${path} ${what}: build the site again (npm run build) to rewrite it`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw listError("is not valid JSON");
  }
  const articles = (data as { articles?: unknown } | null)?.articles;
  if (typeof articles !== "object" || articles === null || Array.isArray(articles)) throw listError('has no "articles" object');
  const list = new Map<string, ListedArticle>();
  for (const [id, value] of Object.entries(articles)) {
    const { url, commentsOpen } = (value ?? {}) as Partial<ListedArticle>;
    if (!ARTICLE_ID.test(id) || typeof url !== "string" || typeof commentsOpen !== "boolean") throw listError(`lists "${id}" without a valid id, url and commentsOpen`);
    list.set(id, { url, commentsOpen });
  }
  return list;
}

export interface LiveArticleList {
  /** The article as the latest readable list has it; undefined if it is not listed. */
  get(id: string): ListedArticle | undefined;
  /** Stops watching. */
  close(): void;
}

/**
 * Reads the list (which must exist now) and reads it again whenever its file changes, so a
 * rebuild needs no restart. The file's size and time are polled: fs.watch misses a folder that a
 * clean build deletes and makes again. While a build rewrites the file it may be missing or half
 * written for a moment; the last good list stays in use until a whole one can be read.
 */
export async function watchArticleList(builtDir: string, options: { intervalMs?: number; log?: (line: string) => void } = {}): Promise<LiveArticleList> {
  const path = articleListPath(builtDir);
  const log = options.log ?? (() => undefined);
  let version = await fileVersion(path);
  let list = await readArticleList(builtDir);
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    void (async () => {
      const now = await fileVersion(path);
      if (now === undefined || now === version) return;
      try {
        list = parseArticleList(await readFile(path, "utf8"), path);
        version = now;
        log(`Article list reloaded from ${path}: ${list.size} article${list.size === 1 ? "" : "s"}`);
      } catch {
        // Being written: tried again at the next tick.
      }
    })().finally(() => (checking = false));
  }, options.intervalMs ?? 2_000);
  timer.unref();
  return { get: (id) => list.get(id), close: () => clearInterval(timer) };
}

async function fileVersion(path: string): Promise<string | undefined> {
  return stat(path).then((info) => `${info.mtimeMs} ${info.size} ${info.ino}`, () => undefined);
}
