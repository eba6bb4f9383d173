// The `slugs` site setting (issue 22, part 5): "ascii" (the default) transliterates every address,
// "unicode" keeps the text's own script. Checked by checkSite; read once, by the model, which makes
// every article's, author's and tag's address in it; the tag pages, tag links, credits and address
// warnings then read or follow what the model decided; the last check on a page's path accepts the
// site's Unicode slugs and nothing invisible. The inputs are shaped as the sample newsroom's
// Arabic, Russian, Chinese, Greek and French stories are.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { addressProblems } from "../../src/collections/address-problems.ts";
import { creditsIndex } from "../../src/collections/credits.ts";
import { groupByAuthor, groupByTag } from "../../src/collections/groups.ts";
import { isSitePath } from "../../src/collections/page-addresses.ts";
import { tagUrl } from "../../src/filters/tag-url.ts";
import { authorAliases } from "../../src/model/byline.ts";
import { NormalizeMemo } from "../../src/model/normalize-memo.ts";
import { normalizeArticle, type NormalizeContext } from "../../src/model/normalize.ts";
import { formatProblem } from "../../src/model/problem.ts";
import { slugIn } from "../../src/model/slug.ts";
import { tagAliases, tagSlug } from "../../src/model/tag-aliases.ts";
import type { Article, ArticleInput, SafeHtml } from "../../src/model/types.ts";
import { loadNewsroom } from "../../src/newsroom.ts";
import { ParseCache } from "../../src/sources/parse-cache.ts";
import type { Site } from "../../src/site.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import { inScratchFolder } from "../helpers/scratch-folder.ts";

const setting = suite("checkSite: the slugs setting");

setting("unset is ASCII; the two modes pass as given; anything else names the setting and both values", () => {
  assert.is(makeTestSite().slugs, undefined);
  assert.is(makeTestSite({ slugs: "ascii" }).slugs, "ascii");
  assert.is(makeTestSite({ slugs: "unicode" }).slugs, "unicode");
  const table: [given: unknown, shown: string][] = [
    ["Unicode", '"Unicode"'],
    ["utf-8", '"utf-8"'],
    ["", '""'],
    [null, "null"],
    [true, "true"],
    [["unicode"], '\\["unicode"\\]'],
  ];
  for (const [given, shown] of table) {
    assert.throws(
      () => makeTestSite({ slugs: given as Site["slugs"] }),
      (error: Error) => error.name === "SiteSettingsError" && new RegExp(`^_data/site.ts: slugs: must be "ascii" .* or "unicode" .*, not ${shown}$`).test(error.message),
      JSON.stringify(given),
    );
  }
});

setting.run();

// ---------------------------------------------------------------------------------------------

const ascii = makeTestSite();
const unicode = makeTestSite({ slugs: "unicode" });
const authors = authorAliases({ "Rania Haddad": ["رانيا حداد"] });
const tags = tagAliases({ Lebanon: ["لبنان"] });

function contextFor(site: Site): NormalizeContext {
  return { site, authors, tags, now: DateTime.fromISO("2026-11-25T12:00:00Z"), media: { has: () => true, size: () => ({ width: 1600, height: 1067 }), embedded: () => ({}) } };
}

function input(fields: Partial<ArticleInput> & { path: string }): ArticleInput {
  return { format: "markdown", published: "2026-11-18T11:45:00+02:00", byline: [], tags: [], body: [{ type: "paragraph", html: "Text." as SafeHtml }], comments: [], corrections: [], fieldNames: {}, ...fields };
}

function modelled(source: ArticleInput, site: Site): { article: Article; problems: string[] } {
  const result = normalizeArticle(source, contextFor(site));
  if (result.kind !== "published") throw new Error(`not published: ${JSON.stringify(result.problems)}`);
  return { article: result.article, problems: result.problems.map(formatProblem) };
}

const arabic = input({
  path: "content/articles/beirut-terminal-ar.md",
  lang: "ar",
  headline: "محطة الحاويات في مرفأ بيروت تعود إلى العمل",
  byline: ["رانيا حداد", "عمر صالح"],
  tags: ["لبنان", "مَوانِئ", "…"],
});

const spelling = suite("Unicode slugs: the word as its language writes it, once");

