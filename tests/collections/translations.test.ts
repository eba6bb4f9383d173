// Versions of one story in different languages, linked by the key their sources share or (Markdown
// the Hugo way) by their file names: who lists whom, in which order, which is the original, and
// what an editor is told when two versions claim the same language.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { alternateLinks, alternatesOf, originalOf, translationProblems, translationsOf } from "../../src/collections/translations.ts";
import type { Article, ArticleInput } from "../../src/model/types.ts";
import { article } from "../helpers/articles.ts";
import { makeTestSite } from "../helpers/test-site.ts";

const version = (slug: string, lang: string, published: string, extra: Partial<ArticleInput> = {}) => article({ slug, lang, published, translationKey: "beirut-night-market", ...extra });

const english = version("night-market-returns", "en", "2026-11-18T18:30:00+02:00");
const french = version("le-marche-de-nuit-revient", "fr", "2026-11-19T09:00:00+01:00");
const arabic = version("awdat-suq-al-layl", "ar", "2026-11-18T21:00:00+02:00");
const unrelated = article({ slug: "ferry-strike-ends", published: "2026-11-20", lang: "en" });
// A key no other published article shares yet: its translation is still being written.
const waiting = article({ slug: "harbour-cranes", published: "2026-11-21", lang: "en", translationKey: "harbour-cranes" });

const slugs = (list: readonly Article[] | undefined) => list?.map((other) => other.slug);

const linked = suite("translationsOf");

linked("each version lists the others, by language tag, whatever order the sources come in", () => {
  for (const order of [[english, french, arabic, unrelated, waiting], [waiting, arabic, unrelated, french, english]]) {
    const translations = translationsOf(order);
    assert.equal(slugs(translations[english.id]), ["awdat-suq-al-layl", "le-marche-de-nuit-revient"]);
    assert.equal(slugs(translations[french.id]), ["awdat-suq-al-layl", "night-market-returns"]);
    assert.equal(slugs(translations[arabic.id]), ["night-market-returns", "le-marche-de-nuit-revient"]);
  }
});

linked("an article with no key, or a key no other article shares, has no translations and no problem", () => {
  const articles = [english, french, unrelated, waiting];
  const translations = translationsOf(articles);
  assert.is(translations[unrelated.id], undefined);
  assert.is(translations[waiting.id], undefined);
  assert.equal(translationProblems(articles), []);
});

linked("keys match as written, after trimming and joining whitespace: another case is another key", () => {
  const spaced = version("marche-de-nuit", "fr", "2026-11-19", { translationKey: "  beirut-night-market \n" });
  const capitals = version("suq-al-layl", "ar", "2026-11-19", { translationKey: "Beirut-Night-Market" });
  const translations = translationsOf([english, spaced, capitals]);
  assert.equal(slugs(translations[english.id]), ["marche-de-nuit"]);
  assert.is(translations[capitals.id], undefined);
});

linked("the original is the version published first; on the same minute, the first by source path", () => {
  assert.is(originalOf(french, translationsOf([english, french, arabic])[french.id]), english);
  assert.is(originalOf(english, translationsOf([english, french, arabic])[english.id]), english);
  const sameTime = version("b-same-minute", "de", "2026-11-18T18:30:00+02:00");
  const earlierPath = version("a-same-minute", "es", "2026-11-18T17:30:00+01:00");
  const group = [english, sameTime, earlierPath];
  assert.is(originalOf(english, translationsOf(group)[english.id]), earlierPath);
  assert.is(originalOf(unrelated), unrelated);
});

linked("two versions in one language: the first by path stays linked, the other is an error naming both files", () => {
  // Filed later, in a file whose path sorts after the English original's.
  const copy = version("night-market-second", "en", "2026-11-20");
  const articles = [copy, english, french];
  const translations = translationsOf(articles);
  assert.equal(slugs(translations[english.id]), ["le-marche-de-nuit-revient"]);
  assert.equal(slugs(translations[french.id]), ["night-market-returns"]);
  assert.is(translations[copy.id], undefined);
  const problems = translationProblems(articles);
  assert.equal(problems.map((problem) => [problem.severity, problem.path, problem.field]), [["error", "content/articles/night-market-second.md", "translationKey"]]);
  assert.match(problems[0]!.message, /"beirut-night-market" is also the key of content\/articles\/night-market-returns\.md, in the same language \(en\)/);
  assert.match(problems[0]!.message, /give it its own key, or correct its language/);
});

