// One author and one tag across scripts (issue 22, part 5): _data/authors.ts and
// _data/tag-spellings.ts join the Arabic and Latin spellings of the sample newsroom's reporter and
// topics into one author page and one tag page, while each article keeps the spelling it was
// written in. Through the byline parser, the model and the taxonomy groups, then a whole newsroom
// folder loaded twice with one memo, as preview does.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import authorTable from "../../_data/authors.ts";
import tagTable from "../../_data/tag-spellings.ts";
import { groupByAuthor, groupByTag } from "../../src/collections/groups.ts";
import { authorAliases, parseByline } from "../../src/model/byline.ts";
import { NormalizeMemo } from "../../src/model/normalize-memo.ts";
import { normalizeArticle, type NormalizeContext, type Normalized } from "../../src/model/normalize.ts";
import { tagAliases, tagPageName, tagPagesOf } from "../../src/model/tag-aliases.ts";
import type { Article, ArticleInput } from "../../src/model/types.ts";
import { loadNewsroom } from "../../src/newsroom.ts";
import { ParseCache } from "../../src/sources/parse-cache.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import { inScratchFolder } from "../helpers/scratch-folder.ts";

const authors = authorAliases(authorTable);
const tags = tagAliases(tagTable);

const people = suite("one author across scripts");

people("the Arabic byline keeps its spelling and shares the Latin name's author page", () => {
  assert.equal(parseByline(["رانيا حداد"], authors), [{ name: "رانيا حداد", slug: "rania-haddad", pageName: "Rania Haddad" }]);
  assert.equal(parseByline(["By Rania Haddad"], authors), [{ name: "Rania Haddad", slug: "rania-haddad" }]);
  // Without the table the two are two people, as before.
  assert.equal(parseByline(["رانيا حداد"]).map((person) => person.slug), ["ranya-hadad"]);
});

people("a variant in the same script is still replaced by the name pages show", () => {
  assert.equal(parseByline(["By LEILA KHOURI"], authors), [{ name: "Leila Khoury", slug: "leila-khoury" }]);
});

people("a Cyrillic or Greek spelling is another script too; one article naming both scripts lists the person once", () => {
  const table = authorAliases({ "Rania Haddad": ["رانيا حداد", "Рания Хаддад"], "Giorgos Papadopoulos": ["Γιώργος Παπαδόπουλος"] });
  assert.equal(parseByline(["Рания Хаддад"], table), [{ name: "Рания Хаддад", slug: "rania-haddad", pageName: "Rania Haddad" }]);
  assert.equal(parseByline(["Γιώργος Παπαδόπουλος"], table), [{ name: "Γιώργος Παπαδόπουλος", slug: "giorgos-papadopoulos", pageName: "Giorgos Papadopoulos" }]);
  assert.equal(parseByline(["رانيا حداد", "Rania Haddad"], table).length, 1);
});

people("with Unicode slugs the page is the listed name's, in its own script; unlisted names keep theirs", () => {
  assert.equal(parseByline(["رانيا حداد"], authors, "unicode"), [{ name: "رانيا حداد", slug: "rania-haddad", pageName: "Rania Haddad" }]);
  assert.equal(parseByline(["عمر صالح"], authors, "unicode"), [{ name: "عمر صالح", slug: "عمر-صالح" }]);
  assert.equal(parseByline(["By Jane Doe"], authors, "unicode"), [{ name: "Jane Doe", slug: "jane-doe" }]);
});

people.run();

// ---------------------------------------------------------------------------------------------

const topics = suite("one tag across scripts");

topics("each listed spelling, the page's own name in any case included, files under that name", () => {
  assert.equal(tagPagesOf(["شحن", "لبنان", "ports"], tags), { "شحن": "Shipping", "لبنان": "Lebanon" });
  assert.equal(tagPagesOf(["shipping", "lebanon"], tags), { shipping: "Shipping", lebanon: "Lebanon" });
  assert.is(tagPagesOf(["ports", "trade"], tags), undefined);
  assert.is(tagPagesOf(["لبنان"], undefined), undefined);
});

topics("a tag named like a property of every object is an ordinary tag", () => {
  const article = { tagPages: tagPagesOf(["constructor", "__proto__", "لبنان"], tagAliases({ Lebanon: ["لبنان"], Proto: ["__proto__"] })) };
  assert.is(tagPageName(article, "constructor"), "constructor");
  assert.is(tagPageName(article, "__proto__"), "Proto");
  assert.is(tagPageName(article, "toString"), "toString");
  assert.is(tagPageName({}, "لبنان"), "لبنان");
});

topics.run();

// ---------------------------------------------------------------------------------------------

const model = suite("the model and the taxonomy");

const context: NormalizeContext = {
  site: makeTestSite({ sections: [{ slug: "news", name: "News" }, { slug: "business", name: "Business" }] }),
  now: DateTime.fromISO("2026-11-25T12:00:00Z"),
  media: { has: () => false, size: () => ({ error: "none" }), embedded: () => ({}) },
  authors,
  tags,
};

