// The reader's language first, for lists already in order (an edition's "more in this section"):
// the same language, then the same base language, then the rest, each kept in the list's order.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { baseLanguage, inLanguageFirst, languageTier } from "../../src/collections/language-first.ts";

const list = ["en:1", "fr:2", "ar:3", "fr-CA:4", "en-GB:5", "fr:6", "ar:7"].map((entry) => {
  const [lang, name] = entry.split(":");
  return { lang: lang!, name: name! };
});
const names = (items: readonly { name: string }[]) => items.map((item) => item.name).join(" ");

const first = suite("inLanguageFirst");

const TABLE: [string, number, string][] = [
  ["fr", 4, "2 6 4 1"],
  ["fr", 2, "2 6"],
  ["fr-CA", 3, "4 2 6"],
  ["ar", 3, "3 7 1"],
  ["en", 7, "1 5 2 3 4 6 7"],
  ["de", 3, "1 2 3"],
  ["fr", 0, ""],
];
for (const [lang, limit, expected] of TABLE) {
  first(`a ${lang} reader, ${limit} wanted: ${expected || "none"}`, () => assert.is(names(inLanguageFirst(list, lang, limit)), expected));
}

first("tiers: same language, same base language (regions and scripts), other", () => {
  assert.equal([languageTier("pt-BR", "pt-BR"), languageTier("pt-BR", "pt"), languageTier("zh-Hant", "zh-Hans"), languageTier("sr-Latn", "hr")], [0, 1, 1, 2]);
  assert.equal(["pt-BR", "zh-Hant-TW", "ar"].map(baseLanguage), ["pt", "zh", "ar"]);
});

first.run();
