import { suite } from "uvu";
import * as assert from "uvu/assert";
import { robotsTxt } from "../../src/sitemaps/robots.ts";

const robots = suite("robotsTxt");

robots("allows everything and names both sitemaps by absolute URL", () => {
  assert.fixture(
    robotsTxt({ url: "https://news.example.com", pathPrefix: "/" }, { news: true }),
    ["User-agent: *", "Allow: /", "", "Sitemap: https://news.example.com/sitemap.xml", "Sitemap: https://news.example.com/news-sitemap.xml", ""].join("\n"),
  );
});

robots("without a news sitemap (no story in two days) it names only the main sitemap", () => {
  assert.fixture(robotsTxt({ url: "https://news.example.com", pathPrefix: "/" }, { news: false }), ["User-agent: *", "Allow: /", "", "Sitemap: https://news.example.com/sitemap.xml", ""].join("\n"));
});

robots("the sitemap URLs carry the path prefix", () => {
  assert.match(robotsTxt({ url: "https://example.org", pathPrefix: "/news/" }, { news: true }), "Sitemap: https://example.org/news/sitemap.xml\nSitemap: https://example.org/news/news-sitemap.xml\n");
});

robots.run();
