// /credits/, /credits/page/2/, ...: every picture the site shows, with its credit and the articles
// it appears in, a page at a time (src/collections/credits-pages.ts cuts the pages once per build).
import { CREDITS_TITLE } from "../src/collections/credits.ts";
import type { CreditsPage } from "../src/collections/credits-pages.ts";
import { creditsPageMeta } from "../src/collections/credits-meta.ts";
import { pictureCount } from "../src/collections/listing-labels.ts";
import type { Site } from "../src/site.ts";

interface CreditsData {
  creditsPage: CreditsPage;
  site: Site;
}

export default {
  layout: "base.njk",
  pagination: { data: "newsroom.render.creditsPages", size: 1, alias: "creditsPage", addAllPagesToCollections: false },
  permalink: (data: CreditsData) => data.creditsPage.url,
  eleventyComputed: {
    meta: (data: CreditsData) => creditsPageMeta(data.creditsPage, CREDITS_TITLE, `Every picture ${data.site.name} has published, with its credit and the articles it appears in.`, data.site),
    creditsPage: (data: CreditsData) => ({ ...data.creditsPage, countText: pictureCount(data.creditsPage.total, data.site.lang) }),
  },
};
