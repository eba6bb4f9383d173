// Parsed sources kept between builds, keyed by each file's path and content hash: a rebuild
// parses only the sources that changed (parsing is most of the time spent before rendering:
// Markdown, YAML, HTML sanitising). The model (normalize) still runs on every source every build,
// because its answers depend on the build time, the settings and the other articles.
//
// The cache is one file of records written with V8's serializer (parse results are plain data):
// the version first, then the entries a thousand at a time (src/sources/record-file.ts). It is
// tied to a version: a hash of Dateline's own code and its locked dependencies, so a changed
// parser never serves an old result. A cache that cannot be read is ignored and rewritten.
// Saving copies the records whose entries all stay byte for byte from the file it replaces and
// serializes only the others: a publish of one story at 10,000 articles serialized 65 MB again.
//
// A rebuild does not even read the files that did not change: the cache keeps each file's
// fingerprint (size, modification and change times, inode) beside its content hash, as git's
// index does, and a file that still has it is taken as unchanged. A file modified in the two
// seconds before its fingerprint was taken is read again all the same: a second edit within the
// clock's resolution could keep both its size and its time.
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, statSync, type Stats } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { error, type Problem } from "../model/problem.ts";
import type { ParseResult } from "../model/types.ts";
import { codeVersion, PROJECT } from "../code-version.ts";
import { parseSource } from "./parse-source.ts";
import { parseInParallel, type SourceFile } from "./parse-workers.ts";
import { CopiedRecord, readRecords, writeRecords, type Span } from "./record-file.ts";
import { mapLimited } from "../map-limited.ts";

/** Entries a record holds. */
const ENTRIES_PER_RECORD = 1000;
/** A record with fewer entries than this is written again with others rather than copied, so small ones do not pile up. */
const FEW_ENTRIES = ENTRIES_PER_RECORD / 2;

export interface ParseCacheStats {
  /** Sources whose parse came from the cache. */
  reused: number;
  /** Sources parsed this build. */
  parsed: number;
  /** Of the reused, the sources not read at all: their fingerprint was unchanged. */
  unread: number;
}

/** What a source file looked like when it was last read, and the cache key of its bytes then. */
interface Fingerprint {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  key: string;
}

/** A fingerprint is trusted only for a file last modified this long before it was taken. */
const RACY_MS = 2000;

/** The first record of the file. */
interface Header {
  version: string;
  /** When this cache's fingerprints were taken (ms since the epoch). */
  fingerprintedAt?: number;
  fingerprints?: [string, Fingerprint][];
}

/** A record of entries in the saved file: copied as it is when the next save keeps all its entries. */
interface Segment {
  span: Span;
  keys: string[];
}

/** What the saved file looked like when its segments were noted: copying from it is safe only while it still does. */
type FileStamp = Pick<Stats, "size" | "mtimeMs" | "ino">;

export interface SourcePath {
  /** The file to read. */
  file: string;
  /** Its project-relative path, as problems name it. */
  path: string;
}

export class ParseCache {
  private readonly used = new Map<string, ParseResult>();
  private usedFingerprints = new Map<string, Fingerprint>();
  private fingerprintedNow = 0;
  private changed = false;
  private deferred = false;
  private stats: ParseCacheStats = { reused: 0, parsed: 0, unread: 0 };

  private constructor(
    /** Where the cache is saved; `undefined` keeps it in memory only. */
    readonly file: string | undefined,
    readonly version: string,
    private entries: Map<string, ParseResult>,
    private fingerprints: Map<string, Fingerprint> = new Map(),
    private fingerprintedAt = 0,
    /** The entry records of the saved file, and the file's stamp then. */
    private saved: { segments: Segment[]; stamp: FileStamp } | undefined = undefined,
  ) {}

  /** A cache with nothing in it that is never saved (tests, benchmarks of cold builds). */
  static inMemory(): ParseCache {
    return new ParseCache(undefined, "", new Map());
  }

  /** The cache saved at `file` if it was written by this version of Dateline; else an empty one. */
  static async open(file: string, version: string): Promise<ParseCache> {
    const entries = new Map<string, ParseResult>();
    const segments: Segment[] = [];
    let header: Header | undefined;
    const stamp = stampOf(file);
    try {
      for await (const { value, span } of readRecords(file)) {
        if (!header) {
          header = value as Header;
          // Another version's cache is not read further.
          if (header.version !== version) break;
          continue;
        }
        const record = value as [string, ParseResult][];
        for (const [key, result] of record) entries.set(key, result);
        segments.push({ span, keys: record.map(([key]) => key) });
      }
    } catch {
      // Missing, cut short or from another Node: an empty cache, rewritten by this build.
      entries.clear();
    }
    if (entries.size === 0 || header?.version !== version || !stamp) return new ParseCache(file, version, entries);
    return new ParseCache(file, version, entries, new Map(header.fingerprints ?? []), header.fingerprintedAt ?? 0, { segments, stamp });
  }

