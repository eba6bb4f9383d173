// /robots.txt: the text comes from src/sitemaps/robots.ts; the template prints it.
import { robotsTxt } from "../src/sitemaps/robots.ts";
import type { Site } from "../src/site.ts";

export default {
  eleventyExcludeFromCollections: true,
  permalink: "/robots.txt",
  eleventyComputed: {
    text: (data: { site: Site }) => robotsTxt(data.site),
  },
};
