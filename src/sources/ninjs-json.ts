// The ninjs loader's first step: the file's text as JSON, or one problem that says where it breaks.
import { error, type Problem } from "../model/problem.ts";
import type { JsonValue } from "./ninjs-types.ts";

type JsonResult = { ok: true; value: JsonValue } | { ok: false; problem: Problem };

export function parseJson(text: string, path: string): JsonResult {
  const source = text.replace(/^\uFEFF/, "");
  if (source.trim() === "") return { ok: false, problem: error(path, "json", "the file is empty: a ninjs item is one JSON object") };
  try {
    return { ok: true, value: JSON.parse(source) as JsonValue };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, problem: error(path, "json", jsonErrorMessage(message, source)) };
  }
}

/** V8 says "… in JSON at position 57" (or "… after JSON at position 57": the offset goes, the words stay); people count lines, so the position becomes a line and column. */
function jsonErrorMessage(message: string, source: string): string {
  const reason = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)/, "");
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : source.length;
  const before = source.slice(0, offset);
  const where = `line ${before.split("\n").length}, column ${before.length - before.lastIndexOf("\n")}`;
  if (/end of JSON input/.test(message) || offset >= source.trimEnd().length) {
    return `the JSON stops in the middle of a value (at ${where}): the file was probably cut off in transfer; ask the provider to send the item again`;
  }
  return `the file is not valid JSON at ${where} (${reason}): fix the syntax there or just before it (a missing comma or quote, or a comma before "}" or "]", is the usual cause) or ask the provider to send the item again`;
}
