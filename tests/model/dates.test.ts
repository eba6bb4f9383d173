import { execFileSync } from "node:child_process";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseSourceDate } from "../../src/model/dates.ts";

function parsed(raw: string, zone: string) {
  const result = parseSourceDate(raw, zone);
  if (!result.ok) throw new Error(`expected ${raw} to parse: ${result.message}`);
  return { iso: result.value.toISO(), zone: result.value.zoneName, precision: result.precision, note: result.note };
}

const calendarDates = suite("parseSourceDate: calendar dates");

calendarDates("a date without a time is that date in the article's zone, at day precision", () => {
  assert.equal(parsed("2019-04-02", "Asia/Beirut"), { iso: "2019-04-02T00:00:00.000+03:00", zone: "Asia/Beirut", precision: "day", note: undefined });
});

calendarDates("keeps its day in zones far ahead of and behind UTC", () => {
  assert.is(parsed("2019-04-02", "Pacific/Kiritimati").iso, "2019-04-02T00:00:00.000+14:00");
  assert.is(parsed("2019-04-02", "Pacific/Pago_Pago").iso, "2019-04-02T00:00:00.000-11:00");
});

calendarDates("refuses a date that does not exist", () => {
  const result = parseSourceDate("2019-02-30", "Europe/London");
  assert.is(result.ok, false);
  if (!result.ok) assert.match(result.message, /"2019-02-30" is not a real date/);
});

calendarDates("reads dates as old sites print them", () => {
  assert.is(parsed("April 2, 2019", "America/New_York").iso, "2019-04-02T00:00:00.000-04:00");
  assert.is(parsed("2 April 2019", "Europe/Stockholm").precision, "day");
});

calendarDates.run();

const localTimes = suite("parseSourceDate: local times");

localTimes("a time without offset is wall-clock time in the article's zone", () => {
  assert.equal(parsed("2019-04-02 09:30", "Europe/Stockholm"), { iso: "2019-04-02T09:30:00.000+02:00", zone: "Europe/Stockholm", precision: "minute", note: undefined });
  assert.is(parsed("2019-04-02T09:30:15", "Asia/Tokyo").iso, "2019-04-02T09:30:15.000+09:00");
});

localTimes("a time in the spring-forward gap is moved forward and reported", () => {
  const result = parsed("2026-03-29 01:30", "Europe/London");
  assert.is(result.iso, "2026-03-29T02:30:00.000+01:00");
  assert.match(result.note ?? "", /does not exist in Europe\/London/);
});

localTimes("a time repeated when the clocks go back takes the first occurrence and is reported", () => {
  const result = parsed("2026-10-25 01:30", "Europe/London");
  assert.is(result.iso, "2026-10-25T01:30:00.000+01:00");
  assert.match(result.note ?? "", /happens twice in Europe\/London/);
});

localTimes("an ordinary time carries no note", () => {
  assert.is(parsed("2026-10-25 03:30", "Europe/London").note, undefined);
});

localTimes.run();

const offsets = suite("parseSourceDate: times with offsets");

offsets("an offset that matches the article's zone is shown in that zone", () => {
  assert.equal(parsed("2019-04-02T09:30:00+03:00", "Asia/Beirut"), { iso: "2019-04-02T09:30:00.000+03:00", zone: "Asia/Beirut", precision: "minute", note: undefined });
});

offsets("an offset the article's zone does not have is kept as the source gave it", () => {
  const result = parsed("2019-04-02T09:30:00+05:30", "Europe/London");
  assert.is(result.iso, "2019-04-02T09:30:00.000+05:30");
  assert.is(result.zone, "UTC+5:30");
});

offsets("a UTC stamp keeps its instant and is shown in the article's zone", () => {
  assert.is(parsed("2019-04-02T06:30:00Z", "Asia/Beirut").iso, "2019-04-02T09:30:00.000+03:00");
});

offsets("the DST change decides which offset a zone has", () => {
  assert.is(parsed("2026-03-28T12:00:00+00:00", "Europe/London").zone, "Europe/London");
  assert.is(parsed("2026-03-30T12:00:00+01:00", "Europe/London").zone, "Europe/London");
  assert.is(parsed("2026-03-30T12:00:00+00:00", "Europe/London").iso, "2026-03-30T13:00:00.000+01:00");
});

offsets("RFC 2822 dates, as mail-borne wire copy has them", () => {
  assert.is(parsed("Tue, 02 Apr 2019 09:30:00 +0300", "Asia/Beirut").iso, "2019-04-02T09:30:00.000+03:00");
});

