import { XMLParser, XMLValidator } from "fast-xml-parser";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { paginate } from "../../src/collections/pagination.ts";
import { sitemapEntries, sitemapXml } from "../../src/sitemaps/sitemap.ts";
import { article, builtAt, site, time } from "../feeds/article-fixture.ts";
import { sitemapSchemaErrors } from "./sitemap-schemas.ts";

/** The site's own edition: today's addresses. */
const EN = { lang: "en", prefix: "" };

const newest = article("newest", "2026-11-24T09:00:00+01:00", { section: "world" });
const updated = article("updated", "2026-11-20T09:00:00-05:00", { updated: time("2026-11-21T10:00:00-05:00") });
const articles = [newest, updated];
const listings = [
  ...paginate("section", { slug: "world", title: "World", articles: [newest] }, 8, EN),
  ...paginate("section", { slug: "culture", title: "Culture", articles: [] }, 8, EN),
  ...paginate("tag", { slug: "ports", title: "Ports", articles: [newest, updated] }, 1, EN),
];

const entries = suite("sitemapEntries");

entries("front page, articles, listing pages, the index pages, then other pages, each with its last change", () => {
  assert.equal(
    sitemapEntries(articles, listings, builtAt, [{ url: "/credits/" }, { url: "/credits/page/2/" }]).map((entry) => [entry.path, entry.lastmod.toISO({ suppressMilliseconds: true })]),
    [
      ["/", "2026-11-24T09:00:00+01:00"],
      ["/2026/11/24/newest/", "2026-11-24T09:00:00+01:00"],
      ["/2026/11/20/updated/", "2026-11-21T10:00:00-05:00"],
      ["/section/world/", "2026-11-24T09:00:00+01:00"],
      ["/section/culture/", "2026-11-25T12:00:00Z"],
      ["/tag/ports/", "2026-11-24T09:00:00+01:00"],
      ["/tag/ports/page/2/", "2026-11-21T10:00:00-05:00"],
      ["/tags/", "2026-11-25T12:00:00Z"],
      ["/archive/", "2026-11-25T12:00:00Z"],
      ["/search/", "2026-11-25T12:00:00Z"],
      ["/credits/", "2026-11-25T12:00:00Z"],
      ["/credits/page/2/", "2026-11-25T12:00:00Z"],
    ],
  );
});

entries("an empty site still lists its front and index pages, as new as the build", () => {
  assert.equal(
    sitemapEntries([], [], builtAt).map((entry) => entry.path),
    ["/", "/tags/", "/archive/", "/search/"],
  );
  assert.is(sitemapEntries([], [], builtAt)[0]?.lastmod, builtAt);
  assert.equal(sitemapEntries([], [], builtAt, [{ url: "/comment-policy/" }]).at(-1), { path: "/comment-policy/", lastmod: builtAt });
});

entries.run();

const xml = suite("sitemapXml");

interface Urlset {
  urlset: { "@_xmlns": string; url: { loc: string; lastmod: string }[] };
}

xml("a well-formed urlset of absolute URLs (path prefix included) with W3C datetimes", () => {
  const text = sitemapXml(sitemapEntries(articles, [], builtAt), { ...site, pathPrefix: "/news/" });
  assert.is(XMLValidator.validate(text), true);
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" }).parse(text) as Urlset;
  assert.is(parsed.urlset["@_xmlns"], "http://www.sitemaps.org/schemas/sitemap/0.9");
  assert.equal(parsed.urlset.url.slice(0, 3), [
    { loc: "https://news.example.com/news/", lastmod: "2026-11-24T09:00:00+01:00" },
    { loc: "https://news.example.com/news/2026/11/24/newest/", lastmod: "2026-11-24T09:00:00+01:00" },
    { loc: "https://news.example.com/news/2026/11/20/updated/", lastmod: "2026-11-21T10:00:00-05:00" },
  ]);
});

xml("valid against sitemaps.org's schema, for a full site and an empty one", async () => {
  assert.equal(await sitemapSchemaErrors(sitemapXml(sitemapEntries(articles, listings, builtAt, [{ url: "/credits/" }]), { ...site, pathPrefix: "/news/" }), "sitemap"), []);
  assert.equal(await sitemapSchemaErrors(sitemapXml(sitemapEntries([], [], builtAt), site), "sitemap"), []);
});

xml.run();
