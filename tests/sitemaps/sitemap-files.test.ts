import { XMLParser, XMLValidator } from "fast-xml-parser";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { sitemapEntries, sitemapXml, type SitemapEntry } from "../../src/sitemaps/sitemap.ts";
import { SITEMAP_URL_LIMIT, sitemapFiles, sitemapIndexXml } from "../../src/sitemaps/sitemap-files.ts";
import { robotsTxt } from "../../src/sitemaps/robots.ts";
import { article, builtAt, site, time } from "../feeds/article-fixture.ts";

const prefixed = { ...site, pathPrefix: "/news/" };

/** Seven pages whose lastmods are out of order and in different zones, as a real site's are. */
const seven: SitemapEntry[] = [
  { path: "/", lastmod: time("2026-11-24T09:00:00+01:00") },
  { path: "/a/", lastmod: time("2026-11-20T09:00:00-05:00") },
  { path: "/b/", lastmod: time("2026-11-24T10:30:00+03:00") },
  { path: "/c/", lastmod: time("2026-11-01T00:00:00Z") },
  { path: "/d/", lastmod: time("2026-11-23T23:00:00-10:00") },
  { path: "/e/", lastmod: time("2026-11-22T12:00:00+05:45") },
  { path: "/f/", lastmod: time("2026-10-31T12:00:00Z") },
];

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === "url" || name === "sitemap" });

interface Parsed {
  urlset?: { "@_xmlns": string; url: { loc: string; lastmod: string }[] };
  sitemapindex?: { "@_xmlns": string; sitemap: { loc: string; lastmod: string }[] };
}

function parse(text: string): Parsed {
  assert.is(XMLValidator.validate(text), true, "well-formed XML");
  return parser.parse(text) as Parsed;
}

const files = suite("sitemapFiles");

files("up to the limit, one /sitemap.xml exactly as before: a urlset of every URL", () => {
  const entries = sitemapEntries([article("newest", "2026-11-24T09:00:00+01:00")], [], builtAt);
  assert.equal(sitemapFiles(entries, prefixed), [{ path: "/sitemap.xml", text: sitemapXml(entries, prefixed) }]);
  assert.equal(sitemapFiles(seven.slice(0, 3), prefixed, 3), [{ path: "/sitemap.xml", text: sitemapXml(seven.slice(0, 3), prefixed) }], "exactly the limit still fits");
  assert.equal(sitemapFiles([], prefixed, 3).map((file) => file.path), ["/sitemap.xml"]);
});

files("over the limit, /sitemap.xml becomes an index of /sitemap-1.xml, /sitemap-2.xml, ... of at most that many URLs each", () => {
  const written = sitemapFiles(seven, prefixed, 3);
  assert.equal(written.map((file) => file.path), ["/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"]);
  const index = parse(written[0]!.text).sitemapindex;
  assert.ok(index, "the root is <sitemapindex>");
  assert.is(parse(written[0]!.text).urlset, undefined);
  assert.is(index.sitemap.length, 3);
  assert.is(index["@_xmlns"], "http://www.sitemaps.org/schemas/sitemap/0.9");
  assert.equal(
    index.sitemap.map((child) => child.loc),
    ["https://news.example.com/news/sitemap-1.xml", "https://news.example.com/news/sitemap-2.xml", "https://news.example.com/news/sitemap-3.xml"],
  );
  const parts = written.slice(1).map((file) => parse(file.text).urlset!);
  assert.equal(parts.map((part) => part.url.length), [3, 3, 1]);
  assert.ok(parts.every((part) => part["@_xmlns"] === "http://www.sitemaps.org/schemas/sitemap/0.9"));
  assert.equal(
    parts.flatMap((part) => part.url.map((url) => url.loc)),
    seven.map((entry) => `https://news.example.com/news${entry.path}`),
    "every URL once, in order",
  );
});

files("each part's lastmod is the newest of its URLs, compared as instants, written in that URL's own offset", () => {
  const index = parse(sitemapFiles(seven, prefixed, 3)[0]!.text).sitemapindex!;
  // Part 1: 09:00+01:00 (08:00Z), 09:00-05:00 on the 20th, 10:30+03:00 (07:30Z): the first is newest.
  // Part 2: 1 Nov, 23 Nov 23:00-10:00 (24 Nov 09:00Z), 22 Nov: the Hawaii-time one, though "23rd" reads older.
  assert.equal(index.sitemap.map((child) => child.lastmod), ["2026-11-24T09:00:00+01:00", "2026-11-23T23:00:00-10:00", "2026-10-31T12:00:00Z"]);
});

files("the protocol's limit is 50,000 URLs a file; a limit below one is refused", () => {
  assert.is(SITEMAP_URL_LIMIT, 50_000);
  assert.throws(() => sitemapFiles(seven, prefixed, 0), /at least 1/);
});

files("robots.txt keeps naming /sitemap.xml, which is the index when there is one", () => {
  const [root] = sitemapFiles(seven, prefixed, 3);
  assert.is(root!.path, "/sitemap.xml");
  assert.match(robotsTxt(prefixed, { news: false }), "Sitemap: https://news.example.com/news/sitemap.xml\n");
});

files.run();

const index = suite("sitemapIndexXml");

index("a well-formed sitemapindex of absolute locs with W3C datetimes", () => {
  const text = sitemapIndexXml([{ path: "/sitemap-1.xml", lastmod: builtAt }], site);
  assert.is(
    text,
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      "  <sitemap>",
      "    <loc>https://news.example.com/sitemap-1.xml</loc>",
      "    <lastmod>2026-11-25T12:00:00Z</lastmod>",
      "  </sitemap>",
      "</sitemapindex>",
      "",
    ].join("\n"),
  );
});

index.run();
