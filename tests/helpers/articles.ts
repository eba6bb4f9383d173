// Real Articles for tests, made the way the site makes them: an ArticleInput through the model.
import { DateTime } from "luxon";
import { normalizeArticle, type NormalizeContext } from "../../src/model/normalize.ts";
import type { Article, ArticleInput, SafeHtml } from "../../src/model/types.ts";
import type { Site } from "../../src/site.ts";
import { makeTestSite } from "./test-site.ts";

export const testSite: Site = makeTestSite({
  sections: [{ slug: "news", name: "News" }, { slug: "world", name: "World" }, { slug: "sport", name: "Sport" }],
  pageSize: 2,
  frontSectionSize: 2,
  relatedCount: 2,
});

const context: NormalizeContext = {
  site: testSite,
  now: DateTime.fromISO("2026-11-25T12:00:00Z"),
  media: { has: () => true, size: () => ({ width: 1200, height: 800 }), embedded: () => ({}) },
};

/** An article from a few fields; `slug` also names the source file, so ids differ. */
export function article(fields: Partial<ArticleInput> & { slug: string; published: string }): Article {
  const input: ArticleInput = {
    format: "markdown",
    path: `content/articles/${fields.slug}.md`,
    headline: fields.slug.replace(/-/g, " "),
    byline: [],
    tags: [],
    body: [{ type: "paragraph", html: "Text." as SafeHtml }],
    comments: [],
    corrections: [],
    fieldNames: {},
    ...fields,
  };
  const result = normalizeArticle(input, context);
  if (result.kind !== "published") throw new Error(`test article ${fields.slug} not published: ${JSON.stringify(result.problems)}`);
  return result.article;
}

/** Newest first, as the newsroom hands them over. */
export function newestFirst(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => b.published.toMillis() - a.published.toMillis());
}
