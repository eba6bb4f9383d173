// mapWeighted: side by side within slots and a weight budget, results in order, failures reported.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mapWeighted } from "../src/map-weighted.ts";

const weighted = suite("mapWeighted");

/** Jobs that wait `ms` and record how many ran at once and how much weight. */
function tracker() {
  let running = 0;
  let load = 0;
  const peaks = { running: 0, load: 0 };
  const job = async (item: { name: string; weight: number; ms: number }) => {
    running += 1;
    load += item.weight;
    peaks.running = Math.max(peaks.running, running);
    peaks.load = Math.max(peaks.load, load);
    await new Promise((resolve) => setTimeout(resolve, item.ms));
    running -= 1;
    load -= item.weight;
    return item.name;
  };
  return { job, peaks };
}

weighted("light items run two at a time; results keep the items' order", async () => {
  const { job, peaks } = tracker();
  const items = [
    { name: "a", weight: 2, ms: 30 },
    { name: "b", weight: 2, ms: 5 },
    { name: "c", weight: 2, ms: 5 },
    { name: "d", weight: 2, ms: 5 },
  ];
  assert.equal(await mapWeighted(items, (item) => item.weight, { slots: 2, budget: 6 }, job), ["a", "b", "c", "d"]);
  assert.is(peaks.running, 2);
});

weighted("the budget keeps heavy items apart, and an item heavier than the budget runs alone", async () => {
  const { job, peaks } = tracker();
  const items = [
    { name: "a", weight: 4, ms: 10 },
    { name: "b", weight: 4, ms: 10 },
    { name: "huge", weight: 20, ms: 10 },
    { name: "c", weight: 1, ms: 10 },
  ];
  assert.equal(await mapWeighted(items, (item) => item.weight, { slots: 4, budget: 6 }, job), ["a", "b", "huge", "c"]);
  assert.is(peaks.running, 1, "4 + 4 > 6, and 20 alone");
  assert.is(peaks.load, 20);
});

weighted("a failing item is reported, after the others started", async () => {
  const started: string[] = [];
  const items = ["a", "bad", "c"];
  const run = mapWeighted(items, () => 1, { slots: 2, budget: 10 }, async (item) => {
    started.push(item);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (item === "bad") throw new Error("bad item");
    return item;
  });
  await run.then(
    () => assert.unreachable("it must fail"),
    (cause: Error) => assert.is(cause.message, "bad item"),
  );
  assert.equal(started, ["a", "bad", "c"]);
});

weighted.run();