spelling("accents stay; what a spelling may add or leave out goes; compatibility forms are the letters they stand for", () => {
  const table: [text: string, slug: string][] = [
    // Accents tell words apart: French côte (coast), coté (rated), côté (side); so do Greek tonos.
    ["Théâtre du Châtelet", "théâtre-du-châtelet"],
    ["côte, coté, côté", "côte-coté-côté"],
    ["Αθήνα", "αθήνα"],
    // Arabic: tatweel stretches a word for justifying; tashkeel (vowel signs) is written or not.
    ["بيـــروت", "بيروت"],
    ["مُحَمَّد رَسُول", "محمد-رسول"],
    // Hamza is part of the spelling: أ and ئ keep it.
    ["مرفأ موانئ", "مرفأ-موانئ"],
    // Hebrew points go; its hyphen, the maqaf, still separates words.
    ["שָׁלוֹם", "שלום"],
    ["בית־ספר", "בית-ספר"],
    // Arabic presentation forms (text copied from a PDF), full-width Latin in Chinese text, ligatures.
    ["ﻟﺒﻨﺎﻥ", "لبنان"],
    ["ＧＤＰ增长", "gdp-增长"],
    ["ﬁnance", "finance"],
    // Without the Turkish locale `İ` lowers to `i` and a combining dot; the dot goes.
    ["İstanbul", "istanbul"],
  ];
  for (const [text, slug] of table) assert.is(slugIn("unicode", text), slug, text);
});

spelling.run();

const model = suite("the model makes every address in the site's mode");

model("an Arabic story: its page, its unlisted author and topic in Arabic; the listed ones keep their Latin pages", () => {
  const { article } = modelled(arabic, unicode);
  assert.is(article.url, "/2026/11/18/محطة-الحاويات-في-مرفأ-بيروت-تعود-إلى-العمل/");
  assert.equal(article.byline, [
    { name: "رانيا حداد", slug: "rania-haddad", pageName: "Rania Haddad" },
    { name: "عمر صالح", slug: "عمر-صالح" },
  ]);
  // The vowel signs are optional in the spelling, so the page is the unvowelled word's; `…` has no page.
  assert.equal(article.tagSlugs, { "لبنان": "lebanon", "مَوانِئ": "موانئ" });
});

model("the same story on an ASCII site is transliterated, as before", () => {
  const { article } = modelled(arabic, ascii);
  assert.is(article.url, "/2026/11/18/mahta-al-hawyat-fi-marf-birut-taud-ila-al-aml/");
  assert.equal(article.byline.map((person) => person.slug), ["rania-haddad", "amr-salh"]);
  assert.equal(article.tagSlugs, { "لبنان": "lebanon", "مَوانِئ": "mawani" });
});

model("Russian, Chinese and Greek headlines and names; accents and tonos stay, capitals go", () => {
  const cases: [ArticleInput, string, string[], Record<string, string>][] = [
    [input({ path: "a/moscow.txt", lang: "ru", headline: "Московское метро продлит работу в новогоднюю ночь", byline: ["Иван Петров"], tags: ["Москва"] }), "/2026/11/18/московское-метро-продлит-работу-в-новогоднюю-ночь/", ["иван-петров"], { "Москва": "москва" }],
    [input({ path: "a/beijing.json", lang: "zh", headline: "北京大学图书馆延长开放时间", byline: ["张伟"], tags: ["北京"] }), "/2026/11/18/北京大学图书馆延长开放时间/", ["张伟"], { "北京": "北京" }],
    [input({ path: "a/athens.md", lang: "el", headline: "Νέα γραμμή του μετρό της Αθήνας", byline: ["Μαρία Παπαδοπούλου"], tags: ["Αθήνα"] }), "/2026/11/18/νέα-γραμμή-του-μετρό-της-αθήνας/", ["μαρία-παπαδοπούλου"], { "Αθήνα": "αθήνα" }],
    [input({ path: "a/marseille.md", lang: "fr", headline: "Le Théâtre du Môle rouvre ses portes", byline: ["Hélène Marchand"], tags: ["théâtre"] }), "/2026/11/18/le-théâtre-du-môle-rouvre-ses-portes/", ["hélène-marchand"], { "théâtre": "théâtre" }],
  ];
  for (const [source, url, people, tagSlugs] of cases) {
    const { article } = modelled(source, unicode);
    assert.is(article.url, url, source.path);
    assert.equal(article.byline.map((person) => person.slug), people, source.path);
    assert.equal(article.tagSlugs, tagSlugs, source.path);
  }
});

