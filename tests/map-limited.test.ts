// Many files, a few open at a time.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mapLimited } from "../src/map-limited.ts";

const limited = suite("mapLimited");

limited("never runs more than the limit at once, and keeps the order of the items", async () => {
  let running = 0;
  let most = 0;
  const items = Array.from({ length: 500 }, (_, index) => index);
  const results = await mapLimited(items, 16, async (item) => {
    running++;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, item % 3));
    running--;
    return item * 2;
  });
  assert.is(most, 16);
  assert.equal(results, items.map((item) => item * 2));
});

limited("no items, no work", async () => {
  assert.equal(await mapLimited([], 8, async () => 1), []);
});

limited.run();
