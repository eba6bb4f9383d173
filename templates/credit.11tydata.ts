// /credits/<name>/, /credits/<name>/page/2/, ...: the pictures of one photographer or agency named
// in a credit, and where they ran, a page at a time (src/collections/credits-pages.ts). credit.njk
// extends the layout and computes the page's metadata itself, as article.njk does.
import type { CreditsPage } from "../src/collections/credits-pages.ts";

export default {
  pagination: { data: "newsroom.render.creditNamePages", size: 1, alias: "creditsPage", addAllPagesToCollections: false },
  permalink: (data: { creditsPage: CreditsPage }) => data.creditsPage.url,
};
