// Arabic script (Arabic and Persian letters) in Latin letters for URL slugs, so that `رنا حداد`
// becomes `rana hadad`, not the `rn hdd` of a letter-for-letter table. The scheme is ALA-LC's
// romanization of Arabic (the Library of Congress table most English-language newsrooms follow)
// with its dots, macrons and ayn/hamza marks left off, as a URL needs:
// - consonants as ALA-LC writes them: ث th, ج j, خ kh, ذ dh, ش sh, غ gh, ق q; emphatics as plain
//   letters (ص s, ض d, ط t, ظ z); ع and ء (ʻ and ʼ) are silent;
// - long vowels: ا آ ى are a; و and ي are u and i after a consonant, w and y at a word's start,
//   after a vowel or before one; ة (ta marbuta) is a; ال (the article) is `al-`;
// - short vowels are unwritten in ordinary Arabic, so none is guessed but one: an a after a word's
//   first letter, if a consonant, when another consonant follows (حداد → hadad, لبنان → labnan),
//   Arabic's commonest vowel. Vowel signs, where a text has them, are read as written, and shadda
//   doubles its consonant. A name so spelt is recognisable, not always its usual English form
//   (بيروت → birut, محمد → mahmd): the usual form comes from the newsroom's aliases, or the site's
//   Unicode slugs.

const CONSONANTS: Readonly<Record<string, string>> = {
  ب: "b", ت: "t", ث: "th", ج: "j", ح: "h", خ: "kh", د: "d", ذ: "dh", ر: "r", ز: "z", س: "s", ش: "sh", ص: "s", ض: "d",
  ط: "t", ظ: "z", ع: "", غ: "gh", ف: "f", ق: "q", ك: "k", ل: "l", م: "m", ن: "n", ه: "h", ء: "", ؤ: "", ئ: "",
  // Persian, Urdu and Kurdish letters
  پ: "p", چ: "ch", ژ: "zh", گ: "g", ک: "k", ڤ: "v", ٹ: "t", ڈ: "d", ڑ: "r", ں: "n", ھ: "h", ہ: "h",
};
/** Letters that are always a long a, or the a of ta marbuta. */
const LONG_A = new Set(["ا", "آ", "ى", "ة", "ٱ"]);
const SEMIVOWELS: Readonly<Record<string, { vowel: string; consonant: string }>> = {
  و: { vowel: "u", consonant: "w" },
  ي: { vowel: "i", consonant: "y" },
  ی: { vowel: "i", consonant: "y" },
  ے: { vowel: "e", consonant: "y" },
};
const HARAKAT: Readonly<Record<string, string>> = { "\u064e": "a", "\u064f": "u", "\u0650": "i", "\u064b": "an", "\u064c": "un", "\u064d": "in", "\u0670": "a" };
const SHADDA = "\u0651";
/** Signs read past: sukun, Quranic marks, tatweel. */
const SILENT_SIGNS = /[\u0652\u0653-\u065f\u06d6-\u06ed\u0640]/g;
const DIGITS = /[٠-٩۰-۹]/g;
/** A vowel sign typed before the shadda of its letter: the shadda first, so the doubled consonant comes before the vowel. */
const VOWEL_THEN_SHADDA = /([\u064b-\u0650])\u0651/g;
/** A run of Arabic-script letters and signs: one word. */
const ARABIC_WORD = /[\u0620-\u065f\u0670-\u06d3\u06d5\u06fa-\u06ff]+/g;

/** Arabic-script words in `text` romanized; everything else (digits of Arabic-Indic form become ASCII) left as it is. */
export function romanizeArabic(text: string): string {
  return text
    .replace(DIGITS, (digit) => String((digit.charCodeAt(0) - (digit >= "۰" ? 0x06f0 : 0x0660)) % 10))
    .replace(ARABIC_WORD, (word) => ` ${romanizeWord(word.replace(SILENT_SIGNS, "").replace(VOWEL_THEN_SHADDA, "\u0651$1"))} `);
}

function romanizeWord(word: string): string {
  // The article: `القاهرة` → al-qahira's `al-` and a word of its own after it.
  if (word.length > 3 && (word.startsWith("ال") || word.startsWith("ٱل"))) return `al-${romanizeWord(word.slice(2))}`;
  const read = readings([...word]);
  // The one short vowel guessed: an a after the consonant that opens the word, before another consonant.
  if (read[0]?.consonant && read[1]?.consonant) read[0].latin += "a";
  return read.map((reading) => reading.latin).join("");
}

interface Reading {
  latin: string;
  consonant: boolean;
}

/** Each letter or sign read in turn: what it is written as, and whether it is a consonant. */
function readings(letters: readonly string[]): Reading[] {
  const read: Reading[] = [];
  letters.forEach((letter, index) => {
    const next = letters[index + 1];
    const semivowel = SEMIVOWELS[letter];
    if (letter in HARAKAT) read.push({ latin: HARAKAT[letter]!, consonant: false });
    else if (letter === SHADDA) read.push({ latin: lastConsonant(read), consonant: false });
    else if (LONG_A.has(letter)) read.push({ latin: "a", consonant: false });
    // Hamza on alef opens a word with its vowel; inside one it is a silent consonant.
    else if (letter === "أ" || letter === "إ") read.push(index === 0 ? { latin: letter === "إ" ? "i" : "a", consonant: false } : { latin: "", consonant: true });
    else if (semivowel) {
      const vowel = read[index - 1]?.consonant === true && !(next !== undefined && (LONG_A.has(next) || next in HARAKAT));
      read.push(vowel ? { latin: semivowel.vowel, consonant: false } : { latin: semivowel.consonant, consonant: true });
    } else read.push({ latin: CONSONANTS[letter] ?? "", consonant: letter in CONSONANTS });
  });
  return read;
}

/** The consonant a shadda doubles: the last one before it. */
function lastConsonant(read: readonly Reading[]): string {
  for (let index = read.length - 1; index >= 0; index--) if (read[index]!.consonant) return read[index]!.latin;
  return "";
}
