// Wiring only: folders, the Nunjucks environment, data, filters, and what happens before and
// after each build (src/eleventy/build-session.ts). The logic lives in src/.
import { relative, resolve } from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { filtersPlugin } from "./src/filters/index.ts";
import { normalizePathPrefix } from "./src/urls.ts";
import { outputFolder } from "./src/eleventy/output-folder.ts";
import { importFresh } from "./src/site.ts";
import { nunjucksEnvironment } from "./src/eleventy/nunjucks-environment.ts";
import { contentDir, messagesDir } from "./src/eleventy/prepare-newsroom.ts";
import { BuildSession } from "./src/eleventy/build-session.ts";
import { articlePageRenderer } from "./src/eleventy/article-page-renderer.ts";
import type { Middleware } from "./src/eleventy/open-tabs.ts";
import { currentBatch, templatesOfFirstRunOnly } from "./src/eleventy/batches.ts";
import { assertInsideOutput } from "./src/eleventy/output-guard.ts";
import { copiedFolders } from "./src/eleventy/copied-folders.ts";
import { RenderBarrier } from "./src/eleventy/render-barrier.ts";
import type { Article } from "./src/model/types.ts";

interface EleventyConfig {
  setLibrary(name: string, library: unknown): void;
  addDataExtension(extension: string, options: { parser: (path: string) => Promise<unknown>; read: boolean }): void;
  addGlobalData(name: string, value: () => unknown): void;
  addPlugin(plugin: (config: EleventyConfig) => void): void;
  addPlugin(plugin: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addPassthroughCopy(paths: Record<string, string>, options?: { filter: (relativePath: string) => boolean }): void;
  addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => string): void;
  addWatchTarget(path: string): void;
  setChokidarConfig(options: { awaitWriteFinish: { stabilityThreshold: number; pollInterval: number } }): void;
  setServerOptions(options: { middleware: Middleware[] }): void;
  ignores: { add(glob: string): void };
  on(event: "eleventy.before" | "eleventy.after", handler: (event: { runMode: string; directories: { output: string } }) => Promise<void>): void;
  on(event: "eleventy.beforeWatch", handler: (changed: string[]) => Promise<void>): void;
}

export default function (eleventyConfig: EleventyConfig) {
  const root = process.cwd();
  const templates = nunjucksEnvironment("templates");
  // Preview writes an edited article's page before the rebuild, from the article template's layout
  // (src/eleventy/first-look.ts), and shows it to open tabs through the dev server.
  const articlePage = { inputPath: "./templates/article.njk", render: articlePageRenderer(templates, "templates/layouts/article.njk") };
  // A page of one article that throws as it renders is that article's problem, not the build's end.
  const barrier = new RenderBarrier([{ pathEnd: "layouts/article.njk", sourceOf: (data) => (data as { article?: Article }).article?.source.path }]);
  barrier.install(templates);
  // Copied as they are (src/eleventy/copied-folders.ts); preview removes the copy of a file deleted.
  const copies = copiedFolders(root, contentDir(root, process.env));
  const session = new BuildSession(root, currentBatch(), articlePage, barrier, copies);

  eleventyConfig.setLibrary("njk", templates);
  eleventyConfig.setServerOptions({ middleware: [session.openTabs.middleware] });
  // Data files and template data files may be TypeScript; the query string defeats Node's
  // module cache so preview sees edits.
  eleventyConfig.addDataExtension("ts", {
    parser: (path) => importFresh(path),
    read: false,
  });
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // The newsroom before each build, the search index after it (src/eleventy/build-session.ts).
  eleventyConfig.on("eleventy.before", ({ runMode, directories }) => session.before(runMode, directories.output));
  eleventyConfig.on("eleventy.beforeWatch", async (changed) => session.filesChanged(changed));
  eleventyConfig.on("eleventy.after", ({ runMode, directories }) => session.after(runMode, directories.output));
  // Frozen, so Eleventy's data cascade hands templates these objects as they are: it deep-copies
  // unfrozen plain objects for every template, which for an archive's newsroom is seconds of
  // copying and garbage on every build and every preview rebuild.
  eleventyConfig.addGlobalData("newsroom", () => session.data && Object.freeze(session.data));
  // The checked settings (path prefix normalized) shadow the raw _data/site.ts for templates.
  eleventyConfig.addGlobalData("site", () => session.data?.site && Object.freeze(session.data.site));
  // Every page's words (src/i18n/): the site's language unless the page sets its own `ui`
  // (articles, listings and each edition's pages do).
  eleventyConfig.addGlobalData("ui", () => session.data && Object.freeze(session.data.i18n.page(session.data.site.lang)));
  eleventyConfig.addWatchTarget(relative(root, messagesDir(root, process.env)) || ".");

  const content = relative(root, contentDir(root, process.env)) || ".";
  // Only SVG graphics are published as they are: a photo's original is replaced by its responsive
  // derivatives (src/images/), which are lighter and carry none of its EXIF (GPS positions, serials).
  if (!session.laterRun) {
    // Relative to the project, as Eleventy wants them.
    for (const folder of copies) eleventyConfig.addPassthroughCopy({ [relative(root, folder.source) || "."]: folder.output }, folder.filter ? { filter: folder.filter } : undefined);
  } else {
    for (const template of templatesOfFirstRunOnly("templates")) eleventyConfig.ignores.add(template);
  }
  // Nothing is written outside the output folder, whatever a permalink says (src/eleventy/output-guard.ts).
  const outputName = outputFolder(process.env);
  const output = resolve(root, outputName);
  eleventyConfig.addTransform("stay-in-output", function (page) {
    assertInsideOutput(this.page.outputPath, output);
    return page;
  });
  eleventyConfig.addWatchTarget(`${content}/`);
  // Eleventy waits for a saved file to stay unchanged 150 ms before rebuilding; editors write a
  // file at once, and preview has a 1 s budget from save to page, so 50 ms.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
  eleventyConfig.ignores.add("templates/macros/**");

  return {
    // _site/ or, in preview, _preview/ (src/eleventy/output-folder.ts). Eleventy lets a config's
    // folders override the output given to its constructor, so it has to be said here.
    dir: { input: "templates", includes: "partials", layouts: "layouts", data: "../_data", output: outputName },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    // Article text is never run as a template: `{{` in a story is text, and it is faster.
    markdownTemplateEngine: false,
    // PATH_PREFIX hosts the site in a folder (`/news/`): the HTML base plugin prefixes every
    // site-absolute URL in HTML output; feeds, sitemaps and JSON-LD use src/urls.ts.
    pathPrefix: normalizePathPrefix(process.env.PATH_PREFIX ?? "/"),
  };
}
