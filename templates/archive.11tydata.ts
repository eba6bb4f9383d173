import { plainMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";

export default {
  layout: "base.njk",
  permalink: "/archive/",
  eleventyComputed: {
    meta: (data: { site: Site }) => plainMeta(data.site, "/archive/", "Archive", `Every month of ${data.site.name}, newest first.`),
  },
};
