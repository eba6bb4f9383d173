// Writes a deterministic synthetic newsroom of N articles: Dateline's content folder (80 %
// Markdown, 10 % ninjs, 10 % wire text, sorted into section folders, with shared pictures and the
// comment policy page) and, when asked, the same articles as plain Markdown for the baseline site.
// Also one more story at a time, published on the build day, for the benchmark's new-story publish.
import { mkdir, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { DateTime } from "luxon";
import { listFiles } from "../src/list-files.ts";
import { planArticle, planNewStory, type PlanContext, type PlannedArticle, type SourceFormat } from "./newsroom/article-plan.ts";
import { baselineSource } from "./newsroom/baseline-source.ts";
import { markdownSource } from "./newsroom/markdown-source.ts";
import { writePictures } from "./newsroom/media-files.ts";
import { ninjsSource } from "./newsroom/ninjs-source.ts";
import { wireSource } from "./newsroom/wire-source.ts";

export const DEFAULT_SEED = 20261125;
/** The build time of every benchmark run: the five years of articles end here. */
export const BENCH_NOW = "2026-11-25T12:00:00Z";
/** The sections of _data/site.ts. */
export const SITE_SECTIONS = ["news", "world", "business", "science", "culture"] as const;
/** Three more for an eight-section newsroom (needs the site settings that name them). */
export const EXTRA_SECTIONS = ["sport", "opinion", "travel"] as const;

export interface NewsroomOptions {
  articles: number;
  seed?: number;
  /** JPEG photos instead of SVG graphics (Dateline makes responsive derivatives of photos). */
  photos?: boolean;
  sections?: readonly string[];
  now?: string;
}

export interface WriteOptions extends NewsroomOptions {
  /** Dateline's content folder: articles/, media/, pages/. */
  contentDir: string;
  /** The baseline site's folder: content/articles/ and content/media/ are written into it. */
  baselineDir?: string;
}

export interface NewStoryOptions extends Omit<NewsroomOptions, "articles"> {
  /** The content folder a newsroom was written into. */
  contentDir: string;
  /** Which article of the seed's stream: past the newsroom's own (`articles` or more). */
  index: number;
}

export interface NewsroomSummary {
  articles: number;
  formats: Record<SourceFormat, number>;
  /** Body words, smallest and largest. */
  words: { min: number; max: number };
  figures: number;
  /** Source files and their bytes (Dateline's; the baseline's copies are not counted). */
  sourceBytes: number;
}

const EXTENSIONS: Record<SourceFormat, string> = { markdown: "md", ninjs: "json", wire: "txt" };

/** The articles in order, planned one at a time. */
export function* planNewsroom(options: NewsroomOptions): Generator<PlannedArticle> {
  const context = planContext(options, new Set());
  for (let index = 0; index < options.articles; index++) yield planArticle(index, context);
}

/**
 * Writes the story a newsroom publishes on the build day (`planNewStory`) into a written
 * newsroom's content folder, in one of its sections, and returns the file's path. Its slug is
 * none of the folder's articles' (their file names), and an existing file is never overwritten.
 */
export async function writeNewStory(options: NewStoryOptions): Promise<string> {
  const taken = (await listFiles(join(options.contentDir, "articles"))).map((file) => basename(file, extname(file)));
  const source = sourceFile(planNewStory(options.index, planContext(options, new Set(taken))), options.photos ?? false);
  const file = join(options.contentDir, source.path);
  await writeFile(file, source.text, { flag: "wx" });
  return file;
}

function planContext(options: Omit<NewsroomOptions, "articles">, slugs: Set<string>): PlanContext {
  return {
    seed: options.seed ?? DEFAULT_SEED,
    now: DateTime.fromISO(options.now ?? BENCH_NOW, { zone: "utc" }),
    sections: options.sections ?? SITE_SECTIONS,
    slugs,
  };
}

/** The file an article becomes in Dateline's content folder, and its text. */
export function sourceFile(article: PlannedArticle, photos: boolean): { path: string; text: string } {
  const path = join("articles", article.section, `${article.slug}.${EXTENSIONS[article.format]}`);
  switch (article.format) {
    case "markdown":
      return { path, text: markdownSource(article, photos) };
    case "ninjs":
      return { path, text: ninjsSource(article, photos) };
    case "wire":
      return { path, text: wireSource(article, photos) };
  }
}

export async function writeNewsroom(options: WriteOptions): Promise<NewsroomSummary> {
  const photos = options.photos ?? false;
  const seed = options.seed ?? DEFAULT_SEED;
  const sections = options.sections ?? SITE_SECTIONS;
  const { contentDir, baselineDir } = options;
  const baselineArticles = baselineDir && join(baselineDir, "content", "articles");
  const folders = [join(contentDir, "media"), join(contentDir, "pages"), ...sections.map((section) => join(contentDir, "articles", section))];
  if (baselineDir && baselineArticles) folders.push(join(baselineDir, "content", "media"), ...sections.map((section) => join(baselineArticles, section)));
  await Promise.all(folders.map((folder) => mkdir(folder, { recursive: true })));

  await writePictures(join(contentDir, "media"), photos, seed);
  if (baselineDir) await writePictures(join(baselineDir, "content", "media"), photos, seed);
  await writeFile(join(contentDir, "pages", "comment-policy.md"), COMMENT_POLICY);

  const summary: NewsroomSummary = { articles: 0, formats: { markdown: 0, ninjs: 0, wire: 0 }, words: { min: Infinity, max: 0 }, figures: 0, sourceBytes: 0 };
  let pending: Promise<void>[] = [];
  for (const article of planNewsroom({ ...options, seed, sections })) {
    const source = sourceFile(article, photos);
    pending.push(writeFile(join(contentDir, source.path), source.text));
    if (baselineArticles) pending.push(writeFile(join(baselineArticles, article.section, `${article.slug}.md`), baselineSource(article, photos)));
    summary.articles += 1;
    summary.formats[article.format] += 1;
    summary.words.min = Math.min(summary.words.min, article.words);
    summary.words.max = Math.max(summary.words.max, article.words);
    summary.figures += 1 + article.body.filter((block) => block.type === "figure").length;
    summary.sourceBytes += Buffer.byteLength(source.text);
    // A few dozen writes in flight: fast, without thousands of open files.
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  return summary;
}


const COMMENT_POLICY = `---
title: Comment policy
description: How The Meridian Ledger moderates reader comments.
---
An editor reads every comment before it appears. We publish comments that add to the story and
leave out personal attacks, spam and anything unlawful.
`;
