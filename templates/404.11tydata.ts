// Static hosts serve /404.html for unknown addresses. Its links must work from any depth,
// which site-absolute paths (plus the path prefix added by the HTML base plugin) do.
import { plainMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";

export default {
  layout: "base.njk",
  permalink: "/404.html",
  eleventyExcludeFromCollections: true,
  eleventyComputed: {
    meta: (data: { site: Site }) => plainMeta(data.site, "/404.html", "Page not found", "There is no page at this address."),
  },
};