  /** The source parsed, from the cache when these bytes were parsed before under this path. */
  parse(bytes: Uint8Array, path: string): ParseResult | undefined {
    const key = cacheKey(bytes, path);
    return this.reuse(key) ?? this.keep(key, parseSource(bytes, path));
  }

  /**
   * Every source parsed, in order: the ones the cache has from it, the others on worker threads
   * when there are enough of them to pay for starting the workers (src/sources/parse-workers.ts).
   */
  async parseAll(sources: readonly SourceFile[]): Promise<(ParseResult | undefined)[]> {
    const keys = sources.map(({ bytes, path }) => cacheKey(bytes, path));
    const results = keys.map((key) => this.reuse(key));
    const missing = results.flatMap((result, index) => (result ? [] : [index]));
    const parsed = await parseInParallel(missing.map((index) => sources[index]!));
    missing.forEach((index, at) => (results[index] = this.keep(keys[index]!, parsed[at])));
    return results;
  }

  /**
   * Every source file parsed, in order, reading only the files whose fingerprint changed since the
   * last build (`read` reads one: preview passes the bytes it keeps); the rest as parseAll does.
   */
  async parseFiles(files: readonly SourcePath[], read: (file: string) => Promise<Uint8Array>): Promise<(ParseResult | undefined)[]> {
    this.fingerprintedNow = Date.now();
    const results: (ParseResult | undefined)[] = new Array(files.length);
    const looked = files.map(({ file }) => statOf(file));
    const unread: number[] = [];
    const toRead: number[] = [];
    files.forEach(({ path }, index) => {
      const known = this.fingerprints.get(path);
      const now = looked[index];
      const trusted = known !== undefined && now !== undefined && sameFile(known, now) && known.mtimeMs < this.fingerprintedAt - RACY_MS;
      const result = trusted ? this.reuse(known.key) : undefined;
      if (result) {
        results[index] = result;
        this.usedFingerprints.set(path, known!);
        unread.push(index);
      } else {
        toRead.push(index);
      }
    });
    this.stats.unread += unread.length;
    // A few dozen files at a time: opening an archive's 100,000 files at once runs out of file handles.
    // A file that cannot be read (gone since it was listed, no permission) is that source's problem.
    const reads = await mapLimited(toRead, 64, async (index) => {
      const { file, path } = files[index]!;
      try {
        return { index, source: { bytes: await read(file), path } };
      } catch (caught) {
        results[index] = { kind: "rejected", problems: [unreadable(path, caught)] };
        return undefined;
      }
    });
    const readable = reads.filter((read) => read !== undefined);
    const parsed = await this.parseAll(readable.map(({ source }) => source));
    readable.forEach(({ index, source }, at) => {
      results[index] = parsed[at];
      const stat = looked[index];
      if (stat) this.usedFingerprints.set(source.path, { ...stat, key: cacheKey(source.bytes, source.path) });
    });
    return results;
  }

  private reuse(key: string): ParseResult | undefined {
    const known = this.used.get(key) ?? this.entries.get(key);
    if (known) {
      this.stats.reused += 1;
      this.used.set(key, known);
    }
    return known;
  }

  private keep(key: string, result: ParseResult | undefined): ParseResult | undefined {
    this.stats.parsed += 1;
    if (result) {
      this.used.set(key, result);
      this.changed = true;
    }
    return result;
  }

  /**
   * Ends a build: keeps only the entries this build used (a deleted or edited source's old
   * parse goes), saves them if anything changed (unless saving is deferred), and returns how
   * many were reused and parsed.
   */
  async finish(): Promise<ParseCacheStats> {
    const stats = this.stats;
    if (this.used.size !== this.entries.size || this.usedFingerprints.size !== this.fingerprints.size) this.changed = true;
    // A file read again (its fingerprint was new or not trusted) changes what is saved.
    if (stats.reused + stats.parsed > stats.unread) this.changed = true;
    this.entries = new Map(this.used);
    this.used.clear();
    this.fingerprints = this.usedFingerprints;
    this.usedFingerprints = new Map();
    if (this.fingerprintedNow > 0) this.fingerprintedAt = this.fingerprintedNow;
    this.stats = { reused: 0, parsed: 0, unread: 0 };
    if (this.file && this.changed && !this.deferred) {
      // Written aside and renamed, so a build killed mid-write leaves the old cache or none.
      await mkdir(dirname(this.file), { recursive: true });
      this.writeAside(this.file);
      this.changed = false;
    }
    return stats;
  }

