// What preview's problems page is made from (src/report.ts problemsPage): problems split into
// errors and warnings, grouped by source file, with the counts the page and its summary say.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { error, warning } from "../src/model/problem.ts";
import { problemsPage } from "../src/report.ts";
import { pageLanguage } from "./helpers/page-language.ts";
import { makeTestSite } from "./helpers/test-site.ts";

const ui = pageLanguage(makeTestSite());

const groups = suite("problems grouped for the problems page");

groups("splits by severity, groups by file in path order, keeps each file's problems in the order found", () => {
  const page = problemsPage([
    warning("content/articles/tuna.md", "updated", "is not later than the publication date, so no \"Updated\" line is shown"),
    error("content/articles/ferry.md", "date", "\"next Tuesday\" is not a date Dateline reads; write it as 2019-04-02"),
    error("_data/site.ts", "comments.policyUrl", "no page in content/pages/ has the address /comment-policy/: add the comment policy page, or correct the setting"),
    error("content/articles/ferry.md", "lead", "figure has no credit: every picture must name its photographer or agency"),
    warning("content/articles/notes.docx", "file", "not an article source, ignored"),
    warning("content/articles/tuna.md", "byline", "\"..\" has no letter or digit to name anyone"),
  ]);
  assert.equal(page.errors.files.map((file) => file.path), ["_data/site.ts", "content/articles/ferry.md"]);
  assert.equal(page.errors.files[1]!.problems.map((problem) => problem.field), ["date", "lead"]);
  assert.equal(page.warnings.files.map((file) => file.path), ["content/articles/notes.docx", "content/articles/tuna.md"]);
  assert.equal(page.warnings.files[1]!.problems, [
    { field: "updated", message: "is not later than the publication date, so no \"Updated\" line is shown" },
    { field: "byline", message: "\"..\" has no letter or digit to name anyone" },
  ]);
  assert.equal([page.errors.count, page.errors.files.length, page.warnings.count, page.warnings.files.length], [3, 2, 3, 2]);
  assert.is(summary(page), "The sources have 3 errors in 2 files and 3 warnings in 2 files.");
});

/** The page's summary line as the English catalogue says it (templates/partials/problems-page.njk). */
function summary(page: ReturnType<typeof problemsPage>): string {
  const said = (kind: "errors" | "warnings") => ui.t("problems.inFiles", { kind, count: page[kind].count, files: page[kind].files.length });
  return ui.t("problems.summary", { errors: said("errors"), warnings: said("warnings") });
}

groups("the summary reads as a sentence whatever is missing", () => {
  assert.is(summary(problemsPage([warning("a.md", "file", "x")])), "The sources have no errors and 1 warning in 1 file.");
  assert.is(summary(problemsPage([error("a.md", "date", "x"), error("a.md", "body", "y")])), "The sources have 2 errors in 1 file and no warnings.");
  assert.is(ui.t("problems.none"), "No problems: every source was read without an error or a warning.");
});

groups("control and direction characters in a path, field or message show as code points, as in the terminal", () => {
  const page = problemsPage([warning("content/articles/x\u202e.txt", "head\u0007line", "quotes \"\u202enimdA\u2066\"")]);
  assert.equal(page.warnings.files, [{ path: "content/articles/x<U+202E>.txt", problems: [{ field: "head<U+0007>line", message: "quotes \"<U+202E>nimdA<U+2066>\"" }] }]);
});

groups.run();
