// Bytes to text before any loader sees them: binary files and text in another encoding
// are problems naming the file, not garbled articles.
import { error, type Problem } from "../model/problem.ts";

export type Decoded = { ok: true; text: string } | { ok: false; problem: Problem };

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeSource(bytes: Uint8Array, path: string): Decoded {
  if (bytes.includes(0)) {
    return { ok: false, problem: error(path, "file", "is a binary file, not an article source: move it out of content/articles/ (pictures belong in content/media/)") };
  }
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    return { ok: false, problem: error(path, "file", "is not UTF-8 text: save it as UTF-8 (most editors offer this under \"Save with encoding\")") };
  }
}
