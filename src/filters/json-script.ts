// JSON for an inline <script type="application/ld+json">. `<` is escaped so no text from a
// source (a headline with "</script>") can close the element; U+2028/9 for old parsers.

export function jsonScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
