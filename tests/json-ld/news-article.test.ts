// The NewsArticle JSON-LD of translated articles: the original lists each translation as a
// `workTranslation`, each translation names the original as `translationOfWork`, every node is
// referred to by the same `@id` on every page, and every article says its `inLanguage`.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { translationsOf } from "../../src/collections/translations.ts";
import { newsArticleJsonLd } from "../../src/json-ld/news-article.ts";
import type { Article } from "../../src/model/types.ts";
import { article, site } from "../feeds/article-fixture.ts";

type Node = Record<string, unknown>;

const version = (slug: string, lang: string, published: string): Article => article(slug, published, { lang, translationKey: "beirut-night-market" });

const english = version("night-market-returns", "en", "2026-11-18T18:30:00+02:00");
const arabic = version("awdat-suq-al-layl", "ar", "2026-11-18T21:00:00+02:00");
const french = version("le-marche-de-nuit-revient", "fr", "2026-11-19T09:00:00+01:00");
const alone = article("ferry-strike-ends", "2026-11-20T08:00:00Z", { lang: "pt-BR" });
const translations = translationsOf([english, arabic, french, alone]);
const jsonLd = (page: Article) => JSON.parse(JSON.stringify(newsArticleJsonLd(page, site, translations[page.id]))) as Node;

const node = (slug: string, lang: string, date: string) => {
  const url = `https://news.example.com/${date}/${slug}/`;
  return { "@type": "NewsArticle", "@id": `${url}#article`, url, inLanguage: lang };
};

const links = suite("NewsArticle: translations");

links("the original lists every translation, by language tag, and translates nothing", () => {
  const data = jsonLd(english);
  assert.equal(data.workTranslation, [node("awdat-suq-al-layl", "ar", "2026/11/18"), node("le-marche-de-nuit-revient", "fr", "2026/11/19")]);
  assert.is(data.translationOfWork, undefined);
});

links("each translation names the original, and lists no translations of its own", () => {
  for (const page of [arabic, french]) {
    const data = jsonLd(page);
    assert.equal(data.translationOfWork, node("night-market-returns", "en", "2026/11/18"), page.slug);
    assert.is(data.workTranslation, undefined, page.slug);
  }
});

links("the nodes other pages name are the pages' own: the same @id, apart from the WebPage's address", () => {
  const ids = new Map([english, arabic, french].map((page) => [page.slug, jsonLd(page)["@id"]]));
  assert.equal(((jsonLd(english).workTranslation as Node[]).map((other) => other["@id"])), [ids.get("awdat-suq-al-layl"), ids.get("le-marche-de-nuit-revient")]);
  assert.is((jsonLd(french).translationOfWork as Node)["@id"], ids.get("night-market-returns"));
  const page = jsonLd(english);
  assert.is.not(page["@id"], (page.mainEntityOfPage as Node)["@id"]);
  assert.is(page.url, (page.mainEntityOfPage as Node)["@id"]);
});

links("an article with no translations names none, and every article says its language", () => {
  const data = jsonLd(alone);
  assert.is(data.workTranslation, undefined);
  assert.is(data.translationOfWork, undefined);
  for (const page of [english, arabic, french, alone]) assert.is(jsonLd(page).inLanguage, page.lang, page.slug);
});

links.run();
