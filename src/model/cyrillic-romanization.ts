// Cyrillic in Latin letters for URL slugs, by the romanizations English-language newsrooms use:
// - Russian (and any Cyrillic text without the letters below): BGN/PCGN 1947, as written without
//   its diacritics: х kh, ц ts, щ shch, й y, ы y, ю yu, я ya, е ye at a word's start and after a
//   vowel or a sign (Yeltsin, Yekaterinburg), ё yo (Pyotr), ъ and ь silent;
// - Ukrainian (a text with і, ї, є or ґ): the official national system (Cabinet resolution 55 of
//   2010): г h, ґ g, и y, і i, ї i, й i, є ie, ю iu, я ia, and yi, y, ye, yu, ya at a word's start
//   (Київ → kyiv, Харків → kharkiv, Запоріжжя → zaporizhzhia);
// - Serbian (a text with ђ, ј, љ, њ, ћ or џ): its own Latin alphabet (Gaj's), diacritics off:
//   ђ dj, ћ and ч c, џ dz, љ lj, њ nj, ж z, ш s, х h.
// Letters of other Cyrillic alphabets fall through to the `transliteration` library.

const RUSSIAN: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};
/** Russian е is ye where it opens a syllable: at a word's start and after a vowel or a sign. */
const YE_AFTER = new Set(["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "ъ", "ь"]);

const UKRAINIAN: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", є: "ie", ж: "zh", з: "z", и: "y", і: "i", ї: "i", й: "i",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch",
  ш: "sh", щ: "shch", ь: "", ю: "iu", я: "ia", "'": "", "’": "", "ʼ": "",
};
/** At a word's start these four take a y (Єнакієве → yenakiieve, Юрій → yurii). */
const UKRAINIAN_INITIAL: Readonly<Record<string, string>> = { є: "ye", ї: "yi", й: "y", ю: "yu", я: "ya" };

const SERBIAN: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", ђ: "dj", е: "e", ж: "z", з: "z", и: "i", ј: "j", к: "k", л: "l", љ: "lj",
  м: "m", н: "n", њ: "nj", о: "o", п: "p", р: "r", с: "s", т: "t", ћ: "c", у: "u", ф: "f", х: "h", ц: "c", ч: "c",
  џ: "dz", ш: "s",
};

const UKRAINIAN_LETTERS = /[іїєґ]/iu;
const SERBIAN_LETTERS = /[ђјљњћџ]/iu;
const CYRILLIC_WORD = /\p{Script=Cyrillic}[\p{Script=Cyrillic}'’ʼ]*/gu;

/** Cyrillic words in `text` romanized (in lower case); everything else left as it is. */
export function romanizeCyrillic(text: string): string {
  const romanizeWord = UKRAINIAN_LETTERS.test(text) ? ukrainianWord : SERBIAN_LETTERS.test(text) ? serbianWord : russianWord;
  return text.replace(CYRILLIC_WORD, (word) => romanizeWord(word.toLowerCase()));
}

function russianWord(word: string): string {
  let out = "";
  let previous: string | undefined;
  for (const letter of word) {
    if (letter === "е" && (previous === undefined || YE_AFTER.has(previous))) out += "ye";
    else out += RUSSIAN[letter] ?? letter;
    previous = letter;
  }
  return out;
}

function ukrainianWord(word: string): string {
  const letters = [...word];
  // `зг` is zgh, so it is not read as the `zh` of ж (Згорани → zghorany).
  return letters.map((letter, index) => (index === 0 ? (UKRAINIAN_INITIAL[letter] ?? UKRAINIAN[letter]) : letter === "г" && letters[index - 1] === "з" ? "gh" : UKRAINIAN[letter]) ?? letter).join("");
}

function serbianWord(word: string): string {
  return [...word].map((letter) => SERBIAN[letter] ?? letter).join("");
}
