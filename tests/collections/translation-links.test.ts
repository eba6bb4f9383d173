// The translation links as the two partials print them: templates/partials/translations.njk on
// the article page (each version named in its own language and script, marked with its language
// and direction, under the catalogue's label) and templates/partials/hreflang.njk in <head>.
import { load } from "cheerio";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { alternateLinks, translationsOf } from "../../src/collections/translations.ts";
import { nunjucksEnvironment } from "../../src/eleventy/nunjucks-environment.ts";
import { loadCatalogues } from "../../src/i18n/catalogues.ts";
import { Interface } from "../../src/i18n/interface.ts";
import type { Article } from "../../src/model/types.ts";
import { article, site } from "../feeds/article-fixture.ts";

const environment = nunjucksEnvironment(join(process.cwd(), "templates"));
environment.addFilter("hreflangLinks", alternateLinks);
const ui = new Interface(await loadCatalogues(join(process.cwd(), "messages"), process.cwd()), site).page("en");

const version = (slug: string, lang: string, dir: "ltr" | "rtl", published: string): Article => article(slug, published, { lang, dir, translationKey: "beirut-night-market" });
const english = version("night-market-returns", "en", "ltr", "2026-11-18T18:30:00+02:00");
const arabic = version("awdat-suq-al-layl", "ar", "rtl", "2026-11-18T21:00:00+02:00");
const french = version("le-marche-de-nuit-revient", "fr", "ltr", "2026-11-19T09:00:00+01:00");
const alone = article("ferry-strike-ends", "2026-11-20T08:00:00Z");
const newsroom = { collections: { translations: translationsOf([english, arabic, french, alone]) } };

const render = (partial: string, page: Article | undefined) => environment.render(`partials/${partial}`, { article: page, newsroom, site, ui });

const links = suite("partials/translations.njk");

links("a link to each other version, named in its own language and script, with lang, hreflang and dir", () => {
  const $ = load(render("translations.njk", english));
  const anchors = $("nav.translations a").toArray().map((anchor) => {
    const a = $(anchor);
    return [a.text(), a.attr("href"), a.attr("lang"), a.attr("hreflang"), a.attr("dir")];
  });
  assert.equal(anchors, [
    ["العربية", "/2026/11/18/awdat-suq-al-layl/", "ar", "ar", "rtl"],
    ["Français", "/2026/11/19/le-marche-de-nuit-revient/", "fr", "fr", "ltr"],
  ]);
});

links("the nav is labelled by the catalogue's words, and lists the versions of whichever version it is on", () => {
  const $ = load(render("translations.njk", arabic));
  const label = $("nav.translations").attr("aria-labelledby")!;
  assert.is($(`#${label}`).text(), ui.t("translations.label"));
  assert.equal($("nav.translations a").toArray().map((anchor) => $(anchor).attr("hreflang")), ["en", "fr"]);
});

links("nothing for an article that is the only version of its story", () => {
  assert.is(render("translations.njk", alone).trim(), "");
});

links.run();

const head = suite("partials/hreflang.njk");

head("every version and x-default, absolute, the same on each version's page", () => {
  const expected = [
    ["ar", "https://news.example.com/2026/11/18/awdat-suq-al-layl/"],
    ["en", "https://news.example.com/2026/11/18/night-market-returns/"],
    ["fr", "https://news.example.com/2026/11/19/le-marche-de-nuit-revient/"],
    ["x-default", "https://news.example.com/2026/11/18/night-market-returns/"],
  ];
  for (const page of [english, arabic, french]) {
    const $ = load(render("hreflang.njk", page));
    assert.equal($('link[rel="alternate"]').toArray().map((link) => [$(link).attr("hreflang"), $(link).attr("href")]), expected, page.slug);
  }
});

head("nothing for a story with one version, nor on a page that is no article", () => {
  assert.is(render("hreflang.njk", alone).trim(), "");
  assert.is(render("hreflang.njk", undefined).trim(), "");
});

head.run();
