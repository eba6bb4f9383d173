// sitemap.xml names every version of a translated article as an <xhtml:link> alternate on each
// version's <url>, with x-default for the original, and stays valid against sitemaps.org's schema
// (with the XHTML link declared); a site with no translations keeps the sitemap it had.
import { XMLParser } from "fast-xml-parser";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Article } from "../../src/model/types.ts";
import { sitemapEntries, sitemapXml } from "../../src/sitemaps/sitemap.ts";
import { sitemapFiles } from "../../src/sitemaps/sitemap-files.ts";
import { article, builtAt, site } from "../feeds/article-fixture.ts";
import { sitemapSchemaErrors } from "./sitemap-schemas.ts";

const version = (slug: string, lang: string, published: string, dir: "ltr" | "rtl" = "ltr"): Article =>
  article(slug, published, { lang, dir, translationKey: "beirut-night-market" });

const english = version("night-market-returns", "en", "2026-11-18T18:30:00+02:00");
const arabic = version("awdat-suq-al-layl", "ar", "2026-11-18T21:00:00+02:00", "rtl");
const french = version("le-marche-de-nuit-revient", "fr-CA", "2026-11-19T09:00:00-05:00");
const alone = article("ferry-strike-ends", "2026-11-20T08:00:00Z");
// Newest first, as the newsroom hands them over.
const articles = [alone, french, arabic, english];
const prefixed = { ...site, pathPrefix: "/news/" };

interface Url {
  loc: string;
  "xhtml:link"?: { "@_rel": string; "@_hreflang": string; "@_href": string }[];
}

function urls(xml: string): { namespace: string | undefined; urls: Url[] } {
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" || name === "xhtml:link" }).parse(xml) as { urlset: { "@_xmlns:xhtml"?: string; url: Url[] } };
  return { namespace: parsed.urlset["@_xmlns:xhtml"], urls: parsed.urlset.url };
}

const alternates = suite("sitemap alternates");

alternates("each version's <url> names every version, itself included, by language tag, then x-default, the original", () => {
  const { namespace, urls: list } = urls(sitemapXml(sitemapEntries(articles, [], builtAt), prefixed));
  assert.is(namespace, "http://www.w3.org/1999/xhtml");
  const expected = [
    ["alternate", "ar", "https://news.example.com/news/2026/11/18/awdat-suq-al-layl/"],
    ["alternate", "en", "https://news.example.com/news/2026/11/18/night-market-returns/"],
    ["alternate", "fr-CA", "https://news.example.com/news/2026/11/19/le-marche-de-nuit-revient/"],
    ["alternate", "x-default", "https://news.example.com/news/2026/11/18/night-market-returns/"],
  ];
  for (const version of [english, arabic, french]) {
    const url = list.find((entry) => entry.loc === `https://news.example.com/news${version.url}`)!;
    assert.equal(url["xhtml:link"]!.map((link) => [link["@_rel"], link["@_hreflang"], link["@_href"]]), expected, version.slug);
  }
  assert.is(list.find((entry) => entry.loc.endsWith(alone.url))!["xhtml:link"], undefined);
});

alternates("valid against sitemaps.org's schema with the XHTML link declared, whole and split into parts", async () => {
  assert.equal(await sitemapSchemaErrors(sitemapXml(sitemapEntries(articles, [], builtAt), prefixed), "sitemap"), []);
  for (const file of sitemapFiles(sitemapEntries(articles, [], builtAt), site, 2).slice(1)) assert.equal(await sitemapSchemaErrors(file.text, "sitemap"), [], file.path);
});

alternates("the schema check catches what search engines reject: a language tag that is no tag, a missing hreflang", async () => {
  const valid = sitemapXml(sitemapEntries(articles, [], builtAt), site);
  const underscore = valid.replace('hreflang="fr-CA"', 'hreflang="fr_CA"');
  const missing = valid.replace(' hreflang="ar"', "");
  assert.ok((await sitemapSchemaErrors(underscore, "sitemap")).some((message) => /hreflang/.test(message)));
  assert.ok((await sitemapSchemaErrors(missing, "sitemap")).some((message) => /hreflang/.test(message)));
});

alternates("a site whose articles have no translations keeps the sitemap it had: no namespace, no links", async () => {
  const xml = sitemapXml(sitemapEntries([alone, article("bus-lanes", "2026-11-19T08:00:00Z")], [], builtAt), site);
  assert.not.match(xml, /xhtml/);
  assert.equal(await sitemapSchemaErrors(xml, "sitemap"), []);
});

alternates.run();
