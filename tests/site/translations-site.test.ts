// The sample's translated stories, linked both ways everywhere a reader or a search engine looks:
// the English Beirut terminal story and its Arabic translation (Markdown `translationKey`), the
// English Marseille theatre story and its French version (a ninjs item whose `altIds` carry the
// key). Each page links to the other in its own script, <head> names both and the original as
// x-default, the sitemap lists them as xhtml:link alternates, and JSON-LD ties the translation to
// the original.
import { load } from "cheerio";
import { XMLParser } from "fast-xml-parser";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";

const ORIGIN = "http://localhost:8080";
const PAIRS = [
  {
    original: { url: "/2026/11/18/beiruts-container-terminal-reopens-after-eight-month-refit/", lang: "en", name: "English" },
    translation: { url: "/ar/2026/11/18/beirut-container-terminal-reopens-arabic/", lang: "ar", name: "العربية" },
  },
  {
    original: { url: "/2026/10/29/marseilles-theatre-du-mole-reopens-after-four-years-of-works/", lang: "en", name: "English" },
    translation: { url: "/fr/2026/10/29/a-marseille-le-theatre-du-mole-rouvre-ses-portes-apres-quatre-ans-de-travaux/", lang: "fr", name: "Français" },
  },
];

const site = await buildSite();

interface JsonLdArticle {
  "@type": string;
  url?: string;
  inLanguage?: string;
  workTranslation?: { url: string; inLanguage: string }[];
  translationOfWork?: { url: string; inLanguage: string };
}

async function page(url: string) {
  const $ = load(await site.read(url));
  const jsonLd = $('script[type="application/ld+json"]')
    .map((_, script) => JSON.parse($(script).text()) as JsonLdArticle)
    .get()
    .find((node) => node["@type"] === "NewsArticle")!;
  return { $, jsonLd };
}

const linked = suite("translations linked both ways in the sample");

for (const { original, translation } of PAIRS) {
  linked(`${original.url} ⇄ ${translation.url}`, async () => {
    for (const [self, other] of [
      [original, translation],
      [translation, original],
    ] as const) {
      const { $ } = await page(self.url);
      const link = $(`.translations a[hreflang="${other.lang}"]`);
      assert.is(link.attr("href"), other.url, `${self.url} links to its ${other.lang} version`);
      assert.is(link.attr("lang"), other.lang);
      assert.is(link.text(), other.name, "named in its own language and script");
      const alternates = Object.fromEntries($('link[rel="alternate"][hreflang]:not([type])').map((_, element) => [[$(element).attr("hreflang"), $(element).attr("href")]]).get());
      assert.equal(alternates, { [self.lang]: `${ORIGIN}${self.url}`, [other.lang]: `${ORIGIN}${other.url}`, "x-default": `${ORIGIN}${original.url}` });
    }
    const source = await page(original.url);
    const version = await page(translation.url);
    assert.equal(source.jsonLd.workTranslation?.map((work) => [work.url, work.inLanguage]), [[`${ORIGIN}${translation.url}`, translation.lang]]);
    assert.equal([version.jsonLd.translationOfWork?.url, version.jsonLd.translationOfWork?.inLanguage], [`${ORIGIN}${original.url}`, original.lang]);
    assert.is(version.jsonLd.inLanguage, translation.lang);
  });
}

linked("the sitemap lists each version with both as alternates and the original as x-default", async () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" || name === "xhtml:link" });
  const urlset = (parser.parse(await site.read("/sitemap.xml")) as { urlset: { url: { loc: string; "xhtml:link"?: { "@_hreflang": string; "@_href": string }[] }[] } }).urlset;
  for (const { original, translation } of PAIRS) {
    for (const self of [original, translation]) {
      const entry = urlset.url.find((url) => url.loc === `${ORIGIN}${self.url}`);
      const links = Object.fromEntries((entry?.["xhtml:link"] ?? []).map((link) => [link["@_hreflang"], link["@_href"]]));
      assert.equal(links, { en: `${ORIGIN}${original.url}`, [translation.lang]: `${ORIGIN}${translation.url}`, "x-default": `${ORIGIN}${original.url}` }, self.url);
    }
  }
});

linked("each edition's front page names every edition's in <head>, the site's own as x-default; other listings none", async () => {
  const fronts = { en: `${ORIGIN}/`, ar: `${ORIGIN}/ar/`, fr: `${ORIGIN}/fr/`, "x-default": `${ORIGIN}/` };
  for (const url of ["/", "/ar/", "/fr/"]) {
    const { $ } = await page(url);
    const alternates = Object.fromEntries($('link[rel="alternate"][hreflang]:not([type])').map((_, element) => [[$(element).attr("hreflang"), $(element).attr("href")]]).get());
    assert.equal(alternates, fronts, url);
  }
  for (const url of ["/section/world/", "/ar/section/world/", "/ar/archive/"]) {
    const $ = load(await site.read(url));
    assert.is($('link[rel="alternate"][hreflang]:not([type])').length, 0, url);
  }
});

linked("an untranslated story has no alternates and no translation links", async () => {
  const { $, jsonLd } = await page("/ar/2026/11/17/beirut-port-first-grain-ship-arabic/");
  assert.is($(".translations").length, 0);
  assert.is($('link[rel="alternate"][hreflang]:not([type])').length, 0);
  assert.is(jsonLd.workTranslation, undefined);
  assert.is(jsonLd.translationOfWork, undefined);
});

linked.run();
