// A reader's comment as HTML: every character escaped, paragraphs from blank lines, line
// breaks kept, and bare web addresses turned into links that pass no ranking and no opener.
// Nothing the reader typed is ever read as markup.
import { LinkifyIt } from "linkify-it";
import { escapeText } from "../sources/html-blocks.ts";
import type { SafeHtml } from "../model/types.ts";

// Only http(s) and www. addresses: no mailto:, no ftp:, no fuzzy e-mail addresses.
const linkify = new LinkifyIt({ fuzzyEmail: false, fuzzyLink: true, fuzzyIP: false }).add("mailto:", null).add("ftp:", null).add("//", null);

export const COMMENT_LINK_REL = "nofollow ugc noopener";

export function commentParagraphs(text: string): SafeHtml[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => paragraph.split("\n").map(linkified).join("<br>") as SafeHtml);
}

function linkified(line: string): string {
  const matches = linkify.match(line) ?? [];
  let html = "";
  let at = 0;
  for (const match of matches) {
    if (!/^https?:\/\//i.test(match.url)) continue;
    html += escapeText(line.slice(at, match.index));
    html += `<a href="${escapeText(match.url)}" rel="${COMMENT_LINK_REL}">${escapeText(match.text)}</a>`;
    at = match.lastIndex;
  }
  return html + escapeText(line.slice(at));
}
