import { suite } from "uvu";
import * as assert from "uvu/assert";
import { groupByAuthor, groupByMonth, groupBySection, groupByTag } from "../../src/collections/groups.ts";
import { article, newestFirst, testSite } from "../helpers/articles.ts";

const articles = newestFirst([
  article({ slug: "a", published: "2026-11-20", section: "world", tags: ["Climate", "Floods"], byline: ["By Leila Khoury"] }),
  article({ slug: "b", published: "2026-11-10", section: "world", tags: ["climate"], byline: ["Leila Khoury and Tom Achterberg"] }),
  article({ slug: "c", published: "2026-10-31 23:30", zone: "Pacific/Kiritimati", tags: ["Housing"], byline: ["Tom Achterberg"] }),
  article({ slug: "d", published: "2025-12-01", tags: ["🔥"] }),
]);
const slugs = (group: { articles: { slug: string }[] } | undefined) => group?.articles.map((a) => a.slug);

const groups = suite("taxonomy groups");

groups("sections: every section in masthead order, empty ones too", () => {
  const sections = groupBySection(articles, testSite);
  assert.equal(sections.map((s) => [s.slug, s.title, slugs(s)]), [
    ["news", "News", ["c", "d"]],
    ["world", "World", ["a", "b"]],
    ["sport", "Sport", []],
  ]);
});

groups("tags: one group per slug, titled by the first spelling, sorted; unsluggable tags have no page", () => {
  const tags = groupByTag(articles);
  assert.equal(tags.map((t) => [t.slug, t.title, slugs(t)]), [
    ["climate", "Climate", ["a", "b"]],
    ["floods", "Floods", ["a"]],
    ["housing", "Housing", ["c"]],
  ]);
});

groups("authors: by slug, sorted by name, articles newest first", () => {
  assert.equal(groupByAuthor(articles).map((g) => [g.slug, g.title, slugs(g)]), [
    ["leila-khoury", "Leila Khoury", ["a", "b"]],
    ["tom-achterberg", "Tom Achterberg", ["b", "c"]],
  ]);
});

groups("months: by the date in each article's own zone, newest month first", () => {
  const months = groupByMonth(articles, { lang: "en" });
  assert.equal(months.map((m) => [m.slug, m.title, slugs(m)]), [
    ["2026/11", "November 2026", ["a", "b"]],
    ["2026/10", "October 2026", ["c"]],
    ["2025/12", "December 2025", ["d"]],
  ]);
  // In UTC article c was already November: its own zone keeps it in October.
  assert.is(articles.find((a) => a.slug === "c")!.published.toUTC().month, 10);
});

groups.run();
