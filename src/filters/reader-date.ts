// Dates for readers, in the article's own zone and language: "April 2, 2019".
import type { DateTime } from "luxon";

export function readerDate(value: DateTime, lang = "en"): string {
  return value.setLocale(lang).toLocaleString({ year: "numeric", month: "long", day: "numeric" });
}
