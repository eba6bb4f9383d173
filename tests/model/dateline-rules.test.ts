// The dateline rules one by one, each side of their limits, through parseDateline (a field that is
// a dateline) and splitDatelineLead (a paragraph of wire copy). Every paragraph is in an agency's
// own dateline form (AP, Reuters, UPI, dpa, ANSA, Canadian Press, Dow Jones): see the comments.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseDateline, splitDatelineLead } from "../../src/model/dateline.ts";
import type { Dateline } from "../../src/model/types.ts";

const whole = suite("parseDateline rules");

const FIELDS: [text: string, expected: Dateline | undefined, why: string][] = [
  // Two letters make a place (Ii is a Finnish municipality); one does not.
  ["Ii, Finland", { city: "Ii", region: "Finland" }, "a two-letter town, as a ninjs `located` field gives it"],
  ["I", undefined, "a pronoun"],
  // ANSA English puts the agency first; there is then no second agency.
  ["(ANSA) - ROME, MARCH 5", { city: "ROME", agency: "ANSA" }, "ANSA English"],
  ["(ANSA) - ROME (AP)", undefined, "two agencies"],
  ["(Update) - LONDON", undefined, "a label in the agency's place"],
  // A city name is at most 40 characters: Reuters' multi-bureau datelines reach it.
  ["SAN FRANCISCO/LOS ANGELES/SAN BERNARDINO", { city: "SAN FRANCISCO/LOS ANGELES/SAN BERNARDINO" }, "40 characters"],
  ["SAN FRANCISCO/LOS ANGELES/SAN LUIS OBISPO", undefined, "41 characters"],
  // A space inside the parentheses is not part of the agency's name.
  ["LONDON (Reuters )", { city: "LONDON", agency: "Reuters" }, "a stray space before the parenthesis"],
];

for (const [text, expected, why] of FIELDS) {
  whole(`${why}: ${JSON.stringify(text)}`, () => {
    assert.equal(parseDateline(text), expected);
  });
}

whole.run();

const lead = suite("splitDatelineLead rules");

const FOUND: [paragraph: string, dateline: Dateline, rest: string, why: string][] = [
  // IPTC 7901 and ANPA wire copy indents each paragraph.
  ["   LONDON (Reuters) - Oil rose.", { city: "LONDON", agency: "Reuters" }, "Oil rose.", "an indented wire paragraph"],
  ["LONDON (Reuters ) - Oil rose.", { city: "LONDON", agency: "Reuters" }, "Oil rose.", "a stray space before the parenthesis"],
  // A city in capitals of three letters is a place (AP's `AYR, Scotland`).
  ["AYR, Scotland — The course reopened.", { city: "AYR", region: "Scotland" }, "The course reopened.", "three letters"],
  // A single unknown word is placed by a date or an agency alone (AP: `SHANKSVILLE, Pa.`).
  ["SHANKSVILLE, Sept. 11 — Bells tolled.", { city: "SHANKSVILLE" }, "Bells tolled.", "placed by its date"],
  ["SHANKSVILLE (AP) — Bells tolled.", { city: "SHANKSVILLE", agency: "AP" }, "Bells tolled.", "placed by its agency"],
  // Two words in capitals are a place even unknown to the tables (AP's `TWENTYNINE PALMS, Calif.`).
  ["TWENTYNINE PALMS — Marines trained.", { city: "TWENTYNINE PALMS" }, "Marines trained.", "two unknown words"],
  // Reuters' multi-bureau dateline: the city may have 40 characters.
  ["SACRAMENTO/SAN FRANCISCO/SAN LUIS OBISPO (Reuters) - Fires spread.", { city: "SACRAMENTO/SAN FRANCISCO/SAN LUIS OBISPO", agency: "Reuters" }, "Fires spread.", "a city of 40 characters"],
  // The dateline (city, region, agency, with `, ` and ` ()` between) may have 60 characters.
  [
    "CONSELHEIRO LAFAIETE, Minas Gerais (Deutsche Presse-Agentur) — The dam held.",
    { city: "CONSELHEIRO LAFAIETE", region: "Minas Gerais", agency: "Deutsche Presse-Agentur" },
    "The dam held.",
    "60 characters with a region and an agency",
  ],
  [
    // Reuters' multi-bureau form with the country in full, no agency.
    "BOSANSKA KRUPA/BANJA LUKA/SREBRENICA, Bosnia and Herzegovina — Floods cut the roads.",
    { city: "BOSANSKA KRUPA/BANJA LUKA/SREBRENICA", region: "Bosnia and Herzegovina" },
    "Floods cut the roads.",
    "60 characters with a region",
  ],
  [
    "LOGY BAY-MIDDLE COVE-OUTER COVE (United Press International) — Ice closed the harbour.",
    { city: "LOGY BAY-MIDDLE COVE-OUTER COVE", agency: "United Press International" },
    "Ice closed the harbour.",
    "60 characters with an agency",
  ],
];

