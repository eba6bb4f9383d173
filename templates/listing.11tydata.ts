// Every listing page (section, tag, author, month), all paginated the same way from the
// pages src/collections/ cut once per build. listing.njk extends the layout and computes the
// page's metadata itself, as article.njk does.
import type { ListingPage } from "../src/collections/pagination.ts";

export default {
  pagination: { data: "newsroom.render.listings", size: 1, alias: "listing", addAllPagesToCollections: false },
  permalink: (data: { listing: ListingPage }) => data.listing.url,
};
