// /credits/<name>/, /credits/<name>/page/2/, ...: the pictures of one photographer or agency named
// in a credit, and where they ran, a page at a time (src/collections/credits-pages.ts). The page
// is the layout's (layouts/credits.njk), as article.11tydata.ts explains.
import type { CreditsPage } from "../src/collections/credits-pages.ts";

export default {
  pagination: { data: "newsroom.render.creditNamePages", size: 1, alias: "creditsPage", addAllPagesToCollections: false },
  layout: "credits.njk",
  permalink: (data: { creditsPage: CreditsPage }) => data.creditsPage.url,
};