for (const [paragraph, dateline, rest, why] of FOUND) {
  lead(`${why}: ${JSON.stringify(paragraph.slice(0, 40))}…`, () => {
    assert.equal(splitDatelineLead(paragraph), { dateline, rest });
  });
}

lead("the length limits are the limits: 60 for the dateline, 40 for its city", () => {
  const length = (city: string, region?: string, agency?: string) => city.length + (region ? region.length + 2 : 0) + (agency ? agency.length + 3 : 0);
  assert.is(length("CONSELHEIRO LAFAIETE", "Minas Gerais", "Deutsche Presse-Agentur"), 60);
  assert.is(length("LOGY BAY-MIDDLE COVE-OUTER COVE", undefined, "United Press International"), 60);
  assert.is(length("BOSANSKA KRUPA/BANJA LUKA/SREBRENICA", "Bosnia and Herzegovina"), 60);
  assert.is(length("PRESIDENCIA ROQUE SAENZ PENA", "Argentina", "Noticias Argentinas"), 61);
  assert.is(length("LOGY BAY-MIDDLE COVE-OUTER COVE", undefined, "Australian Associated Press"), 61);
  assert.is("SACRAMENTO/SAN FRANCISCO/SAN LUIS OBISPO".length, 40);
  assert.is("SACRAMENTO/SAN FRANCISCO/SANTA ANA/FRESNO".length, 41);
});

const REFUSED: [paragraph: string, why: string][] = [
  ["PRESIDENCIA ROQUE SAENZ PENA, Argentina (Noticias Argentinas) — The river rose.", "61 characters with a region and an agency"],
  ["LOGY BAY-MIDDLE COVE-OUTER COVE (Australian Associated Press) — Ice closed the harbour.", "61 characters with an agency"],
  ["SACRAMENTO/SAN FRANCISCO/SANTA ANA/FRESNO (Reuters) - Fires spread.", "a city of 41 characters"],
  // Two letters in capitals are a label (`UN -`, `EU -`), even with a region after them.
  ["II, Finland — Snow fell.", "two letters in capitals"],
  // An agency's own name is not a place (Canadian Press copy opens with its credit).
  ["THE CANADIAN PRESS — Flights resumed.", "an agency's name in capitals"],
  // A photo caption: a known city's name, but what follows in parentheses is no agency.
  ["Victoria (centre) - arrives at the premiere.", "a caption naming a person"],
  // An em dash run into the next word only after a city in capitals (Dow Jones' `WASHINGTON—The`).
  ["Berlin (dpa)—Die Regierung tagt.", "mixed case with a run-in em dash"],
];

for (const [paragraph, why] of REFUSED) {
  lead(`refuses ${why}: ${JSON.stringify(paragraph.slice(0, 40))}…`, () => {
    assert.is(splitDatelineLead(paragraph), undefined);
  });
}

lead("a lone unknown word in capitals needs a region, date or agency to be a place", () => {
  assert.is(splitDatelineLead("SHANKSVILLE — Bells tolled."), undefined);
});

lead.run();
