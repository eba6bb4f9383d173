// Where the intake server's submissions are kept: segment files in the moderation folder, each
// written by one server process and by nothing else, only ever appended to.
//
//   comments.20261118T150209123Z.newsroom-host.4711.jsonl    comments, one JSON object a line
//   reactions.20261118T150209123Z.newsroom-host.4711.jsonl   Yes/No answers
//
// The name says when the segment was started and which process (host, pid) writes it. A writer
// starts a new segment at each start and every hour, and writes only its newest one; so a
// segment is *closed* (nothing will ever be appended to it again) when its writer is gone or has
// a newer segment. Editors' commands rewrite only closed segments (src/comments/moderate.ts),
// which is how approved comments' e-mail addresses leave the folder without any lock between
// the server and the editor.
//
// `queue.jsonl` and `reactions.jsonl`, written by earlier versions, are read as closed segments.
import { readdir } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";

export type SegmentKind = "comments" | "reactions";

export interface Segment {
  kind: SegmentKind;
  name: string;
  path: string;
  /** The process that appends to it; none for the files of earlier versions. */
  writer?: { host: string; pid: number; started: string };
}

const LEGACY: Record<SegmentKind, string> = { comments: "queue.jsonl", reactions: "reactions.jsonl" };
const SEGMENT = /^(comments|reactions)\.(\d{8}T\d{9}Z)\.([A-Za-z0-9-]+)\.(\d+)\.jsonl$/;

/** This machine's name as segment names carry it (letters, digits and `-` only). */
export function thisHost(): string {
  return hostname().replace(/[^A-Za-z0-9-]+/g, "-") || "host";
}

export function segmentName(kind: SegmentKind, startedMs: number, pid = process.pid): string {
  const started = new Date(startedMs).toISOString().replace(/[-:.]/g, "");
  return `${kind}.${started}.${thisHost()}.${pid}.jsonl`;
}

/** The segments of one kind, oldest first (earlier versions' file before all). */
export async function listSegments(folder: string, kind: SegmentKind): Promise<Segment[]> {
  const names = await readdir(folder).catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === "ENOENT") return [] as string[];
    throw new Error(`Cannot read the moderation folder ${folder}`, { cause });
  });
  const segments: Segment[] = [];
  for (const name of names) {
    if (name === LEGACY[kind]) segments.push({ kind, name, path: join(folder, name) });
    const parts = SEGMENT.exec(name);
    if (parts && parts[1] === kind) segments.push({ kind, name, path: join(folder, name), writer: { started: parts[2]!, host: parts[3]!, pid: Number(parts[4]) } });
  }
  const order = (segment: Segment) => (segment.writer ? `1 ${segment.writer.started} ${segment.name}` : "0");
  return segments.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/**
 * Whether nothing will be appended to the segment again: an earlier version's file, a segment
 * whose writer has started a newer one, or whose writer (on this host) has ended. A segment
 * written from another host is taken as open: its process cannot be checked from here.
 */
export function isClosed(segment: Segment, all: readonly Segment[]): boolean {
  const writer = segment.writer;
  if (!writer) return true;
  const newer = all.some((other) => other.kind === segment.kind && other.writer?.host === writer.host && other.writer.pid === writer.pid && other.writer.started > writer.started);
  if (newer) return true;
  if (writer.host !== thisHost()) return false;
  return !processAlive(writer.pid);
}

/** Whether process `pid` on this host still runs (a process we may not signal runs too). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code !== "ESRCH";
  }
}
