// Copy whose paragraphs are marked by indentation, not blank lines: Reuters and the older wire
// formats start each paragraph on an indented line and wrap it onto unindented ones, with no blank
// line between paragraphs. Such a file is split where an indented line follows text; anywhere
// else indentation means nothing (a pasted file indented throughout, a quote set in).

const INDENTED = /^[ \t]+\S/;
/** Paragraph starts without a blank line before them that it takes to read a file this way. */
const MIN_INDENT_BREAKS = 2;

/**
 * For each raw line, whether indentation starts a paragraph there: only in a file where an
 * indented line follows text at least twice and some indented paragraph wraps onto an unindented line.
 */
export function indentedParagraphStarts(raw: readonly string[]): boolean[] {
  const starts = raw.map((line, index) => index > 0 && INDENTED.test(line) && raw[index - 1]!.trim() !== "");
  const breaks = starts.filter(Boolean).length;
  const wraps = raw.some((line, index) => index > 0 && line.trim() !== "" && !INDENTED.test(line) && INDENTED.test(raw[index - 1]!));
  return breaks >= MIN_INDENT_BREAKS && wraps ? starts : raw.map(() => false);
}
