import { suite } from "uvu";
import * as assert from "uvu/assert";
import { paginate } from "../../src/collections/pagination.ts";
import { article } from "../helpers/articles.ts";

/** The site's own edition: today's addresses. */
const EN = { lang: "en", prefix: "" };

const five = ["e", "d", "c", "b", "a"].map((slug, index) => article({ slug, published: `2026-11-2${5 - index}` }));

const pages = suite("paginate");

pages("cuts a group into pages with stable URLs and neighbours", () => {
  const result = paginate("section", { slug: "world", title: "World", articles: five }, 2, EN);
  assert.equal(
    result.map((page) => [page.url, page.pageNumber, page.pageCount, page.articles.map((a) => a.slug), page.previousUrl, page.nextUrl]),
    [
      ["/section/world/", 1, 3, ["e", "d"], undefined, "/section/world/page/2/"],
      ["/section/world/page/2/", 2, 3, ["c", "b"], "/section/world/", "/section/world/page/3/"],
      ["/section/world/page/3/", 3, 3, ["a"], "/section/world/page/2/", undefined],
    ],
  );
  assert.ok(result.every((page) => page.total === 5 && page.firstUrl === "/section/world/"));
});

pages("an empty group still has its first page; months and tags use their own paths", () => {
  assert.equal(paginate("tag", { slug: "climate", title: "climate", articles: [] }, 2, EN).map((p) => [p.url, p.pageCount]), [["/tag/climate/", 1]]);
  assert.is(paginate("month", { slug: "2026/11", title: "November 2026", articles: five }, 10, EN)[0]!.url, "/archive/2026/11/");
  assert.is(paginate("author", { slug: "leila-khoury", title: "Leila Khoury", articles: five }, 10, EN)[0]!.url, "/author/leila-khoury/");
});

pages.run();
