// /sitemap.xml, laid out by src/sitemaps/ in pagination's `before` like the feeds
// (feed-atom.11tydata.ts): one page, no computed data, the template prints the text.
import type { NewsroomData } from "../src/eleventy/prepare-newsroom.ts";
import { sitemapEntries, sitemapXml } from "../src/sitemaps/sitemap.ts";

export default {
  eleventyExcludeFromCollections: true,
  pagination: {
    data: "newsroom.site.sections",
    size: 1,
    alias: "text",
    addAllPagesToCollections: false,
    before: (_sections: unknown, data: { newsroom: NewsroomData }): string[] => {
      const { articles, collections, site, builtAt } = data.newsroom;
      return [sitemapXml(sitemapEntries(articles, collections.listings, builtAt, [...data.newsroom.pages, ...collections.credits.names]), site)];
    },
  },
  permalink: "/sitemap.xml",
};