model("a source's own slug: kept when it is one in the site's mode, repaired with a warning naming the rule when not", () => {
  const given = (slug: string, site: Site) => modelled(input({ path: `a/${site.slugs ?? "ascii"}.md`, headline: "Harbour reopens", slug }), site);
  assert.is(given("مرفأ-بيروت", unicode).article.slug, "مرفأ-بيروت");
  assert.equal(given("مرفأ-بيروت", unicode).problems, []);
  const repaired = given("Théâtre_du_Môle", unicode);
  assert.is(repaired.article.slug, "théâtre-du-môle");
  assert.equal(repaired.problems, ['a/unicode.md: slug: "Théâtre_du_Môle" is not a URL slug (lower-case letters of any script, digits and single hyphens), so "théâtre-du-môle" is used: write that in the source to silence this']);
  const onAscii = given("مرفأ-بيروت", ascii);
  assert.is(onAscii.article.slug, "marf-birut");
  assert.equal(onAscii.problems, ['a/ascii.md: slug: "مرفأ-بيروت" is not a URL slug (lower-case letters, digits and single hyphens), so "marf-birut" is used: write that in the source to silence this']);
});

model("no bidi control, isolate, mark or zero-width character reaches an address", () => {
  const hostile = input({
    path: "a/hostile.md",
    lang: "ar",
    // Matched isolates and a right-to-left mark are kept in the text (they are what Arabic needs); the RLO is removed with a warning.
    headline: "\u2068DP World\u2069 تفتتح رصيف\u200d الحبوب\u200f \u202eكبير",
    byline: ["عمر\u200b صالح"],
    tags: ["حبوب\u200c", "\ufeffمرفأ"],
  });
  const { article } = modelled(hostile, unicode);
  const addresses = [article.url, ...article.byline.map((person) => person.slug), ...Object.values(article.tagSlugs ?? {})];
  assert.equal(addresses, ["/2026/11/18/dp-world-تفتتح-رصيف-الحبوب-كبير/", "عمر-صالح", "حبوب", "مرفأ"]);
  for (const address of addresses) assert.not.match(address, /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u, address);
});

model("a tag's slug is looked up as the tag's own, never an Object property", () => {
  const { article } = modelled(input({ path: "a/proto.md", headline: "Objects", tags: ["constructor", "__proto__"] }), unicode);
  assert.is(tagSlug(article, "constructor"), "constructor");
  assert.is(tagSlug(article, "__proto__"), "proto");
  assert.is(tagSlug(article, "toString"), undefined);
  assert.is(tagSlug({}, "constructor"), undefined);
});

model.run();

// ---------------------------------------------------------------------------------------------

const collections = suite("tag pages, tag links, credits and warnings follow the model");

const beirut = modelled({ ...arabic, lead: { src: "beirut-terminal.svg", alt: "رافعات", credit: "عمر صالح/ذا ميريديان ليدجر", field: "lead" } }, unicode).article;
const zurich = modelled(input({ path: "content/articles/zurich-opera.md", headline: "Zürich opera lends Beirut its stage", tags: ["Zürich", "Lebanon"], lead: { src: "theatre.svg", alt: "An opera house", credit: "Jean Dupré/AFP", field: "lead" } }), unicode).article;
const zurichAgain = modelled(input({ path: "content/articles/zurich-tram.md", headline: "Zurich trams run late", tags: ["Zurich"] }), unicode).article;

collections("tag groups and tag links use the slugs the model gave, one page for the listed spellings", () => {
  assert.equal(groupByTag([zurich, beirut]).map((group) => [group.slug, group.title]), [["lebanon", "Lebanon"], ["zürich", "Zürich"], ["موانئ", "مَوانِئ"]]);
  assert.equal(groupByAuthor([beirut]).map((group) => group.slug), ["rania-haddad", "عمر-صالح"]);
  const edition = { url: (path: string) => `/ar${path}` };
  assert.is(tagUrl("مَوانِئ", edition, beirut), "/ar/tag/موانئ/");
  assert.is(tagUrl("لبنان", edition, beirut), "/ar/tag/lebanon/");
  assert.is(tagUrl("…", edition, beirut), "");
});

collections("credited names' pages are in the site's mode", () => {
  const pages = (mode: "ascii" | "unicode") => creditsIndex([zurich, beirut], 40, mode).names.map((name) => name.url);
  assert.equal(pages("unicode"), ["/credits/afp/", "/credits/jean-dupré/", "/credits/ذا-ميريديان-ليدجر/", "/credits/عمر-صالح/"]);
  assert.equal(pages("ascii"), ["/credits/afp/", "/credits/jean-dupre/", "/credits/dha-miridyan-lidjr/", "/credits/amr-salh/"]);
});

