// The search index of a production build, made while the build is still writing its pages.
//
// Pagefind reads the written article pages, so it used to start once the last of them was on
// disk, and for a first build one core waited while the other rendered. Now each partition (a
// year, the newest month) is indexed as soon as all its article pages are written: the build
// writes them newest first, and so the index takes them. While Eleventy renders, one Pagefind runs
// beside it; once rendering is over, one per core.
//
// The index is made on a worker thread: Eleventy renders a whole run of pages in one chain of
// promises, so the build's own thread would not get to a Pagefind process that ended, or to the
// files the cache hashes, until the run was over. The build thread only counts the pages written
// and tells the worker when a month folder is complete.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { monthOfUrl, type SearchPartition } from "./partitions.ts";
import { indexSite, type SearchIndex } from "./index-site.ts";
import { SearchIndexError } from "./search-error.ts";

export interface WhileWritingOptions {
  /** Where each partition's bundle is kept between builds (see indexSite). */
  cacheDir?: string;
  /** Partitions whose bundle in the output stays as it is (see indexSite). */
  unchangedPartitions?: ReadonlySet<string>;
  /** Every published article's URL (`/2026/11/02/slug/`): the partitions are planned from them. */
  articleUrls: readonly string[];
  /** The URLs of the article pages this build writes; their partitions wait for them. */
  writing: readonly string[];
}

export interface IndexWhileWriting {
  /** The index once made (or the SearchIndexError that stopped it). */
  readonly done: Promise<SearchIndex>;
  /** A page of the build was written. */
  written(url: string): void;
  /** Every page this build writes is written, or the build stopped: nothing waits any more. */
  allWritten(): void;
  /** Rendering is over: Pagefind may run on every core. */
  rendered(): void;
  /** Stops indexing (a build that failed has no site to index). */
  stop(): Promise<void>;
}

/** What the worker is started with. */
interface WorkerInput {
  indexesWhileWriting: true;
  outputDir: string;
  cacheDir?: string;
  unchangedPartitions: string[];
  pagesByMonth: [string, number][];
  /** Month folders (`2026/11`) with pages still to be written. */
  waitingMonths: string[];
}

type ToWorker = { months: string[] } | { rendered: true };
type FromWorker = { index: SearchIndex } | { failed: { name: string; message: string; stack?: string; errors?: string[] } };

/** Starts indexing `outputDir` on a worker thread; the build tells it what it writes. */
export function indexWhileWriting(outputDir: string, options: WhileWritingOptions): IndexWhileWriting {
  const pagesByMonth = countByMonth(options.articleUrls);
  const writing = pendingByMonth(options.writing);
  const input: WorkerInput = {
    indexesWhileWriting: true,
    outputDir,
    ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
    unchangedPartitions: [...(options.unchangedPartitions ?? [])],
    pagesByMonth: [...pagesByMonth],
    waitingMonths: [...writing.keys()],
  };
  // The worker runs this same module; tsx is registered there first (see parse-workers.ts).
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: input });
  const send = (message: ToWorker) => worker.postMessage(message);
  const done = new Promise<SearchIndex>((resolve, reject) => {
    worker.once("message", (reply: FromWorker) => ("index" in reply ? resolve(reply.index) : reject(rebuiltError(reply.failed))));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new SearchIndexError("finish", [`the search index's worker thread stopped with exit code ${code}`])));
  });
  return {
    done,
    written(url) {
      const month = monthOfUrl(url);
      const pages = month === undefined ? undefined : writing.get(month);
      if (!month || !pages?.delete(url) || pages.size > 0) return;
      writing.delete(month);
      send({ months: [month] });
    },
    allWritten() {
      if (writing.size > 0) send({ months: [...writing.keys()] });
      writing.clear();
    },
    rendered: () => send({ rendered: true }),
    stop: async () => {
      await worker.terminate();
    },
  };
}

function countByMonth(urls: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const url of urls) {
    const month = monthOfUrl(url);
    if (month) counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return counts;
}

function pendingByMonth(urls: readonly string[]): Map<string, Set<string>> {
  const pending = new Map<string, Set<string>>();
  for (const url of urls) {
    const month = monthOfUrl(url);
    if (!month) continue;
    const pages = pending.get(month) ?? new Set<string>();
    pages.add(url);
    pending.set(month, pages);
  }
  return pending;
}

/** The worker's error on this side, with its name, message and the messages a SearchIndexError lists. */
function rebuiltError({ name, message, stack, errors }: { name: string; message: string; stack?: string; errors?: string[] }): Error {
  const error = Object.assign(new Error(message), errors ? { errors } : {});
  error.name = name;
  if (stack) error.stack = stack;
  return error;
}

/** Month folders whose pages are not all written yet, and the partitions waiting for them (the worker's side). */
class MonthGates {
  private readonly waiting = new Map<string, (() => void)[]>();
  private readonly closed: Set<string>;

  constructor(closedMonths: Iterable<string>) {
    this.closed = new Set(closedMonths);
  }

  open(months: readonly string[]): void {
    for (const month of months) {
      this.closed.delete(month);
      for (const wake of this.waiting.get(month) ?? []) wake();
      this.waiting.delete(month);
    }
  }

  /** Resolves once every month of `partition` is open. */
  async ready({ year, months }: Pick<SearchPartition, "year" | "months">): Promise<void> {
    for (const mm of months) {
      const month = `${year}/${mm}`;
      if (!this.closed.has(month)) continue;
      await new Promise<void>((resolve) => this.waiting.set(month, [...(this.waiting.get(month) ?? []), resolve]));
    }
  }
}

// Inside the worker: index as the build says its months are written, then post the result.
if (!isMainThread && parentPort && (workerData as Partial<WorkerInput> | undefined)?.indexesWhileWriting) {
  const port = parentPort;
  const input = workerData as WorkerInput;
  const gates = new MonthGates(input.waitingMonths);
  let rendered = () => {};
  const renderedOver = new Promise<void>((resolve) => (rendered = resolve));
  port.on("message", (message: ToWorker) => {
    if ("months" in message) gates.open(message.months);
    else if ("rendered" in message) rendered();
  });
  indexSite(input.outputDir, {
    ...(input.cacheDir === undefined ? {} : { cacheDir: input.cacheDir }),
    unchangedPartitions: new Set(input.unchangedPartitions),
    whileWriting: { pagesByMonth: new Map(input.pagesByMonth), ready: (partition) => gates.ready(partition), rendered: renderedOver },
  }).then(
    (index) => port.postMessage({ index } satisfies FromWorker),
    (cause: unknown) => {
      const error = cause instanceof Error ? cause : new Error(String(cause));
      const errors = (error as Partial<SearchIndexError>).errors;
      port.postMessage({ failed: { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}), ...(errors ? { errors } : {}) } } satisfies FromWorker);
    },
  ).finally(() => port.close());
}
