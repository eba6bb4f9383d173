// One page per published article. Permalink and title are functions, not Nunjucks strings:
// Eleventy compiles string templates again for every paginated page.
import type { Article } from "../src/model/types.ts";

interface ArticlePageData {
  article: Article;
}

export default {
  layout: "base.njk",
  pagination: { data: "newsroom.articles", size: 1, alias: "article", addAllPagesToCollections: false },
  permalink: (data: ArticlePageData) => data.article.url,
  eleventyComputed: {
    title: (data: ArticlePageData) => data.article.headline,
    description: (data: ArticlePageData) => data.article.dek ?? "",
  },
};
