// A file of records, each written with V8's serializer behind its length, so a large cache is
// written and read a piece at a time: one 650 MB serialized map (the parse cache of 100,000
// articles) had to sit in memory whole, next to the objects made from it, to be read.
import { closeSync, openSync, writeSync } from "node:fs";
import { open } from "node:fs/promises";
import { deserialize, serialize } from "node:v8";

const LENGTH_BYTES = 4;

/** Writes `records` to `file` (replacing it), synchronously: an exit handler may call it. */
export function writeRecords(file: string, records: Iterable<unknown>): void {
  const fd = openSync(file, "w");
  try {
    for (const record of records) {
      const body = serialize(record);
      const length = Buffer.alloc(LENGTH_BYTES);
      length.writeUInt32LE(body.length);
      writeSync(fd, length);
      writeSync(fd, body);
    }
  } finally {
    closeSync(fd);
  }
}

/** The records of `file` in order; throws if the file is cut short or damaged. */
export async function* readRecords(file: string): AsyncGenerator<unknown> {
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
      position += LENGTH_BYTES + size;
      yield deserialize(body);
    }
  } finally {
    await handle.close();
  }
}
