// A feed entry's summary as plain text: the dek, else the story's first paragraph.
// Block HTML is parsed (entities decoded, tags dropped), never stripped with a regular expression.
import { textContent } from "domutils";
import { parseDocument } from "htmlparser2";
import type { Article } from "./model/types.ts";

export function summaryText(article: Pick<Article, "dek" | "body">): string | undefined {
  if (article.dek) return article.dek;
  const paragraph = article.body.find((block) => block.type === "paragraph");
  if (paragraph?.type !== "paragraph") return undefined;
  return htmlToText(paragraph.html) || undefined;
}

/** Text of an HTML fragment, whitespace collapsed. */
export function htmlToText(html: string): string {
  return textContent(parseDocument(html)).replace(/\s+/g, " ").trim();
}
