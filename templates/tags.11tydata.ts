import { plainMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";

export default {
  layout: "base.njk",
  permalink: "/tags/",
  eleventyComputed: {
    meta: (data: { site: Site }) => plainMeta(data.site, "/tags/", "Topics", `Every topic ${data.site.name} has covered.`),
  },
};
