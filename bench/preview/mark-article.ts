// The edit the benchmark makes to a Markdown article, as an editor would: a new headline and a
// new first paragraph, both carrying a marker the benchmark then looks for on the served pages.
import { open } from "node:fs/promises";
import { isMap, parseDocument } from "yaml";

export interface ArticleEdit {
  headline: string;
  /**
   * The article's current slug. Dateline makes the URL from the headline when the source gives
   * no slug, so a new headline would move the page to a new address (and preview would keep the
   * old page beside it); pinning the slug keeps the page where the reader has it open.
   */
  slug: string;
  /** Plain text, added as the body's first paragraph. */
  paragraph: string;
}

// As src/sources/front-matter.ts reads it: `---` lines around YAML at the very top.
const FRONT_MATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/;

/** The source with the edit made; every other field keeps its value. Throws on a source that has no front matter. */
export function markArticle(source: string, edit: ArticleEdit): string {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error("the source has no front matter between --- lines");
  const [whole, opening, yaml, closing] = match as unknown as [string, string, string, string];
  const document = parseDocument(yaml);
  if (document.errors.length > 0 || !isMap(document.contents)) throw new Error(`the front matter is not readable YAML: ${document.errors[0]?.message ?? "not field: value lines"}`);
  // The loader reads `headline`, else `title`: change the one it reads.
  document.set(document.has("headline") || !document.has("title") ? "headline" : "title", edit.headline);
  if (!document.has("slug")) document.set("slug", edit.slug);
  const eol = closing.startsWith("\r\n") ? "\r\n" : "\n";
  // No folding of long values, no padding in flow lists: the other lines stay as they were.
  const fields = document.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\r?\n$/, "").split(/\r?\n/).join(eol);
  const body = source.slice(whole.length);
  // A file that ends at its closing `---` needs a line break before the new paragraph.
  const close = closing.endsWith("\n") ? closing : `${closing}${eol}`;
  return `${opening}${fields}${close}${edit.paragraph}${eol}${eol}${body}`;
}

/**
 * Writes the file in place and waits until the bytes have reached the disk and the file is
 * closed: the moment an editor reports "saved", from which the benchmark counts.
 */
export async function saveSource(path: string, text: string): Promise<void> {
  const file = await open(path, "w");
  try {
    await file.writeFile(text);
    await file.sync();
  } finally {
    await file.close();
  }
}
