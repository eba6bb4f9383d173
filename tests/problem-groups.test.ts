// What preview's problems page is made from (src/report.ts problemsPage): problems split into
// errors and warnings, grouped by source file, with the counts the page and its summary say.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { error, warning } from "../src/model/problem.ts";
import { problemsPage } from "../src/report.ts";

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
  assert.is(page.summary, "3 errors in 2 files, 3 warnings in 2 files");
  assert.equal(page.errors.files.map((file) => file.path), ["_data/site.ts", "content/articles/ferry.md"]);
  assert.equal(page.errors.files[1]!.problems.map((problem) => problem.field), ["date", "lead"]);
  assert.equal(page.warnings.files.map((file) => file.path), ["content/articles/notes.docx", "content/articles/tuna.md"]);
  assert.equal(page.warnings.files[1]!.problems, [
    { field: "updated", message: "is not later than the publication date, so no \"Updated\" line is shown" },
    { field: "byline", message: "\"..\" has no letter or digit to name anyone" },
  ]);
  assert.equal([page.errors.count, page.errors.said, page.warnings.count, page.warnings.said], [3, "3 errors in 2 files", 3, "3 warnings in 2 files"]);
});

groups("the summary reads as a sentence whatever is missing", () => {
  assert.is(problemsPage([]).summary, "No problems");
  assert.is(problemsPage([warning("a.md", "file", "x")]).summary, "No errors, 1 warning in 1 file");
  assert.is(problemsPage([error("a.md", "date", "x"), error("a.md", "body", "y")]).summary, "2 errors in 1 file, no warnings");
});

groups("control and direction characters in a path, field or message show as code points, as in the terminal", () => {
  const page = problemsPage([warning("content/articles/x\u202e.txt", "head\u0007line", "quotes \"\u202enimdA\u2066\"")]);
  assert.equal(page.warnings.files, [{ path: "content/articles/x<U+202E>.txt", problems: [{ field: "head<U+0007>line", message: "quotes \"<U+202E>nimdA<U+2066>\"" }] }]);
});

groups.run();
