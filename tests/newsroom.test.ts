import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatProblem } from "../src/model/problem.ts";
import { loadNewsroom } from "../src/newsroom.ts";
import { formatReport } from "../src/report.ts";
import siteSettings from "../_data/site.ts";
import { checkSite } from "../src/site.ts";

const newsroom = await loadNewsroom({
  contentDir: "tests/fixtures/newsroom",
  root: process.cwd(),
  site: checkSite(siteSettings),
  now: DateTime.fromISO("2026-11-25T12:00:00Z"),
});
const problems = newsroom.problems.map(formatProblem);
const problemFor = (file: string) => problems.filter((line) => line.startsWith(`tests/fixtures/newsroom/articles/${file}:`));

const load = suite("loadNewsroom on a folder of good and bad sources");

load("publishes the good article and only it", () => {
  assert.equal(newsroom.articles.map((article) => article.url), ["/2026/11/20/quay-reopens-after-repairs/"]);
  assert.is(newsroom.articles[0]!.source.path, "tests/fixtures/newsroom/articles/more/quay-reopens.txt");
});

load("every source ends as exactly one of published, held or rejected", () => {
  assert.is(newsroom.read, 10);
  assert.is(newsroom.articles.length + newsroom.held.length + newsroom.rejected.length, newsroom.read);
  assert.equal(newsroom.held.map((item) => item.path), ["tests/fixtures/newsroom/articles/airport-snow-picture.json", "tests/fixtures/newsroom/articles/tomorrow.md"]);
  assert.match(newsroom.held[0]!.reason, /ninjs type "picture" is not an article/);
});

load("malformed YAML names the file and line", () => {
  assert.equal(problemFor("broken-yaml.md").length, 1);
  assert.match(problemFor("broken-yaml.md")[0]!, /front matter: the YAML cannot be read at line 4, column 23 of the file: Flow sequence in block collection must be sufficiently indented and end with a \]$/);
});

load("an empty body, a figure without credit and an unknown date are each an error", () => {
  assert.match(problemFor("empty-body.md").join("\n"), /body: the article has no text/);
  assert.match(problemFor("no-credit.md").join("\n"), /body: figure has no credit/);
  assert.match(problemFor("odd-date.md").join("\n"), /date: "the twentieth of November" is not a date Dateline reads/);
});

load("binary and non-UTF-8 files are named and explained", () => {
  assert.match(problemFor("picture-in-wrong-folder.txt").join("\n"), /file: is a binary file/);
  assert.match(problemFor("latin1.txt").join("\n"), /file: is not UTF-8 text/);
});

load("a second source claiming a URL is rejected, naming the first in path order", () => {
  assert.equal(problemFor("more/quay-reopens.txt"), []);
  assert.equal(problemFor("quay-reopens.md"), [
    "tests/fixtures/newsroom/articles/quay-reopens.md: slug: claims /2026/11/20/quay-reopens-after-repairs/, which tests/fixtures/newsroom/articles/more/quay-reopens.txt already has: give one of them another slug",
  ]);
});

load("a file that is no source format is a warning, not read as one", () => {
  assert.equal(problemFor("notes.docx"), [
    "tests/fixtures/newsroom/articles/notes.docx: file: not an article source, ignored: sources end in .md, .json, .txt, .tst",
  ]);
  assert.ok(newsroom.problems.some((problem) => problem.path.endsWith("notes.docx") && problem.severity === "warning"));
});

load("the report counts every outcome and lists each problem", () => {
  const report = formatReport(newsroom);
  assert.match(report, /^Dateline: 10 sources read, 1 published, 2 held back, 7 rejected; \d+ errors, 1 warning\./);
  assert.match(report, /held back {2}tests\/fixtures\/newsroom\/articles\/tomorrow.md: scheduled for 2026-11-26T06:00:00/);
  for (const line of problems) assert.ok(report.includes(line), line);
});

load.run();
