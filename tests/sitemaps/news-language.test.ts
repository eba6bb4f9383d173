import { suite } from "uvu";
import * as assert from "uvu/assert";
import { newsLanguage } from "../../src/sitemaps/news-language.ts";

const language = suite("newsLanguage");

language("the ISO 639 code alone for most languages", () => {
  assert.is(newsLanguage("en"), "en");
  assert.is(newsLanguage("en-GB"), "en");
  assert.is(newsLanguage("fr-CA"), "fr");
  assert.is(newsLanguage("ar"), "ar");
  assert.is(newsLanguage("fil"), "fil");
  assert.is(newsLanguage("sr-Latn-RS"), "sr");
});

language("Chinese as Google spells it: zh-cn for Simplified, zh-tw for Traditional", () => {
  assert.is(newsLanguage("zh"), "zh-cn");
  assert.is(newsLanguage("zh-CN"), "zh-cn");
  assert.is(newsLanguage("zh-Hans"), "zh-cn");
  assert.is(newsLanguage("zh-SG"), "zh-cn");
  assert.is(newsLanguage("zh-TW"), "zh-tw");
  assert.is(newsLanguage("zh-HK"), "zh-tw");
  assert.is(newsLanguage("zh-Hant"), "zh-tw");
  assert.is(newsLanguage("zh-Hans-HK"), "zh-cn");
});

language.run();
