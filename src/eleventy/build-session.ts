// What happens around each Eleventy build of one config (a production build, or a preview and
// its rebuilds): before it, the newsroom is prepared and the pages to render are chosen; after
// it, the search index. Kept across a preview's rebuilds: the parse cache, what preview keeps
// (PreviewMemory) and the last build, which the next one is compared with. The config
// (eleventy.config.ts) only wires these to Eleventy's events.
import { join, resolve } from "node:path";
import { indexSite } from "../search/index-site.ts";
import { searchSummary } from "../search/summary.ts";
import { ParseCache, parserVersion } from "../sources/parse-cache.ts";
import { articlesDoneAfter, cutIntoRuns, planRuns, type BatchState } from "./batches.ts";
import { cleanOutput } from "./clean-output.ts";
import { buildMode, buildTime, cacheDir, contentDir, prepareNewsroom, siteFile, StrictBuildError, type NewsroomData } from "./prepare-newsroom.ts";
import type { RenderBarrier } from "./render-barrier.ts";
import { EVERY_PAGE_WRITTEN, formatPagesPublished, formatRenderFailures, pagesPublished, thousands } from "../report.ts";
import { PreviewMemory } from "./preview-memory.ts";
import { releaseWrittenPages } from "./release-written-pages.ts";
import { removePages } from "./remove-pages.ts";
import { changedPages, changedSince, pageKeys, vanishedUrls, type PageKeys } from "./render-selection.ts";
import { articleSignatures } from "../publish/article-signatures.ts";
import { buildInputs, planPublish, writeRecord } from "../publish/last-build.ts";
import { snapshotOutput, type KnownFiles } from "../publish/output-snapshot.ts";
import { keptOutput, pageFile } from "../publish/publish-in-place.ts";
import { isKept, pruneOutput } from "../publish/prune-output.ts";
import { firstLook, type ArticlePageData } from "./first-look.ts";
import { OpenTabs } from "./open-tabs.ts";
import { removeVanishedCopies, type CopiedFolder } from "./copied-folders.ts";

export class BuildSession {
  private cache: Promise<ParseCache> | undefined;
  private readonly kept = new PreviewMemory();
  private newsroom: NewsroomData | undefined;
  /** Set in production builds that keep a record of their pages for the next one. */
  private publish: PublishState | undefined;
  /** Preview: the browser tabs showing the site (first-look.ts shows them an edit early). */
  readonly openTabs = new OpenTabs();
  private outputDir: string | undefined;

