// Writes that a crash cannot leave half done. A whole file is written to a temporary file in
// the same folder, flushed to disk, then renamed over the old one: readers see the old file or
// the new one, never a mix. A line is appended in one write and flushed before anyone is told
// it was saved.
import { randomBytes } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export type WriteFileAtomic = (path: string, text: string, options?: { mode?: number }) => Promise<void>;

export const writeFileAtomic: WriteFileAtomic = async (path, text, options = {}) => {
  const folder = dirname(path);
  // A leading dot: the build and `list` skip a temporary file a crash may leave behind.
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temporary, "wx", options.mode ?? 0o644);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
    await handle.close();
    await rename(temporary, path);
  } catch (cause) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw new Error(`Cannot write ${path}`, { cause });
  }
  await syncFolder(folder);
};

/**
 * Appends one line (a newline is added) and flushes it. If an earlier crash left the file
 * without a final newline, the new line starts on a line of its own instead of gluing onto
 * the broken one.
 */
export async function appendLine(path: string, line: string, options: { mode?: number } = {}): Promise<void> {
  if (line.includes("\n")) throw new Error(`Internal error: a line for ${path} contains a line break`);
  const handle = await open(path, "a+", options.mode ?? 0o644);
  try {
    const { size } = await handle.stat();
    let text = `${line}\n`;
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) text = `\n${text}`;
    }
    await handle.write(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename in the folder durable too (POSIX); folders cannot be opened this way on Windows. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, "r");
    await handle.sync();
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code !== "EISDIR" && code !== "EPERM" && code !== "EINVAL" && code !== "EBADF" && code !== "EACCES") throw cause;
  } finally {
    await handle?.close();
  }
}
