// /robots.txt (src/sitemaps/robots.ts).
import { generatedFiles } from "../src/eleventy/generated-files.ts";
import { newsArticles } from "../src/sitemaps/news-sitemap.ts";
import { robotsTxt } from "../src/sitemaps/robots.ts";

export default generatedFiles(({ articles, site, builtAt }) => [{ path: "/robots.txt", text: robotsTxt(site, { news: newsArticles(articles, builtAt).length > 0 }) }]);
