// What happens around each Eleventy build of one config (a production build, or a preview and
// its rebuilds): before it, the newsroom is prepared and the pages to render are chosen; after
// it, the search index. Kept across a preview's rebuilds: the parse cache, what preview keeps
// (PreviewMemory) and the last build, which the next one is compared with. The config
// (eleventy.config.ts) only wires these to Eleventy's events.
import { join, resolve } from "node:path";
import { indexSite } from "../search/index-site.ts";
import { searchSummary } from "../search/summary.ts";
import { ParseCache, parserVersion } from "../sources/parse-cache.ts";
import { articlesDoneAfter, planRuns, type BatchState } from "./batches.ts";
import { cleanOutput } from "./clean-output.ts";
import { buildMode, buildTime, cacheDir, contentDir, prepareNewsroom, siteFile, type NewsroomData } from "./prepare-newsroom.ts";
import { PreviewMemory } from "./preview-memory.ts";
import { DeletionWatch } from "./deletion-watch.ts";
import { releaseWrittenPages } from "./release-written-pages.ts";
import { removePages } from "./remove-pages.ts";
import { changedPages, vanishedUrls } from "./render-selection.ts";

export class BuildSession {
  private cache: Promise<ParseCache> | undefined;
  private readonly kept = new PreviewMemory();
  /** Preview: a deleted source makes Eleventy rebuild (see deletion-watch.ts). */
  readonly deletions: DeletionWatch;
  private newsroom: NewsroomData | undefined;

  constructor(
    private readonly root: string,
    /** Set when `npm run build` runs Eleventy once per slice of the pages (src/eleventy/batches.ts). */
    private readonly batch: BatchState | undefined,
  ) {
    this.deletions = new DeletionWatch(cacheDir(root, process.env));
  }

  /** What templates see as `newsroom` (undefined before the first build). */
  get data(): NewsroomData | undefined {
    return this.newsroom;
  }

  /** Whether this is a run after the first of a build in runs: it renders only its slice. */
  get laterRun(): boolean {
    return this.batch !== undefined && this.batch.run > 0;
  }

  async before(runMode: string, output: string): Promise<void> {
    // A production build frees each page once written (its HTML would otherwise stay in memory).
    await releaseWrittenPages(runMode === "build");
    const batch = this.batch;
    if (batch && batch.run > 0) {
      // Later runs render their slice of the newsroom the first run prepared.
      this.newsroom = { ...batch.prepared!, render: batch.slices[batch.run]! };
      return;
    }
    const { root } = this;
    if (runMode === "build") await cleanOutput(root, output);
    const caches = cacheDir(root, process.env);
    this.cache ??= caches ? parserVersion().then((version) => ParseCache.open(join(caches, "parsed-sources"), version)) : Promise.resolve(ParseCache.inMemory());
    const preview = runMode !== "build";
    const previous = this.newsroom?.built;
    const parsed = await this.cache;
    if (preview) {
      parsed.deferSaving();
      this.deletions.start(contentDir(root, process.env));
    }
    let newsroom = await prepareNewsroom({
      cache: parsed,
      ...(preview ? { kept: this.kept } : {}),
      root,
      contentDir: contentDir(root, process.env),
      siteFile: siteFile(root, process.env),
      outputDir: resolve(root, output),
      mode: buildMode(runMode, process.env),
      now: buildTime(process.env),
    });
    if (preview) {
      // Preview rebuilds render only what changed, and remove pages whose article went away.
      newsroom.render = changedPages(previous, newsroom.built);
      await removePages(resolve(root, output), vanishedUrls(previous, newsroom.built));
    } else {
      parsed.release();
    }
    if (batch) {
      batch.slices = planRuns(newsroom.render, batch.pagesPerRun, batch.oneRunUpTo, batch.articlesAloneFrom);
      batch.prepared = newsroom;
      newsroom = { ...newsroom, render: batch.slices[0]! };
    }
    this.newsroom = newsroom;
  }

  /** Preview: the files the watcher saw change are read again; the others are kept. */
  filesChanged(changed: readonly string[]): void {
    this.kept.files.changed(changed);
  }

  /**
   * Site search: Pagefind indexes the built article pages, one index per year, into
   * <output>/pagefind/<year>/, reusing the years whose pages did not change (src/search/).
   * Preview skips it unless DATELINE_SEARCH=true; a production build always indexes.
   */
  async after(runMode: string, output: string): Promise<void> {
    if (runMode !== "build" && process.env.DATELINE_SEARCH !== "true") return;
    const caches = cacheDir(this.root, process.env);
    const index = () => indexSite(output, { cacheDir: caches && join(caches, "search") });
    const batch = this.batch;
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
  }
}
