// The story's body: one of the item's bodies, chosen by format and turned into blocks; for a
// brief that has no body, its description.
import { warning, type Problem } from "../model/problem.ts";
import type { BlockInput } from "../model/types.ts";
import { htmlToBlocks, textToBlocks } from "./html-blocks.ts";
import type { NinjsReader } from "./ninjs-reader.ts";
import { collapse, formatOf, hasRole, htmlText, NOT_SUMMARY_ROLES } from "./ninjs-text.ts";
import { isJsonObject, type JsonObject, type RoleText } from "./ninjs-types.ts";
import { withoutRepeatedHeadline } from "./repeated-headline.ts";
import { takeVignette } from "./ninjs-vignette.ts";

export interface Body {
  blocks: BlockInput[];
  problems: Problem[];
  /** The field the blocks came from: a body, or the description a brief is published from. */
  field?: string;
  /** TT's vignette, which opens its HTML bodies. */
  kicker?: { value: string; field: string };
  /** The description the body was made of; it is then no dek. */
  fromDescription?: RoleText;
}

/**
 * The body from `bodies[]` (2.x, 3.x) or `body_*` (1.x): HTML by preference, else plain text.
 * Several readable bodies are the same story in other formats (TT sends text, html5 and
 * richhtml5), so the others are left without a word. Bodies in a format Dateline cannot read
 * (TT's "ttnitf" XML) are reported only when nothing else could be read, since otherwise the
 * story is already on the page and the warning would come with every item from that provider.
 * `missingField` is what the file would call its body (`body_html`, `bodies`), for the report.
 */
export function bodyOf(doc: JsonObject, read: NinjsReader, headline: string | undefined, descriptions: RoleText[], missingField: string): Body {
  const bodies = read.roleTexts(doc, "bodies", "body");
  const html = bodies.filter((entry) => formatOf(entry) === "html");
  const chosen = html.find((entry) => entry.role?.toLowerCase() === "main") ?? html[0] ?? bodies.find((entry) => formatOf(entry) === "text");
  if (!chosen) {
    const problems = bodies.map((entry) =>
      warning(read.path, entry.field, `is ${entry.contentType ?? `"${entry.role}"`}, which Dateline cannot read: ask the provider for an HTML or plain-text body (content type "text/html" or "text/plain")`),
    );
    const body = briefOr({ blocks: [], problems }, descriptions, read, missingField);
    if (body.blocks.length === 0) body.problems.push(...linkedText(doc, read));
    return body;
  }
  const body = blocksOf(chosen, read, headline);
  if (!hasWords(body.blocks)) {
    // The ninjs guide's examples stand in "[ ... ]" or "..." for a body; a page of that is no story.
    body.problems.push(warning(read.path, chosen.field, `holds no words (${JSON.stringify(collapse(chosen.value).slice(0, 40))}), only a placeholder, so there is no story text: ask the provider for the full item`));
    return briefOr({ blocks: [], problems: body.problems, field: chosen.field }, descriptions, read, missingField);
  }
  return body;
}

function blocksOf(chosen: RoleText, read: NinjsReader, headline: string | undefined): Body {
  if (formatOf(chosen) === "text") {
    // A JSON string is never hard-wrapped, so each line break in a ninjs text body ends a paragraph (TT's bodies are written so).
    return { blocks: textToBlocks(chosen.value.replace(/\r?\n/g, "\n\n")), problems: [], field: chosen.field };
  }
  const vignette = takeVignette(documentBody(chosen.value));
  const result = htmlToBlocks(vignette.html, read.path, chosen.field);
  const body: Body = { blocks: withoutRepeatedHeadline(result.blocks, headline) ?? result.blocks, problems: result.problems, field: chosen.field };
  // TT marks the vignette as such (class "vignette"), so this is no guess and needs no warning.
  // The source beside it ("TT") is the agency the item's copyright holder already names.
  if (vignette.kicker) body.kicker = { value: vignette.kicker, field: `${chosen.field} div.dat` };
  return body;
}

/**
 * A brief with no body (NTB sends short items as a description alone) is published from its
 * description; a picture's caption or credit is never a story. Without one, the body stays empty
 * and the model rejects the item as having no text.
 */
function briefOr(empty: Body, descriptions: RoleText[], read: NinjsReader, missingField: string): Body {
  const texts = descriptions.filter((entry) => !hasRole(entry, NOT_SUMMARY_ROLES));
  const entry = texts.find((candidate) => formatOf(candidate) === "text") ?? texts.find((candidate) => formatOf(candidate) === "html");
  if (!entry) return empty;
  const blocks = formatOf(entry) === "text" ? textToBlocks(entry.value.replace(/\r?\n/g, "\n\n")) : htmlToBlocks(entry.value, read.path, entry.field).blocks;
  if (!hasWords(blocks)) return empty;
  const problems = [
    ...empty.problems,
    warning(read.path, missingField, `the item has no story body, so it is published as a brief from its description ${entry.field} (NTB and others send short items so); if the description is only a summary, ask the provider for the full item`),
  ];
  return { blocks, problems, field: entry.field, fromDescription: entry };
}

/**
 * AP's Media API sends a text item's metadata with its story only as downloads: renditions of
 * type "text" (NITF, ANPA) at an href. The text is not in the file, and Dateline does not fetch.
 */
function linkedText(doc: JsonObject, read: NinjsReader): Problem[] {
  const renditions = doc.renditions;
  const entries = Array.isArray(renditions) ? renditions.map((entry, index) => [String(index), entry] as const) : isJsonObject(renditions ?? null) ? Object.entries(renditions as JsonObject) : [];
  const text = entries.find(([, entry]) => isJsonObject(entry) && typeof entry.href === "string" && (entry.type === "text" || /xml|nitf|anpa/i.test(String(entry.mimetype ?? entry.contenttype ?? entry.format))));
  if (!text) return [];
  const title = isJsonObject(text[1]) && typeof text[1].title === "string" ? ` ("${text[1].title}")` : "";
  const field = Array.isArray(renditions) ? `renditions[${text[0]}]` : `renditions.${text[0]}`;
  return [warning(read.path, field, `the story's text is not in the file, only a link to download it${title}: Dateline does not fetch it; download the item with its text in the ninjs body (AP Media API: ask for the item's "body_html"), or the NITF/ANPA file, and put that in content/articles/`)];
}

function hasWords(blocks: BlockInput[]): boolean {
  return blocks.some((block) => block.type !== "figure" && /[\p{L}\p{N}]/u.test(htmlText(block.type === "list" ? block.items.join(" ") : block.html)));
}

/** TT sends each HTML body as a whole document; the story is what is inside <body>, and the rest needs no warning. */
function documentBody(html: string): string {
  return /<body\b[^>]*>([\s\S]*?)<\/body\s*>/i.exec(html)?.[1] ?? html;
}

