// The hostile vectors the hostile-corpus suite puts into every field: DOMPurify's own XSS and
// mXSS payloads (../shared/corpus/xss/, read in place) and the sets written here in
// tests/fixtures/hostile-vectors/ (filter evasion, Markdown, structured outputs, text-level
// controls, paths and names).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface Vector {
  /** `dompurify:V001`, `filter-evasion:FIL001`, ... */
  id: string;
  /** The set it comes from (the file name). */
  set: string;
  payload: string;
}

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/xss/dompurify-vectors.json", import.meta.url));
const OURS = fileURLToPath(new URL("../fixtures/hostile-vectors/", import.meta.url));

interface VectorFile {
  vectors: { id: string; payload: string }[];
}

function read(file: string): VectorFile {
  return JSON.parse(readFileSync(file, "utf8")) as VectorFile;
}

/**
 * Strings no UTF-8 file can hold: a lone surrogate survives only as a JSON escape, which is how a
 * ninjs item can carry one (the ninjs writer keeps it escaped).
 */
const UNPAIRED: Vector[] = [
  { id: "text:lone-high-surrogate", set: "text", payload: "lone \ud800 high" },
  { id: "text:lone-low-surrogate", set: "text", payload: "lone \udfff low" },
];

export function loadVectors(): Vector[] {
  const dompurify = read(CORPUS).vectors.map(({ id, payload }) => ({ id: `dompurify:${id}`, set: "dompurify", payload }));
  const ours = readdirSync(OURS)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => {
      const set = name.slice(0, -".json".length);
      return read(join(OURS, name)).vectors.map(({ id, payload }) => ({ id: `${set}:${id}`, set, payload }));
    });
  return [...dompurify, ...ours, ...UNPAIRED];
}
