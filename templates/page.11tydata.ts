// Pages that are not news (content/pages/*.md), such as the comment policy, at `/<slug>/`.
import type { SitePage } from "../src/pages.ts";
import { plainMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";
import type { NewsroomData } from "../src/eleventy/prepare-newsroom.ts";

interface PageData {
  sitePage: SitePage;
  site: Site;
  newsroom: NewsroomData;
}

export default {
  layout: "base.njk",
  pagination: { data: "newsroom.pages", size: 1, alias: "sitePage", addAllPagesToCollections: false },
  permalink: (data: PageData) => data.sitePage.url,
  eleventyComputed: {
    meta: (data: PageData) => plainMeta(data.site, data.sitePage.url, data.sitePage.title, data.sitePage.description ?? data.sitePage.title, data.newsroom.i18n.page(data.site.lang)),
  },
};
