// Japanese kana in Latin letters for URL slugs, by Hepburn as the Japanese passport writes it (no
// macrons; long vowels shortened: とうきょう → tokyo, おおさか → osaka): し shi, ち chi, つ tsu,
// ふ fu, じ ぢ ji, づ zu, を o, きょ kyo, しゃ sha, っ doubles the next consonant (っち → tchi), ー
// lengthens and is dropped, and katakana's sounds for foreign words (ファ fa, ティ ti, ヴ vu).
// The `transliteration` library reads kana letter by letter (し si, きょ kiyo). Kanji have
// Japanese readings no table can give without a dictionary, and are left to the library's
// (Chinese) readings.

const SINGLE: Readonly<Record<string, string>> = {
  あ: "a", い: "i", う: "u", え: "e", お: "o", か: "ka", き: "ki", く: "ku", け: "ke", こ: "ko", さ: "sa", し: "shi",
  す: "su", せ: "se", そ: "so", た: "ta", ち: "chi", つ: "tsu", て: "te", と: "to", な: "na", に: "ni", ぬ: "nu", ね: "ne",
  の: "no", は: "ha", ひ: "hi", ふ: "fu", へ: "he", ほ: "ho", ま: "ma", み: "mi", む: "mu", め: "me", も: "mo", や: "ya",
  ゆ: "yu", よ: "yo", ら: "ra", り: "ri", る: "ru", れ: "re", ろ: "ro", わ: "wa", ゐ: "i", ゑ: "e", を: "o", ん: "n",
  が: "ga", ぎ: "gi", ぐ: "gu", げ: "ge", ご: "go", ざ: "za", じ: "ji", ず: "zu", ぜ: "ze", ぞ: "zo", だ: "da", ぢ: "ji",
  づ: "zu", で: "de", ど: "do", ば: "ba", び: "bi", ぶ: "bu", べ: "be", ぼ: "bo", ぱ: "pa", ぴ: "pi", ぷ: "pu", ぺ: "pe",
  ぽ: "po", ゔ: "vu", ぁ: "a", ぃ: "i", ぅ: "u", ぇ: "e", ぉ: "o", ゃ: "ya", ゅ: "yu", ょ: "yo", ゎ: "wa",
};
/** A letter and a small ya, yu, yo or vowel after it: one syllable. */
const PAIRS: Readonly<Record<string, string>> = {
  ...syllables({ き: "ky", ぎ: "gy", に: "ny", ひ: "hy", び: "by", ぴ: "py", み: "my", り: "ry" }, { ゃ: "a", ゅ: "u", ょ: "o" }),
  ...syllables({ し: "sh", じ: "j", ち: "ch", ぢ: "j" }, { ゃ: "a", ゅ: "u", ょ: "o", ぇ: "e" }),
  ...syllables({ ふ: "f", ゔ: "v" }, { ぁ: "a", ぃ: "i", ぇ: "e", ぉ: "o" }),
  ...syllables({ う: "w" }, { ぃ: "i", ぇ: "e", ぉ: "o" }),
  てぃ: "ti", でぃ: "di", とぅ: "tu", どぅ: "du", でゅ: "dyu", つぁ: "tsa", つぇ: "tse", つぉ: "tso",
};

function syllables(onsets: Record<string, string>, vowels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(onsets).flatMap(([kana, onset]) => Object.entries(vowels).map(([small, vowel]) => [kana + small, onset + vowel])));
}

const KANA_RUN = /[\u3041-\u3096\u30a1-\u30fa\u30fc]+/g;
/** Katakana sit 0x60 above their hiragana. */
const KATAKANA_OFFSET = 0x60;

/** Kana runs in `text` romanized; everything else left as it is. */
export function romanizeKana(text: string): string {
  return text.replace(KANA_RUN, (run) => hepburn(toHiragana(run)));
}

function toHiragana(run: string): string {
  return run.replace(/[\u30a1-\u30f6]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) - KATAKANA_OFFSET)).replace(/\u30f7/g, "ゔぁ").replace(/\u30fa/g, "を");
}

function hepburn(run: string): string {
  let out = "";
  let double = false;
  for (let index = 0; index < run.length; index++) {
    const letter = run[index]!;
    if (letter === "っ") {
      double = true;
      continue;
    }
    // The long-vowel mark only lengthens, and long vowels are written short.
    if (letter === "ー") continue;
    const pair = PAIRS[run.slice(index, index + 2)];
    const syllable = pair ?? SINGLE[letter] ?? letter;
    if (pair) index++;
    out += double ? (syllable.startsWith("ch") ? "t" : syllable[0]!) + syllable : syllable;
    double = false;
  }
  // Long vowels as the passport writes them: ou, oo and uu are o and u.
  return out.replace(/o[ou]/g, "o").replace(/uu/g, "u");
}
