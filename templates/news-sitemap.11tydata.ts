// /news-sitemap.xml, made like the sitemap (sitemap.11tydata.ts).
import type { NewsroomData } from "../src/eleventy/prepare-newsroom.ts";
import { newsArticles, newsSitemapXml } from "../src/sitemaps/news-sitemap.ts";

export default {
  eleventyExcludeFromCollections: true,
  pagination: {
    data: "newsroom.site.sections",
    size: 1,
    alias: "text",
    addAllPagesToCollections: false,
    before: (_sections: unknown, data: { newsroom: NewsroomData }): string[] => {
      const { articles, site, builtAt } = data.newsroom;
      return [newsSitemapXml(newsArticles(articles, builtAt), site)];
    },
  },
  permalink: "/news-sitemap.xml",
};
