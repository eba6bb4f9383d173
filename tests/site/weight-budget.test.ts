// A page as a reader on a slow phone connection downloads it: HTML, CSS and JavaScript,
// gzip-compressed, excluding pictures and fonts. Every article page stays under 30 KB, nothing
// blocks rendering, and no web font is fetched.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { load } from "cheerio";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";
import { htmlFiles, readPage } from "./site-check.ts";

const BUDGET = 30 * 1024;
const site = await buildSite();
const pages = await htmlFiles(site.dir);

/** Gzipped bytes of a page and the stylesheets and scripts it loads from the site. */
async function weight(page: string): Promise<{ html: number; css: number; js: number; total: number }> {
  const html = await readPage(site.dir, page);
  const $ = load(html);
  const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
  const local = (url: string) => readFile(join(site.dir, url.replace(/^\//, "")));
  let css = 0;
  for (const link of $('link[rel="stylesheet"]').toArray()) css += gz(await local($(link).attr("href")!));
  let js = 0;
  for (const script of $("script[src]").toArray()) js += gz(await local($(script).attr("src")!));
  const bytes = { html: gz(html), css, js };
  return { ...bytes, total: bytes.html + bytes.css + bytes.js };
}

function kind(page: string): string {
  if (/^\d{4}\/\d\d\/\d\d\//.test(page)) return "article";
  return page.split("/")[0]!.replace(/\.html$/, "") || "front";
}

const budget = suite("weight budget");

budget("every article page, with its CSS and JS, is under 30 KB gzipped; the heaviest of each page type is printed", async () => {
  const heaviest = new Map<string, { page: string; total: number; html: number; css: number; js: number }>();
  for (const page of pages) {
    const measured = await weight(page);
    const type = kind(page === "index.html" ? "" : page);
    if (type === "article") assert.ok(measured.total < BUDGET, `${page}: ${measured.total} bytes`);
    if ((heaviest.get(type)?.total ?? -1) < measured.total) heaviest.set(type, { page, ...measured });
  }
  for (const [type, { page, total, html, css, js }] of [...heaviest].sort()) {
    console.log(`  ${type.padEnd(16)} ${(total / 1024).toFixed(1).padStart(5)} KB gzipped (html ${html}, css ${css}, js ${js}) ${page}`);
  }
  assert.ok(heaviest.has("article"));
});

budget("no script blocks rendering and no web font is loaded", async () => {
  for (const page of pages) {
    const $ = load(await readPage(site.dir, page));
    $("head script[src]").each((_, script) => {
      assert.ok($(script).is("[defer], [async], [type=module]"), `${page}: render-blocking ${$(script).attr("src")}`);
    });
    assert.is($('link[rel="preload"][as="font"], link[href$=".woff2"], link[href*="fonts.googleapis"]').length, 0, page);
  }
  const css = await readFile(join(site.dir, "assets/site.css"), "utf8");
  assert.not.match(css, /@font-face|@import/, "no web fonts, no chained stylesheets");
});

budget.run();
