import { XMLParser, XMLValidator } from "fast-xml-parser";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { NEWS_LIMIT, newsArticles, newsSitemapFiles, newsSitemapXml } from "../../src/sitemaps/news-sitemap.ts";
import { article, builtAt, site } from "../feeds/article-fixture.ts";
import { sitemapSchemaErrors } from "./sitemap-schemas.ts";

const recent = suite("newsArticles");

recent("keeps articles published in the two days before the build, newest first", () => {
  const articles = [
    article("just-in", "2026-11-25T11:59:00Z"),
    article("yesterday", "2026-11-24T07:30:00-06:00"),
    article("edge", "2026-11-23T12:00:00Z"),
    article("just-out", "2026-11-23T11:59:59Z"),
    article("last-week", "2026-11-18T09:30:00+02:00"),
  ];
  assert.equal(newsArticles(articles, builtAt).map((a) => a.slug), ["just-in", "yesterday", "edge"]);
});

recent("leaves out anything published after the build time, and orders by the instant, not the input", () => {
  const articles = [article("tokyo-morning", "2026-11-25T08:00:00+09:00"), article("future", "2026-11-25T12:00:01Z"), article("london-later", "2026-11-25T01:00:00Z")];
  assert.equal(newsArticles(articles, builtAt).map((a) => a.slug), ["london-later", "tokyo-morning"]);
});

recent(`at most ${NEWS_LIMIT}`, () => {
  const many = Array.from({ length: NEWS_LIMIT + 5 }, (_, index) => article(`story-${index}`, builtAt.minus({ minutes: index + 1 }).toISO() ?? ""));
  const kept = newsArticles(many, builtAt);
  assert.is(kept.length, NEWS_LIMIT);
  assert.is(kept.at(-1)?.slug, `story-${NEWS_LIMIT - 1}`);
});

recent.run();

const xml = suite("newsSitemapXml");

interface NewsUrlset {
  urlset: {
    "@_xmlns": string;
    "@_xmlns:news": string;
    url?: {
      loc: string;
      "news:news": {
        "news:publication": { "news:name": string; "news:language": string };
        "news:publication_date": string;
        "news:title": string;
      };
    }[];
  };
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url", parseTagValue: false });

xml("each article: absolute URL, publication name and language, W3C date, title (escaped)", () => {
  const text = newsSitemapXml([article("taipei", "2026-11-24T20:00:00+08:00", { lang: "zh-TW", headline: "Tea & <rain>" })], { ...site, pathPrefix: "/news/" });
  assert.is(XMLValidator.validate(text), true);
  const parsed = parser.parse(text) as NewsUrlset;
  assert.is(parsed.urlset["@_xmlns"], "http://www.sitemaps.org/schemas/sitemap/0.9");
  assert.is(parsed.urlset["@_xmlns:news"], "http://www.google.com/schemas/sitemap-news/0.9");
  assert.equal(parsed.urlset.url, [
    {
      loc: "https://news.example.com/news/2026/11/24/taipei/",
      "news:news": {
        "news:publication": { "news:name": "Test Ledger", "news:language": "zh-tw" },
        "news:publication_date": "2026-11-24T20:00:00+08:00",
        "news:title": "Tea & <rain>",
      },
    },
  ]);
});

xml("stories in Google's shape validate against Google's news sitemap schema", async () => {
  // What a bilingual newsroom's last two days look like: Arabic and Traditional Chinese
  // headlines, an ampersand and angle brackets, a path prefix, times in three zones.
  const recent = [
    article("beirut-port", "2026-11-25T09:40:00+02:00", { lang: "ar", dir: "rtl", headline: "مرفأ بيروت يعيد فتح محطة الحاويات" }),
    article("taipei", "2026-11-24T20:00:00+08:00", { lang: "zh-TW", headline: "Tea & <rain>" }),
    article("leeds-budget", "2026-11-24T07:15:00Z", { headline: "Leeds council's £40m budget gap: what it means" }),
  ];
  const text = newsSitemapXml(recent, { ...site, pathPrefix: "/news/" });
  assert.equal(await sitemapSchemaErrors(text, "news"), []);
});

const files = suite("newsSitemapFiles");

files("a build with stories from the last two days writes /news-sitemap.xml with just those", () => {
  const written = newsSitemapFiles([article("today", "2026-11-25T08:00:00Z"), article("last-week", "2026-11-18T08:00:00Z")], site, builtAt);
  assert.equal(written.map((file) => file.path), ["/news-sitemap.xml"]);
  const parsed = parser.parse(written[0]!.text) as NewsUrlset;
  assert.equal(parsed.urlset.url?.map((url) => url.loc), ["https://news.example.com/2026/11/25/today/"]);
});

files("a quiet newsroom (nothing in two days) writes no news sitemap: an empty urlset fails Google's schema", async () => {
  assert.equal(newsSitemapFiles([article("last-week", "2026-11-18T08:00:00Z")], site, builtAt), []);
  assert.equal(newsSitemapFiles([], site, builtAt), []);
  // Why: the schema itself refuses the empty file the build used to write.
  const errors = await sitemapSchemaErrors(newsSitemapXml([], site), "news");
  assert.is(errors.length, 1);
  assert.match(errors[0]!, /urlset.*Missing child element/);
});

files.run();

xml.run();
