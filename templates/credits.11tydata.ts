// /credits/, /credits/page/2/, ...: every picture the site shows, with its credit and the articles
// it appears in, a page at a time (src/collections/credits-pages.ts cuts the pages once per build).
// credits.njk extends the layout and computes the page's metadata itself, as article.njk does.
import type { CreditsPage } from "../src/collections/credits-pages.ts";

export default {
  pagination: { data: "newsroom.render.creditsPages", size: 1, alias: "creditsPage", addAllPagesToCollections: false },
  permalink: (data: { creditsPage: CreditsPage }) => data.creditsPage.url,
};
