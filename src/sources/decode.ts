// Bytes to text before any loader sees them: binary files and text in another encoding
// are problems naming the file, not garbled articles. The one exception is a raw agency
// transmission (ANPA 1312, IPTC 7901): those predate UTF-8 and come in an 8-bit charset, so
// one that is not UTF-8 is read as Windows-1252 (a superset of Latin-1), with a warning.
import { error, warning, type Problem } from "../model/problem.ts";
import { looksLikeTransmission } from "./transmission.ts";

export type Decoded = { ok: true; text: string; problems: Problem[] } | { ok: false; problem: Problem };

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const WINDOWS_1252 = new TextDecoder("windows-1252");

export function decodeSource(bytes: Uint8Array, path: string): Decoded {
  if (bytes.includes(0)) {
    return { ok: false, problem: error(path, "file", "is a binary file, not an article source: move it out of content/articles/ (pictures belong in content/media/)") };
  }
  try {
    return { ok: true, text: UTF8.decode(bytes), problems: [] };
  } catch {
    const legacy = WINDOWS_1252.decode(bytes);
    if (looksLikeTransmission(legacy)) {
      return { ok: true, text: legacy, problems: [warning(path, "file", "is not UTF-8: read as Windows-1252 (Latin-1), the 8-bit charset agency transmissions use; check accented letters such as ü and é on the page")] };
    }
    return { ok: false, problem: error(path, "file", "is not UTF-8 text: save it as UTF-8 (most editors offer this under \"Save with encoding\")") };
  }
}
