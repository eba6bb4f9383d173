// The search page. Its index is built after the site (src/search/index-site.ts); the page itself
// is left out of the index (see the note in search.njk).
import { plainMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";

export default {
  layout: "base.njk",
  permalink: "/search/",
  eleventyExcludeFromCollections: true,
  eleventyComputed: {
    meta: (data: { site: Site }) => plainMeta(data.site, "/search/", "Search", `Search every article of ${data.site.name}.`),
  },
};
