// Source date strings to luxon DateTimes, once, with an explicit zone. Never `Date`, never the
// build machine's TZ: every parse names its zone, so a calendar date cannot slip a day.
import { DateTime } from "luxon";

export type Precision = "day" | "minute";

export type ParsedDate =
  | { ok: true; value: DateTime; precision: Precision; note?: string }
  | { ok: false; message: string };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const HAS_OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** Formats old news sites print, read in English. */
const READABLE_FORMATS: { format: string; precision: Precision }[] = [
  { format: "LLLL d, yyyy", precision: "day" },
  { format: "LLL d, yyyy", precision: "day" },
  { format: "d LLLL yyyy", precision: "day" },
  { format: "d LLL yyyy", precision: "day" },
  { format: "LLLL d, yyyy h:mm a", precision: "minute" },
  { format: "LLL d, yyyy h:mm a", precision: "minute" },
  { format: "d LLLL yyyy HH:mm", precision: "minute" },
];

export const ACCEPTED_DATE_FORMS =
  "2019-04-02T09:30:00+03:00 (with offset), 2019-04-02 09:30 (local time in the article's zone) or 2019-04-02 (a calendar date)";

/**
 * Parses a source's date in the article's zone.
 * - A calendar date is that date in `zone` (start of day), precision `day`.
 * - A local time without offset is read in `zone`.
 * - A time with an offset keeps its instant; it is shown in `zone` when `zone` has that offset
 *   at that instant, else it keeps the source's own offset. UTC (`Z`) stamps, as wires send
 *   them, name no local zone, so they are shown in `zone`.
 */
export function parseSourceDate(raw: string, zone: string): ParsedDate {
  const text = raw.trim();
  if (DATE_ONLY.test(text)) {
    const value = DateTime.fromISO(text, { zone });
    return value.isValid ? { ok: true, value, precision: "day" } : invalid(text, value);
  }
  const local = LOCAL_DATE_TIME.exec(text);
  if (local) return parseLocal(text, local, zone);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) && HAS_OFFSET.test(text)) {
    const value = DateTime.fromISO(text, { setZone: true });
    return value.isValid ? withOffset(value, zone) : invalid(text, value);
  }
  const rfc = DateTime.fromRFC2822(text, { setZone: true });
  if (rfc.isValid) return withOffset(rfc, zone);
  for (const { format, precision } of READABLE_FORMATS) {
    const value = DateTime.fromFormat(text, format, { zone, locale: "en" });
    if (value.isValid) return { ok: true, value, precision };
  }
  return { ok: false, message: `"${text}" is not a date Dateline reads; write it as ${ACCEPTED_DATE_FORMS}` };
}

function parseLocal(text: string, parts: RegExpExecArray, zone: string): ParsedDate {
  const [year, month, day, hour, minute, second] = parts.slice(1).map((part) => Number(part ?? 0)) as number[];
  const value = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone });
  if (!value.isValid) return invalid(text, value);
  // A wall-clock time skipped by a DST change does not exist; luxon moves it forward. Say so.
  if (value.hour !== hour || value.minute !== minute) {
    return {
      ok: true,
      value,
      precision: "minute",
      note: `${text} does not exist in ${zone} (the clocks changed); read as ${value.toFormat("HH:mm ZZZZ")}`,
    };
  }
  // A wall-clock time repeated when the clocks go back happens twice; take the first and say so.
  const [first, later] = value.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
  if (first && later) {
    return {
      ok: true,
      value: first,
      precision: "minute",
      note: `${text} happens twice in ${zone} (the clocks went back); read as the first, ${first.toFormat("HH:mm ZZZZ")}: give an offset to choose`,
    };
  }
  return { ok: true, value, precision: "minute" };
}

function withOffset(value: DateTime, zone: string): ParsedDate {
  const inZone = value.setZone(zone);
  const keepsOffset = value.offset === 0 || inZone.offset === value.offset;
  return { ok: true, value: keepsOffset ? inZone : value, precision: "minute" };
}

function invalid(text: string, value: DateTime): ParsedDate {
  const reason = value.invalidExplanation ?? value.invalidReason ?? "invalid";
  return { ok: false, message: `"${text}" is not a real date (${reason}); write it as ${ACCEPTED_DATE_FORMS}` };
}
