// The search page. Its index is built after the site (src/search/index-site.ts), one bundle per
// partition (each year, and the newest month apart); the page names them (newest first) for
// assets/search.js, which loads them all. The page is rendered before the index exists, so the
// names come from the articles' URLs, by the rule the index uses (src/search/partitions.ts). The page itself is left out of the index (see the note in search.njk).
import type { NewsroomData } from "../src/eleventy/prepare-newsroom.ts";
import { partitionsOfUrls } from "../src/search/partitions.ts";
import { plainMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";

export default {
  layout: "base.njk",
  permalink: "/search/",
  eleventyExcludeFromCollections: true,
  eleventyComputed: {
    meta: (data: { site: Site }) => plainMeta(data.site, "/search/", "Search", `Search every article of ${data.site.name}.`),
    searchIndexes: (data: { newsroom?: NewsroomData }) => partitionsOfUrls((data.newsroom?.articles ?? []).map((article) => article.url)).map((partition) => partition.name),
  },
};
