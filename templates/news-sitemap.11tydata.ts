// /news-sitemap.xml, when a story is recent enough for one (src/sitemaps/news-sitemap.ts).
import { generatedFiles } from "../src/eleventy/generated-files.ts";
import { newsSitemapFiles } from "../src/sitemaps/news-sitemap.ts";

export default generatedFiles(({ articles, site, builtAt }) => newsSitemapFiles(articles, site, builtAt));
