// Dates for readers, in the article's own zone and language: "April 2, 2019".
import type { DateTime } from "luxon";
import { perDateTime } from "./per-date-time.ts";

export const readerDate: (value: DateTime, lang?: string) => string = perDateTime((value, lang) =>
  value.setLocale(lang).toLocaleString({ year: "numeric", month: "long", day: "numeric" }),
);
