// One source file's bytes to what its loader makes of them: decoded (UTF-8, a transmission's
// legacy charset with a warning, or the problem saying why not) and parsed by the loader its file name picks.
import { thrownProblem } from "../model/problem.ts";
import type { ParseResult } from "../model/types.ts";
import { decodeSource } from "./decode.ts";
import { loaderFor } from "./index.ts";

/**
 * `undefined` when no loader reads files of this name (the caller says so in the report). Never
 * throws: whatever goes wrong inside a loader (hostile input overflowing a recursive walk, a bug)
 * rejects this source alone, on the main thread or a worker alike.
 */
export function parseSource(bytes: Uint8Array, path: string): ParseResult | undefined {
  const loader = loaderFor(path);
  if (!loader) return undefined;
  try {
    const decoded = decodeSource(bytes, path);
    if (!decoded.ok) return { kind: "rejected", problems: [decoded.problem] };
    const result = loader(decoded.text.replace(/^\uFEFF/, ""), path);
    // How the bytes were read (a legacy charset) is reported with whatever the loader made of them.
    if (decoded.problems.length === 0 || result.kind === "skipped") return result;
    return { ...result, problems: [...decoded.problems, ...result.problems] };
  } catch (caught) {
    return { kind: "rejected", problems: [thrownProblem(path, "file", "reading this source", caught)] };
  }
}
