// Preview's /_problems/ page and the banner on every preview page: errors first, grouped by source
// file with each problem's field and message (which says how to fix it), warnings folded below
// while there are errors, counts at the top, every string escaped; "No problems" when there are none.
import { load, type CheerioAPI } from "cheerio";
import { join, relative } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";
import { GOOD, HOSTILE_NAME, MIXED, newsroom, UNTIDY } from "../helpers/problem-newsroom.ts";

async function preview(content: string): Promise<{ problems: CheerioAPI; front: CheerioAPI; html: string }> {
  const site = await buildSite(content, { DATELINE_STRICT: "false" });
  const html = await site.read("/_problems/");
  return { problems: load(html), front: load(await site.read("/")), html };
}

/** The path a problem names: relative to the project, as the terminal report gives it. */
const shown = (content: string, name: string) => relative(process.cwd(), join(content, "articles", name));

/** Each file of a group: its path heading and its problems' field and message. */
function files($: CheerioAPI, group: string): { path: string; problems: [field: string, message: string][] }[] {
  return $(`${group} .problem-file`)
    .toArray()
    .map((file) => ({
      path: $(file).find("h3").text(),
      problems: $(file)
        .find("li.problem")
        .toArray()
        .map((item): [string, string] => [$(item).find(".problem__field").text(), $(item).find(".problem__message").text()]),
    }));
}

/** The main content's heading levels in document order. */
const headingLevels = ($: CheerioAPI) => $("main :header").map((_, heading) => Number(heading.tagName.slice(1))).get();

const page = suite("the problems page");

page("errors first, by file, then the warnings folded; counts at the top and in the banner; every string escaped", async () => {
  const content = await newsroom(MIXED);
  const { problems: $, front, html } = await preview(content);

  assert.is($("main h1").text(), "Source problems");
  assert.is($(".problems__summary").text(), "The sources have 4 errors in 2 files and 4 warnings in 2 files.");
  assert.equal(headingLevels($), [1, 2, 3, 3, 2, 3, 3], "headings in order, none skipped");
  assert.equal($("main section[id]").map((_, section) => $(section).attr("id")).get(), ["errors", "warnings"]);
  assert.is($("#errors h2").text(), "Errors: 4 errors in 2 files");
  assert.is($("#warnings h2").text(), "Warnings: 4 warnings in 2 files");

  // Errors, by path; in each file the problems in the order the build found them, each with its fix.
  const errors = files($, "#errors");
  assert.equal(errors.map((file) => file.path), [shown(content, "bus-shelters.md"), shown(content, "ferry-timetable.md")]);
  assert.equal(errors[0]!.problems, [["body", "the article has no text: an empty body is not published"]]);
  assert.equal(errors[1]!.problems.map(([field]) => field), ["date", "lead", "lead"]);
  assert.is(
    errors[1]!.problems[0]![1],
    '"<img src=x onerror=alert(1)>" is not a date Dateline reads; write it as 2019-04-02T09:30:00+03:00 (with offset), 2019-04-02 09:30 (local time in the article\'s zone) or 2019-04-02 (a calendar date)',
  );
  assert.match(errors[1]!.problems[1]![1], /picture file content\/media\/ferry\.jpg does not exist: add the file or correct the name/);
  assert.match(errors[1]!.problems[2]![1], /figure has no credit: every picture must name its photographer or agency/);

  // Warnings below, inside a closed <details>: there are errors to fix first.
  const fold = $("#warnings details.problems__fold");
  assert.is(fold.length, 1);
  assert.not.ok(fold.is("[open]"), "folded while there are errors");
  assert.is($("#warnings .problem-file").length, fold.find(".problem-file").length, "every warning is inside the fold");
  assert.ok(fold.find("summary").text().trim().length > 0, "the fold says what it holds");
  const warnings = files($, "#warnings");
  assert.equal(warnings.map((file) => file.path), [shown(content, HOSTILE_NAME), shown(content, "notes.docx")]);
  assert.equal(warnings[0]!.problems.map(([field]) => field), ["updated", "byline", "file"]);
  assert.match(warnings[0]!.problems[2]![1], /^the file name "<img src=x onerror=alert\(2\)>" cannot carry comments/);
  assert.equal(warnings[1]!.problems, [["file", "not an article source, ignored: sources end in .md, .json, .txt, .tst"]]);

  // Source text that looks like markup stays text: in the path and in the messages.
  assert.is($("img").length, 0);
  assert.is($("[onerror]").length, 0);
  assert.not.match(html, /<img src=x/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);

  // The banner says errors and warnings apart, each linking to its part of the page.
  const banner = front(".problems-banner");
  assert.match(banner.text().replace(/\s+/g, " "), /^ ?Preview: the sources have 4 errors and 4 warnings\. A production build stops on errors\. ?$/);
  assert.equal(banner.find("a").map((_, link) => [[front(link).text(), front(link).attr("href")]]).get(), [
    ["4 errors", "/_problems/#errors"],
    ["4 warnings", "/_problems/#warnings"],
  ]);
  assert.is($(".problems-banner a").first().attr("href"), "/_problems/#errors", "the problems page has the banner too");
});

page("warnings only: shown open, and the banner says a production build still publishes", async () => {
  const content = await newsroom({ "quay-reopens.md": GOOD, "tuna-catch.md": UNTIDY });
  const { problems: $, front } = await preview(content);
  assert.is($(".problems__summary").text(), "The sources have no errors and 2 warnings in 1 file.");
  assert.is($("#errors").length, 0);
  assert.equal(headingLevels($), [1, 2, 3]);
  assert.ok($("#warnings details.problems__fold").is("[open]"), "nothing above it to fix first");
  assert.equal(files($, "#warnings")[0]!.problems.map(([field]) => field), ["updated", "byline"]);
  const banner = front(".problems-banner");
  assert.match(banner.text().replace(/\s+/g, " "), /Preview: the sources have 2 warnings\. A production build still publishes\./);
  assert.equal(banner.find("a").map((_, link) => front(link).attr("href")).get(), ["/_problems/#warnings"]);
});

page("no problems: a plain page saying so, and no banner", async () => {
  const content = await newsroom({ "quay-reopens.md": GOOD });
  const { problems: $, front } = await preview(content);
  assert.is($("main h1").text(), "Source problems");
  assert.match($(".problems__summary").text(), /^No problems/);
  assert.equal([$("#errors").length, $("#warnings").length, $(".problem").length], [0, 0, 0]);
  assert.is(front(".problems-banner").length, 0);
  assert.is($(".problems-banner").length, 0);
});

page.run();
