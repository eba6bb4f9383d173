// IPTC 7901, the text-transmission format of dpa and other European agencies: SOH and a header
// line (`eca062 4 i 211 ccccb   dpa 061`: service and number, priority, category, words,
// source), a keyword line (`Germany-football/Munich/`), STX, a headline block closed by ` =`
// (flags such as `REFILE` or `1ST LEAD`, the headline, an optional `By … ` line), the text, and ETX
// before the date-time (`131137 GMT Nov 13`: day, hour, minute, month, two-digit year).
import { DateTime } from "luxon";
import { error, warning } from "../model/problem.ts";
import type { SourceLine } from "./wire-header.ts";
import { keywordTags, numberedLines, withoutControls, type Transmission, type TransmissionRead } from "./transmission-parts.ts";

const STX = "\u0002";
const ETX = "\u0003";
/**
 * `131137 GMT Nov 13`: day, hour and minute, the zone (dpa sends GMT, sometimes leaves it out),
 * month, year (two digits, or four). Read from text with single spaces (withoutControls).
 */
const DATE_TIME = /^(\d\d)(\d\d)(\d\d) (?:(GMT|UTC) )?(\p{L}{3,})\.?(?: (\d{4}|\d\d))?\b/u;
/** English and German month abbreviations, as dpa's English and German services write them. */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, mär: 3, mrz: 3, apr: 4, may: 5, mai: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, okt: 10, nov: 11, dec: 12, dez: 12,
};
/** Flags set above the headline: `REFILE`, `1ST LEAD`, `EXTRA`, `(Achtung)`. */
const FLAG = /^(?:\(?[\p{Lu}\p{N} ]{2,20}\)?|\(Achtung\))$/u;
/** Headline block lines are read with single spaces (withoutControls). */
const BY = /^(?:By|Von) \S/;
/** dpa's service messages: the copyright notice (`Impressum`) is not a story. */
const SERVICE_KEYWORDS = /^(?:Impressum|Achtung|Service|Test)$/i;

export function readIptc7901(text: string, path: string, now: Date): TransmissionRead {
  const lines = numberedLines(text);
  const header = withoutControls(lines[0]?.text ?? "");
  const stx = lines.findIndex((line) => line.text.includes(STX));
  const keywords = lines.slice(1, stx + 1).map((line, index) => withoutControls(index === stx - 1 ? line.text.slice(0, line.text.indexOf(STX)) : line.text)).filter((line) => line !== "");
  const t: Transmission = { format: "IPTC 7901", byline: [], tags: keywordTags(keywords.join("/")), lines: [], notes: [], problems: [], fieldNames: { published: "date-time after ETX", headline: "headline", tags: "keyword line" } };

  // The headline block: from STX to the first line ending in `=`.
  const block: SourceLine[] = [];
  let index = stx;
  for (; index < lines.length; index++) {
    const raw = index === stx ? lines[index]!.text.slice(lines[index]!.text.indexOf(STX) + 1) : lines[index]!.text;
    if (raw.includes(ETX)) break;
    const line = withoutControls(raw);
    if (line !== "") block.push({ text: line.replace(/\s*=$/, ""), number: lines[index]!.number });
    if (/=\s*$/.test(raw)) break;
  }
  if (index >= lines.length || lines[index]!.text.includes(ETX)) {
    return { kind: "refused", problem: error(path, "headline", `is an IPTC 7901 transmission ("${header}") whose headline block never ends with " =": the headline cannot be told from the text; save the story as plain wire text`) };
  }
  readHeadlineBlock(block, t, path);

  let trailer = "";
  for (index++; index < lines.length; index++) {
    const raw = lines[index]!.text;
    const end = raw.indexOf(ETX);
    if (end >= 0) {
      // Text before ETX on its line, if any (a line of spaces reads as a blank line).
      t.lines.push({ text: raw.slice(0, end), number: lines[index]!.number });
      trailer = raw.slice(end + 1);
      break;
    }
    t.lines.push({ text: raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ""), number: lines[index]!.number });
  }
  readDate(trailer, t, path, now);
  if (keywords.some((keyword) => SERVICE_KEYWORDS.test(keyword.replace(/\/$/, "")))) {
    t.heldBack = `an IPTC 7901 service message from ${sourceOf(header)} ("${keywords.join(" ")}": ${t.headline ?? "no headline"}), such as the agency's copyright notice, not a story: held back`;
  }
  return { kind: "transmission", transmission: t };
}

/** Flags, then the headline, then the byline, in the order dpa sends them. */
function readHeadlineBlock(block: readonly SourceLine[], t: Transmission, path: string): void {
  const flags: string[] = [];
  const headline: string[] = [];
  for (const line of block) {
    if (BY.test(line.text)) t.byline.push(line.text);
    else if (headline.length === 0 && FLAG.test(line.text) && block.length > 1) flags.push(line.text);
    else headline.push(line.text);
  }
  if (headline.length > 0) t.headline = headline.join(" ");
  if (flags.length > 0) {
    t.problems.push(warning(path, "headline", `the agency's flags above the headline (${flags.map((flag) => `"${flag}"`).join(", ")}) are the agency's word to editors (a new version, a resend, attention) and are not shown`));
  }
}

/**
 * The date-time after ETX, as an ISO instant. The year is the two digits after the month; where a
 * transmission leaves them out, the latest such date not after the time the file is read is
 * taken, and the report says so.
 */
function readDate(trailer: string, t: Transmission, path: string, now: Date): void {
  const found = withoutControls(trailer);
  const match = DATE_TIME.exec(found);
  const month = match ? MONTHS[match[5]!.toLowerCase()] : undefined;
  if (!match || month === undefined) {
    t.problems.push(warning(path, "date-time after ETX", `the IPTC 7901 transmission has no date-time after ETX that can be read (found "${found}", expected like "131137 GMT Nov 13"), so it has no publication date`));
    return;
  }
  const [, day, hour, minute, zone, , year] = match;
  const read = DateTime.fromJSDate(now, { zone: "utc" });
  const fullYear = year === undefined ? read.year : year.length === 4 ? Number(year) : 2000 + Number(year);
  let date = DateTime.utc(fullYear, month, Number(day), Number(hour), Number(minute));
  if (year === undefined && date > read.plus({ days: 1 })) date = date.minus({ years: 1 });
  if (!date.isValid) {
    t.problems.push(warning(path, "date-time after ETX", `"${found}" is not a date (day, hour and minute, then month and two-digit year): the transmission has no publication date`));
    return;
  }
  t.published = date.toISO({ suppressMilliseconds: true })!;
  if (!zone) t.problems.push(warning(path, "date-time after ETX", `"${found}" names no zone: GMT is assumed, as the agency sends it`));
  if (year === undefined) {
    t.problems.push(warning(path, "date-time after ETX", `"${found}" gives no year: ${date.year} is assumed (the latest such date not after the file was read); if the story is older, give a plain-text copy a "Date:" header`));
  }
}

function sourceOf(header: string): string {
  return header.split(" ").find((word) => /^dpa/i.test(word)) ?? "the agency";
}
