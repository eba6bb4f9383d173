// Role texts (`headlines[]`, `descriptions[]`, 1.x `headline_*`) as the plain strings a page
// prints: which entry is the headline or the dek, what format an entry holds, and its text.
import { isTag, isText, type ChildNode } from "domhandler";
import { parseDocument } from "htmlparser2";
import type { Found } from "./ninjs-reader.ts";
import type { RoleText } from "./ninjs-types.ts";

/** Headline roles that are a second line under the headline, not the headline (the ninjs guide's example is "subhead"). */
const SUBHEAD_ROLES = new Set(["subhead", "subheadline", "sub", "subtitle", "standfirst"]);
/** Description roles that summarise the story. Not "text": TT and NTB use it for an excerpt of the body, cut mid-word. */
const SUMMARY_ROLES = new Set(["summary", "abstract", "standfirst", "ingress", "lead", "teaser"]);
/** Descriptions of a picture, not of the story: never a dek, never a brief's text. */
export const NOT_SUMMARY_ROLES = new Set(["caption", "alt", "alttext", "credit", "creditline"]);

/** `headlines[role=main]`, else the first headline that is not a subheadline. */
export function mainHeadline(headlines: RoleText[]): Found | undefined {
  const candidates = headlines.filter((entry) => !hasRole(entry, SUBHEAD_ROLES));
  const main = candidates.find((entry) => entry.role?.toLowerCase() === "main") ?? candidates[0];
  return main && plainTextOf(main);
}

/** A subheadline if the item has one, else a summary among the descriptions. */
export function dekOf(headlines: RoleText[], descriptions: RoleText[]): Found | undefined {
  const subhead = headlines.find((entry) => hasRole(entry, SUBHEAD_ROLES));
  if (subhead) return plainTextOf(subhead);
  // 1.x `description_text`/`description_html`: the suffix names a format, so any of them will do.
  // 2.x/3.x entries: a lone description without a role ("a simple description", says the schema) or a summary role.
  const summaries = descriptions.filter((entry) => (entry.pattern && !hasRole(entry, NOT_SUMMARY_ROLES)) || entry.role === undefined || hasRole(entry, SUMMARY_ROLES));
  const chosen = summaries.find((entry) => formatOf(entry) === "text") ?? summaries.find((entry) => formatOf(entry) === "html");
  return chosen && plainTextOf(chosen);
}

type TextFormat = "html" | "text" | "other";

/** 1.x suffix parts that name a format Dateline reads (`body_html`, `description_caption_xhtml`). */
const HTML_SUFFIXES = new Set(["html", "xhtml", "html5", "richtext", "richhtml", "richhtml5"]);
const TEXT_SUFFIXES = new Set(["text", "plain", "plaintext"]);
/** 1.x suffix parts that name a format Dateline cannot read as text (`body_nitf`, `body_xml`). */
const OTHER_SUFFIXES = new Set(["xml", "nitf", "newsml", "ttnitf", "json", "markdown", "md", "rtf"]);

/**
 * What a body, headline or description holds. 2.x/3.x say so with a media type. A 1.x pattern
 * property's suffix "should reflect the format and/or the purpose of the text, separating the
 * parts with _" (ninjs 1.5/1.6 schema): `body_html` names a format, `body_main` only a purpose,
 * `description_caption_xhtml` both. An entry that names no format (a suffix that is only a
 * purpose, or the schema's "simple body" of just a value) is HTML if it contains a tag.
 */
export function formatOf(entry: RoleText): TextFormat {
  const type = entry.contentType?.toLowerCase().split(";")[0]?.trim();
  if (type) return type === "text/plain" ? "text" : type.includes("html") ? "html" : "other";
  if (entry.pattern && entry.role !== undefined) {
    const parts = entry.role.toLowerCase().split("_");
    if (parts.some((part) => HTML_SUFFIXES.has(part))) return "html";
    if (parts.some((part) => TEXT_SUFFIXES.has(part))) return "text";
    if (parts.some((part) => OTHER_SUFFIXES.has(part))) return "other";
  }
  return /<[a-z][^>]*>/i.test(entry.value) ? "html" : "text";
}

/** The purposes a 1.x suffix names besides its format (`caption` in `description_caption_xhtml`). */
function purposesOf(suffix: string): string[] {
  return suffix.toLowerCase().split("_").filter((part) => !HTML_SUFFIXES.has(part) && !TEXT_SUFFIXES.has(part) && !OTHER_SUFFIXES.has(part));
}

/** Whether the entry's role (2.x) or one of its suffix's purposes (1.x `description_caption_xhtml`) is among `roles`. */
export function hasRole(entry: RoleText, roles: ReadonlySet<string>): boolean {
  if (entry.role === undefined) return false;
  return roles.has(entry.role.toLowerCase()) || (entry.pattern && purposesOf(entry.role).some((purpose) => roles.has(purpose)));
}

/** Headlines, deks and captions are plain text; an HTML one loses its markup here. */
export function plainTextOf(entry: RoleText): Found | undefined {
  const value = formatOf(entry) === "html" ? collapse(htmlText(entry.value)) : entry.value;
  return value === "" ? undefined : { value, field: entry.field };
}

/** Elements whose content is code or page chrome, never words to keep. */
const NON_TEXT = new Set(["script", "style", "template", "noscript", "iframe", "object", "svg", "math", "head", "title", "textarea"]);
const INLINE = new Set(["a", "em", "strong", "b", "i", "u", "s", "span", "cite", "q", "sub", "sup", "abbr", "code", "small", "mark", "time"]);

/** Whether htmlText() reads the element as part of the words around it; any other element (a <br>, a block) ends in a space. */
export function isInline(name: string): boolean {
  return INLINE.has(name);
}

export function htmlText(html: string): string {
  const parts: string[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (isText(node)) parts.push(node.data);
      else if (isTag(node) && !NON_TEXT.has(node.name)) {
        visit(node.children);
        if (!isInline(node.name)) parts.push(" ");
      }
    }
  };
  visit(parseDocument(html).children);
  return parts.join("");
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