collections("two pages for names readers cannot tell apart are pointed out, with the table that joins them", () => {
  const said = addressProblems([zurich, zurichAgain, beirut], "unicode").map(formatProblem);
  assert.equal(said, [
    'content/articles/zurich-tram.md: tags: "Zurich" has the page /tag/zurich/ and "Zürich" (content/articles/zurich-opera.md) the page /tag/zürich/: they differ only in accents, marks or case, so readers take them for one name; list one as the other\'s spelling in _data/tag-spellings.ts, or spell them alike',
    'content/articles/beirut-terminal-ar.md: tags: "…" has no letters or digits to make an address from, so it has no tag page and no link: write the tag in words, or remove it',
  ]);
  // With ASCII slugs the accents fold away and the two spellings share /tag/zurich/ without a word.
  const onAscii = [zurich, zurichAgain].map((article) => modelled(input({ path: article.source.path, headline: article.headline, tags: article.tags }), ascii).article);
  assert.equal(addressProblems(onAscii).map(formatProblem), []);
});

collections("ASCII slugs that read an Arabic name's vowel signs split it from its unvowelled spelling: pointed out too", () => {
  const vowelled = modelled(input({ path: "content/articles/a.md", headline: "A", byline: ["مُحَمَّد"] }), ascii).article;
  const plain = modelled(input({ path: "content/articles/b.md", headline: "B", byline: ["محمد"] }), ascii).article;
  assert.equal(addressProblems([vowelled, plain]).map(formatProblem), [
    'content/articles/b.md: byline: "محمد" has the page /author/mahmd/ and "مُحَمَّد" (content/articles/a.md) the page /author/muhammad/: they differ only in accents, marks or case, so readers take them for one name; list one as the other\'s spelling in _data/authors.ts, or spell them alike',
  ]);
  // Unicode slugs leave the optional vowel signs out: one page.
  const pages = [vowelled, plain].map((article) => modelled(input({ path: article.source.path, headline: article.headline, byline: [article.byline[0]!.name] }), unicode).article.byline[0]!.slug);
  assert.equal(pages, ["محمد", "محمد"]);
});

collections.run();

// ---------------------------------------------------------------------------------------------

const paths = suite("isSitePath: the last check before Eleventy writes a page");

paths("accepts the site's Unicode slugs in any script", () => {
  for (const url of ["/ar/tag/لبنان/", "/ar/2026/11/18/محطة-الحاويات/", "/ru/author/иван-петров/page/2/", "/zh/tag/北京/", "/tag/théâtre/", "/credits/jean-dupré/", "/नई-दिल्ली/"]) assert.ok(isSitePath(url), url);
});

paths("refuses what no slug holds: capitals, dots, decomposed or invisible characters, any mode", () => {
  const refused = [
    "/tag/Café/", // capital
    "/tag/cafe\u0301/", // decomposed: not the slug's NFKC
    "/tag/\u202eلبنان/", // right-to-left override
    "/tag/لب\u200bنان/", // zero-width space
    "/tag/\u3164/", // Hangul filler, a letter that shows nothing
    "/tag/ｇｄｐ/", // full-width: the slug is `gdp`
    "/tag/لبنان./",
    "/tag/../",
    "/ar/tag/لبنان/index.html/",
    `/tag/${"ب".repeat(81)}/`, // longer than a slug
  ];
  for (const url of refused) assert.not.ok(isSitePath(url), JSON.stringify(url));
  // What the check accepts is exactly what the slug rule makes.
  assert.is(slugIn("unicode", "ｇｄｐ"), "gdp");
});

paths.run();

// ---------------------------------------------------------------------------------------------

const memo = suite("a newsroom loaded twice with one memo, as preview rebuilds");

memo("changing the setting is a change of the model's surroundings: kept articles get new addresses", async () => {
  await inScratchFolder("dateline-unicode-memo-", async (dir) => {
    await mkdir(join(dir, "articles"), { recursive: true });
    await writeFile(join(dir, "articles", "moscow-metro-ru.md"), "---\nheadline: Московское метро продлит работу\nlang: ru\ndate: 2026-11-20T09:00:00+03:00\nbyline: Иван Петров\ntags: [Москва]\n---\nМосковский метрополитен будет работать всю ночь.\n");
    const [kept, cache] = [new NormalizeMemo(), ParseCache.inMemory()];
    const load = (site: Site) => loadNewsroom({ contentDir: dir, root: dir, site, now: DateTime.fromISO("2026-11-25T12:00:00Z"), memo: kept, cache });
    const first = await load(ascii);
    assert.is(first.articles[0]!.url, "/2026/11/20/moskovskoye-metro-prodlit-rabotu/");
    assert.is((await load(ascii)).changed.size, 0, "the same settings keep the article");
    const second = await load(unicode);
    assert.is(second.changed.size, 1);
    assert.is(second.articles[0]!.url, "/2026/11/20/московское-метро-продлит-работу/");
    assert.equal(second.articles[0]!.byline.map((person) => person.slug), ["иван-петров"]);
    assert.equal(second.articles[0]!.tagSlugs, { "Москва": "москва" });
  });
});

memo.run();