linked("the problem names the field the source wrote the key in", () => {
  const wire = version("market-wire", "fr", "2026-11-20", { format: "wire-text", path: "content/articles/market-wire.txt" });
  const ninjs = version("market-ninjs", "fr", "2026-11-20", { format: "ninjs", path: "content/articles/market-ninjs.json" });
  assert.equal(translationProblems([french, wire, ninjs]).map((problem) => [problem.path, problem.field]), [
    ["content/articles/market-ninjs.json", "altIds[role=translationKey]"],
    ["content/articles/market-wire.txt", "Translation-Key"],
  ]);
});

linked("Markdown named the Hugo way is linked by file name in one folder, unless it names a key", () => {
  const named = (slug: string, path: string, lang: string, extra: Partial<ArticleInput> = {}) => article({ slug, path, lang, published: "2026-11-18", ...extra });
  const plain = named("night-market", "content/articles/world/night-market.md", "en");
  const french = named("marche-de-nuit", "content/articles/world/night-market.fr.md", "fr");
  const brazilian = named("mercado-noturno", "content/articles/world/night-market.pt-BR.md", "pt-BR");
  const elsewhere = named("marche-ailleurs", "content/articles/business/night-market.ar.md", "ar");
  const keyed = named("suq-al-layl", "content/articles/world/night-market.ar.md", "ar", { translationKey: "another-story" });
  const translations = translationsOf([plain, french, brazilian, elsewhere, keyed]);
  assert.equal(slugs(translations[plain.id]), ["marche-de-nuit", "mercado-noturno"]);
  assert.is(translations[elsewhere.id], undefined);
  assert.is(translations[keyed.id], undefined);
});

linked("two files of one name in one language are an error on the file", () => {
  const plain = article({ slug: "night-market", path: "content/articles/night-market.md", lang: "en", published: "2026-11-18" });
  const suffixed = article({ slug: "night-market-en", path: "content/articles/night-market.en.md", lang: "en", published: "2026-11-18" });
  const french = article({ slug: "marche-de-nuit", path: "content/articles/night-market.fr.md", lang: "fr", published: "2026-11-18" });
  const problems = translationProblems([plain, suffixed, french]);
  assert.equal(problems.map((problem) => [problem.path, problem.field]), [["content/articles/night-market.md", "file"]]);
  assert.match(problems[0]!.message, /same name as content\/articles\/night-market\.en\.md in the same language \(en\)/);
});

linked("wire and ninjs files are linked by their key only, never by their names", () => {
  const wire = (slug: string, path: string, lang: string) => article({ slug, path, lang, published: "2026-11-18", format: "wire-text" });
  assert.equal(translationsOf([wire("ferry-en", "content/articles/ferry.txt", "en"), wire("ferry-fr", "content/articles/ferry.fr.txt", "fr")]), {});
});

linked.run();

const alternates = suite("alternates");
const site = makeTestSite({ pathPrefix: "/news/" });

alternates("every version, itself included, by language tag, then x-default for the original, absolute", () => {
  const translations = translationsOf([english, french, arabic]);
  const expected = [
    { hreflang: "ar", href: "https://news.example.com/news/2026/11/18/awdat-suq-al-layl/" },
    { hreflang: "en", href: "https://news.example.com/news/2026/11/18/night-market-returns/" },
    { hreflang: "fr", href: "https://news.example.com/news/2026/11/19/le-marche-de-nuit-revient/" },
    { hreflang: "x-default", href: "https://news.example.com/news/2026/11/18/night-market-returns/" },
  ];
  // The same set on every version's page: the links go both ways.
  for (const page of [english, french, arabic]) assert.equal(alternateLinks(page, translations[page.id], site), expected, page.slug);
});

alternates("a story with one version has no alternates", () => {
  assert.equal(alternatesOf(unrelated, translationsOf([unrelated])[unrelated.id]), []);
  assert.equal(alternateLinks(unrelated, undefined, site), []);
});

alternates.run();
