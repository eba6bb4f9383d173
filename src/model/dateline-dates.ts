// The date some agencies put inside the dateline: `LONDON, March 5 (Reuters)` (Reuters: no full
// stop after a short month), `NEW DELHI, Jan. 12 (UPI)` (AP/UPI: `Jan.`, `Sept.`),
// `PARIS, 5 mars (AFP)`, `Madrid, 5 mar (EFE)`, `(ANSA) - ROME, MARCH 5`, `Berlin, 5. März`, and in
// other scripts TASS's `МОСКВА, 5 марта`, RIA Novosti's `5 мар`, WAM's `دبي، 6 ديسمبر`, Xinhua's and
// Kyodo's `12月6日`. It only restates the publication date, so the grammar recognises it and the
// model drops it.

/** Month names and abbreviations in the languages wires write datelines in, in lower case. */
const MONTHS: readonly string[] = [
  // English, with AP (`Jan.`, `Sept.`) and Reuters (`Jan`, `Sept`) abbreviations
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  // French (AFP)
  "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre",
  "janv", "févr", "fevr", "avr", "juil", "déc",
  // Spanish (EFE) and Italian (ANSA)
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
  "ene", "abr", "ago", "dic",
  "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
  // German (dpa, APA)
  "januar", "jänner", "februar", "märz", "juni", "juli", "oktober", "dezember",
  // Russian (TASS, Interfax: the genitive after a day; RIA Novosti: three-letter abbreviations)
  "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
  "янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "дек",
  // Ukrainian (Ukrinform, UNIAN)
  "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
  // Arabic: the Egyptian and Gulf names (WAM, SPA, MENA), the Levantine ones (NNA, SANA, Petra) and
  // the Maghreb's (MAP), each also without the hamza that is often left off
  ...withBareAlef([
    "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
    "ماي", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر",
  ]),
];

/** Each name as written and with أ إ آ as a bare ا, as much Arabic copy types them. */
function withBareAlef(names: readonly string[]): string[] {
  return names.flatMap((name) => [name, name.replace(/[أإآ]/g, "ا")]);
}

// The dateline patterns are case-sensitive (a city is told by its capitals), so each month is
// spelled the three ways wires write it: `mars`, `March`, `MARCH`.
const MONTH_SPELLINGS = [...new Set(MONTHS.flatMap((month) => [month, month[0]!.toUpperCase() + month.slice(1), month.toUpperCase()]))];
const MONTH = `(?:${MONTH_SPELLINGS.sort((a, b) => b.length - a.length).join("|")})\\.?`;
/** Arabic copy writes its digits in Latin or in Arabic-Indic (٦) and Persian (۶) forms. */
const DAY = String.raw`(?:(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th|\.)?|[٠-٣]?[٠-٩]|[۰-۳]?[۰-۹])`;
const YEAR = String.raw`(?:,? (?:(?:19|20)\d\d|[١٢][٠-٩]{3}|[۱۲][۰-۹]{3}))?`;

/**
 * A regex source for a dateline's date: `March 5`, `Jan. 12`, `5 mars`,
 * `5. März`, `MAR 5`, with an optional year. Used inside the dateline patterns.
 */
export const DATELINE_DATE = `(?:${MONTH} ${DAY}${YEAR}|${DAY} ${MONTH}${YEAR})`;

/** A day's date in Chinese and Japanese copy: `12月6日`, with ASCII or full-width digits and an optional `2026年`. */
export const CJK_DATE = String.raw`(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日`;
