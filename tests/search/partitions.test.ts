// Which search index holds which article pages (src/search/partitions.ts): a year each, the
// newest month apart.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { monthOfUrl, PARTITION_NAME, partitionByMonth, partitionGlob, partitionsOfUrls, samePages, searchPartitions } from "../../src/search/partitions.ts";

/** Month folders with their page counts. */
const counted = (entries: Record<string, number>) => new Map(Object.entries(entries));

const test = suite("search partitions");

test("a year each, newest first; the newest month has its own, named YYYY-MM", () => {
  assert.equal(searchPartitions(counted({ "2024/03": 5, "2026/11": 9, "2024/12": 1, "2025/01": 4, "2026/01": 2, "2026/10": 3 })), [
    { name: "2026-11", year: "2026", months: ["11"] },
    { name: "2026", year: "2026", months: ["01", "10"] },
    { name: "2025", year: "2025", months: ["01"] },
    { name: "2024", year: "2024", months: ["03", "12"] },
  ]);
});

test("a year whose only month is the newest has no year index yet; no months, no partitions", () => {
  assert.equal(searchPartitions(counted({ "2027/01": 3, "2026/12": 40 })), [
    { name: "2027-01", year: "2027", months: ["01"] },
    { name: "2026", year: "2026", months: ["12"] },
  ]);
  assert.equal(searchPartitions(new Map()), []);
});

test("from article URLs, counted by month; other pages have no month", () => {
  const urls = ["/2026/11/20/b/", "/2026/10/02/e/", "/comment-policy/", "/section/news/", "/20261/01/01/x/"];
  assert.equal(partitionsOfUrls(urls).map((partition) => partition.name), ["2026-11", "2026"]);
  assert.is(monthOfUrl("/2026/11/20/b/"), "2026/11");
  assert.is(monthOfUrl("/archive/"), undefined);
  assert.equal([...partitionByMonth(partitionsOfUrls(urls))], [["2026/11", "2026-11"], ["2026/10", "2026"]]);
  const busyYear = ["/2025/01/01/a/", "/2025/01/02/b/", "/2025/02/01/c/", "/2026/01/01/d/"];
  assert.equal(partitionsOfUrls(busyYear, 2).map((partition) => partition.name), ["2026-01", "2025-02", "2025-01"]);
});

test("a year of more than the limit is cut into runs of whole months, each within it unless a month alone is over", () => {
  const year = counted({ "2025/01": 400, "2025/02": 500, "2025/03": 300, "2025/04": 1200, "2025/05": 100, "2025/06": 200, "2026/01": 10 });
  assert.equal(searchPartitions(year, 1000), [
    { name: "2026-01", year: "2026", months: ["01"] },
    { name: "2025-05-06", year: "2025", months: ["05", "06"] },
    { name: "2025-04", year: "2025", months: ["04"] },
    { name: "2025-03", year: "2025", months: ["03"] },
    { name: "2025-01-02", year: "2025", months: ["01", "02"] },
  ]);
  assert.equal(searchPartitions(year, 3000).map((partition) => partition.name), ["2026-01", "2025"], "within the limit: the year whole");
  for (const { name } of searchPartitions(year, 1000)) assert.match(name, PARTITION_NAME);
});

test("the newest year is cut the same way, its newest month apart", () => {
  const names = searchPartitions(counted({ "2026/01": 600, "2026/02": 600, "2026/03": 50 }), 1000).map((partition) => partition.name);
  assert.equal(names, ["2026-03", "2026-02", "2026-01"]);
});

test("globs pick exactly the partition's month folders", () => {
  assert.is(partitionGlob({ year: "2026", months: ["11"] }), "2026/11/**/*.html");
  assert.is(partitionGlob({ year: "2026", months: ["01", "02", "10"] }), "2026/{01,02,10}/**/*.html");
});

test("the same pages: the same name and months", () => {
  const year = { name: "2026", year: "2026", months: ["09", "10"] };
  assert.ok(samePages(year, { ...year, months: ["09", "10"] }));
  assert.not.ok(samePages(year, { ...year, months: ["09", "10", "11"] }), "a month more (the month before joined the year)");
  assert.not.ok(samePages(year, { ...year, name: "2026-10" }), "another name");
});

test.run();
