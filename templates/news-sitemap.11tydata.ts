// /news-sitemap.xml (src/sitemaps/news-sitemap.ts).
import { generatedFiles } from "../src/eleventy/generated-files.ts";
import { newsArticles, newsSitemapXml } from "../src/sitemaps/news-sitemap.ts";

export default generatedFiles(({ articles, site, builtAt }) => [{ path: "/news-sitemap.xml", text: newsSitemapXml(newsArticles(articles, builtAt), site) }]);
