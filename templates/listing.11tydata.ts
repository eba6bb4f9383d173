// Every listing page (section, tag, author, month), all paginated the same way from the
// pages src/collections/ cut once per build.
import { articleCount, kindLabel } from "../src/collections/listing-labels.ts";
import type { ListingPage } from "../src/collections/pagination.ts";
import { listingMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";

interface ListingData {
  listing: ListingPage;
  site: Site;
}

export default {
  layout: "base.njk",
  pagination: { data: "newsroom.collections.listings", size: 1, alias: "listing", addAllPagesToCollections: false },
  permalink: (data: ListingData) => data.listing.url,
  eleventyComputed: {
    meta: (data: ListingData) => listingMeta(data.listing, data.listing.title, data.site),
    listing: (data: ListingData) => ({ ...data.listing, kindLabel: kindLabel(data.listing), countText: articleCount(data.listing.total, data.site.lang) }),
  },
};
