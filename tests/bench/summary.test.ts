import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { DatelineChildResult } from "../../bench/build-dateline.ts";
import type { PhaseTimes } from "../../bench/measure-phases.ts";
import type { OutputSize } from "../../bench/output-size.ts";
import { summarize, type BaselineRun, type DatelineRun } from "../../bench/summary.ts";

const size: OutputSize = { pages: 10, files: 20, bytes: 3000, largestPage: { path: "index.html", bytes: 500 } };
const phases: PhaseTimes = { readParse: 1, normalize: 0.5, collections: 0.25, published: 100, errors: [], warnings: 0 };

/** A Dateline build of `wallSeconds`, its phases a tenth of that each. */
function datelineRun(wallSeconds: number, maxRssKb = 102_400): DatelineRun {
  const tenth = wallSeconds / 10;
  const result: DatelineChildResult = { seconds: wallSeconds, maxRssKb, startup: tenth, prepare: tenth, renderWrite: tenth, after: tenth };
  return { wallSeconds, result, size };
}

const baseline: BaselineRun[] = [10, 12, 11].map((wallSeconds) => ({ wallSeconds, maxRssKb: 51_200, size }));
const settings = { articles: 100, images: false, sections: 5, repeat: 3 };
const later = {
  rebuild: [datelineRun(3), datelineRun(2), datelineRun(4)],
  newStory: [datelineRun(5, 204_800), datelineRun(4.4, 307_200), datelineRun(6, 102_400)],
  fullRebuild: [datelineRun(7), datelineRun(8), datelineRun(9)],
};

const summarizeSuite = suite("summarize");

summarizeSuite("a new story's publish: medians over the runs and the ratio to the baseline's build", () => {
  const line = summarize(phases, [datelineRun(20)], baseline, later, settings);
  assert.equal(line.newStory, { wallSeconds: 5, peakRssMb: 200, phases: { startup: 0.5, prepare: 0.5, renderWrite: 0.5, after: 0.5 }, ratio: 0.455 });
  // The other builds after the first keep their fields and meaning.
  assert.is(line.rebuild.wallSeconds, 3);
  assert.is(line.rebuild.ratio, 0.273);
  assert.is(line.fullRebuild.wallSeconds, 8);
  assert.equal(Object.keys(line).filter((key) => ["rebuild", "newStory", "fullRebuild"].includes(key)), ["rebuild", "newStory", "fullRebuild"]);
});

summarizeSuite("without the baseline, no ratio", () => {
  const line = summarize(phases, [datelineRun(20)], [], later, settings);
  assert.is(line.newStory.ratio, undefined);
  assert.is(line.newStory.wallSeconds, 5);
});

summarizeSuite.run();
