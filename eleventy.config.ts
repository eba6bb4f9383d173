// Wiring only: folders, the Nunjucks environment, data, filters, and the newsroom loaded
// before each build. The logic lives in src/.
import { join, relative, resolve } from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { filtersPlugin } from "./src/filters/index.ts";
import { indexSite } from "./src/search/index-site.ts";
import { searchSummary } from "./src/search/summary.ts";
import { normalizePathPrefix } from "./src/urls.ts";
import { importFresh } from "./src/site.ts";
import { cleanOutput } from "./src/eleventy/clean-output.ts";
import { releaseWrittenPages } from "./src/eleventy/release-written-pages.ts";
import { nunjucksEnvironment } from "./src/eleventy/nunjucks-environment.ts";
import { buildMode, buildTime, contentDir, cacheDir, prepareNewsroom, siteFile, type NewsroomData } from "./src/eleventy/prepare-newsroom.ts";
import { ParseCache, parserVersion } from "./src/sources/parse-cache.ts";
import { changedPages, vanishedUrls } from "./src/eleventy/render-selection.ts";
import { removePages } from "./src/eleventy/remove-pages.ts";
import { PreviewMemory } from "./src/eleventy/preview-memory.ts";
import { articlesDoneAfter, currentBatch, planRuns, templatesOfFirstRunOnly } from "./src/eleventy/batches.ts";

