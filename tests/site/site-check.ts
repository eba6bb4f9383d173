// Checks a built site the way a crawler would: every internal reference in every HTML file
// resolves to a built file, every page validates, every JSON-LD block parses.
import { existsSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { load } from "cheerio";
import { HtmlValidate } from "html-validate";

export interface Reference {
  page: string;
  url: string;
}

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // News headlines run long and titles carry the site's name; search engines truncate them.
    "long-title": "off",
    // With a path prefix the HTML base plugin rewrites `defer` as `defer=""` and `hidden` as
    // `hidden=""`; both forms are valid HTML.
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
  },
});

export async function htmlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
}

/** Every href, src and srcset URL on a page that points into the site, resolved against the page. */
export function internalReferences(html: string, page: string, origin: string): Reference[] {
  const $ = load(html);
  const base = new URL(page.replace(/index\.html$/, ""), `${origin}/`);
  const urls: string[] = [];
  $("[href]").each((_, element) => void urls.push($(element).attr("href")!));
  $("[src]").each((_, element) => void urls.push($(element).attr("src")!));
  $("[srcset]").each((_, element) => void urls.push(...$(element).attr("srcset")!.split(",").map((part) => part.trim().split(/\s+/)[0]!)));
  return urls
    .map((url) => new URL(url, base))
    .filter((url) => url.origin === origin)
    .map((url) => ({ page, url: url.pathname }));
}

/** The built file a URL path serves, or undefined. `prefix` is the site's path prefix. */
export function servedFile(dir: string, path: string, prefix: string): string | undefined {
  if (!path.startsWith(prefix)) return undefined;
  const inside = decodeURIComponent(path.slice(prefix.length));
  const candidate = join(dir, inside);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, "index.html");
  return existsSync(index) ? index : undefined;
}

export async function validationErrors(html: string, page: string): Promise<string[]> {
  const report = await validator.validateString(html, page);
  return report.results.flatMap((result) => result.messages.map((message) => `${page}:${message.line}: ${message.ruleId}: ${message.message}`));
}

export async function readPage(dir: string, page: string): Promise<string> {
  return readFile(join(dir, page), "utf8");
}
