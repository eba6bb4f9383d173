// The date some agencies put inside the dateline: `LONDON, March 5 (Reuters)` (Reuters: no full
// stop after a short month), `NEW DELHI, Jan. 12 (UPI)` (AP/UPI: `Jan.`, `Sept.`),
// `PARIS, 5 mars (AFP)`, `Madrid, 5 mar (EFE)`, `(ANSA) - ROME, MARCH 5`, `Berlin, 5. März`.
// It only restates the publication date, so the grammar recognises it and the model drops it.

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
];

// The dateline patterns are case-sensitive (a city is told by its capitals), so each month is
// spelled the three ways wires write it: `mars`, `March`, `MARCH`.
const MONTH_SPELLINGS = [...new Set(MONTHS.flatMap((month) => [month, month[0]!.toUpperCase() + month.slice(1), month.toUpperCase()]))];
const MONTH = `(?:${MONTH_SPELLINGS.sort((a, b) => b.length - a.length).join("|")})\\.?`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th|\.)?`;
const YEAR = String.raw`(?:,? (?:19|20)\d\d)?`;

/**
 * A regex source for a dateline's date: `March 5`, `Jan. 12`, `5 mars`,
 * `5. März`, `MAR 5`, with an optional year. Used inside the dateline patterns.
 */
export const DATELINE_DATE = `(?:${MONTH} ${DAY}${YEAR}|${DAY} ${MONTH}${YEAR})`;
