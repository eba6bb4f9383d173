// Formatting a luxon DateTime is slow (locale data, Intl formatters), and one article's times
// appear on many pages: its own, its listings, other articles' related lists, the feeds. The text is kept per DateTime object and language; DateTimes are immutable, and a
// WeakMap lets the texts go with them.
import type { DateTime } from "luxon";

export function perDateTime(format: (value: DateTime, lang: string) => string): (value: DateTime, lang?: string) => string {
  const texts = new WeakMap<DateTime, Map<string, string>>();
  return (value, lang = "en") => {
    let byLang = texts.get(value);
    if (!byLang) texts.set(value, (byLang = new Map()));
    let text = byLang.get(lang);
    if (text === undefined) byLang.set(lang, (text = format(value, lang)));
    return text;
  };
}
