// Which search index holds which article pages (src/search/partitions.ts): a year each, the
// newest month apart.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { monthOfUrl, partitionByMonth, partitionGlob, partitionsOfUrls, samePages, searchPartitions } from "../../src/search/partitions.ts";

const test = suite("search partitions");

test("a year each, newest first; the newest month has its own, named YYYY-MM", () => {
  assert.equal(searchPartitions(["2024/03", "2026/11", "2024/12", "2025/01", "2026/01", "2026/10", "2026/11"]), [
    { name: "2026-11", year: "2026", months: ["11"] },
    { name: "2026", year: "2026", months: ["01", "10"] },
    { name: "2025", year: "2025", months: ["01"] },
    { name: "2024", year: "2024", months: ["03", "12"] },
  ]);
});

test("a year whose only month is the newest has no year index yet; no months, no partitions", () => {
  assert.equal(searchPartitions(["2027/01", "2026/12"]), [
    { name: "2027-01", year: "2027", months: ["01"] },
    { name: "2026", year: "2026", months: ["12"] },
  ]);
  assert.equal(searchPartitions([]), []);
});

test("from article URLs; other pages have no month", () => {
  const urls = ["/2026/11/20/b/", "/2026/10/02/e/", "/comment-policy/", "/section/news/", "/20261/01/01/x/"];
  assert.equal(partitionsOfUrls(urls).map((partition) => partition.name), ["2026-11", "2026"]);
  assert.is(monthOfUrl("/2026/11/20/b/"), "2026/11");
  assert.is(monthOfUrl("/archive/"), undefined);
  assert.equal([...partitionByMonth(partitionsOfUrls(urls))], [["2026/11", "2026-11"], ["2026/10", "2026"]]);
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
