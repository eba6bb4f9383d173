// Parsing many sources on worker threads, one per core: a first build of a large archive spends
// most of its preparation parsing (Markdown, YAML, HTML sanitising), and the work of one source
// does not depend on another. Few sources are parsed on the calling thread: starting a worker
// (loading the loaders' modules) costs more than parsing a few hundred files.
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { ParseResult } from "../model/types.ts";
import { error } from "../model/problem.ts";
import { parseSource } from "./parse-source.ts";

export interface SourceFile {
  bytes: Uint8Array;
  /** Relative to the project root, as problems name it. */
  path: string;
}

/** Below this many sources, parsing here is faster than starting workers (measured with `npm run bench`). */
export const WORKER_THRESHOLD = 400;

/** Sources sent to a worker in one message: small enough that no message holds much of the archive. */
const CHUNK = 500;

/** What a worker posts back for one chunk. */
type WorkerReply = { ok: true; results: (ParseResult | undefined)[] } | { ok: false; message: string };

/** Every source parsed, in order. `start` makes a worker thread (a test passes one that fails). */
export async function parseInParallel(sources: readonly SourceFile[], threads = availableParallelism(), start: () => ParseWorker = startWorker): Promise<(ParseResult | undefined)[]> {
  if (sources.length < WORKER_THRESHOLD || threads < 2) return sources.map(({ bytes, path }) => parseSource(bytes, path));
  // Each worker takes the next chunk when it is done with one, and results land in order.
  const results: (ParseResult | undefined)[] = new Array(sources.length);
  let next = 0;
  const work = async () => {
    let worker = start();
    try {
      while (next < sources.length) {
        const first = next;
        next += CHUNK;
        const chunk = sources.slice(first, first + CHUNK);
        let parsed: (ParseResult | undefined)[];
        try {
          parsed = await worker.parse(chunk);
        } catch (failure) {
          // parseSource turns whatever a loader throws into that source's problem, so a failed
          // chunk means its worker died (a source exhausting its memory): find that source.
          await worker.stop();
          parsed = await isolateFailure(chunk, failure, start);
          worker = start();
        }
        parsed.forEach((result, offset) => (results[first + offset] = result));
      }
    } finally {
      await worker.stop();
    }
  };
  await Promise.all(Array.from({ length: threads }, work));
  return results;
}

/**
 * A chunk whose worker failed, halved and parsed again on fresh workers until the source that
 * fails is alone: it is rejected naming the failure, and every other source gets its result.
 */
async function isolateFailure(chunk: readonly SourceFile[], failure: unknown, start: () => ParseWorker): Promise<(ParseResult | undefined)[]> {
  if (chunk.length === 1) {
    const said = failure instanceof Error ? failure.message : String(failure);
    return [{ kind: "rejected", problems: [error(chunk[0]!.path, "file", `reading this source stopped the worker thread parsing it (${said.split("\n")[0]}), as a file built to exhaust memory does: the source is left out; check what the file holds`)] }];
  }
  const half = Math.ceil(chunk.length / 2);
  const parseAlone = async (part: readonly SourceFile[]) => {
    const worker = start();
    try {
      return await worker.parse(part);
    } catch (again) {
      return isolateFailure(part, again, start);
    } finally {
      await worker.stop();
    }
  };
  return [...(await parseAlone(chunk.slice(0, half))), ...(await parseAlone(chunk.slice(half)))];
}

export interface ParseWorker {
  parse(chunk: readonly SourceFile[]): Promise<(ParseResult | undefined)[]>;
  stop(): Promise<number>;
}

function startWorker(): ParseWorker {
  // The worker runs this same module. Module hooks are per thread and `--import tsx` does not
  // reach a worker's entry file, so a two-line script registers tsx there and then loads it.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { parsesSources: true } });
  let failed: Error | undefined;
  worker.on("error", (cause) => (failed = cause));
  return {
    parse: (chunk) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        const onExit = (code: number) => reject(new Error(`A source-parsing worker thread stopped with exit code ${code}`));
        worker.once("exit", onExit);
        worker.once("message", (reply: WorkerReply) => {
          worker.off("exit", onExit);
          if (reply.ok) resolve(reply.results);
          else reject(new Error(`Parsing sources on a worker thread failed: ${reply.message}`));
        });
        worker.postMessage(chunk);
      }),
    stop: () => worker.terminate(),
  };
}

// Inside a worker: parse each chunk sent and post its results.
if (!isMainThread && parentPort && (workerData as { parsesSources?: boolean } | undefined)?.parsesSources) {
  const port = parentPort;
  port.on("message", (chunk: SourceFile[]) => {
    let reply: WorkerReply;
    try {
      reply = { ok: true, results: chunk.map(({ bytes, path }) => parseSource(bytes, path)) };
    } catch (cause) {
      reply = { ok: false, message: cause instanceof Error ? (cause.stack ?? cause.message) : String(cause) };
    }
    port.postMessage(reply);
  });
}
