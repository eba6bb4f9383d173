// Text in Arabic, Cyrillic, Greek, Chinese and Japanese script put into Latin letters before a
// slug is made of it, where the `transliteration` library alone makes names unreadable: it drops
// Arabic's long vowels (`رنا حداد` → rn hdd), reads Greek ου as oy, kana letter by letter (きょ
// kiyo) and Chinese one syllable at a time (北京 → bei-jing). Each script's scheme is in its file;
// Chinese is split into words by ICU's dictionary (Intl.Segmenter) and each word written as one
// run of pinyin (北京大学 → beijing daxue). Korean, Hebrew, Devanagari and the rest are left to the
// library, whose letter tables read them well enough (서울 → seoul).
import { transliterate } from "transliteration";
import { romanizeArabic } from "./arabic-romanization.ts";
import { romanizeCyrillic } from "./cyrillic-romanization.ts";
import { romanizeGreek } from "./greek-romanization.ts";
import { romanizeKana } from "./kana-romanization.ts";

const ARABIC = /[\u0600-\u06ff]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;

const segmenters = new Map<string, Intl.Segmenter>();

/** `text` with its Arabic, Cyrillic, Greek, Chinese and kana words in Latin letters; other text as it is. */
export function romanize(text: string): string {
  let out = text;
  if (ARABIC.test(out)) out = romanizeArabic(out);
  if (CYRILLIC.test(out)) out = romanizeCyrillic(out);
  if (GREEK.test(out)) out = romanizeGreek(out);
  if (HAN_OR_KANA.test(out)) out = romanizeHanAndKana(out);
  return out;
}

/**
 * Chinese or Japanese text word by word, a space between words, each word's syllables run
 * together. ICU splits runs of kana where Japanese has no break (とう|きょう): kana after kana
 * stays one word.
 */
function romanizeHanAndKana(text: string): string {
  const language = KANA.test(text) ? "ja" : "zh";
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, segmenter);
  }
  let out = "";
  let afterKana = false;
  for (const { segment } of segmenter.segment(text)) {
    if (!HAN_OR_KANA.test(segment)) {
      out += segment;
      afterKana = false;
    } else if (HAN.test(segment)) {
      out += ` ${transliterate(romanizeKana(segment)).replace(/\s+/g, "")} `;
      afterKana = false;
    } else {
      out = afterKana ? out.trimEnd() + romanizeKana(segment) : `${out} ${romanizeKana(segment)}`;
      afterKana = true;
    }
  }
  return out;
}
