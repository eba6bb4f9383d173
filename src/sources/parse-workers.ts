// Parsing many sources on worker threads, one per core: a first build of a large archive spends
// most of its preparation parsing (Markdown, YAML, HTML sanitising), and the work of one source
// does not depend on another. Few sources are parsed on the calling thread: starting a worker
// (loading the loaders' modules) costs more than parsing a few hundred files.
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { ParseResult } from "../model/types.ts";
import { parseSource } from "./parse-source.ts";

export interface SourceFile {
  bytes: Uint8Array;
  /** Relative to the project root, as problems name it. */
  path: string;
}

/** Below this many sources, parsing here is faster than starting workers (measured with `npm run bench`). */
export const WORKER_THRESHOLD = 400;

/** What a worker posts back for one batch. */
type WorkerReply = { ok: true; results: (ParseResult | undefined)[] } | { ok: false; message: string };

export async function parseInParallel(sources: readonly SourceFile[], threads = availableParallelism()): Promise<(ParseResult | undefined)[]> {
  if (sources.length < WORKER_THRESHOLD || threads < 2) return sources.map(({ bytes, path }) => parseSource(bytes, path));
  // Contiguous batches, one per worker: each reply is one structured clone, and order is kept.
  const size = Math.ceil(sources.length / threads);
  const batches = Array.from({ length: threads }, (_, index) => sources.slice(index * size, (index + 1) * size)).filter((batch) => batch.length > 0);
  const replies = await Promise.all(batches.map(parseOnWorker));
  return replies.flat();
}

function parseOnWorker(batch: readonly SourceFile[]): Promise<(ParseResult | undefined)[]> {
  return new Promise((resolve, reject) => {
    // The worker runs this same module. Module hooks are per thread and `--import tsx` does not
    // reach a worker's entry file, so a two-line script registers tsx there and then loads it.
    const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
    const worker = new Worker(bootstrap, { eval: true, workerData: batch });
    worker.once("message", (reply: WorkerReply) => {
      void worker.terminate();
      if (reply.ok) resolve(reply.results);
      else reject(new Error(`Parsing sources on a worker thread failed: ${reply.message}`));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`A source-parsing worker thread stopped with exit code ${code}`));
    });
  });
}

// Inside a worker: parse the batch and post the results.
if (!isMainThread && parentPort && Array.isArray(workerData)) {
  let reply: WorkerReply;
  try {
    reply = { ok: true, results: (workerData as SourceFile[]).map(({ bytes, path }) => parseSource(bytes, path)) };
  } catch (cause) {
    reply = { ok: false, message: cause instanceof Error ? (cause.stack ?? cause.message) : String(cause) };
  }
  parentPort.postMessage(reply);
}