function input(overrides: Partial<ArticleInput>): ArticleInput {
  return { format: "markdown", path: "content/articles/story.md", headline: "Story", published: "2026-11-17", byline: [], tags: [], body: [{ type: "paragraph", html: "Text." as never }], comments: [], corrections: [], fieldNames: {}, ...overrides };
}

function published(result: Normalized): Article {
  if (result.kind !== "published") throw new Error(`expected published, got ${result.kind}: ${JSON.stringify(result.problems)}`);
  return result.article;
}

// The sample newsroom's pair (content/articles/beirut-port-reopens.md and world/beirut-grain-ship-ar.md).
const english = published(normalizeArticle(input({ path: "content/articles/beirut-port-reopens.md", headline: "Beirut's container terminal reopens", published: "2026-11-18T09:30:00+02:00", byline: ["Rania Haddad"], tags: ["shipping", "lebanon", "ports", "trade"] }), context));
const arabic = published(
  normalizeArticle(input({ path: "content/articles/world/beirut-grain-ship-ar.md", headline: "مرفأ بيروت يستقبل أول سفينة حبوب", lang: "ar", published: "2026-11-17T07:40:00+02:00", byline: ["رانيا حداد"], tags: ["شحن", "لبنان"] }), context),
);

model("each article keeps its tags and byline as written", () => {
  assert.equal(arabic.tags, ["شحن", "لبنان"]);
  assert.equal(arabic.byline, [{ name: "رانيا حداد", slug: "rania-haddad", pageName: "Rania Haddad" }]);
  assert.equal(arabic.tagPages, { "شحن": "Shipping", "لبنان": "Lebanon" });
  assert.equal(english.tags, ["shipping", "lebanon", "ports", "trade"]);
});

model("one tag page per topic and one author page, titled by the table's names", () => {
  const byTag = new Map(groupByTag([english, arabic]).map((group) => [group.slug, group]));
  assert.equal([...byTag.keys()].sort(), ["lebanon", "ports", "shipping", "trade"]);
  assert.is(byTag.get("lebanon")!.title, "Lebanon");
  assert.equal(byTag.get("lebanon")!.articles, [english, arabic]);
  assert.equal(byTag.get("shipping")!.articles, [english, arabic]);
  // Newest first puts the Arabic story first here: the title is still the table's.
  assert.is(groupByTag([arabic, english]).find((group) => group.slug === "lebanon")!.title, "Lebanon");
  const byAuthor = groupByAuthor([arabic, english]);
  assert.equal(byAuthor.map((group) => [group.slug, group.title, group.articles.length]), [["rania-haddad", "Rania Haddad", 2]]);
});

model("an edition whose stories all write the topic and the name in their script titles the pages so", () => {
  // The Arabic edition's pages (/ar/tag/lebanon/, /ar/author/rania-haddad/) list only Arabic stories.
  const lebanon = groupByTag([arabic]).find((group) => group.slug === "lebanon")!;
  assert.is(lebanon.title, "لبنان");
  assert.equal(groupByAuthor([arabic]).map((group) => [group.slug, group.title]), [["rania-haddad", "رانيا حداد"]]);
});

model.run();

// ---------------------------------------------------------------------------------------------

const newsroom = suite("a newsroom loaded twice with one memo, as preview rebuilds");

newsroom("a change to the tag table is a change of the model's surroundings: kept articles are modelled again", async () => {
  await inScratchFolder("dateline-tag-aliases-", async (dir) => {
    await mkdir(join(dir, "articles"), { recursive: true });
    await writeFile(join(dir, "articles", "grain-ship-ar.md"), "---\nheadline: مرفأ بيروت يستقبل أول سفينة حبوب\nlang: ar\ndate: 2026-11-17T07:40:00+02:00\ntags: [شحن, لبنان]\n---\nرست أول سفينة محمّلة بالقمح في مرفأ بيروت.\n");
    // One parse cache and one memo, so an unchanged source is the same parsed object each time.
    const [memo, cache] = [new NormalizeMemo(), ParseCache.inMemory()];
    const load = (table: Record<string, string[]>) => loadNewsroom({ contentDir: dir, root: dir, site: context.site, now: context.now, tags: tagAliases(table), memo, cache });
    const first = await load({ Lebanon: ["لبنان"] });
    assert.equal(first.articles[0]!.tagPages, { "لبنان": "Lebanon" });
    const same = await load({ Lebanon: ["لبنان"] });
    assert.is(same.changed.size, 0, "the same table keeps the article");
    const second = await load({ Lebanon: ["لبنان"], Shipping: ["شحن"] });
    assert.equal(second.articles[0]!.tagPages, { "شحن": "Shipping", "لبنان": "Lebanon" });
    assert.is(second.changed.size, 1);
  });
});

newsroom.run();
