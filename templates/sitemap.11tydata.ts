// /sitemap.xml, and /sitemap-1.xml, ... when the site outgrows one file (src/sitemaps/sitemap-files.ts).
import { generatedFiles } from "../src/eleventy/generated-files.ts";
import { sitemapEntries } from "../src/sitemaps/sitemap.ts";
import { sitemapFiles } from "../src/sitemaps/sitemap-files.ts";

export default generatedFiles(({ articles, collections, site, builtAt, pages }) =>
  sitemapFiles(sitemapEntries(articles, collections.listings, builtAt, [...pages, ...collections.credits.pages, ...collections.credits.namePages], Object.values(collections.editions)), site),
);
