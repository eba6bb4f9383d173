// A file of records, each written with V8's serializer behind its length, so a large cache is
// written and read a piece at a time: one 650 MB serialized map (the parse cache of 100,000
// articles) had to sit in memory whole, next to the objects made from it, to be read. A record
// can also be copied byte for byte from the file it was read from (`CopiedRecord`), so a cache
// that changed in a few places is not serialized again whole.
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { open } from "node:fs/promises";
import { deserialize, serialize } from "node:v8";

const LENGTH_BYTES = 4;

/** Where a record sits in its file: the length and the serialized body together. */
export interface Span {
  start: number;
  length: number;
}

export interface ReadRecord {
  value: unknown;
  span: Span;
}

/** A record to write as the bytes it has in another file (the one being replaced). */
export class CopiedRecord {
  constructor(
    readonly file: string,
    readonly span: Span,
  ) {}
}

/**
 * Writes `records` to `file` (replacing it), synchronously: an exit handler may call it.
 * Returns where each record went.
 */
export function writeRecords(file: string, records: Iterable<unknown>): Span[] {
  const spans: Span[] = [];
  const sources = new Map<string, number>();
  const fd = openSync(file, "w");
  let position = 0;
  try {
    for (const record of records) {
      let length: number;
      if (record instanceof CopiedRecord) {
        length = writeSync(fd, copied(record, sources));
      } else {
        const body = serialize(record);
        const prefix = Buffer.alloc(LENGTH_BYTES);
        prefix.writeUInt32LE(body.length);
        length = writeSync(fd, prefix) + writeSync(fd, body);
      }
      spans.push({ start: position, length });
      position += length;
    }
  } finally {
    closeSync(fd);
    for (const source of sources.values()) closeSync(source);
  }
  return spans;
}

function copied({ file, span }: CopiedRecord, sources: Map<string, number>): Buffer {
  let fd = sources.get(file);
  if (fd === undefined) sources.set(file, (fd = openSync(file, "r")));
  const bytes = Buffer.alloc(span.length);
  if (readSync(fd, bytes, 0, span.length, span.start) !== span.length || bytes.readUInt32LE(0) !== span.length - LENGTH_BYTES) {
    throw new Error(`Internal error: ${file} no longer holds the record at byte ${span.start}`);
  }
  return bytes;
}

/** The records of `file` in order, with where each is; throws if the file is cut short or damaged. */
export async function* readRecords(file: string): AsyncGenerator<ReadRecord> {
  const handle = await open(file, "r");
  try {
    const length = Buffer.alloc(LENGTH_BYTES);
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(length, 0, LENGTH_BYTES, position);
      if (bytesRead === 0) return;
      if (bytesRead < LENGTH_BYTES) throw new Error(`${file}: cut short in a record's length`);
      const size = length.readUInt32LE(0);
      const body = Buffer.alloc(size);
      const read = await handle.read(body, 0, size, position + LENGTH_BYTES);
      if (read.bytesRead < size) throw new Error(`${file}: cut short in a record`);
      const span = { start: position, length: LENGTH_BYTES + size };
      position += span.length;
      yield { value: deserialize(body), span };
    }
  } finally {
    await handle.close();
  }
}