  constructor(
    private readonly root: string,
    /** Set when `npm run build` runs Eleventy once per slice of the pages (src/eleventy/batches.ts). */
    private readonly batch: BatchState | undefined,
    /** Preview's first look at an edited article: its page template, and how to render it. */
    private readonly articlePage?: { inputPath: string; render: (data: ArticlePageData) => string },
    /** Pages of one source that failed to render (render-barrier.ts): reported once the run is written. */
    private readonly barrier?: RenderBarrier,
    /** The folders copied as they are: preview removes the copy of a file deleted from one. */
    private readonly copies: readonly CopiedFolder[] = [],
  ) {}

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
      this.publish = batch.publish;
      return;
    }
    const { root } = this;
    const caches = cacheDir(root, process.env);
    const outputDir = resolve(root, output);
    this.outputDir = outputDir;
    // A production build with a cache folder may keep the last build's unchanged pages (src/publish/).
    const plan = runMode === "build" && caches ? await this.planPublish(caches, outputDir) : undefined;
    if (runMode === "build" && !plan?.previous) await cleanOutput(root, output);
    this.cache ??= caches ? parserVersion().then((version) => ParseCache.open(join(caches, "parsed-sources"), version)) : Promise.resolve(ParseCache.inMemory());
    const preview = runMode !== "build";
    const previous = this.newsroom?.built;
    const parsed = await this.cache;
    if (preview) parsed.deferSaving();
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
      const before = previous && pageKeys(previous);
      newsroom.render = changedPages(before, newsroom.built);
      const pagesNow = new Set(newsroom.pages.map((page) => page.url));
      const pagesGone = (this.newsroom?.pages ?? []).map((page) => page.url).filter((url) => !pagesNow.has(url));
      await removePages(outputDir, [...vanishedUrls(before, newsroom.built), ...pagesGone]);
    } else {
      parsed.release();
      if (plan) this.publish = await this.choosePages(plan, newsroom, outputDir, root, output);
    }
    if (batch) {
      batch.publish = this.publish;
      batch.slices = planRuns(newsroom.render, batch.pagesPerRun, batch.oneRunUpTo, batch.articlesAloneFrom);
      batch.large = cutIntoRuns(newsroom.render, batch.oneRunUpTo);
      // The sources' bytes and parses, and what a publish compared, are garbage before any page renders.
      if (batch.large) batch.collect();
      batch.prepared = newsroom;
      newsroom = { ...newsroom, render: batch.slices[0]! };
    }
    this.newsroom = newsroom;
  }

  /** What goes into the record of this build (src/publish/last-build.ts), and where the record goes. */
  private async planPublish(caches: string, output: string) {
    const env = process.env;
    const inputs = await buildInputs(this.root, { output, content: contentDir(this.root, env), site: siteFile(this.root, env), pathPrefix: env.PATH_PREFIX, strict: env.DATELINE_STRICT });
    const recordFile = join(caches, "last-build");
    const plan = await planPublish({ recordFile, inputs, output, full: env.DATELINE_FULL_BUILD === "true" });
    return { ...plan, recordFile, inputs };
  }

  /**
   * A production build renders every page, unless the last build's record allows publishing in
   * place: then only the pages whose content changed, after removing every file of the output
   * that is not kept (src/publish/prune-output.ts).
   */
  private async choosePages(plan: Awaited<ReturnType<BuildSession["planPublish"]>>, newsroom: NewsroomData, outputDir: string, root: string, output: string): Promise<PublishState> {
    const started = performance.now();
    const signatures = articleSignatures(newsroom.articles);
    const keys = pageKeys(newsroom.built, signatures);
    const state: PublishState = { recordFile: plan.recordFile, inputs: plan.inputs, output: outputDir, keys };
    const total = keys.articles.size + keys.listings.size + keys.creditsPages.size + keys.creditNamePages.size;
    if (!plan.previous) {
      console.log(`Building every page (${thousands(total)}): ${plan.reason}.\n${EVERY_PAGE_WRITTEN}`);
      return state;
    }
    const previous = plan.previous.pages;
    const selection = changedPages(previous, newsroom.built, changedSince(previous, signatures));
    if (selection.everything) {
      // The record allowed it, but every page shows something that changed (settings, content pages).
      await cleanOutput(root, output);
      console.log(`Building every page (${thousands(total)}): something every page shows changed (settings or content pages).\n${EVERY_PAGE_WRITTEN}`);
      return state;
    }
    const vanished = vanishedUrls(previous, newsroom.built);
    const { kept } = keptOutput(newsroom.built, selection);
    await pruneOutput(outputDir, plan.files.keys(), kept);
    newsroom.render = selection;
    state.known = { before: plan.files, untouched: isKept(kept) };
    const rendered = [selection.articles, selection.listings, selection.creditsPages, selection.creditNamePages].flatMap((pages: readonly { url: string }[]) => pages.map((page) => page.url));
    const pages = formatPagesPublished(pagesPublished({ before: plan.files.keys(), keeps: state.known.untouched, rendered, vanished, fileOf: pageFile }));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Publishing in place (${plan.reason}): ${thousands(rendered.length)} of ${thousands(total)} article, listing and credits pages changed; ${seconds} s to compare.\n${pages}`);
    return state;
  }

  /**
   * Preview, before a rebuild: the files the watcher saw change are read again (the others are
   * kept), and an edited article's page is written and shown to open tabs first (first-look.ts).
   */
  async filesChanged(changed: readonly string[]): Promise<void> {
    this.kept.files.changed(changed);
    const previous = this.newsroom;
    const { articlePage, outputDir } = this;
    if (outputDir) await removeVanishedCopies(changed, this.copies, outputDir);
    // A path prefix is added to links by Eleventy's HTML base plugin, after rendering: pages at the
    // site's root only.
    if (!previous || !articlePage || !outputDir || previous.site.pathPrefix !== "/") return;
    const started = performance.now();
    try {
      const pages = await firstLook({ changed, previous, root: this.root, contentDir: contentDir(this.root, process.env), outputDir, now: buildTime(process.env), render: articlePage.render });
      if (pages.length === 0) return;
      const shown = this.openTabs.show(pages.map(({ url, content }) => ({ url, inputPath: articlePage.inputPath, content })));
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      console.log(`Preview: ${pages.map((page) => page.url).join(", ")} written${shown ? " and shown" : ""} in ${seconds} s; the rest follows in the rebuild.`);
    } catch (cause) {
      // The rebuild makes every page anyway, and reports any problem in the sources.
      console.log(`Preview: no first look at this edit (${cause instanceof Error ? cause.message : String(cause)}); the rebuild shows it.`);
    }
  }

  /**
   * Site search: Pagefind indexes the built article pages, one index per language, into
   * <output>/pagefind/<language>/, reusing the languages whose indexed content did not change
   * (src/search/).
   * Preview skips it unless DATELINE_SEARCH=true; a production build always indexes.
   */
  async after(runMode: string, output: string): Promise<void> {
    const failed = this.barrier?.take() ?? [];
    if (failed.length > 0) {
      console.log(formatRenderFailures(failed));
      // As for any other error in the sources, a strict build fails (and records nothing), with the report.
      if (this.newsroom?.mode === "strict") throw new StrictBuildError(failed.length);
    }
    if (runMode !== "build" && process.env.DATELINE_SEARCH !== "true") return;
    const caches = cacheDir(this.root, process.env);
    const index = () => indexSite(output, { cacheDir: caches && join(caches, "search") });
    const batch = this.batch;
    if (!batch) {
      console.log(searchSummary(await index()));
    } else {
      // In runs: started once every article page is written, it works in Pagefind's own process
      // while later runs render; the last run waits for it.
      if (batch.run === articlesDoneAfter(batch.slices)) {
        batch.search = index();
        batch.search.catch(() => undefined); // Reported when awaited below, not as unhandled.
      }
      if (batch.run < batch.slices.length - 1) return;
      console.log(searchSummary(await batch.search!));
    }
    // The build is complete: the record lets the next one publish in place.
    const publish = this.publish;
    if (runMode === "build" && publish) await writeRecord(publish.recordFile, { inputs: publish.inputs, output: publish.output, pages: publish.keys, files: snapshotOutput(publish.output, publish.known) });
  }
}

/** What a production build with a cache folder records at its end (src/publish/last-build.ts). */
export interface PublishState {
  recordFile: string;
  inputs: string;
  output: string;
  keys: PageKeys;
  /** A publish in place: the output folder as it was found, and which of its files stay as they were. */
  known?: KnownFiles;
}

