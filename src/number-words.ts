// A language's plural rules and number format, made once per language: creating Intl objects
// loads locale data and was measurable on every listing and article page of a large archive.

export interface NumberWords {
  plural: Intl.PluralRules;
  number: Intl.NumberFormat;
}

const byLanguage = new Map<string, NumberWords>();

export function numberWords(lang: string): NumberWords {
  let words = byLanguage.get(lang);
  if (!words) {
    words = { plural: new Intl.PluralRules(lang), number: new Intl.NumberFormat(lang) };
    byLanguage.set(lang, words);
  }
  return words;
}
