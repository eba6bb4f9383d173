// The intake server's one writer: every accepted submission goes through here, and its caller is
// answered only once the line is on disk.
//
// Group commit: the submissions that arrive while a write is in flight wait together, and the
// next write appends all of them to the segment (src/comments/submission-log.ts) in one write
// followed by one fdatasync. A crash at any moment loses nothing acknowledged: an acknowledged
// line was synced, and a line cut short by the crash was never acknowledged (readers skip a
// last line without its line end). No lock and no temporary file is involved.
//
// Memory is bounded: past `limit` submissions waiting or being written, `append` refuses at once
// with QueueFullError (the server answers 503 with Retry-After) instead of queueing more.
import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { syncFolder } from "./atomic-write.ts";
import { PRIVATE_FILE_MODE } from "./moderation-queue.ts";
import { segmentName, type SegmentKind } from "./submission-log.ts";

/** Submissions waiting or being written, at most, unless the server is told otherwise. */
export const DEFAULT_QUEUE_LIMIT = 5_000;
/** A writer starts a new segment this often, so editors can trim the closed ones. */
const ROTATE_MS = 60 * 60 * 1000;

export class QueueFullError extends Error {
  constructor(limit: number) {
    super(`${limit} submissions are already waiting to be written`);
    this.name = "QueueFullError";
  }
}

export interface SubmissionWriter {
  /** Appends one line (without its line end); resolves once it is synced to disk. */
  append(kind: SegmentKind, line: string): Promise<void>;
  /** Submissions waiting or being written. */
  waiting(): number;
  /** Writes what is waiting, then closes the segments. */
  close(): Promise<void>;
}

export interface WriterOptions {
  limit?: number;
  now?: () => number;
  rotateMs?: number;
}

interface Waiting {
  kind: SegmentKind;
  line: string;
  settle: (failure?: Error) => void;
}

interface OpenSegment {
  path: string;
  handle: FileHandle;
  started: number;
}

export function createSubmissionWriter(folder: string, options: WriterOptions = {}): SubmissionWriter {
  const limit = options.limit ?? DEFAULT_QUEUE_LIMIT;
  const now = options.now ?? Date.now;
  const rotateMs = options.rotateMs ?? ROTATE_MS;
  let waiting: Waiting[] = [];
  let writing = 0;
  let flushing: Promise<void> | undefined;
  let closed = false;
  const segments = new Map<SegmentKind, OpenSegment>();

  function schedule(): void {
    if (flushing) return;
    // Started on the next turn of the event loop, so the forms read in this turn share a write.
    flushing = new Promise<void>((started) => setImmediate(started))
      .then(flush)
      .finally(() => {
        flushing = undefined;
        // Anything added between the last batch and now (a settled caller may add more) is written too.
        if (waiting.length > 0) schedule();
      });
  }

  async function flush(): Promise<void> {
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      writing = batch.length;
      const kinds = [...new Set(batch.map((item) => item.kind))];
      const failures = await Promise.all(
        kinds.map((kind) =>
          write(kind, batch.filter((item) => item.kind === kind).map((item) => `${item.line}\n`).join("")).then(
            () => undefined,
            (cause: Error) => cause,
          ),
        ),
      );
      for (const item of batch) item.settle(failures[kinds.indexOf(item.kind)]);
      writing = 0;
    }
  }

  async function write(kind: SegmentKind, text: string): Promise<void> {
    let segment = segments.get(kind);
    if (segment && now() - segment.started >= rotateMs) {
      segments.delete(kind);
      await segment.handle.close();
      segment = undefined;
    }
    segment ??= await startSegment(kind);
    try {
      await segment.handle.appendFile(text, "utf8");
      await segment.handle.datasync();
    } catch (cause) {
      // A failed write may have left part of a line: later lines go to a fresh segment.
      segments.delete(kind);
      await segment.handle.close().catch(() => undefined);
      throw new Error(`Cannot write ${segment.path}`, { cause });
    }
  }

  async function startSegment(kind: SegmentKind): Promise<OpenSegment> {
    for (let started = now(); ; started += 1) {
      const path = join(folder, segmentName(kind, started));
      try {
        const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_APPEND, PRIVATE_FILE_MODE);
        // The new name must survive a power cut as well as the lines in it.
        await syncFolder(folder);
        const segment = { path, handle, started };
        segments.set(kind, segment);
        return segment;
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code !== "EEXIST") throw new Error(`Cannot start ${path}`, { cause });
      }
    }
  }

  return {
    append(kind, line) {
      if (line.includes("\n")) return Promise.reject(new Error("Internal error: a submission line contains a line break"));
      if (closed) return Promise.reject(new Error("Internal error: the submission writer is closed"));
      if (waiting.length + writing >= limit) return Promise.reject(new QueueFullError(limit));
      return new Promise<void>((resolve, reject) => {
        waiting.push({ kind, line, settle: (failure) => (failure ? reject(failure) : resolve()) });
        schedule();
      });
    },
    waiting: () => waiting.length + writing,
    async close() {
      closed = true;
      while (flushing) await flushing;
      for (const segment of segments.values()) await segment.handle.close();
      segments.clear();
    },
  };
}
