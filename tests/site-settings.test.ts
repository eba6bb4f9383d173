import { suite } from "uvu";
import * as assert from "uvu/assert";
import siteSettings from "../_data/site.ts";
import { buildMode, buildTime } from "../src/eleventy/prepare-newsroom.ts";
import { checkSite, type Site } from "../src/site.ts";

const settings = suite("checkSite");

settings("the sample site's settings pass", () => {
  assert.is(checkSite(siteSettings).zone, "Europe/London");
});

settings("each mistake names the setting and the fix", () => {
  const broken = (change: Partial<Site>) => () => checkSite({ ...siteSettings, ...change });
  assert.throws(broken({ zone: "GMT+2" }), /_data\/site.ts: zone: "GMT\+2" is not an IANA time zone/);
  assert.throws(broken({ lang: "english!" }), /_data\/site.ts: lang: "english!" is not a BCP 47 language tag/);
  assert.throws(broken({ url: "https://news.example.com/" }), /_data\/site.ts: url: .* no path or trailing slash/);
  assert.throws(broken({ defaultSection: "sport" }), /_data\/site.ts: defaultSection: "sport" is not one of the sections \(news, world/);
  assert.throws(broken({ datelineZones: { Gotham: "Gotham/Central" } }), /_data\/site.ts: datelineZones.Gotham: "Gotham\/Central" is not an IANA time zone/);
});

settings("picture settings: widths narrowest first, formats ending in one fallback, a pixel limit", () => {
  const images = (change: Partial<Site["images"]>) => () => checkSite({ ...siteSettings, images: { ...siteSettings.images, ...change } });
  assert.throws(images({ widths: [640, 320] }), /_data\/site.ts: images.widths: must be whole numbers of pixels, narrowest first/);
  assert.throws(images({ widths: [] }), /images.widths/);
  assert.throws(images({ formats: ["avif", "gif" as never] }), /_data\/site.ts: images.formats: must list formats from avif, webp, jpeg, png, auto once each/);
  assert.throws(images({ formats: ["auto", "webp"] }), /images.formats: must end with the one fallback every browser shows/);
  assert.throws(images({ formats: ["jpeg", "webp", "auto"] }), /images.formats: must end with the one fallback/);
  assert.throws(images({ maxPixels: 0 }), /images.maxPixels: must be a whole number of pixels/);
  assert.equal(checkSite({ ...siteSettings, images: { widths: [480], formats: ["webp", "jpeg"], maxPixels: 1_000_000 } }).images.formats, ["webp", "jpeg"]);
});

settings.run();

const mode = suite("buildMode and buildTime");

mode("production builds are strict, preview is not, and the environment can say otherwise", () => {
  assert.is(buildMode("build", {}), "strict");
  assert.is(buildMode("serve", {}), "preview");
  assert.is(buildMode("watch", {}), "preview");
  assert.is(buildMode("build", { DATELINE_STRICT: "false" }), "preview");
  assert.is(buildMode("serve", { DATELINE_STRICT: "true" }), "strict");
});

mode("DATELINE_NOW fixes the build time, keeping its offset; nonsense is refused", () => {
  assert.is(buildTime({ DATELINE_NOW: "2026-11-25T12:00:00+02:00" }).toISO(), "2026-11-25T12:00:00.000+02:00");
  assert.throws(() => buildTime({ DATELINE_NOW: "tomorrow" }), /DATELINE_NOW: "tomorrow" is not an ISO 8601 time/);
});

mode.run();
