// A newsroom with broken sources: production builds stop, preview builds the rest and shows why.
import { load } from "cheerio";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";

const BROKEN = "tests/fixtures/newsroom";

const strict = suite("strict build");

strict("stops with the report when any source has an error", async () => {
  const log: string[] = [];
  try {
    await buildSite(BROKEN, {}, log);
    assert.unreachable("a strict build with errors must fail");
  } catch (error) {
    if (error instanceof assert.Assertion) throw error;
    const messages = [error as Error, (error as { cause?: Error }).cause].map((e) => e?.message ?? "").join(" ");
    assert.match(messages, /The build stopped on 8 errors in the sources \(strict mode; the report above lists them\)/);
  }
  const report = log.join("\n");
  assert.match(report, /^Dateline: 10 sources read, 1 published, 2 held back, 7 rejected; 8 errors, 1 warning\./);
  assert.match(report, /tests\/fixtures\/newsroom\/articles\/broken-yaml.md: front matter: the YAML cannot be read at line 4, column \d+ of the file/);
});

strict.run();

const preview = suite("preview build");

preview("builds the good article, leaves the broken ones out, and lists every problem", async () => {
  const site = await buildSite(BROKEN, { DATELINE_STRICT: "false" });
  const article = load(await site.read("/2026/11/20/quay-reopens-after-repairs/"));
  assert.is(article(".dateline").text(), "VALLETTA, Malta —");
  assert.is(article(".article__published time").attr("datetime"), "2026-11-20T09:00:00+01:00");
  const front = load(await site.read("/"));
  assert.equal(front("main a[href^='/2026/']").map((_, link) => front(link).attr("href")).get(), ["/2026/11/20/quay-reopens-after-repairs/"]);
  assert.match(front(".problems-banner").text(), /the sources have 8 errors and 1 warning/);
  assert.equal(front(".problems-banner a").map((_, link) => front(link).attr("href")).get(), ["/_problems/#errors", "/_problems/#warnings"]);
  // Each problem under the heading of its file: "<file>: <field>: <message>".
  const $ = load(await site.read("/_problems/"));
  const problems = $(".problem-file")
    .toArray()
    .flatMap((file) => $(file).find("li.problem").toArray().map((item) => `${$(file).find("h3").text()}: ${$(item).text()}`));
  for (const expected of ["broken-yaml.md: front matter", "empty-body.md: body", "no-credit.md: body: figure has no credit", "latin1.txt: file: is not UTF-8", "quay-reopens.md: slug: the article \"Quay reopens after repairs\" claims /2026/11/20/quay-reopens-after-repairs/"]) {
    assert.ok(problems.some((line) => line.includes(expected)), expected);
  }
});

preview.run();
