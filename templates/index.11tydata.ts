import { plainMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";

export default {
  layout: "base.njk",
  permalink: "/",
  eleventyComputed: {
    meta: (data: { site: Site }) => plainMeta(data.site, "/", undefined, `The latest news from ${data.site.name}.`),
  },
};
