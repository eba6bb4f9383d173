// One page per published article. The permalink is a function, not a Nunjucks string: Eleventy
// compiles string templates again for every paginated page. article.njk extends the layout and
// computes the page's metadata itself (see there).
import type { Article } from "../src/model/types.ts";

export default {
  pagination: { data: "newsroom.render.articles", size: 1, alias: "article", addAllPagesToCollections: false },
  permalink: (data: { article: Article }) => data.article.url,
};
