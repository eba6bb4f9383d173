// Preview's first look at an edit. Before Eleventy rebuilds after a save, the edited articles'
// pages are made from their sources alone, with everything else as the last build had it, and
// written over their old files; the rebuild that follows makes every page as it always does,
// these included. At 10,000 articles the rebuild's fixed work (the model's pass over every
// source, collections, page choice, sitemaps, Eleventy's own run) takes longer than the one
// second an editor waits for the article; this takes a few hundredths of one, whatever the size
// of the archive.
//
// It looks only at a save of article sources that were published last time, are published now at
// the same address and have no errors. Anything else (a template, settings, pictures, a new,
// moved, held or broken story) is left to the rebuild alone. The page shows the related articles
// and site-wide parts of the last build: for an edit that keeps the story's tags, section and
// time, exactly what the rebuild writes; otherwise its related list is the last build's until the
// rebuild's reload, a second or two later, brings the new one.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import type { DateTime } from "luxon";
import { attachPictures } from "../images/process-figures.ts";
import { hasErrors, type Problem } from "../model/problem.ts";
import type { Article } from "../model/types.ts";
import { loadNewsroom } from "../newsroom.ts";
import { loaderFor } from "../sources/index.ts";
import { pageFile } from "./page-file.ts";
import { watchedFileCandidates } from "./watched-path.ts";
import type { NewsroomData } from "./prepare-newsroom.ts";

/** What templates/layouts/article.njk is given for one page, as Eleventy's pagination gives it. */
export interface ArticlePageData {
  site: NewsroomData["site"];
  newsroom: NewsroomData;
  article: Article;
}

export interface FirstLookOptions {
  /** The files the watcher reported, as Eleventy names them (`./content/articles/a.md`). */
  changed: readonly string[];
  /** What the last build made. */
  previous: NewsroomData;
  root: string;
  contentDir: string;
  outputDir: string;
  now: DateTime;
  /** Renders the article page template with the data Eleventy would give it. */
  render: (data: ArticlePageData) => string;
}

export interface FirstLookPage {
  /** Site path, such as `/2026/11/24/harbour-reopens/`. */
  url: string;
  /** The page's HTML, as written. */
  content: string;
}

/** The edited articles' pages, written; none when the save is not one this can show exactly. */
export async function firstLook({ changed, previous, root, contentDir, outputDir, now, render }: FirstLookOptions): Promise<FirstLookPage[]> {
  const files = articleSources(changed, join(contentDir, "articles"));
  if (!files) return [];
  const paths = files.map((file) => relative(root, file).split(sep).join("/"));
  const before = new Map(previous.articles.map((article) => [article.source.path, article]));
  if (paths.some((path) => !before.has(path))) return [];

  const { site } = previous;
  const edited = await loadNewsroom({ contentDir, root, site, now, authors: previous.authors, tags: previous.tags, only: files });
  const theirs = (problem: Problem) => paths.includes(problem.path);
  const problems = edited.problems.filter(theirs);
  if (edited.articles.length !== files.length || hasErrors(problems)) return [];
  const moved = (article: Article) => {
    const was = before.get(article.source.path)!;
    return article.url !== was.url || article.id !== was.id;
  };
  if (edited.articles.some(moved)) return [];

  const pictures = await attachPictures(edited.articles, { mediaDir: join(contentDir, "media"), outputDir, images: site.images, allArticles: false });
  // Preview's banner lists every problem of the newsroom: the edited sources' are this look's.
  const newsroom: NewsroomData = { ...previous, problems: [...previous.problems.filter((problem) => !theirs(problem)), ...problems] };
  const pages: FirstLookPage[] = [];
  for (const article of pictures.articles) {
    const file = pageFile(outputDir, article.url);
    const content = render({ site, newsroom, article });
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
    pages.push({ url: article.url, content });
  }
  return pages;
}

/**
 * The absolute paths of the changed files when every one is an article source inside
 * `articleDir`; undefined otherwise. `changed` as Eleventy names them (see watched-path.ts).
 */
export function articleSources(changed: readonly string[], articleDir: string, cwd = process.cwd()): string[] | undefined {
  if (changed.length === 0) return undefined;
  const files: string[] = [];
  for (const name of changed) {
    const file = watchedFileCandidates(name, cwd).find((candidate) => candidate.startsWith(articleDir + sep) && existsSync(candidate));
    if (!file || !loaderFor(file)) return undefined;
    files.push(file);
  }
  return [...new Set(files)];
}
