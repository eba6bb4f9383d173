import { suite } from "uvu";
import * as assert from "uvu/assert";
import { zoneForDateline } from "../../src/model/zones.ts";

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

zones.run();