offsets("an unknown form says which forms are read", () => {
  const result = parseSourceDate("next Tuesday", "Europe/London");
  assert.is(result.ok, false);
  if (!result.ok) assert.match(result.message, /2019-04-02T09:30:00\+03:00.*2019-04-02 09:30.*2019-04-02/);
});

offsets.run();

const machineZone = suite("parseSourceDate: the build machine's TZ does not matter");

// Each zone gets its own process: TZ is read when the process starts.
const probe = `
import { parseSourceDate } from "./src/model/dates.ts";
const out = ["2019-04-02", "2019-04-02 23:30", "2019-04-02T23:30:00Z"].map((raw) => {
  const r = parseSourceDate(raw, "Europe/London");
  return r.ok ? r.value.toISO() + " " + r.value.toISODate() : r.message;
});
console.log(JSON.stringify(out));
`;

for (const tz of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"]) {
  machineZone(`TZ=${tz}`, () => {
    const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", probe], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
    assert.equal(JSON.parse(output), [
      "2019-04-02T00:00:00.000+01:00 2019-04-02",
      "2019-04-02T23:30:00.000+01:00 2019-04-02",
      "2019-04-03T00:30:00.000+01:00 2019-04-03",
    ]);
  });
}

machineZone.run();

const forms = suite("parseSourceDate: every form a source writes");

forms("each form old news sites print, with the precision it carries", () => {
  // Datelines and "Posted" lines as WordPress themes, AP-style sites and British papers print them.
  const cases: [raw: string, iso: string, precision: string][] = [
    ["April 2, 2019", "2019-04-02T00:00:00.000+01:00", "day"],
    ["Apr 2, 2019", "2019-04-02T00:00:00.000+01:00", "day"],
    ["2 April 2019", "2019-04-02T00:00:00.000+01:00", "day"],
    ["2 Apr 2019", "2019-04-02T00:00:00.000+01:00", "day"],
    ["April 2, 2019 9:30 AM", "2019-04-02T09:30:00.000+01:00", "minute"],
    ["Apr 2, 2019 9:30 PM", "2019-04-02T21:30:00.000+01:00", "minute"],
    ["2 April 2019 09:30", "2019-04-02T09:30:00.000+01:00", "minute"],
    [" 2019-04-02 ", "2019-04-02T00:00:00.000+01:00", "day"],
    ["\t2019-04-02 09:30", "2019-04-02T09:30:00.000+01:00", "minute"],
    // Superdesk and ninjs feeds without an offset, to the millisecond.
    ["2019-04-02T09:30:15.250", "2019-04-02T09:30:15.000+01:00", "minute"],
    ["2019-04-02T09:30:00+01:00", "2019-04-02T09:30:00.000+01:00", "minute"],
  ];
  for (const [raw, iso, precision] of cases) {
    const result = parsed(raw, "Europe/London");
    assert.equal([result.iso, result.precision], [iso, precision], JSON.stringify(raw));
  }
});

forms("what is not a date, or not a real one, is refused", () => {
  // Scraped "Posted ..." lines keep their label; impossible days come from hand-edited front matter.
  const cases: [raw: string, reason: RegExp][] = [
    ["Posted 2026-11-17 10:02", /is not a date Dateline reads/],
    ["Tuesday 2019-04-02", /is not a date Dateline reads/],
    ["2026-02-30 09:30", /is not a real date/],
    ["2026-02-30T09:30:00+02:00", /is not a real date/],
    ["2026-11-17 25:10", /is not a real date/],
    ["Sept 3, 2019", /is not a date Dateline reads/],
  ];
  for (const [raw, reason] of cases) {
    const result = parseSourceDate(raw, "Europe/London");
    assert.is(result.ok, false, raw);
    if (!result.ok) assert.match(result.message, reason, raw);
  }
});

forms("RFC 2822 with an offset the zone does not have keeps the sender's offset", () => {
  // Mail-borne copy from an Indian bureau, filed to a London desk.
  const result = parsed("Tue, 02 Apr 2019 09:30:00 +0530", "Europe/London");
  assert.equal([result.iso, result.zone], ["2019-04-02T09:30:00.000+05:30", "UTC+5:30"]);
});

forms("the DST notes are at minute precision and say which time was used", () => {
  const gap = parsed("2026-03-29 01:30", "Europe/London");
  assert.is(gap.precision, "minute");
  assert.match(gap.note ?? "", /read as 02:30/);
  const twice = parsed("2026-10-25 01:30", "Europe/London");
  assert.is(twice.precision, "minute");
  assert.match(twice.note ?? "", /read as the first, 01:30/);
});

forms.run();
