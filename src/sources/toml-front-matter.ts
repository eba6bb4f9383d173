// TOML front matter between `+++` lines, as Hugo writes it, read with smol-toml.
// TOML dates come back as TomlDate objects; the model wants the text the source wrote, so each
// becomes its `toISOString()` form: a bare date stays a calendar date (`2019-03-05`), a local
// time stays local (`2019-03-05T07:00:00.000`), an offset is kept.
import { parse, TomlDate, TomlError } from "smol-toml";

export type TomlResult = { ok: true; fields: Record<string, unknown> } | { ok: false; message: string };

/** `toml` is the text between the fences, starting at line `firstLine` of the file. */
export function readToml(toml: string, firstLine: number): TomlResult {
  try {
    return { ok: true, fields: withDatesAsText(parse(toml)) as Record<string, unknown> };
  } catch (caught) {
    if (!(caught instanceof TomlError)) throw caught;
    const reason = caught.message.split("\n")[0]!.replace(/^Invalid TOML document: /, "");
    const line = caught.line + firstLine - 1;
    const text = toml.split(/\r?\n/)[caught.line - 1]?.trim() ?? "";
    // smol-toml meets the line's end inside the string and names the newline, not the quote.
    const unclosed = /^[\w.-]+\s*=\s*"[^"]*$/.test(text);
    const why = unclosed ? `the quote opened on that line is never closed; end the value with "` : reason;
    return { ok: false, message: `the TOML cannot be read at line ${line}, column ${caught.column} of the file (\`${text}\`): ${why}` };
  }
}

function withDatesAsText(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(withDatesAsText);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withDatesAsText(item)]));
  }
  return value;
}