  /**
   * Preview: saving waits until the process ends. Writing the whole cache after each save in the
   * editor cost a tenth of a second of every rebuild at 10,000 articles.
   */
  deferSaving(): void {
    if (this.deferred) return;
    this.deferred = true;
    process.once("exit", () => {
      if (!this.file || !this.changed) return;
      // Exit handlers run synchronously, and so does the writing.
      mkdirSync(dirname(this.file), { recursive: true });
      this.writeAside(this.file);
    });
  }

  /**
   * A production build parses once: once saved, the parses are let go, so the archive's text is
   * not held twice (as parsed and as articles) while pages render.
   */
  release(): void {
    this.entries = new Map();
    this.used.clear();
    this.fingerprints = new Map();
    this.saved = undefined;
  }

  /** Written aside and renamed, so a build killed mid-write leaves the old cache or none. */
  private writeAside(file: string): void {
    const partial = `${file}.${process.pid}.partial`;
    // Records are copied only from the file the segments were noted in: another build may have
    // replaced it since, and then every entry is serialized again.
    const saved = this.saved && sameStamp(this.saved.stamp, stampOf(file)) ? this.saved.segments : [];
    const planned = this.records(file, saved);
    const spans = writeRecords(partial, planned.records);
    renameSync(partial, file);
    const stamp = stampOf(file);
    this.saved = stamp && { segments: planned.keys.map((keys, i) => ({ span: spans[i + 1]!, keys })), stamp };
  }

  /**
   * The header, then each saved record whose entries all stay (copied from `file`), then the
   * other entries serialized a thousand at a time; with the keys of each entry record.
   */
  private records(file: string, saved: readonly Segment[]): { records: unknown[]; keys: string[][] } {
    const header: Header = { version: this.version, fingerprintedAt: this.fingerprintedAt, fingerprints: [...this.fingerprints] };
    const records: unknown[] = [header];
    const keys: string[][] = [];
    const copied = new Set<string>();
    for (const segment of saved) {
      if (segment.keys.length < FEW_ENTRIES || !segment.keys.every((key) => this.entries.has(key))) continue;
      records.push(new CopiedRecord(file, segment.span));
      keys.push(segment.keys);
      for (const key of segment.keys) copied.add(key);
    }
    let record: [string, ParseResult][] = [];
    const flush = () => {
      records.push(record);
      keys.push(record.map(([key]) => key));
      record = [];
    };
    for (const entry of this.entries) {
      if (copied.has(entry[0])) continue;
      record.push(entry);
      if (record.length === ENTRIES_PER_RECORD) flush();
    }
    if (record.length > 0) flush();
    return { records, keys };
  }
}

function unreadable(path: string, caught: unknown): Problem {
  const code = (caught as NodeJS.ErrnoException).code;
  const why = code === "ENOENT" ? "it was removed while the build ran" : code === "EACCES" || code === "EPERM" ? "the build may not read it (permissions)" : code === "EISDIR" ? "it is a folder" : caught instanceof Error ? caught.message : String(caught);
  return error(path, "file", `cannot be read: ${why}; the source is left out`);
}

function stampOf(file: string): FileStamp | undefined {
  try {
    const { size, mtimeMs, ino } = statSync(file);
    return { size, mtimeMs, ino };
  } catch {
    return undefined;
  }
}

function sameStamp(a: FileStamp, b: FileStamp | undefined): boolean {
  return b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/** The parts of a file's stat that change when it is written; undefined if it cannot be seen (then reading it says why). */
function statOf(file: string): Omit<Fingerprint, "key"> | undefined {
  try {
    const { size, mtimeMs, ctimeMs, ino } = statSync(file);
    return { size, mtimeMs, ctimeMs, ino };
  } catch {
    return undefined;
  }
}

function sameFile(known: Fingerprint, now: Omit<Fingerprint, "key">): boolean {
  return known.size === now.size && known.mtimeMs === now.mtimeMs && known.ctimeMs === now.ctimeMs && known.ino === now.ino;
}

function cacheKey(bytes: Uint8Array, path: string): string {
  return `${path}\0${createHash("sha256").update(bytes).digest("base64")}`;
}

/**
 * A hash of the code that parses (all of src/, to be safe: loaders share helpers with the model)
 * and of package-lock.json (markdown-it, yaml, sanitize-html versions), plus Node's version,
 * whose serializer writes the file.
 */
export async function parserVersion(project = PROJECT): Promise<string> {
  return codeVersion(project, ["src", "package-lock.json"]);
}
