// Times for readers with the zone named, as a newsroom prints them: "9:30 AM EEST".
import type { DateTime } from "luxon";

export function readerTime(value: DateTime, lang = "en"): string {
  return value.setLocale(lang).toLocaleString({ hour: "numeric", minute: "2-digit", timeZoneName: "short" });
}
