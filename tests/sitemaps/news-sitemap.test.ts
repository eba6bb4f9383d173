import { XMLParser, XMLValidator } from "fast-xml-parser";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { NEWS_LIMIT, newsArticles, newsSitemapXml } from "../../src/sitemaps/news-sitemap.ts";
import { article, builtAt, site } from "../feeds/article-fixture.ts";

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

xml("an empty news sitemap is still a urlset", () => {
  const text = newsSitemapXml([], site);
  assert.is(XMLValidator.validate(text), true);
  const parsed = parser.parse(text) as NewsUrlset;
  assert.is(parsed.urlset["@_xmlns:news"], "http://www.google.com/schemas/sitemap-news/0.9");
  assert.is(parsed.urlset.url, undefined);
});

xml.run();
