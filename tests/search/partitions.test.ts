// Which search index holds which article pages (src/search/partitions.ts): a year each, the
// newest month apart.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { monthOfUrl, PARTITION_NAME, partitionByMonth, partitionGlob, partitionsOfUrls, pagesPerIndex, samePages, searchPartitions } from "../../src/search/partitions.ts";

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

test("a year of more than the limit is cut into as few runs of whole months as the limit allows, as even as months allow, a month over it alone", () => {
  const year = counted({ "2025/01": 400, "2025/02": 500, "2025/03": 300, "2025/04": 1200, "2025/05": 100, "2025/06": 200, "2026/01": 10 });
  // Four runs are the fewest within 1,000 (January and February together would leave March
  // with May and June: 900, 300, 1,200, 300); cut evenly, the largest run of several months is
  // 800 pages, not 900.
  assert.equal(searchPartitions(year, 1000), [
    { name: "2026-01", year: "2026", months: ["01"] },
    { name: "2025-05-06", year: "2025", months: ["05", "06"] },
    { name: "2025-04", year: "2025", months: ["04"] },
    { name: "2025-02-03", year: "2025", months: ["02", "03"] },
    { name: "2025-01", year: "2025", months: ["01"] },
  ]);
  assert.equal(searchPartitions(year, 3000).map((partition) => partition.name), ["2026-01", "2025"], "within the limit: the year whole");
  for (const { name } of searchPartitions(year, 1000)) assert.match(name, PARTITION_NAME);
});

test("the newest year is cut the same way, its newest month apart", () => {
  const names = searchPartitions(counted({ "2026/01": 600, "2026/02": 600, "2026/03": 50 }), 1000).map((partition) => partition.name);
  assert.equal(names, ["2026-03", "2026-02", "2026-01"]);
});

/** Five years of `perMonth` articles a month, to November 2026, as the benchmark's newsroom spreads them. */
function archive(perMonth: number): Map<string, number> {
  const months = new Map<string, number>();
  for (let year = 2021; year <= 2026; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      if ((year === 2021 && month < 12) || (year === 2026 && month > 11)) continue;
      months.set(`${year}/${String(month).padStart(2, "0")}`, perMonth);
    }
  }
  return months;
}

test("an archive of up to 25,000 article pages: indexes of at most 1,500 pages, so a correction to an older story re-indexes no more than that", () => {
  assert.is(pagesPerIndex(25_000), 1_500);
  assert.is(pagesPerIndex(25_001), 5_000);
  // About 10,000 articles: 170 a month, years of 2,040 pages, each cut in two halves.
  const partitions = searchPartitions(archive(170));
  assert.equal(
    partitions.map((partition) => partition.name),
    ["2026-11", "2026-06-10", "2026-01-05", "2025-07-12", "2025-01-06", "2024-07-12", "2024-01-06", "2023-07-12", "2023-01-06", "2022-07-12", "2022-01-06", "2021"],
  );
  assert.ok(partitions.every((partition) => partition.months.length * 170 <= 1_020));
});

test("a larger archive: indexes of at most 5,000 pages, for Pagefind's memory", () => {
  // About 100,000 articles: 1,700 a month, so two months an index.
  const partitions = searchPartitions(archive(1_700));
  assert.equal(partitions.filter((partition) => partition.year === "2025").map((partition) => partition.name), ["2025-11-12", "2025-09-10", "2025-07-08", "2025-05-06", "2025-03-04", "2025-01-02"]);
  assert.is(partitions.length, 31);
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
