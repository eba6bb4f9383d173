// YAML front matter between `---` lines at the top of a Markdown file, and the body after it.
// Shared by articles and site pages; a broken block is one problem naming the line in the file.
import MarkdownIt from "markdown-it";
import { isMap, parseDocument } from "yaml";
import { error, type Problem } from "../model/problem.ts";
import type { BlockInput } from "../model/types.ts";
import { htmlToBlocks } from "./html-blocks.ts";

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

// Raw HTML in a body is allowed through to htmlToBlocks, which sanitises it like wire HTML.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

export type FrontMatterResult = { ok: true; fields: Record<string, unknown>; body: string } | { ok: false; problem: Problem };

export function readFrontMatter(text: string, path: string, example: string): FrontMatterResult {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { ok: false, problem: error(path, "front matter", `no front matter: start the file with a \`---\` line, the fields in YAML (${example}), and another \`---\` line`) };
  }
  const document = parseDocument(match[1]!, { prettyErrors: true });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    // yaml counts lines from the start of the front matter; the file has the `---` line above it.
    const position = first.linePos?.[0];
    const where = position === undefined ? "" : ` at line ${position.line + 1}, column ${position.col} of the file`;
    const reason = first.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    return { ok: false, problem: error(path, "front matter", `the YAML cannot be read${where}: ${reason}`) };
  }
  if (!isMap(document.contents)) {
    return { ok: false, problem: error(path, "front matter", "the front matter must be `field: value` lines") };
  }
  return { ok: true, fields: document.toJS() as Record<string, unknown>, body: text.slice(match[0].length) };
}

/** A Markdown body as sanitised blocks. Text is never run as a template. */
export function markdownBlocks(body: string, path: string): { blocks: BlockInput[]; problems: Problem[] } {
  return htmlToBlocks(markdown.render(body), path, "body");
}
