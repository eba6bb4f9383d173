import { suite } from "uvu";
import * as assert from "uvu/assert";
import { scriptLanguageProblems, type ScriptCheck } from "../../src/model/script-language.ts";
import type { Block } from "../../src/model/types.ts";

const paragraph = (text: string): Block<unknown> => ({ type: "paragraph", html: `<p>${text}</p>` as never });
const check = (lang: string, text: string, overrides: Partial<ScriptCheck> = {}) =>
  scriptLanguageProblems({ path: "content/articles/x.md", field: "lang", lang, declared: true, headline: undefined, body: [paragraph(text)], ...overrides }).map((p) => `${p.severity} ${p.field}: ${p.message}`);

const ARABIC = "افتتحت البلدية صباح السبت سوقاً أسبوعياً للمزارعين في الساحة الرئيسية";
const RUSSIAN = "Строительство нового пешеходного моста через реку завершится весной";
const ENGLISH = "The council opened a weekly farmers' market in the main square on Saturday";
const JAPANESE = "市立図書館は十二月から日曜日の午後も開館することになりました";

const script = suite("scriptLanguageProblems");

script("Arabic text under the site's default English says which script and how to fix it", () => {
  assert.equal(check("en", ARABIC, { declared: false }), [
    "warning lang: the text is mostly in Arabic script but no lang is given, so the site's language (en) applies: set lang to the language it is written in (such as lang: ar) so the page gets the right direction, quotation marks and voice",
  ]);
});

script("Latin under ar, Cyrillic under fr, Arabic under a regional English are reported", () => {
  assert.match(check("ar", ENGLISH)[0]!, /mostly in Latin script but the article says lang: ar/);
  assert.match(check("fr", RUSSIAN)[0]!, /mostly in Cyrillic script but the article says lang: fr: .*lang: ru/);
  assert.match(check("en-GB", ARABIC)[0]!, /Arabic script/);
});

script("the source's own field name is used in the message", () => {
  assert.match(check("en", ARABIC, { field: "language" })[0]!, /^warning language: .*such as language: ar/);
});

script("text in its language's script, or a language of several scripts, is fine", () => {
  assert.equal(check("ar", ARABIC), []);
  assert.equal(check("ru", RUSSIAN), []);
  assert.equal(check("sr", RUSSIAN), []);
  assert.equal(check("ja", JAPANESE), []);
  assert.equal(check("zh-Hant", JAPANESE.replace(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, "")), []);
});

script("a mixed text, a short text or an unknown language says nothing", () => {
  assert.equal(check("en", `${ENGLISH} ${ARABIC.slice(0, 30)}`), []);
  assert.equal(check("en", "مرحبا بكم"), []);
  assert.equal(check("qaa", ARABIC), []);
});

script("markup and entities are not counted as letters", () => {
  const html = `<a href="https://example.com/a-very-long-latin-address-for-the-story">${ARABIC}</a>&nbsp;&amp;`;
  assert.equal(check("ar", html), []);
});

script.run();
