// Front matter at the top of a Markdown file, and the body after it. Shared by articles and
// site pages. YAML between `---` lines (Dateline, Jekyll, Eleventy, Hugo), TOML between `+++`
// lines (Hugo), JSON after `---json` (Eleventy); a broken block is one problem naming the line
// in the file where the fault opens and how to fix it.
import { isMap, parseDocument } from "yaml";
import { error, type Problem } from "../model/problem.ts";
import type { BlockInput } from "../model/types.ts";
import { htmlToBlocks } from "./html-blocks.ts";
import { markdownFor } from "./markdown-typography.ts";
import { readToml } from "./toml-front-matter.ts";
import { explainYamlError } from "./yaml-errors.ts";

/** An opening fence: `---` (optionally naming a language, `---json`) or `+++`; its closing twin later. */
const OPENING = /^(---|\+\+\+)[ \t]*([A-Za-z]*)[ \t]*\r?\n/;
const CLOSING = { "---": /\r?\n---[ \t]*(?:\r?\n|$)/, "+++": /\r?\n\+\+\+[ \t]*(?:\r?\n|$)/ } as const;

/** A YAML alias may be used this often in one file: enough for any real front matter, far from an alias bomb. */
const MAX_ALIASES = 50;

export type FrontMatterResult = { ok: true; fields: Record<string, unknown>; body: string } | { ok: false; problem: Problem };

export function readFrontMatter(text: string, path: string, example: string): FrontMatterResult {
  const fail = (message: string): FrontMatterResult => ({ ok: false, problem: error(path, "front matter", message) });
  const opening = OPENING.exec(text);
  if (!opening) {
    return fail(`no front matter: start the file with a \`---\` line, the fields in YAML (${example}), and another \`---\` line`);
  }
  const [, fence, language] = opening as unknown as [string, "---" | "+++", string];
  // Search from the newline that ends the opening line, so an empty block closes at once.
  const from = opening[0].length - 1;
  const closing = CLOSING[fence].exec(text.slice(from));
  if (!closing) return fail(`the front matter opened by \`${fence}\` on line 1 is never closed: end it with a \`${fence}\` line before the text`);
  const inner = text.slice(opening[0].length, from + closing.index);
  const body = text.slice(from + closing.index + closing[0].length);
  // Line 1 is the opening fence, so the front matter's own line 1 is the file's line 2.
  const read = readFields(fence, language.toLowerCase(), inner, 2);
  if (!read.ok) return fail(read.message);
  if (read.fields === null || typeof read.fields !== "object" || Array.isArray(read.fields)) {
    return fail("the front matter must be `field: value` lines");
  }
  return { ok: true, fields: read.fields as Record<string, unknown>, body };
}

type Fields = { ok: true; fields: unknown } | { ok: false; message: string };

function readFields(fence: string, language: string, inner: string, firstLine: number): Fields {
  if (fence === "+++") return readToml(inner, firstLine);
  if (language === "js" || language === "javascript") {
    return { ok: false, message: "JavaScript front matter (`---js`) is code, and Dateline never runs code from a source: write the fields in YAML between `---` lines (title: …, date: …)" };
  }
  if (language === "json") {
    try {
      return { ok: true, fields: JSON.parse(inner) };
    } catch (caught) {
      return { ok: false, message: `the JSON front matter cannot be read: ${(caught as Error).message}` };
    }
  }
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return { ok: false, message: `\`---${language}\` front matter cannot be read: write the fields in YAML between \`---\` lines` };
  }
  return readYaml(inner, firstLine);
}

function readYaml(yaml: string, firstLine: number): Fields {
  const document = parseDocument(yaml, { prettyErrors: true });
  if (document.errors.length > 0) return { ok: false, message: explainYamlError(document.errors[0]!, yaml, firstLine) };
  if (!isMap(document.contents)) return { ok: true, fields: null };
  try {
    // yaml counts the anchored value itself as the first use, so an alias written MAX_ALIASES
    // times makes MAX_ALIASES + 1: the most the report's "more than MAX_ALIASES times" allows.
    return { ok: true, fields: document.toJS({ maxAliasCount: MAX_ALIASES + 1 }) };
  } catch (caught) {
    const message = aliasProblem(caught);
    if (message === undefined) throw caught;
    return { ok: false, message };
  }
}

/**
 * What yaml's ReferenceErrors from resolving aliases mean. It counts every use of an alias,
 * weighted by the aliases inside what it names, and throws once the count passes maxAliasCount
 * (a "billion laughs" file, which doubles its size with each line); it also throws for an alias
 * whose anchor is never set. Anything else is not the front matter's fault and is thrown on.
 */
function aliasProblem(caught: unknown): string | undefined {
  if (!(caught instanceof ReferenceError)) return undefined;
  if (/excessive alias count/i.test(caught.message)) {
    return `the YAML repeats its aliases (\`*name\`) more than ${MAX_ALIASES} times, as a file built to exhaust memory does: write the values out`;
  }
  const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(caught.message);
  if (unresolved) return `the YAML alias \`*${unresolved[1]}\` names no anchor (\`&${unresolved[1]}\`) set before it: write the value out, or set the anchor first`;
  return undefined;
}

/** A Markdown body as sanitised blocks, punctuated for `lang`. Text is never run as a template. */
export function markdownBlocks(body: string, path: string, lang?: string): { blocks: BlockInput[]; problems: Problem[] } {
  return htmlToBlocks(markdownFor(lang).render(body), path, "body");
}