interface EleventyConfig {
  setLibrary(name: string, library: unknown): void;
  addDataExtension(extension: string, options: { parser: (path: string) => Promise<unknown>; read: boolean }): void;
  addGlobalData(name: string, value: () => unknown): void;
  addPlugin(plugin: (config: EleventyConfig) => void): void;
  addPlugin(plugin: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addPassthroughCopy(paths: Record<string, string>, options?: { filter: string[] }): void;
  addWatchTarget(path: string): void;
  setChokidarConfig(options: { awaitWriteFinish: { stabilityThreshold: number; pollInterval: number } }): void;
  ignores: { add(glob: string): void };
  on(event: "eleventy.before" | "eleventy.after", handler: (event: { runMode: string; directories: { output: string } }) => Promise<void>): void;
  on(event: "eleventy.beforeWatch", handler: (changed: string[]) => Promise<void>): void;
}

export default function (eleventyConfig: EleventyConfig) {
  const root = process.cwd();
  let newsroom: NewsroomData | undefined;
  // Opened at the first build and kept: in preview each rebuild parses only the edited sources.
  let cache: Promise<ParseCache> | undefined;
  const kept = new PreviewMemory();
  // `npm run build` runs Eleventy once per slice of a large archive's pages (src/eleventy/batches.ts).
  const batch = currentBatch();
  const laterRun = batch !== undefined && batch.run > 0;

  eleventyConfig.setLibrary("njk", nunjucksEnvironment("templates"));
  // Data files and template data files may be TypeScript; the query string defeats Node's
  // module cache so preview sees edits.
  eleventyConfig.addDataExtension("ts", {
    parser: (path) => importFresh(path),
    read: false,
  });
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(HtmlBasePlugin);

  eleventyConfig.on("eleventy.before", async ({ runMode, directories }) => {
    await releaseWrittenPages(runMode === "build");
    // Later runs render their slice of the newsroom the first run prepared.
    if (laterRun) {
      newsroom = { ...batch.prepared!, render: batch.slices[batch.run]! };
      return;
    }
    if (runMode === "build") await cleanOutput(root, directories.output);
    const caches = cacheDir(root, process.env);
    cache ??= caches ? parserVersion().then((version) => ParseCache.open(join(caches, "parsed-sources"), version)) : Promise.resolve(ParseCache.inMemory());
    const preview = runMode !== "build";
    const previous = newsroom?.built;
    const parsed = await cache;
    if (preview) parsed.deferSaving();
    newsroom = await prepareNewsroom({
      cache: parsed,
      ...(preview ? { kept } : {}),
      root,
      contentDir: contentDir(root, process.env),
      siteFile: siteFile(root, process.env),
      outputDir: resolve(root, directories.output),
      mode: buildMode(runMode, process.env),
      now: buildTime(process.env),
    });
    // Preview rebuilds render only what changed, and remove pages whose article went away.
    if (preview) {
      newsroom.render = changedPages(previous, newsroom.built);
      await removePages(resolve(root, directories.output), vanishedUrls(previous, newsroom.built));
    } else {
      parsed.release();
    }
    if (batch) {
      batch.slices = planRuns(newsroom.render, batch.pagesPerRun, batch.oneRunUpTo, batch.articlesAloneFrom);
      batch.prepared = newsroom;
      newsroom = { ...newsroom, render: batch.slices[0]! };
    }
  });
  // Preview: the files the watcher saw change are read again; the others are kept (SourceFiles).
  eleventyConfig.on("eleventy.beforeWatch", async (changed) => kept.files.changed(changed));
  // Site search: Pagefind indexes the built article pages, one index per year, into
  // <output>/pagefind/<year>/, reusing the years whose pages did not change (src/search/).
  // Preview skips it; `npm run build` always indexes.
  eleventyConfig.on("eleventy.after", async ({ runMode, directories }) => {
    if (runMode !== "build" && process.env.DATELINE_SEARCH !== "true") return;
    const caches = cacheDir(root, process.env);
    const index = () => indexSite(directories.output, { cacheDir: caches && join(caches, "search") });
    if (!batch) {
      console.log(searchSummary(await index()));
      return;
    }
    // In runs: started once every article page is written, it works in Pagefind's own process
    // while later runs render; the last run waits for it.
    if (batch.run === articlesDoneAfter(batch.slices)) {
      batch.search = index();
      batch.search.catch(() => undefined); // Reported when awaited below, not as unhandled.
    }
    if (batch.run === batch.slices.length - 1) console.log(searchSummary(await batch.search!));
  });
  // Frozen, so Eleventy's data cascade hands templates these objects as they are: it deep-copies
  // unfrozen plain objects for every template, which for an archive's newsroom is seconds of
  // copying and garbage on every build and every preview rebuild.
  eleventyConfig.addGlobalData("newsroom", () => newsroom && Object.freeze(newsroom));
  // The checked settings (path prefix normalized) shadow the raw _data/site.ts for templates.
  eleventyConfig.addGlobalData("site", () => newsroom?.site && Object.freeze(newsroom.site));

  const content = relative(root, contentDir(root, process.env)) || ".";
  // Only SVG graphics are published as they are: a photo's original is replaced by its responsive
  // derivatives (src/images/), which are lighter and carry none of its EXIF (GPS positions, serials).
  if (!laterRun) {
    eleventyConfig.addPassthroughCopy({ [`${content}/media`]: "media" }, { filter: ["**/*.svg"] });
    eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });
  } else {
    for (const template of templatesOfFirstRunOnly("templates")) eleventyConfig.ignores.add(template);
  }
  eleventyConfig.addWatchTarget(`${content}/`);
  // Eleventy waits for a saved file to stay unchanged 150 ms before rebuilding; editors write a
  // file at once, and preview has a 1 s budget from save to page, so 50 ms.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
  eleventyConfig.ignores.add("templates/macros/**");

  return {
    // DATELINE_OUTPUT lets tests and benchmarks build elsewhere; Eleventy lets a config's
    // folders override the output given to its constructor, so it has to be said here.
    dir: { input: "templates", includes: "partials", layouts: "layouts", data: "../_data", output: process.env.DATELINE_OUTPUT ?? "_site" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    // Article text is never run as a template: `{{` in a story is text, and it is faster.
    markdownTemplateEngine: false,
    // PATH_PREFIX hosts the site in a folder (`/news/`): the HTML base plugin prefixes every
    // site-absolute URL in HTML output; feeds, sitemaps and JSON-LD use src/urls.ts.
    pathPrefix: normalizePathPrefix(process.env.PATH_PREFIX ?? "/"),
  };
}
