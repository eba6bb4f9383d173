// The search page. Its indexes are built after the site (src/search/index-site.ts), one bundle per
// language at /pagefind/<language>/; the page names them, the site's language first, for
// assets/search.js, which searches one at a time and lets the reader switch. The page is rendered
// before the indexes exist, so the languages come from the articles, by the rule the index uses
// (src/search/search-languages.ts). The page itself is left out of the index (see the note in search.njk).
import type { NewsroomData } from "../src/eleventy/prepare-newsroom.ts";
import { searchLanguages } from "../src/search/search-languages.ts";
import { plainMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";

export default {
  layout: "base.njk",
  permalink: "/search/",
  eleventyExcludeFromCollections: true,
  eleventyComputed: {
    meta: (data: { site: Site }) => plainMeta(data.site, "/search/", "Search", `Search every article of ${data.site.name}.`),
    searchLanguages: (data: { site: Site; newsroom?: NewsroomData }) => {
      // Eleventy first calls this with stand-ins for the data to see what it reads: no languages there.
      const langs = Array.from(data.newsroom?.articles ?? [], (article) => article?.lang);
      const siteLang = data.site?.lang;
      return typeof siteLang === "string" && langs.every((lang) => typeof lang === "string") ? searchLanguages(langs, siteLang) : [];
    },
  },
};
