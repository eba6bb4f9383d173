// The benchmark's one JSON line: Dateline's size, time, memory and phases, the baseline's, and
// the ratio. Times are medians over the runs; each run's sizes are the same.
import type { DatelineChildResult } from "./build-dateline.ts";
import type { PhaseTimes } from "./measure-phases.ts";
import type { OutputSize } from "./output-size.ts";

export interface DatelineRun {
  wallSeconds: number;
  result: DatelineChildResult;
  size: OutputSize;
}

export interface BaselineRun {
  wallSeconds: number;
  maxRssKb: number;
  size: OutputSize;
}

/** The builds after each run's first, over its output with its caches, in the order they run. */
export interface LaterRuns {
  /** The publish after editing one article. */
  rebuild: readonly DatelineRun[];
  /** The publish after adding one article dated on the build day. */
  newStory: readonly DatelineRun[];
  /** Every page again (DATELINE_FULL_BUILD). */
  fullRebuild: readonly DatelineRun[];
}

export interface RunSettings {
  articles: number;
  images: boolean;
  sections: number;
  repeat: number;
}

export function summarize(phases: PhaseTimes, dateline: readonly DatelineRun[], baseline: readonly BaselineRun[], builds: LaterRuns, settings: RunSettings) {
  const size = dateline[0]!.size;
  const wallSeconds = round(median(dateline.map((run) => run.wallSeconds)));
  const baselineWall = baseline.length > 0 ? round(median(baseline.map((run) => run.wallSeconds))) : undefined;
  const inBuild = (key: "startup" | "prepare" | "renderWrite" | "after") => round(median(dateline.map((run) => run.result[key])));
  return {
    articles: settings.articles,
    pages: size.pages,
    files: size.files,
    bytes: size.bytes,
    wallSeconds,
    peakRssMb: megabytes(median(dateline.map((run) => run.result.maxRssKb))),
    phases: {
      readParse: round(phases.readParse),
      normalize: round(phases.normalize),
      collections: round(phases.collections),
      renderWrite: inBuild("renderWrite"),
      after: inBuild("after"),
      startup: inBuild("startup"),
      prepare: inBuild("prepare"),
    },
    largestPage: size.largestPage,
    baseline:
      baselineWall === undefined
        ? undefined
        : { pages: baseline[0]!.size.pages, files: baseline[0]!.size.files, bytes: baseline[0]!.size.bytes, wallSeconds: baselineWall, peakRssMb: megabytes(median(baseline.map((run) => run.maxRssKb))) },
    ratio: baselineWall === undefined ? undefined : round(wallSeconds / baselineWall, 3),
    // The next build after editing one article, with the first build's caches and output: a
    // publish in place (src/publish/).
    rebuild: later(builds.rebuild, baselineWall),
    // Then the publish a newsroom runs most: one new story, on the front page and its listings' first pages.
    newStory: later(builds.newStory, baselineWall),
    // Then every page again with those caches (DATELINE_FULL_BUILD): what a template change costs.
    fullRebuild: later(builds.fullRebuild, baselineWall),
    images: settings.images,
    sections: settings.sections,
    repeat: settings.repeat,
  };
}

/** A build after the first: its median time and phases, and its ratio to the baseline's first build. */
function later(runs: readonly DatelineRun[], baselineWall: number | undefined) {
  const of = (key: "startup" | "prepare" | "renderWrite" | "after") => round(median(runs.map((run) => run.result[key])));
  const wallSeconds = round(median(runs.map((run) => run.wallSeconds)));
  return {
    wallSeconds,
    peakRssMb: megabytes(median(runs.map((run) => run.result.maxRssKb))),
    phases: { startup: of("startup"), prepare: of("prepare"), renderWrite: of("renderWrite"), after: of("after") },
    ratio: baselineWall === undefined ? undefined : round(wallSeconds / baselineWall, 3),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function round(value: number, digits = 2): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

function megabytes(kilobytes: number): number {
  return Math.round(kilobytes / 1024);
}
