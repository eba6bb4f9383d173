// The YAML library's first error, said as an editor needs it: the line of the file where the
// fault opens (not where the parser gave up) and how to fix that line. Hand-written YAML
// fails in a few common ways: a colon in an unquoted title, a quote that never closes, an
// apostrophe inside single quotes.
import type { YAMLError } from "yaml";

/** `error` from parsing `yaml`, which starts at line `firstLine` of the file (1-based). */
export function explainYamlError(error: YAMLError, yaml: string, firstLine: number): string {
  const lines = yaml.split(/\r?\n/);
  const at = error.linePos?.[0];
  const reason = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");

  if (error.code === "MISSING_CHAR" && /quote/.test(reason)) {
    const opened = unclosedQuote(lines);
    if (opened !== undefined) {
      const { index, quote } = opened;
      return `the quote opened at line ${index + firstLine} (${excerpt(lines[index]!)}) is never closed: end the value with ${quote} on that line`;
    }
  }
  if (at !== undefined) {
    const index = at.line - 1;
    const line = lines[index] ?? "";
    const field = /^\s*(?:-\s+)?([\w.-]+):\s+(.*)$/.exec(line);
    if (field && error.code === "BLOCK_AS_IMPLICIT_KEY" && /:\s/.test(field[2]!)) {
      // `:\s+` took the spaces before the value; only trailing ones are left to trim.
      return `line ${index + firstLine} (${excerpt(line)}) has a colon inside an unquoted value: put the ${field[1]} in quotes: ${field[1]}: "${escapeDouble(field[2]!.trimEnd())}"`;
    }
    if (field && /^'/.test(field[2]!) && error.code === "UNEXPECTED_TOKEN") {
      const value = field[2]!.trimEnd().replace(/^'|'$/g, "");
      return `line ${index + firstLine} (${excerpt(line)}) has an apostrophe inside single quotes: use double quotes instead: ${field[1]}: "${escapeDouble(value)}"`;
    }
    return `the YAML cannot be read at line ${index + firstLine}, column ${at.col} of the file: ${reason}`;
  }
  return `the YAML cannot be read: ${reason}`;
}

/** The first line whose value opens a quote that the same line does not close, and that quote. */
function unclosedQuote(lines: string[]): { index: number; quote: string } | undefined {
  for (const [index, line] of lines.entries()) {
    // The value may be the first item of a bracketed list: `tags: ["fishing, ports]`.
    const value = /^\s*(?:-\s+|[\w.-]+:\s+(?:\[\s*)?|-\s+[\w.-]+:\s+)(["'])(.*)$/.exec(line);
    if (!value) continue;
    const [, quote, rest] = value as unknown as [string, string, string];
    // Inside double quotes a backslash escapes; inside single quotes a doubled quote does.
    const closes = quote === '"' ? /(?<!\\)(?:\\\\)*"/.test(rest) : /'/.test(rest.replace(/''/g, ""));
    if (!closes) return { index, quote };
  }
  return undefined;
}

function excerpt(line: string): string {
  const trimmed = line.trim();
  return `\`${trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed}\``;
}

function escapeDouble(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
}
