import { suite } from "uvu";
import * as assert from "uvu/assert";
import { REGIONS } from "../../src/model/region-abbreviations.ts";
import { isKnownCity, placeKey, zoneForDateline } from "../../src/model/zones.ts";

const zones = suite("zoneForDateline");

zones("finds cities written in capitals", () => {
  assert.is(zoneForDateline({ city: "BEIRUT", region: "Lebanon" }, {}), "Asia/Beirut");
  assert.is(zoneForDateline({ city: "TOKYO" }, {}), "Asia/Tokyo");
});

zones("picks the most populous city of a name, or the one in the region named", () => {
  assert.is(zoneForDateline({ city: "LONDON" }, {}), "Europe/London");
  assert.is(zoneForDateline({ city: "LONDON", region: "Ontario" }, {}), "America/Toronto");
  assert.is(zoneForDateline({ city: "SYDNEY", region: "Nova Scotia" }, {}), "America/Glace_Bay");
});

zones("the site's table wins, matched without regard to case", () => {
  assert.is(zoneForDateline({ city: "WASHINGTON" }, { Washington: "America/New_York" }), "America/New_York");
  assert.is(zoneForDateline({ city: "LONDON" }, { london: "America/Toronto" }), "America/Toronto");
});

zones("an unknown city has no zone", () => {
  assert.is(zoneForDateline({ city: "ATLANTIS" }, {}), undefined);
});

// Issue 19: the names wires write must find their zone, or the story's time is read in the site's.
zones("finds the names wires use for cities: aliases, no accents, St. for Saint", () => {
  const cases: [string, string][] = [
    ["NEW DELHI", "Asia/Kolkata"],
    ["RIO DE JANEIRO", "America/Sao_Paulo"],
    ["SAO PAULO", "America/Sao_Paulo"],
    ["SÃO PAULO", "America/Sao_Paulo"],
    ["MEXICO CITY", "America/Mexico_City"],
    ["HONG KONG", "Asia/Hong_Kong"],
    ["KYIV", "Europe/Kyiv"],
    ["KIEV", "Europe/Kyiv"],
    ["ST. JOHN'S", "America/St_Johns"],
    ["MONTREAL", "America/Montreal"],
    ["ZURICH", "Europe/Zurich"],
    ["WASHINGTON", "America/New_York"],
    ["TEL AVIV", "Asia/Jerusalem"],
    ["QUEBEC CITY", "America/Toronto"],
    ["KUWAIT CITY", "Asia/Kuwait"],
    ["UNITED NATIONS", "America/New_York"],
    ["MÜNCHEN", "Europe/Berlin"],
    ["Wien", "Europe/Vienna"],
    ["Genf", "Europe/Zurich"],
    ["ROMA", "Europe/Rome"],
    ["YANGON", "Asia/Rangoon"],
  ];
  for (const [city, zone] of cases) assert.is(zoneForDateline({ city }, {}), zone, city);
});

zones("AP state and CP province abbreviations pick the city in that region", () => {
  assert.is(zoneForDateline({ city: "LONDON", region: "Ont." }, {}), "America/Toronto");
  assert.is(zoneForDateline({ city: "PORTLAND", region: "Ore." }, {}), "America/Los_Angeles");
  assert.is(zoneForDateline({ city: "PORTLAND", region: "Maine" }, {}), "America/New_York");
  assert.is(zoneForDateline({ city: "VANCOUVER", region: "Wash." }, {}), "America/Los_Angeles");
  assert.is(zoneForDateline({ city: "VICTORIA", region: "B.C." }, {}), "America/Vancouver");
  assert.is(zoneForDateline({ city: "SAINT JOHN", region: "N.B." }, {}), "America/Moncton");
  assert.is(zoneForDateline({ city: "ST. JOHN'S", region: "Antigua" }, {}), "America/Antigua");
  assert.is(zoneForDateline({ city: "DUBLIN", region: "Ga." }, {}), "America/New_York");
  assert.is(zoneForDateline({ city: "ATHENS", region: "Greece" }, {}), "Europe/Athens");
});

