// The list of source problems, written only in preview: production builds stop on errors
// instead, and readers never see the newsroom's warnings.
import { plainMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";

interface ProblemsPageData {
  newsroom?: { mode: string };
  site: Site;
}

export default {
  layout: "base.njk",
  permalink: (data: ProblemsPageData) => (data.newsroom?.mode === "preview" ? "/_problems/" : false),
  eleventyExcludeFromCollections: true,
  eleventyComputed: {
    meta: (data: ProblemsPageData) => plainMeta(data.site, "/_problems/", "Source problems", "Problems found in the newsroom's sources."),
  },
};
