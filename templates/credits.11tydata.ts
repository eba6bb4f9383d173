// /credits/, /credits/page/2/, ...: every picture the site shows, with its credit and the articles
// it appears in, a page at a time (src/collections/credits-pages.ts cuts the pages once per build).
// The page is the layout's (layouts/credits.njk), as article.11tydata.ts explains.
import type { CreditsPage } from "../src/collections/credits-pages.ts";

export default {
  pagination: { data: "newsroom.render.creditsPages", size: 1, alias: "creditsPage", addAllPagesToCollections: false },
  layout: "credits.njk",
  permalink: (data: { creditsPage: CreditsPage }) => data.creditsPage.url,
};
