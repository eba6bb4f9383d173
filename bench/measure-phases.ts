// Times the pipeline's first steps one by one over a content folder, by calling the same
// functions src/newsroom.ts calls in the same order: read and parse (loaders, and the picture
// files the sources name), normalize (the model), collections. In a build they run inside one
// loop, which cannot be timed apart from outside.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { DateTime } from "luxon";
import { buildCollections } from "../src/collections/site-collections.ts";
import { inspectPicture } from "../src/images/inspect-picture.ts";
import { mapLimited } from "../src/map-limited.ts";
import type { AuthorAliases } from "../src/model/byline.ts";
import { normalizeArticle } from "../src/model/normalize.ts";
import { hasErrors, type Problem } from "../src/model/problem.ts";
import type { Article, ParseResult } from "../src/model/types.ts";
import type { Site } from "../src/site.ts";
import { decodeSource } from "../src/sources/decode.ts";
import { loaderFor } from "../src/sources/index.ts";
// The same helpers the build uses, so the benchmark times the real code.
import { listFiles } from "../src/list-files.ts";
import { mediaLibrary, pictureNames } from "../src/newsroom.ts";

export interface PhaseTimes {
  /** Seconds: list and read the sources, decode and parse each; read the pictures they name. */
  readParse: number;
  /** Seconds: the model, source by source, then newest first. */
  normalize: number;
  /** Seconds: sections, tags, authors, months, listing pages, related articles, front page, credits. */
  collections: number;
  published: number;
  errors: Problem[];
  warnings: number;
}

export interface PhaseOptions {
  contentDir: string;
  /** Problems name files relative to this folder. */
  root: string;
  site: Site;
  now: DateTime;
  authors?: AuthorAliases;
}

type Parsed = { file: string; path: string; result: Extract<ParseResult, { kind: "article" }> };

export async function measurePhases({ contentDir, root, site, now, authors }: PhaseOptions): Promise<PhaseTimes> {
  const articleDir = join(contentDir, "articles");
  const mediaDir = join(contentDir, "media");
  const problems: Problem[] = [];

  let started = performance.now();
  const [sources, mediaFiles] = await Promise.all([listFiles(articleDir), listFiles(mediaDir)]);
  const contents = await mapLimited(sources, 64, async (file) => ({ file, bytes: await readFile(file) }));
  const parsed: Parsed[] = [];
  for (const { file, bytes } of contents) {
    const path = relative(root, file);
    const decoded = decodeSource(bytes, path);
    const loader = loaderFor(path);
    if (!decoded.ok || !loader) throw new Error(`Internal error: the benchmark wrote ${path}, which Dateline cannot read`);
    const result = loader(decoded.text.replace(/^\uFEFF/, ""), path);
    if (result.kind === "rejected") problems.push(...result.problems);
    else if (result.kind === "article") parsed.push({ file, path, result });
  }
  const media = new Set(mediaFiles.map((file) => relative(mediaDir, file)));
  const named = [...new Set(parsed.flatMap(({ result }) => pictureNames(result.input)).filter((name) => media.has(name)))];
  const inspections = await mapLimited(named, 8, (name) => inspectPicture(join(mediaDir, name), site.images.maxPixels));
  const library = mediaLibrary(new Map(named.map((name, index) => [name, inspections[index]!])), media);
  const readParse = seconds(started);

  started = performance.now();
  const articles: Article[] = [];
  for (const { file, result: source } of parsed) {
    const inside = relative(articleDir, file).split("/");
    const result = normalizeArticle(source.input, { site, now, authors, media: library }, inside.length > 1 ? { folder: inside[0]! } : {});
    problems.push(...source.problems, ...result.problems);
    if (result.kind === "published" && !hasErrors(result.problems)) articles.push(result.article);
  }
  articles.sort((a, b) => b.published.toMillis() - a.published.toMillis() || a.url.localeCompare(b.url));
  const normalize = seconds(started);

  started = performance.now();
  buildCollections(articles, site);
  const collections = seconds(started);

  const errors = problems.filter((problem) => problem.severity === "error");
  return { readParse, normalize, collections, published: articles.length, errors, warnings: problems.length - errors.length };
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}
