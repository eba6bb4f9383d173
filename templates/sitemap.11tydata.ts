// /sitemap.xml (src/sitemaps/sitemap.ts).
import { generatedFiles } from "../src/eleventy/generated-files.ts";
import { sitemapEntries, sitemapXml } from "../src/sitemaps/sitemap.ts";

export default generatedFiles(({ articles, collections, site, builtAt, pages }) => [
  { path: "/sitemap.xml", text: sitemapXml(sitemapEntries(articles, collections.listings, builtAt, [...pages, ...collections.credits.names]), site) },
]);
