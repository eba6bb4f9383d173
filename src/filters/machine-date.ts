// Dates for machines (`<time datetime>`): ISO 8601 with the offset the time was shown in.
// A calendar date stays a calendar date, so no reader's software can shift it a day.
import type { DateTime } from "luxon";
import { perDateTime } from "./per-date-time.ts";

const isoMinute = perDateTime((value) => value.toISO({ suppressMilliseconds: true }) ?? "");

export function machineDate(value: DateTime, precision: "month" | "day" | "minute" = "minute"): string {
  if (precision === "month") return value.toFormat("yyyy-LL");
  if (precision === "day") return value.toISODate() ?? "";
  return isoMinute(value);
}
