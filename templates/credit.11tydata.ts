// /credits/<name>/, /credits/<name>/page/2/, ...: the pictures of one photographer or agency named
// in a credit, and where they ran, a page at a time (src/collections/credits-pages.ts).
import type { CreditsPage } from "../src/collections/credits-pages.ts";
import { creditsPageMeta } from "../src/collections/credits-meta.ts";
import { pictureCount } from "../src/collections/listing-labels.ts";
import type { Site } from "../src/site.ts";

interface CreditPageData {
  creditsPage: CreditsPage;
  site: Site;
}

export default {
  layout: "base.njk",
  pagination: { data: "newsroom.render.creditNamePages", size: 1, alias: "creditsPage", addAllPagesToCollections: false },
  permalink: (data: CreditPageData) => data.creditsPage.url,
  eleventyComputed: {
    meta: (data: CreditPageData) => {
      const name = data.creditsPage.title;
      return creditsPageMeta(data.creditsPage, `Pictures credited to ${name}`, `Every picture credited to ${name} in ${data.site.name}, and the articles it appears in.`, data.site);
    },
    creditsPage: (data: CreditPageData) => ({ ...data.creditsPage, countText: pictureCount(data.creditsPage.total, data.site.lang) }),
  },
};
