// The search page. Its index is built after the site (src/search/index-site.ts), one bundle per
// publication year; the page names those years (newest first) for assets/search.js, which loads
// them all. The page itself is left out of the index (see the note in search.njk).
import type { NewsroomData } from "../src/eleventy/prepare-newsroom.ts";
import { searchYears } from "../src/search/search-years.ts";
import { plainMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";

export default {
  layout: "base.njk",
  permalink: "/search/",
  eleventyExcludeFromCollections: true,
  eleventyComputed: {
    meta: (data: { site: Site }) => plainMeta(data.site, "/search/", "Search", `Search every article of ${data.site.name}.`),
    searchYears: (data: { newsroom?: NewsroomData }) => searchYears(data.newsroom?.articles ?? []),
  },
};