zones("a town the table lacks takes its state's, province's or country's zone", () => {
  assert.is(zoneForDateline({ city: "CHATHAM", region: "Mass." }, {}), "America/New_York");
  assert.is(zoneForDateline({ city: "TRURO", region: "N.S." }, {}), "America/Halifax");
  assert.is(zoneForDateline({ city: "BEND", region: "Ore." }, {}), "America/Los_Angeles");
  assert.is(zoneForDateline({ city: "GROSSETO", region: "Italy" }, {}), "Europe/Rome");
  assert.is(zoneForDateline({ city: "ATLANTIS", region: "Nowhere" }, {}), undefined);
});

zones("the site's table is matched without accents or full stops, region first", () => {
  assert.is(zoneForDateline({ city: "WASHINGTON", region: "D.C." }, { "Washington, DC": "America/New_York" }), "America/New_York");
  assert.is(zoneForDateline({ city: "SÉTIF" }, { Setif: "Africa/Algiers" }), "Africa/Algiers");
});

zones("placeKey folds case, accents, full stops and Saint", () => {
  assert.is(placeKey("ST. JOHN’S"), placeKey("Saint John's"));
  assert.is(placeKey("SÃO PAULO"), "sao paulo");
});

zones("isKnownCity knows the table, the aliases and the extra cities", () => {
  for (const city of ["Berlin", "Washington", "Genf", "Quebec City", "sao paulo"]) assert.ok(isKnownCity(city), city);
  for (const city of ["Paris Hilton", "Apple", "The Mayor"]) assert.not.ok(isKnownCity(city), city);
});

/** Each way a region is written, and the same without its closing full stop (`Ont.`, `Ont`), as copy loses it. */
const REGION_SPELLINGS = REGIONS.flatMap((region) =>
  [...new Set([region.name, ...region.abbreviations].flatMap((name) => [name, name.replace(/\.$/, "")]))].map((spelling) => ({ spelling, region })),
);

// Issue 20: with a mutant, `LONDON, Ont.` fell back to London's own zone and no test noticed.
zones("every state and province abbreviation, with or without its full stop, dates a town the table lacks by the region's zone", () => {
  for (const { spelling, region } of REGION_SPELLINGS) {
    assert.is(zoneForDateline({ city: "ZYZZYVILLE", region: spelling }, {}), region.zone, `ZYZZYVILLE, ${spelling}`);
  }
});

zones("a region's abbreviation, with or without its full stop, outweighs a bigger city of the same name elsewhere", () => {
  const cases: [city: string, region: string, zone: string][] = [
    ["LONDON", "Ont.", "America/Toronto"],
    ["BIRMINGHAM", "Ala.", "America/Chicago"],
    ["CAMBRIDGE", "Mass.", "America/New_York"],
    ["PERTH", "Ont.", "America/Toronto"],
    ["DUBLIN", "Ga.", "America/New_York"],
    ["VANCOUVER", "Wash.", "America/Los_Angeles"],
    ["SYDNEY", "N.S.", "America/Glace_Bay"],
    ["MANCHESTER", "N.H.", "America/New_York"],
    ["KINGSTON", "Ont.", "America/Toronto"],
    ["ST. PETERSBURG", "Fla.", "America/New_York"],
    ["PARIS", "Ky.", "America/Kentucky/Louisville"],
    ["ALEXANDRIA", "Va.", "America/New_York"],
  ];
  for (const [city, region, zone] of cases) {
    assert.is.not(zoneForDateline({ city }, {}), zone, `${city} alone is elsewhere, so the region is what decides`);
    assert.is(zoneForDateline({ city, region }, {}), zone, `${city}, ${region}`);
    assert.is(zoneForDateline({ city, region: region.slice(0, -1) }, {}), zone, `${city}, ${region.slice(0, -1)}`);
  }
});

zones.run();
