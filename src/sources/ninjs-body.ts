// The story's body: one of the item's bodies, chosen by format and turned into blocks.
import { warning, type Problem } from "../model/problem.ts";
import type { BlockInput } from "../model/types.ts";
import { htmlToBlocks, textToBlocks } from "./html-blocks.ts";
import type { NinjsReader } from "./ninjs-reader.ts";
import { collapse, formatOf, htmlText } from "./ninjs-text.ts";
import type { JsonObject } from "./ninjs-types.ts";

interface Body {
  blocks: BlockInput[];
  problems: Problem[];
  field?: string;
}

/**
 * The body from `bodies[]` (2.x, 3.x) or `body_*` (1.x): HTML by preference, else plain text.
 * Several readable bodies are the same story in other formats (TT sends text, html5 and
 * richhtml5), so the others are left without a word. Bodies in a format Dateline cannot read
 * (TT's "ttnitf" XML) are reported only when nothing else could be read, since otherwise the
 * story is already on the page and the warning would come with every item from that provider.
 */
export function bodyOf(doc: JsonObject, read: NinjsReader, headline: string | undefined): Body {
  const bodies = read.roleTexts(doc, "bodies", "body");
  const html = bodies.filter((entry) => formatOf(entry) === "html");
  const chosen = html.find((entry) => entry.role?.toLowerCase() === "main") ?? html[0] ?? bodies.find((entry) => formatOf(entry) === "text");
  if (!chosen) {
    const problems = bodies.map((entry) =>
      warning(read.path, entry.field, `is ${entry.contentType ?? `"${entry.role}"`}, which Dateline cannot read: ask the provider for an HTML or plain-text body (content type "text/html" or "text/plain")`),
    );
    return { blocks: [], problems };
  }
  if (formatOf(chosen) === "text") {
    // A JSON string is never hard-wrapped, so each line break in a ninjs text body ends a paragraph (TT's bodies are written so).
    return { blocks: textToBlocks(chosen.value.replace(/\r?\n/g, "\n\n")), problems: [], field: chosen.field };
  }
  const result = htmlToBlocks(documentBody(chosen.value), read.path, chosen.field);
  return { blocks: withoutRepeatedHeadline(result.blocks, headline), problems: result.problems, field: chosen.field };
}

/** TT sends each HTML body as a whole document; the story is what is inside <body>, and the rest needs no warning. */
function documentBody(html: string): string {
  return /<body\b[^>]*>([\s\S]*?)<\/body\s*>/i.exec(html)?.[1] ?? html;
}

/** TT's HTML bodies open with the headline as an <h1>; the page prints the headline already. */
function withoutRepeatedHeadline(blocks: BlockInput[], headline: string | undefined): BlockInput[] {
  const first = blocks[0];
  if (!headline || first?.type !== "heading") return blocks;
  return collapse(htmlText(first.html)) === collapse(headline) ? blocks.slice(1) : blocks;
}
