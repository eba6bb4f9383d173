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
  const summaries = descriptions.filter((entry) => entry.pattern || entry.role === undefined || hasRole(entry, SUMMARY_ROLES));
  const chosen = summaries.find((entry) => formatOf(entry) === "text") ?? summaries.find((entry) => formatOf(entry) === "html");
  return chosen && plainTextOf(chosen);
}

type TextFormat = "html" | "text" | "other";

/**
 * What a body, headline or description holds. 2.x/3.x say so with a media type; a 1.x
 * `body_html`/`body_xhtml`/`body_text` says so with its suffix. An entry that says nothing
 * (the schema allows "a simple body" of just a value) is HTML if it contains a tag.
 */
export function formatOf(entry: RoleText): TextFormat {
  const type = entry.contentType?.toLowerCase().split(";")[0]?.trim();
  if (type) return type === "text/plain" ? "text" : type.includes("html") ? "html" : "other";
  const role = entry.role?.toLowerCase() ?? "";
  if (entry.pattern) return /html|richtext/.test(role) ? "html" : role === "text" ? "text" : "other";
  return /<[a-z][^>]*>/i.test(entry.value) ? "html" : "text";
}

export function hasRole(entry: RoleText, roles: ReadonlySet<string>): boolean {
  return entry.role !== undefined && roles.has(entry.role.toLowerCase());
}

/** Headlines, deks and captions are plain text; an HTML one loses its markup here. */
export function plainTextOf(entry: RoleText): Found | undefined {
  const value = formatOf(entry) === "html" ? collapse(htmlText(entry.value)) : entry.value;
  return value === "" ? undefined : { value, field: entry.field };
}

/** Elements whose content is code or page chrome, never words to keep. */
const NON_TEXT = new Set(["script", "style", "template", "noscript", "iframe", "object", "svg", "math", "head", "title", "textarea"]);
const INLINE = new Set(["a", "em", "strong", "b", "i", "u", "s", "span", "cite", "q", "sub", "sup", "abbr", "code", "small", "mark", "time"]);

export function htmlText(html: string): string {
  const parts: string[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (isText(node)) parts.push(node.data);
      else if (isTag(node) && !NON_TEXT.has(node.name)) {
        visit(node.children);
        if (!INLINE.has(node.name)) parts.push(" ");
      }
    }
  };
  visit(parseDocument(html).children);
  return parts.join("");
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
