// Child process of `npm run bench`: one full production build of Dateline (strict, every page
// type, feeds, sitemaps, the Pagefind index) with the project's own eleventy.config.ts, as
// `npm run build` makes it. The content and output folders come from DATELINE_CONTENT and
// DATELINE_OUTPUT. Writes what it measured as JSON to the file given.
// Usage: node --expose-gc --import tsx bench/build-dateline.ts <result file> (the flags of `npm run build`)
import type { EventEmitter } from "node:events";
import { writeFileSync } from "node:fs";
import { buildInRuns } from "../src/eleventy/batches.ts";
import { collectGarbage } from "../src/eleventy/collect-garbage.ts";

export interface DatelineChildResult {
  /** Seconds since this process started, at the end of the build. */
  seconds: number;
  maxRssKb: number;
  /** Seconds: process start until Eleventy runs the `eleventy.before` handlers (Node, tsx, config, file search). */
  startup: number;
  /** Seconds in `eleventy.before`: settings, newsroom, report, pictures, collections. */
  prepare: number;
  /** Seconds from the end of `eleventy.before` until Eleventy has written every page. */
  renderWrite: number;
  /** Seconds in `eleventy.after`: the Pagefind index. */
  after: number;
}

const [resultFile] = process.argv.slice(2);
if (!resultFile) throw new Error("Usage: node --expose-gc --import tsx bench/build-dateline.ts <result file>");
const output = process.env.DATELINE_OUTPUT;
if (!output) throw new Error("DATELINE_OUTPUT must name the output folder");

const spans: Record<"before" | "after", { start: number; end: number }> = { before: { start: 0, end: 0 }, after: { start: 0, end: 0 } };

/** Runs the handlers the config registered for `event` as Eleventy would (all at once), timing them. */
function timeHandlers(events: EventEmitter, event: "eleventy.before" | "eleventy.after", span: { start: number; end: number }): void {
  const handlers = events.listeners(event) as ((...args: unknown[]) => unknown)[];
  events.removeAllListeners(event);
  events.on(event, async (...args: unknown[]) => {
    span.start = performance.now();
    await Promise.all(handlers.map((handler) => handler.apply(events, args)));
    span.end = performance.now();
  });
}

// `npm run build`'s own path (scripts/build.ts), with the handlers timed in every run: the first
// run's `before` prepares the newsroom, the last run's `after` builds the search index.
// BENCH_PAGES_PER_RUN tries another run size; BENCH_MEMORY_LOG prints the heap after each run and
// after each garbage collection between runs, with its time.
const pagesPerRun = process.env.BENCH_PAGES_PER_RUN ? Number(process.env.BENCH_PAGES_PER_RUN) : undefined;
await buildInRuns({
  output,
  ...(pagesPerRun ? { pagesPerRun, oneRunUpTo: 0 } : {}),
  ...(process.env.BENCH_MEMORY_LOG ? { collect: timedCollection } : {}),
  // Runs before the config file; `eleventy.config` fires once the config file has registered its handlers.
  configure: (eleventyConfig: { events: EventEmitter; on(event: string, handler: () => void): void }) => {
    eleventyConfig.on("eleventy.config", () => {
      timeHandlers(eleventyConfig.events, "eleventy.before", spans.before.end === 0 ? spans.before : { start: 0, end: 0 });
      timeHandlers(eleventyConfig.events, "eleventy.after", spans.after);
      if (process.env.BENCH_MEMORY_LOG) {
        eleventyConfig.on("eleventy.after", () => {
          const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
          console.error(`memory after a run: rss ${Math.round(rss / 2 ** 20)} MB, heap used ${Math.round(heapUsed / 2 ** 20)} MB, heap total ${Math.round(heapTotal / 2 ** 20)} MB, external ${Math.round(external / 2 ** 20)} MB, peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
        });
      }
    });
  },
});

/** collectGarbage, saying how long it took and what it left. */
function timedCollection(): void {
  const started = performance.now();
  const collected = collectGarbage();
  const { rss, heapUsed } = process.memoryUsage();
  console.error(`garbage ${collected ? `collected in ${Math.round(performance.now() - started)} ms` : "not collected (no --expose-gc)"}: rss ${Math.round(rss / 2 ** 20)} MB, heap used ${Math.round(heapUsed / 2 ** 20)} MB`);
}

const end = performance.now();
if (spans.before.end === 0 || spans.after.end === 0) throw new Error("Internal error: the benchmark could not time Eleventy's before and after handlers");
const result: DatelineChildResult = {
  seconds: end / 1000,
  maxRssKb: process.resourceUsage().maxRSS,
  startup: spans.before.start / 1000,
  prepare: (spans.before.end - spans.before.start) / 1000,
  renderWrite: (spans.after.start - spans.before.end) / 1000,
  after: (spans.after.end - spans.after.start) / 1000,
};
writeFileSync(resultFile, JSON.stringify(result));
