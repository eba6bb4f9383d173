// Which zone a dateline's time is read in, rule by rule, through zoneForDateline as normalize calls
// it: the site's own table (_data/zones, a newsroom's corrections), then the city table.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isKnownCity, placeKey, zoneForDateline } from "../../src/model/zones.ts";

const zones = suite("zone rules");

zones("the site's table: a city with its region first, then the city alone, whatever region the dateline gives", () => {
  // The Navajo Nation keeps daylight saving time, the rest of Arizona does not: an AP story from
  // `WINDOW ROCK, Ariz.` is on Denver's clock, which only the site's table can say.
  const navajo = { "Window Rock, Ariz.": "America/Denver" };
  assert.is(zoneForDateline({ city: "WINDOW ROCK", region: "Ariz." }, navajo), "America/Denver");
  assert.is(zoneForDateline({ city: "WINDOW ROCK", region: "Ariz." }, {}), "America/Phoenix");
  // Kashgar keeps Xinjiang time by custom; the city table says Asia/Kashgar. A newsroom that
  // lists the city alone gets it for `KASHGAR, China (AP)` too.
  assert.is(zoneForDateline({ city: "KASHGAR", region: "China" }, { Kashgar: "Asia/Urumqi" }), "Asia/Urumqi");
  assert.is(zoneForDateline({ city: "KASHGAR", region: "China" }, {}), "Asia/Kashgar");
});

zones("a town the table lacks, in a country of several zones, takes its most populous city's", () => {
  // AP: `BROTAS, Brazil` (a town in São Paulo state); Brazil's biggest city is São Paulo.
  assert.not.ok(isKnownCity("BROTAS"));
  assert.is(zoneForDateline({ city: "BROTAS", region: "Brazil" }, {}), "America/Sao_Paulo");
});

zones("a place the table holds without a zone (an Antarctic station) has no zone, never null", () => {
  // AP datelines the Chilean base `CAPITAN ARTURO PRAT STATION, Antarctica`: the city table lists
  // it with no zone, so the story keeps the site's.
  assert.is(zoneForDateline({ city: "CAPITAN ARTURO PRAT STATION", region: "Antarctica" }, {}), undefined);
  assert.is(zoneForDateline({ city: "CAPITAN ARTURO PRAT STATION" }, {}), undefined);
  assert.not.ok(isKnownCity("Capitan Arturo Prat Station"));
});

zones("the cities the site adds to the table are found by name alone", () => {
  // AP: `FORT WORTH, Texas (AP)`, often shortened to `FORT WORTH (AP)` in sports copy; the city
  // table lacks Fort Worth, so city-aliases.ts adds it.
  assert.ok(isKnownCity("Fort Worth"));
  assert.is(zoneForDateline({ city: "FORT WORTH" }, {}), "America/Chicago");
});

zones("placeKey: Sainte is Ste, and spaces around a name do not count", () => {
  // Canadian Press writes `STE-ANNE-DES-MONTS, Que.`; the city table spells Sainte out.
  assert.is(placeKey("SAINTE-ANNE-DES-MONTS"), placeKey("Ste-Anne-des-Monts"));
  assert.is(placeKey("Sainte-Anne-des-Monts"), "ste-anne-des-monts");
  // Copy that drops the space after the full stop (`ST.LOUIS (AP) —`) still names St. Louis.
  assert.is(placeKey("ST.LOUIS"), placeKey("St. Louis"));
  assert.is(zoneForDateline({ city: "ST.LOUIS" }, {}), "America/Chicago");
  // A site's table typed by hand: `" Sao Paulo "` is São Paulo.
  assert.is(placeKey("  São Paulo "), "sao paulo");
});

zones.run();
