// One page per published article. Permalink and page data are functions, not Nunjucks strings:
// Eleventy compiles string templates again for every paginated page.
import type { Article } from "../src/model/types.ts";
import { articleMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";

interface ArticlePageData {
  article: Article;
  site: Site;
}

export default {
  layout: "base.njk",
  pagination: { data: "newsroom.articles", size: 1, alias: "article", addAllPagesToCollections: false },
  permalink: (data: ArticlePageData) => data.article.url,
  eleventyComputed: {
    meta: (data: ArticlePageData) => articleMeta(data.article, data.site),
  },
};
