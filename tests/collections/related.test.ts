import { suite } from "uvu";
import * as assert from "uvu/assert";
import { groupBySection, groupByTag } from "../../src/collections/groups.ts";
import { relatedArticles } from "../../src/collections/related.ts";
import { article, newestFirst, testSite } from "../helpers/articles.ts";

const articles = newestFirst([
  article({ slug: "subject", published: "2026-11-01", section: "world", tags: ["climate", "floods", "europe"] }),
  article({ slug: "two-tags-old", published: "2026-09-01", section: "news", tags: ["climate", "floods"] }),
  article({ slug: "one-tag-same-section", published: "2026-10-01", section: "world", tags: ["europe"] }),
  article({ slug: "one-tag-new", published: "2026-11-20", section: "news", tags: ["climate"] }),
  article({ slug: "same-section-only", published: "2026-11-21", section: "world" }),
  article({ slug: "unrelated", published: "2026-11-22", section: "sport", tags: ["football"] }),
]);

const related = suite("relatedArticles");

related("most shared tags first, then same section, then newest; never itself", () => {
  const map = relatedArticles(articles, groupByTag(articles), groupBySection(articles, testSite), 4);
  assert.equal(map.get("subject")!.map((a) => a.slug), ["two-tags-old", "one-tag-same-section", "one-tag-new", "same-section-only"]);
});

related("the limit holds and an article with nothing in common gets nothing", () => {
  const map = relatedArticles(articles, groupByTag(articles), groupBySection(articles, testSite), 2);
  assert.is(map.get("subject")!.length, 2);
  assert.equal(map.get("unrelated"), []);
  for (const [id, list] of map) assert.not.ok(list.some((other) => other.id === id), id);
});

related.run();
