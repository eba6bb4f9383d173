import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseDateline, splitDatelineLead } from "../../src/model/dateline.ts";
import type { Dateline } from "../../src/model/types.ts";

const parse = suite("parseDateline");

const WHOLE: [string, Dateline][] = [
  ["BEIRUT, Lebanon", { city: "BEIRUT", region: "Lebanon" }],
  ["LONDON (Reuters)", { city: "LONDON", agency: "Reuters" }],
  ["NEW YORK, N.Y. (AP)", { city: "NEW YORK", region: "N.Y.", agency: "AP" }],
  ["SAN JUAN, Puerto Rico", { city: "SAN JUAN", region: "Puerto Rico" }],
  ["WASHINGTON", { city: "WASHINGTON" }],
  ["Stockholm", { city: "Stockholm" }],
  ["Beirut, Lebanon", { city: "Beirut", region: "Lebanon" }],
  ["MÜNCHEN (dpa)", { city: "MÜNCHEN", agency: "dpa" }],
  ["ST. JOHN'S, Newfoundland and Labrador", { city: "ST. JOHN'S", region: "Newfoundland and Labrador" }],
  ["PORT-AU-PRINCE, Haiti", { city: "PORT-AU-PRINCE", region: "Haiti" }],
];

for (const [text, expected] of WHOLE) {
  parse(`reads ${JSON.stringify(text)}`, () => {
    assert.equal(parseDateline(text), expected);
  });
}

parse("trims and collapses spaces, keeps the city as given", () => {
  assert.equal(parseDateline("  Tel Aviv ,Israel "), { city: "Tel Aviv", region: "Israel" });
  assert.equal(parseDateline("  Tel   Aviv,  Israel  "), { city: "Tel Aviv", region: "Israel" });
  assert.equal(parseDateline("\tLONDON\n(Reuters) "), { city: "LONDON", agency: "Reuters" });
});

parse("accepts a trailing separator copied with the dateline", () => {
  assert.equal(parseDateline("BEIRUT, Lebanon --"), { city: "BEIRUT", region: "Lebanon" });
  assert.equal(parseDateline("LONDON (Reuters) -"), { city: "LONDON", agency: "Reuters" });
});

parse("refuses what is not a dateline", () => {
  for (const text of ["", "   ", "I", "LONDON, March 5 (Reuters)", "The minister said on Monday that talks would resume", "Beirut; Lebanon", "(Reuters)", "LONDON ()"]) {
    assert.is(parseDateline(text), undefined, JSON.stringify(text));
  }
});

parse.run();

const split = suite("splitDatelineLead");

const LEADS: [string, Dateline, string][] = [
  ["BEIRUT, Lebanon -- Dozens of boats left.", { city: "BEIRUT", region: "Lebanon" }, "Dozens of boats left."],
  ["LONDON (Reuters) - Train operators will run fewer services.", { city: "LONDON", agency: "Reuters" }, "Train operators will run fewer services."],
  ["WASHINGTON — The Senate voted.", { city: "WASHINGTON" }, "The Senate voted."],
  ["NEW YORK, N.Y. (AP) – Coffee futures rose.", { city: "NEW YORK", region: "N.Y.", agency: "AP" }, "Coffee futures rose."],
  ["ST. JOHN'S, Newfoundland -- Fog closed the port.", { city: "ST. JOHN'S", region: "Newfoundland" }, "Fog closed the port."],
  ["TEL AVIV, Israel — Flights resumed.", { city: "TEL AVIV", region: "Israel" }, "Flights resumed."],
  ["MÜNCHEN (dpa) - Die Messe beginnt.", { city: "MÜNCHEN", agency: "dpa" }, "Die Messe beginnt."],
  ["ABIDJAN, Côte d'Ivoire -- Cocoa prices fell.", { city: "ABIDJAN", region: "Côte d'Ivoire" }, "Cocoa prices fell."],
  ["DOUGLAS, Isle of Man -- The ferry sailed.", { city: "DOUGLAS", region: "Isle of Man" }, "The ferry sailed."],
  ["SÃO PAULO, Brazil -- Rain fell.", { city: "SÃO PAULO", region: "Brazil" }, "Rain fell."],
];

for (const [paragraph, dateline, rest] of LEADS) {
  split(`finds the dateline in ${JSON.stringify(paragraph.slice(0, 24))}…`, () => {
    assert.equal(splitDatelineLead(paragraph), { dateline, rest });
  });
}

split("keeps the rest of the paragraph as it is, after joining wrapped lines", () => {
  assert.equal(splitDatelineLead("BEIRUT, Lebanon --\nDozens of  boats -- wooden ones -- left."), {
    dateline: { city: "BEIRUT", region: "Lebanon" },
    rest: "Dozens of boats -- wooden ones -- left.",
  });
});

split("a paragraph that is the dateline alone leaves an empty rest", () => {
  assert.equal(splitDatelineLead("HELSINKI, Finland --"), { dateline: { city: "HELSINKI", region: "Finland" }, rest: "" });
});

split("does not fire on ordinary sentences", () => {
  const sentences = [
    "NATO said on Monday - after a long meeting - that it would act.",
    "I - for one - disagree.",
    "NATO -- the alliance -- said nothing.",
    "EDITOR'S NOTE -- This story contains strong language.",
    "UPDATE - Adds comment from ministry.",
    "EXCLUSIVE - The plan was drafted in March.",
    "HE SAID -- and meant it -- no.",
    "The mayor of BEIRUT, Lebanon -- said nothing.",
    "Beirut, Lebanon -- mixed case is not a wire dateline.",
    "UN - the body met.",
    "LONDON, March 5 (Reuters) - Dates inside datelines are not read.",
  ];
  for (const sentence of sentences) assert.is(splitDatelineLead(sentence), undefined, sentence);
});

split("requires the separator with spaces around it, straight after city, region or agency", () => {
  for (const paragraph of ["LONDON -Train operators", "LONDON- Train operators", "LONDON--Train operators", "LONDON (Reuters) Train operators - more", "LONDON, England said - x"]) {
    assert.is(splitDatelineLead(paragraph), undefined, paragraph);
  }
});

split("refuses a lead too long to be a dateline", () => {
  assert.is(splitDatelineLead("LLANFAIRPWLLGWYNGYLLGOGERYCHWYRNDROBWLLLLANTYSILIOGOGOGOCH, Wales -- x"), undefined);
  assert.is(splitDatelineLead("THE VERY LONG CITY NAME, Some Region Name Here (Some Agency Name Inc) -- x"), undefined);
  assert.is(splitDatelineLead("ONE TWO THREE FOUR FIVE -- x"), undefined);
  assert.is(splitDatelineLead("SALT LAKE CITY, Newfoundland and Labrador (Associated Press Television) -- x"), undefined);
  assert.ok(splitDatelineLead("SALT LAKE CITY, Utah (Associated Press Television) -- x"));
});

split("a mixed-case region after a capital city, but not a lower-case sentence", () => {
  assert.is(splitDatelineLead("PARIS, said officials -- x"), undefined);
  assert.equal(splitDatelineLead("PARIS, FRANCE -- x"), { dateline: { city: "PARIS", region: "FRANCE" }, rest: "x" });
});

split.run();
