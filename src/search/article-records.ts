// What Pagefind is given of each article page of a built site: the page's URL, its language and
// the HTML to index. Article URLs are `/YYYY/MM/DD/slug/`, or `/<edition>/YYYY/MM/DD/slug/` in
// another edition (`/ar/…`, src/i18n/editions.ts), so the article pages are the HTML files under
// the month folders of the four-digit year folders, at the top or in an edition's folder, that
// have a `data-pagefind-body` element (Pagefind leaves out pages without one when any page has one).
//
// The language is the article's own: the `lang` of the `data-pagefind-body` element (the
// `<article lang>` of the markup contract). Pagefind takes a page's language from `<html lang>`,
// which is the site's until pages carry their content's language; so the HTML given to Pagefind
// has the article's language there. Once `<html lang>` is the article's this changes nothing.
//
// Pagefind reads, per page (its "Indexing" and "Metadata" docs, checked with its 1.6 binary):
// the language of `<html lang>`; the content of the `data-pagefind-body` element; the
// `data-pagefind-filter`, `-meta`, `-sort` and `-ignore` attributes wherever they are; and the
// title from the first `<h1>` and the image from the first `<img>` after it. The article
// template keeps all of these inside the body element, so the HTML given is `<html lang>` and
// that element alone (a quarter of the page): the same index, less to read and to hash.
// tests/search/search-equivalence.test.ts checks it against Pagefind run on the whole pages.
// Anything this cannot isolate for certain (two body elements, tags that do not balance, a
// `data-pagefind-` attribute outside the element) gives Pagefind the whole page.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { listFiles } from "../list-files.ts";
import { mapLimited } from "../map-limited.ts";

export interface ArticleRecord {
  /** The page's URL path, percent-encoded: `/2026/11/18/slug/`, `/ar/2026/11/18/%D9%84%D8%A8%D9%86%D8%A7%D9%86/`. */
  url: string;
  /** The article's language tag as the page gives it (`en`, `fr`, `ar`). */
  lang: string;
  /** The HTML Pagefind indexes. */
  html: string;
}

/** BCP 47's tag for a language not given: Pagefind indexes such pages without a stemmer. */
const UNDETERMINED = "und";
const YEAR = /^\d{4}$/;
/** An edition's folder: a lower-case language tag (`ar`, `pt-br`). */
const EDITION = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;
const MONTH = /^\d{2}$/;
/** How many files are read at once: enough to keep the disk busy, few enough to stay small. */
const READ_AHEAD = 32;

/** Every article page of the built site in `site`, in URL order (by code unit, whatever the platform or locale). */
export async function articleRecords(site: string): Promise<ArticleRecord[]> {
  const pages: string[] = [];
  const editions = ["", ...(await childFolders(site, EDITION))];
  for (const edition of editions) {
    for (const year of await childFolders(join(site, edition), YEAR)) {
      for (const month of await childFolders(join(site, edition, year), MONTH)) {
        pages.push(...(await listFiles(join(site, edition, year, month))).filter((file) => file.endsWith(".html")));
      }
    }
  }
  const read = await mapLimited(pages, READ_AHEAD, async (file) => articleRecord(pageUrl(relative(site, file)), await readFile(file, "utf8")));
  const records = read.filter((record): record is ArticleRecord => record !== undefined);
  return records.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** What Pagefind indexes of one built page; undefined for a page without a `data-pagefind-body` element. */
export function articleRecord(url: string, page: string): ArticleRecord | undefined {
  const marker = page.indexOf("data-pagefind-body");
  if (marker < 0) return undefined;
  const body = page.indexOf("data-pagefind-body", marker + 1) < 0 ? elementAround(page, marker) : undefined;
  const lang = (body && attribute(startTag(body), "lang")) ?? attribute(htmlStartTag(page), "lang") ?? UNDETERMINED;
  const alone = body !== undefined && pagefindAttributes(page) === pagefindAttributes(body);
  const html = alone ? `<html lang="${lang}"><body>${body}</body></html>` : withLanguage(page, lang);
  return { url, lang, html };
}

/**
 * `2026/11/18/slug/index.html` → `/2026/11/18/slug/`, as Pagefind makes result URLs from paths:
 * percent-encoded, so a site with Unicode slugs (Site.slugs) gets the links its own crawl would give.
 */
function pageUrl(file: string): string {
  return `/${file.split(sep).map(encodeURIComponent).join("/")}`.replace(/(^|\/)index\.html$/, "$1");
}

async function childFolders(dir: string, name: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && name.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

function htmlStartTag(html: string): string {
  return /<html\b[^>]*>/i.exec(html)?.[0] ?? "";
}

function startTag(element: string): string {
  return element.slice(0, element.indexOf(">") + 1);
}

/** An attribute's value in a start tag written by our templates (double quotes, entities kept). */
function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)?.[1];
}

/** The page with `lang` on its `<html>` element. */
function withLanguage(page: string, lang: string): string {
  const tag = htmlStartTag(page);
  if (!tag) return `<html lang="${lang}">${page}</html>`;
  const retagged = attribute(tag, "lang") === undefined ? tag.replace(/^<html/i, `<html lang="${lang}"`) : tag.replace(/\slang="[^"]*"/i, ` lang="${lang}"`);
  return page.replace(tag, retagged);
}

function pagefindAttributes(html: string): number {
  return html.split("data-pagefind-").length - 1;
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
