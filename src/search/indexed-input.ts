// What Pagefind takes from one built page, as one string: a partition's search bundle is made
// again only when this changed for one of its pages. Hashing whole pages re-indexed a year
// whenever an article's related list, comment count or month listing changed (a new article
// changes the related lists of older ones), though none of that is in the index.
//
// Pagefind reads, per page (its "Indexing" and "Metadata" docs, checked with its 1.6 binary):
// - the language of `<html lang>`;
// - the content of the `data-pagefind-body` element (when any page of the run has one, pages
//   without one are left out);
// - `data-pagefind-filter`, `-meta`, `-sort` and `-ignore` attributes wherever they are;
// - by default, the title from the first `<h1>` of the page and the image from the first `<img>`
//   after it, wherever they are.
// Each of those is kept here. Anything this cannot find for certain (no body element, two of
// them, tags that do not balance) keeps the whole page: a wasted index, never a stale one.

/** A page's indexed input; `undefined` when the page has no `data-pagefind-body` element. */
export function indexedInput(html: string): string | undefined {
  const marker = html.indexOf("data-pagefind-body");
  if (marker < 0) return undefined;
  if (html.indexOf("data-pagefind-body", marker + 1) >= 0) return html;
  const body = elementAround(html, marker);
  if (body === undefined) return html;
  return [htmlStartTag(html), body, ...pagefindTags(html), ...defaultMeta(html)].join("\0");
}

/** The `<html …>` start tag, which carries the page's language. */
function htmlStartTag(html: string): string {
  return /<html\b[^>]*>/i.exec(html)?.[0] ?? "";
}

/**
 * Every tag with a `data-pagefind-…` attribute, in order. Found by the attribute, then widened
 * to its tag: matching every tag of the page against a pattern took a quarter of hashing's time.
 */
function pagefindTags(html: string): string[] {
  const tags: string[] = [];
  const attribute = /\sdata-pagefind-/g;
  for (let found = attribute.exec(html); found; found = attribute.exec(html)) {
    const start = html.lastIndexOf("<", found.index);
    const end = html.indexOf(">", found.index);
    if (start < 0 || end < 0) return [html];
    tags.push(html.slice(start, end + 1));
    attribute.lastIndex = end;
  }
  return tags;
}

/** The first `<h1>` element and the first `<img>` after it: Pagefind's default title and image. */
function defaultMeta(html: string): string[] {
  const heading = /<h1\b[\s\S]*?<\/h1\s*>/i.exec(html);
  if (!heading) return [];
  const image = /<img\b[^>]*>/i.exec(html.slice(heading.index + heading[0].length));
  return [heading[0], image?.[0] ?? ""];
}

/**
 * The whole element whose start tag contains `position`, from `<name` to its matching `</name>`;
 * undefined if the tags of that name do not balance. Article HTML is our templates' output with
 * sanitised bodies, so counting start and end tags of one name is enough.
 */
function elementAround(html: string, position: number): string | undefined {
  const start = html.lastIndexOf("<", position);
  const name = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start, position))?.[1];
  if (start < 0 || !name) return undefined;
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])`, "gi");
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      const end = html.indexOf(">", tag.index);
      return end < 0 ? undefined : html.slice(start, end + 1);
    }
  }
  return undefined;
}
