import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseDateline, splitDatelineLead } from "../../src/model/dateline.ts";
import type { Dateline } from "../../src/model/types.ts";
import { REGIONS } from "../../src/model/region-abbreviations.ts";
import { zoneForDateline } from "../../src/model/zones.ts";

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
  for (const text of ["", "   ", "I", "The minister said on Monday that talks would resume", "Beirut; Lebanon", "(Reuters)", "LONDON ()", "(Update) - LONDON"]) {
    assert.is(parseDateline(text), undefined, JSON.stringify(text));
  }
});

// Issue 19: agencies put the date inside the dateline. It only restates the publication date, so
// it is read past and dropped (the Dateline model has no date); it is never taken for a region.
parse("reads a date inside the dateline and drops it", () => {
  assert.equal(parseDateline("LONDON, March 5 (Reuters)"), { city: "LONDON", agency: "Reuters" });
  assert.equal(parseDateline("NEW DELHI, Jan. 12 (UPI)"), { city: "NEW DELHI", agency: "UPI" });
  assert.equal(parseDateline("PARIS, 5 mars 2026 (AFP)"), { city: "PARIS", agency: "AFP" });
  assert.equal(parseDateline("BEIRUT, Lebanon, June 2"), { city: "BEIRUT", region: "Lebanon" });
  assert.equal(parseDateline("TOKYO, Dec. 6 Kyodo"), { city: "TOKYO", agency: "Kyodo" });
  assert.equal(parseDateline("ATLANTA (AP) _"), { city: "ATLANTA", agency: "AP" });
  assert.equal(parseDateline("Berlin (dpa)"), { city: "Berlin", agency: "dpa" });
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

// Issue 19: datelines as the agencies' own style guides write them (see
// tests/fixtures/real/datelines/README.md for which guide gives which form).
const wire = suite("splitDatelineLead: agency forms");

const AGENCY_LEADS: [string, Dateline, string, string][] = [
  // [paragraph, dateline, rest, zone]
  ["LONDON, March 5 (Reuters) - Oil rose.", { city: "LONDON", agency: "Reuters" }, "Oil rose.", "Europe/London"],
  ["WASHINGTON, Nov 18 (Reuters) - The Senate met.", { city: "WASHINGTON", agency: "Reuters" }, "The Senate met.", "America/New_York"],
  ["SINGAPORE, Sept 3 (Reuters) - Shares fell.", { city: "SINGAPORE", agency: "Reuters" }, "Shares fell.", "Asia/Singapore"],
  ["BRUSSELS/LONDON, March 5 (Reuters) - Talks stalled.", { city: "BRUSSELS/LONDON", agency: "Reuters" }, "Talks stalled.", "Europe/Brussels"],
  ["NEW DELHI, Jan. 12 (UPI) -- Fog delayed trains.", { city: "NEW DELHI", agency: "UPI" }, "Fog delayed trains.", "Asia/Kolkata"],
  ["PARIS, 5 mars (AFP) - La grève continue.", { city: "PARIS", agency: "AFP" }, "La grève continue.", "Europe/Paris"],
  ["Paris, 5 mars 2026 (AFP) - La grève continue.", { city: "Paris", agency: "AFP" }, "La grève continue.", "Europe/Paris"],
  ["Berlin (dpa) - Die Regierung tagt.", { city: "Berlin", agency: "dpa" }, "Die Regierung tagt.", "Europe/Berlin"],
  ["Washington (dpa) - US officials met.", { city: "Washington", agency: "dpa" }, "US officials met.", "America/New_York"],
  ["San Diego (tca/dpa) - History says no.", { city: "San Diego", agency: "tca/dpa" }, "History says no.", "America/Los_Angeles"],
  ["Genf (dpa) - Die Gespräche beginnen.", { city: "Genf", agency: "dpa" }, "Die Gespräche beginnen.", "Europe/Zurich"],
  ["ATLANTA (AP) _ Luol Deng scored 30 points.", { city: "ATLANTA", agency: "AP" }, "Luol Deng scored 30 points.", "America/New_York"],
  ["CHATHAM, Mass. (AP) _ A lobster died.", { city: "CHATHAM", region: "Mass." , agency: "AP" }, "A lobster died.", "America/New_York"],
  ["ROME (ANSA) - The cabinet met.", { city: "ROME", agency: "ANSA" }, "The cabinet met.", "Europe/Rome"],
  ["(ANSA) - ROME, MARCH 5 - The cabinet met.", { city: "ROME", agency: "ANSA" }, "The cabinet met.", "Europe/Rome"],
  ["TOKYO, Dec. 6 (Kyodo) -- The yen slid.", { city: "TOKYO", agency: "Kyodo" }, "The yen slid.", "Asia/Tokyo"],
  ["TOKYO, Dec. 6 Kyodo - The yen slid.", { city: "TOKYO", agency: "Kyodo" }, "The yen slid.", "Asia/Tokyo"],
  ["Madrid, 5 mar (EFE).- El Gobierno aprobó.", { city: "Madrid", agency: "EFE" }, "El Gobierno aprobó.", "Europe/Madrid"],
  ["LAGOS (Reuters): Fuel queues grew.", { city: "LAGOS", agency: "Reuters" }, "Fuel queues grew.", "Africa/Lagos"],
  ["OTTAWA — The House rose.", { city: "OTTAWA" }, "The House rose.", "America/Toronto"],
  ["HALIFAX — Fog closed the port.", { city: "HALIFAX" }, "Fog closed the port.", "America/Halifax"],
  ["MONCTON, N.B. — The bridge reopened.", { city: "MONCTON", region: "N.B." }, "The bridge reopened.", "America/Moncton"],
  ["LONDON, Ont. — A storm hit.", { city: "LONDON", region: "Ont." }, "A storm hit.", "America/Toronto"],
  ["ST. JOHN'S, N.L. — The ferry sailed.", { city: "ST. JOHN'S", region: "N.L." }, "The ferry sailed.", "America/St_Johns"],
  ["PORTLAND, Maine (AP) — Lobstermen met.", { city: "PORTLAND", region: "Maine", agency: "AP" }, "Lobstermen met.", "America/New_York"],
  ["PORTLAND, Ore. (AP) — Rain fell.", { city: "PORTLAND", region: "Ore.", agency: "AP" }, "Rain fell.", "America/Los_Angeles"],
  ["RIO DE JANEIRO (AP) — Carnival began.", { city: "RIO DE JANEIRO", agency: "AP" }, "Carnival began.", "America/Sao_Paulo"],
  ["SAO PAULO (Reuters) - Coffee rose.", { city: "SAO PAULO", agency: "Reuters" }, "Coffee rose.", "America/Sao_Paulo"],
  ["MEXICO CITY (AP) — Voters queued.", { city: "MEXICO CITY", agency: "AP" }, "Voters queued.", "America/Mexico_City"],
  ["HONG KONG, March 5 (Reuters) - Stocks rose.", { city: "HONG KONG", agency: "Reuters" }, "Stocks rose.", "Asia/Hong_Kong"],
  ["KYIV, Ukraine (AP) — Sirens sounded.", { city: "KYIV", region: "Ukraine", agency: "AP" }, "Sirens sounded.", "Europe/Kyiv"],
  ["KIEV (Reuters) - Sirens sounded.", { city: "KIEV", agency: "Reuters" }, "Sirens sounded.", "Europe/Kyiv"],
  ["UNITED NATIONS (AP) — The council voted.", { city: "UNITED NATIONS", agency: "AP" }, "The council voted.", "America/New_York"],
  ["BEIRUT, Lebanon, June 2 — The outlook was uncertain.", { city: "BEIRUT", region: "Lebanon" }, "The outlook was uncertain.", "Asia/Beirut"],
  ["WASHINGTON—The Senate voted.", { city: "WASHINGTON" }, "The Senate voted.", "America/New_York"],
  ["SPRINGFIELD, Ill. (AP) — Lawmakers met.", { city: "SPRINGFIELD", region: "Ill.", agency: "AP" }, "Lawmakers met.", "America/Chicago"],
  ["JACKSON, Miss., Aug. 29 (AP) — Heat returned.", { city: "JACKSON", region: "Miss.", agency: "AP" }, "Heat returned.", "America/Chicago"],
];

for (const [paragraph, dateline, rest, zone] of AGENCY_LEADS) {
  wire(`reads ${JSON.stringify(paragraph.slice(0, 34))}… in ${zone}`, () => {
    const found = splitDatelineLead(paragraph);
    assert.equal(found, { dateline, rest });
    // A dateline found but not placed would still read the story's time in the site's zone.
    assert.is(zoneForDateline(found!.dateline, {}), zone);
  });
}

wire("does not take look-alikes for datelines", () => {
  const sentences = [
    // mixed case needs a known agency in parentheses and a known city or a region
    "Paris Hilton (center) - arrives at the gala.",
    "Apple (AAPL) - Shares rose after the report.",
    "Paris - the city of light - glowed.",
    "Berlin - so the minister said - will pay.",
    "The Mayor (AP) - said nothing.",
    "Atlantis (dpa) - No such place.",
    // capitals that are labels, headline prefixes and slugs, not places
    "NOTE — This story was updated.",
    "UPDATE 2-Oil prices rise on supply worries",
    "UPDATE 3-Oil prices rise",
    "EXCLUSIVE-Bank weighs sale",
    "BREAKING: Markets fall",
    "2ND LD-WRITETHRU Heat beat Hawks",
    "FACTBOX - What is at stake",
    "REFILE - Oil rises",
    "FILE PHOTO - A tanker at sea",
    "REUTERS - Oil rises",
    "WRAPUP 1-Leaders meet",
    // a colon or EFE's `.-` only after the agency's parenthesis
    "LONDON: The capital woke.",
    "MADRID.- El Gobierno aprobó.",
    // an agency before the city must be a known agency, and there is only one
    "(Update) - LONDON - Oil rises.",
    "(ANSA) - ROME (AP) - Oil rises.",
    // a shouted sentence is not a city
    "ONE TWO THREE FOUR FIVE — x",
    "COVID—19 cases rose.",
    // a lone unknown word in capitals is a ticker or a label, and a label's word opens no place
    "AAPL - Apple shares rose 2 percent.",
    "CEO — The chief executive resigned.",
    "BREAKING NEWS — The dam has burst.",
    "LIVE UPDATES — Follow the vote here.",
  ];
  for (const sentence of sentences) assert.is(splitDatelineLead(sentence), undefined, sentence);
});

wire("a town with its region may begin with a label's word; a bare unknown place of several words stands", () => {
  assert.equal(splitDatelineLead("LIVE OAK, Fla. (AP) — A sinkhole opened."), { dateline: { city: "LIVE OAK", region: "Fla.", agency: "AP" }, rest: "A sinkhole opened." });
  assert.equal(splitDatelineLead("ABOARD AIR FORCE ONE — The president said."), { dateline: { city: "ABOARD AIR FORCE ONE" }, rest: "The president said." });
  assert.equal(splitDatelineLead("GROSSETO, Italy — The ship sailed."), { dateline: { city: "GROSSETO", region: "Italy" }, rest: "The ship sailed." });
});

wire("a region spelled out or abbreviated picks the city there", () => {
  assert.is(zoneForDateline({ city: "LONDON", region: "Ont." }, {}), "America/Toronto");
  assert.is(zoneForDateline({ city: "LONDON", region: "Ontario" }, {}), "America/Toronto");
  assert.is(zoneForDateline({ city: "LONDON" }, {}), "Europe/London");
  assert.is(zoneForDateline({ city: "PORTLAND", region: "Maine" }, {}), "America/New_York");
  assert.is(zoneForDateline({ city: "PORTLAND", region: "Ore." }, {}), "America/Los_Angeles");
  assert.is(zoneForDateline({ city: "KANSAS CITY", region: "Kan." }, {}), "America/Chicago");
});

// Issue 20: a region's full stop is part of the region, not the end of the dateline, and a wire
// that drops it must still be read: every abbreviation, with and without it, as AP and CP write them.
wire("every state and province abbreviation, with or without its full stop, is the region and sets the zone", () => {
  for (const region of REGIONS) {
    for (const spelling of new Set(region.abbreviations.flatMap((name) => [name, name.replace(/\.$/, "")]))) {
      for (const paragraph of [`ZYZZYVILLE, ${spelling} (AP) — The water rose.`, `ZYZZYVILLE, ${spelling} — The water rose.`]) {
        const found = splitDatelineLead(paragraph);
        assert.equal(found?.dateline.region, spelling, paragraph);
        assert.is(found?.rest, "The water rose.", paragraph);
        assert.is(zoneForDateline(found!.dateline, {}), region.zone, paragraph);
      }
    }
  }
  assert.is(zoneForDateline(splitDatelineLead("LONDON, Ont (CP) — A storm hit.")!.dateline, {}), "America/Toronto");
});

wire.run();
