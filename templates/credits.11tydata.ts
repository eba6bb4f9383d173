// /credits/: every picture the site shows, with its credit and the articles it appears in.
import type { NewsroomData } from "../src/eleventy/prepare-newsroom.ts";
import { pictureCount } from "../src/collections/listing-labels.ts";
import { CREDITS_URL } from "../src/collections/credits.ts";
import { plainMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";

interface CreditsData {
  site: Site;
  newsroom: NewsroomData;
}

export default {
  layout: "base.njk",
  permalink: CREDITS_URL,
  eleventyComputed: {
    meta: (data: CreditsData) => plainMeta(data.site, CREDITS_URL, "Picture credits", `Every picture ${data.site.name} has published, with its credit and the articles it appears in.`),
    creditsCount: (data: CreditsData) => pictureCount(data.newsroom.collections.credits.pictures.length, data.site.lang),
  },
};
