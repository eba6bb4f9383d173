// Times for readers with the zone named, as a newsroom prints them: "9:30 AM EEST".
import type { DateTime } from "luxon";
import { perDateTime } from "./per-date-time.ts";

export const readerTime: (value: DateTime, lang?: string) => string = perDateTime((value, lang) =>
  value.setLocale(lang).toLocaleString({ hour: "numeric", minute: "2-digit", timeZoneName: "short" }),
);
