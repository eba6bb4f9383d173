// Every listing page (section, tag, author, month), all paginated the same way from the
// pages src/collections/ cut once per build. The page is the layout's (layouts/listing.njk),
// as article.11tydata.ts explains.
import type { ListingPage } from "../src/collections/pagination.ts";

export default {
  pagination: { data: "newsroom.render.listings", size: 1, alias: "listing", addAllPagesToCollections: false },
  layout: "listing.njk",
  permalink: (data: { listing: ListingPage }) => data.listing.url,
};
