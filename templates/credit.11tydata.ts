// /credits/<name>/: the pictures of one photographer or agency named in a credit, and where they ran.
import type { CreditName } from "../src/collections/credits.ts";
import { pictureCount } from "../src/collections/listing-labels.ts";
import { plainMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";

interface CreditPageData {
  creditName: CreditName;
  site: Site;
}

export default {
  layout: "base.njk",
  pagination: { data: "newsroom.collections.credits.names", size: 1, alias: "creditName", addAllPagesToCollections: false },
  permalink: (data: CreditPageData) => data.creditName.url,
  eleventyComputed: {
    meta: (data: CreditPageData) => plainMeta(data.site, data.creditName.url, `Pictures credited to ${data.creditName.name}`, `Every picture credited to ${data.creditName.name} in ${data.site.name}, and the articles it appears in.`),
    creditName: (data: CreditPageData) => ({ ...data.creditName, countText: pictureCount(data.creditName.pictures.length, data.site.lang) }),
  },
};
