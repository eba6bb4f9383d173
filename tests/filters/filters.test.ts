import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { datelineText } from "../../src/filters/dateline-text.ts";
import { jsonScript } from "../../src/filters/json-script.ts";
import { machineDate } from "../../src/filters/machine-date.ts";
import { paragraphs } from "../../src/filters/paragraphs.ts";
import { perDateTime } from "../../src/filters/per-date-time.ts";

const beirutMorning = DateTime.fromISO("2019-04-02T09:30:00+03:00", { zone: "Asia/Beirut" });

const dates = suite("date filters");

dates("machineDate: ISO with offset, or the date alone", () => {
  assert.is(machineDate(beirutMorning), "2019-04-02T09:30:00+03:00");
  assert.is(machineDate(beirutMorning, "day"), "2019-04-02");
  assert.is(machineDate(beirutMorning, "month"), "2019-04");
});

dates.run();

const text = suite("text filters");

text("datelineText: city in capitals, region and agency as given", () => {
  assert.is(datelineText({ city: "Beirut", region: "Lebanon" }), "BEIRUT, Lebanon");
  assert.is(datelineText({ city: "LONDON", agency: "Reuters" }), "LONDON (Reuters)");
  assert.is(datelineText({ city: "İzmir" }, "tr"), "İZMİR");
  assert.is(datelineText({ city: "Diyarbakır" }, "tr"), "DİYARBAKIR");
  assert.is(datelineText({ city: "Diyarbakır" }, "en"), "DIYARBAKIR");
});

text("jsonScript cannot close its <script> element", () => {
  const json = jsonScript({ headline: "</script><script>alert(1)</script>", note: "a\u2028b" });
  assert.not.ok(json.includes("</script"));
  assert.not.ok(json.includes("\u2028"));
  assert.equal(JSON.parse(json), { headline: "</script><script>alert(1)</script>", note: "a\u2028b" });
});

text("paragraphs splits a reader's text on blank lines", () => {
  assert.equal(paragraphs("First.\n\nSecond\nline.\r\n\r\n\r\n"), ["First.", "Second\nline."]);
});

text.run();
const memo = suite("perDateTime");

memo("formats once per DateTime and language, and each language gets its own text", () => {
  let calls = 0;
  const format = perDateTime((value, lang) => {
    calls++;
    return value.setLocale(lang).toLocaleString({ month: "long" });
  });
  const time = DateTime.fromISO("2026-04-02T09:30:00", { zone: "Asia/Beirut" });
  assert.is(format(time, "en"), "April");
  assert.is(format(time, "fr"), "avril");
  assert.is(format(time, "en"), "April");
  assert.is(format(time), "April");
  assert.is(calls, 2);
  // Another DateTime of the same instant in another zone is formatted for itself.
  assert.is(format(time.setZone("Pacific/Kiritimati").plus({ days: 30 }), "en"), "May");
  assert.is(calls, 3);
});

memo.run();
