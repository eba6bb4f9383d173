// A production build of a large archive runs Eleventy several times, each run rendering a slice
// of the paginated pages (articles, listings, credits), one after another in one process.
// Eleventy keeps an object for every page it renders until its build ends (its data, its
// pagination, a copy of the template): about 10 KB a page, so 200,000 pages of a
// 100,000-article archive did not fit Node's default heap. Between runs those objects are freed;
// the newsroom is prepared once, by the first run, and handed to the others.
import { readdirSync } from "node:fs";
import { Eleventy } from "@11ty/eleventy";
import type { NewsroomData } from "./prepare-newsroom.ts";
import type { RenderSelection } from "./render-selection.ts";
import type { SearchIndex } from "../search/index-site.ts";
import type { PublishState } from "./build-session.ts";
import { collectGarbage } from "./collect-garbage.ts";

/**
 * A site of up to this many paginated pages is rendered in one run (a 10,000-article site has
 * about 21,000): each further run costs Eleventy's start-up again.
 */
export const ONE_RUN_UP_TO = 30_000;

/**
 * Pages a run renders in a larger site. Its newsroom takes more of the heap (about 1.8 GB at
 * 100,000 articles), so runs are smaller: measured at 100,000 articles (`BENCH_MEMORY_LOG=1`, see
 * bench/README.md), runs of 30,000 pages peaked at 4.4 GB of memory, runs of 10,000 at 3.9–4.0 GB
 * and runs of 5,000 at 3.7–3.8 GB, in about the same time.
 */
export const PAGES_PER_RUN = 5_000;

/** The templates whose pages are sliced; every other template renders in the first run only. */
export const SLICED_TEMPLATES = new Set(["article.njk", "listing.njk", "credits.njk", "credit.njk"]);

export interface BatchState {
  /** Which run is going: 0 prepares the newsroom and plans the slices. */
  run: number;
  pagesPerRun: number;
  oneRunUpTo: number;
  articlesAloneFrom: number;
  slices: RenderSelection[];
  /** The pages to render are cut into runs of `pagesPerRun` (see cutIntoRuns): garbage is collected between them. */
  large?: boolean;
  prepared?: NewsroomData;
  /** The search index, started once the last article page is written (see articlesDoneAfter). */
  search?: Promise<SearchIndex>;
  /** What the last run records for the next build's publish in place (see build-session.ts). */
  publish?: PublishState;
  /**
   * In a build cut into runs of `pagesPerRun`, called once the newsroom is prepared and after each
   * run but the last (see collect-garbage.ts). Smaller builds leave it to V8: at 10,000 articles
   * (two runs) collecting took 0.4 to 0.6 s a build and saved 70 to 210 MiB of a peak of 0.9 to
   * 1.2 GiB, and the render after it may have been slower (within the machine's noise).
   */
  collect: () => void;
}

let state: BatchState | undefined;

/** The build in progress when `buildInRuns` is running it; else undefined (plain Eleventy, preview). */
export function currentBatch(): BatchState | undefined {
  return state;
}

/** From this many articles, article pages get runs of their own (see planRuns). */
export const ARTICLES_ALONE_FROM = 2_000;

/**
 * `render` cut into runs: one run when it has at most `oneRunUpTo` pages, else runs of
 * `pagesPerRun`. A site with many articles renders its article pages first, in runs of their
 * own, so the search index (which reads only article pages) is built on Pagefind's process while
 * the listing and credits pages render, instead of after them.
 */
export function planRuns(render: RenderSelection, pagesPerRun: number, oneRunUpTo = ONE_RUN_UP_TO, articlesAloneFrom = ARTICLES_ALONE_FROM): RenderSelection[] {
  const articles = render.articles.map((page) => ({ kind: "articles" as const, page }));
  const others = [
    ...render.listings.map((page) => ({ kind: "listings" as const, page })),
    ...render.creditsPages.map((page) => ({ kind: "creditsPages" as const, page })),
    ...render.creditNamePages.map((page) => ({ kind: "creditNamePages" as const, page })),
  ];
  const total = articles.length + others.length;
  const size = cutIntoRuns(render, oneRunUpTo) ? pagesPerRun : Math.max(total, 1);
  const parts = articles.length >= articlesAloneFrom ? [articles, others] : [[...articles, ...others]];
  const runs: RenderSelection[] = [];
  for (const part of parts) {
    for (let start = 0; start < part.length; start += size) {
      const run: RenderSelection = { articles: [], listings: [], creditsPages: [], creditNamePages: [], everything: render.everything };
      for (const { kind, page } of part.slice(start, start + size)) (run[kind] as unknown[]).push(page);
      runs.push(run);
    }
  }
  // An empty site still has its one run (its front page, feeds and sitemaps).
  if (runs.length === 0) runs.push({ articles: [], listings: [], creditsPages: [], creditNamePages: [], everything: render.everything });
  return runs;
}

/** Whether `render` has too many pages for one run and is cut into runs of `pagesPerRun`. */
export function cutIntoRuns(render: RenderSelection, oneRunUpTo = ONE_RUN_UP_TO): boolean {
  return render.articles.length + render.listings.length + render.creditsPages.length + render.creditNamePages.length > oneRunUpTo;
}

/** The run after which every article page is written: the search index can start then. */
export function articlesDoneAfter(slices: readonly RenderSelection[]): number {
  let last = 0;
  slices.forEach((slice, index) => {
    if (slice.articles.length > 0) last = index;
  });
  return last;
}

/** Templates a run after the first leaves out (relative to the project root, as Eleventy's ignores want). */
export function templatesOfFirstRunOnly(templatesDir: string): string[] {
  return readdirSync(templatesDir)
    .filter((name) => name.endsWith(".njk") && !SLICED_TEMPLATES.has(name))
    .map((name) => `${templatesDir}/${name}`);
}

export interface RunOptions {
  output?: string;
  pagesPerRun?: number;
  oneRunUpTo?: number;
  articlesAloneFrom?: number;
  /** Eleventy's own logging (each file written); off by default, as `npm run build` prints the report. */
  quiet?: boolean;
  /** Passed to each run's Eleventy as its `config` callback (the benchmark times the handlers). */
  configure?: (eleventyConfig: never) => void;
  /** Collects the garbage between runs; collectGarbage unless given (tests count the calls). */
  collect?: () => void;
}

/** `npm run build`: the production build, in as many Eleventy runs as the archive needs. */
export async function buildInRuns({ output, pagesPerRun = PAGES_PER_RUN, oneRunUpTo = ONE_RUN_UP_TO, articlesAloneFrom = ARTICLES_ALONE_FROM, quiet = true, configure, collect = collectGarbage }: RunOptions = {}): Promise<{ runs: number }> {
  if (state) throw new Error("Internal error: a build is already running in this process");
  state = { run: 0, pagesPerRun, oneRunUpTo, articlesAloneFrom, slices: [], collect };
  try {
    do {
      const eleventy = new Eleventy("templates", output, { configPath: "eleventy.config.ts", quietMode: quiet, ...(configure ? { config: configure } : {}) });
      await eleventy.write();
      state.run += 1;
      // The run's pages are garbage now; after the last run the process ends anyway.
      if (state.run < state.slices.length && state.large) collect();
    } while (state.run < state.slices.length);
    return { runs: state.run };
  } finally {
    state = undefined;
  }
}
