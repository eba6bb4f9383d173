// Every page of the sample site, built at the root and under a path prefix: no broken internal
// link, image or feed reference; valid HTML; JSON-LD that parses and has what search engines need.
import { load } from "cheerio";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";
import { htmlFiles, internalReferences, readPage, servedFile, validationErrors } from "./site-check.ts";

const ORIGIN = "http://localhost:8080";

interface JsonLdNode {
  "@type"?: string;
  [key: string]: unknown;
}

const REQUIRED: Record<string, string[]> = {
  NewsArticle: ["headline", "datePublished", "author", "image", "publisher", "mainEntityOfPage", "url"],
  CollectionPage: ["name", "url", "mainEntity"],
  BreadcrumbList: ["itemListElement"],
};

for (const prefix of ["/", "/news/"]) {
  const site = await buildSite("content", { PATH_PREFIX: prefix });
  const pages = await htmlFiles(site.dir);
  const check = suite(`the sample site built with PATH_PREFIX=${prefix}`);

  check("has every kind of page", () => {
    for (const page of ["index.html", "404.html", "tags/index.html", "archive/index.html", "section/news/index.html", "section/news/page/2/index.html"]) {
      assert.ok(pages.includes(page), `${page} in ${pages.length} pages`);
    }
    for (const kind of ["tag/", "author/", "archive/2026/10/", "archive/2026/11/", "2026/"]) assert.ok(pages.some((page) => page.startsWith(kind)), kind);
  });

  check("every internal link, image and feed reference resolves to a built file", async () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const reference of internalReferences(await readPage(site.dir, page), `${prefix}${page}`.replace(/^\/\//, "/"), ORIGIN)) {
        checked += 1;
        if (!servedFile(site.dir, reference.url, prefix)) broken.push(`${reference.page} → ${reference.url}`);
      }
    }
    assert.ok(checked > pages.length * 10, `checked ${checked} references`);
    assert.equal(broken, []);
  });

  check("every page is valid HTML", async () => {
    const errors: string[] = [];
    for (const page of pages) errors.push(...(await validationErrors(await readPage(site.dir, page), page)));
    assert.equal(errors, []);
  });

  check("every JSON-LD block parses and has the properties its type needs; URLs carry the prefix", async () => {
    let blocks = 0;
    for (const page of pages) {
      const $ = load(await readPage(site.dir, page));
      for (const script of $('script[type="application/ld+json"]').toArray()) {
        const parsed = JSON.parse($(script).text()) as JsonLdNode | JsonLdNode[];
        for (const node of Array.isArray(parsed) ? parsed : [parsed]) {
          blocks += 1;
          assert.is(node["@context"], "https://schema.org", page);
          for (const property of REQUIRED[node["@type"] ?? ""] ?? []) assert.ok(node[property] !== undefined, `${page}: ${node["@type"]} has ${property}`);
          if (typeof node.url === "string") assert.ok(node.url.startsWith(`${ORIGIN}${prefix}`), `${page}: ${node.url}`);
        }
      }
    }
    assert.ok(blocks > pages.length, `${blocks} JSON-LD blocks`);
  });

  check("canonical and OpenGraph URLs are absolute and carry the prefix", async () => {
    for (const page of pages.filter((page) => page !== "404.html")) {
      const $ = load(await readPage(site.dir, page));
      const canonical = $('link[rel="canonical"]').attr("href") ?? "";
      assert.ok(canonical.startsWith(`${ORIGIN}${prefix}`), `${page}: ${canonical}`);
      assert.is($('meta[property="og:url"]').attr("content"), canonical, page);
    }
  });

  check.run();
}
