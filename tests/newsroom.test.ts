import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatProblem } from "../src/model/problem.ts";
import { loadNewsroom } from "../src/newsroom.ts";
import { formatReport } from "../src/report.ts";
import siteSettings from "../_data/site.ts";
import { checkSite } from "../src/site.ts";
import { linkedContent, SECRET } from "./helpers/linked-content.ts";
import { NormalizeMemo } from "../src/model/normalize-memo.ts";

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
    'tests/fixtures/newsroom/articles/quay-reopens.md: slug: the article "Quay reopens after repairs" claims /2026/11/20/quay-reopens-after-repairs/, which the article "Quay reopens after repairs, a wire version" (tests/fixtures/newsroom/articles/more/quay-reopens.txt, slug) already has: it is left out; rename one of them',
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

// Issue 20: hostile and broken input never stops, poisons or leaks a newsroom's publishing.
const linked = await linkedContent();
const hostile = await loadNewsroom({ contentDir: linked.dir, root: process.cwd(), site: checkSite(siteSettings), now: DateTime.fromISO("2026-11-25T12:00:00Z") });
const hostileProblems = (file: string) => hostile.problems.filter((problem) => problem.path.endsWith(`/hostile-paths-copy/${file}`) || problem.path.endsWith(`/content/${file}`));

const barrier = suite("loadNewsroom: one hostile source can only fail itself");

barrier("the ordinary story publishes beside sources built to break the build", () => {
  assert.ok(hostile.articles.some((article) => article.headline === "Harbour reopens after repairs"));
  assert.is(hostile.articles.length + hostile.held.length + hostile.rejected.length, hostile.read);
});

barrier("3,000 nested divs in Markdown or in ninjs body_html end that source alone, published or rejected by name", () => {
  // Once a stack overflow that stopped every build; html-blocks.ts now bounds the walk, and the
  // barrier in parse-source.ts rejects the source should any walk overflow (tests/sources/parse-source.test.ts).
  for (const file of ["articles/nested-divs.md", "articles/nested-divs-wire.json"]) {
    const published = hostile.articles.some((article) => article.source.path.endsWith(file));
    const rejected = hostile.rejected.some((path) => path.endsWith(file)) && hostileProblems(file).some((problem) => problem.severity === "error");
    assert.ok(published !== rejected, `${file}: ${JSON.stringify(hostileProblems(file))}`);
  }
});

barrier("whatever the model throws on one source rejects that source alone, naming it", async () => {
  // A memo stands in for the model here: no source is known to make normalize throw, which is the point.
  class ThrowingModel extends NormalizeMemo {
    override normalize(...args: Parameters<NormalizeMemo["normalize"]>): ReturnType<NormalizeMemo["normalize"]> {
      if (args[0].headline === "Harbour reopens after repairs") throw new TypeError("Cannot read properties of undefined (reading 'zone')");
      return super.normalize(...args);
    }
  }
  const room = await loadNewsroom({ contentDir: linked.dir, root: process.cwd(), site: checkSite(siteSettings), now: DateTime.fromISO("2026-11-25T12:00:00Z"), memo: new ThrowingModel() });
  const said = room.problems.filter((problem) => problem.path.endsWith("articles/plain-story.md")).map(formatProblem);
  assert.equal(said.length, 1, said.join("\n"));
  assert.match(said[0]!, /plain-story\.md: file: modelling this article failed \(TypeError: Cannot read properties of undefined \(reading 'zone'\)\): the source is left out/);
  assert.ok(room.rejected.some((path) => path.endsWith("articles/plain-story.md")));
  assert.is(room.articles.length, hostile.articles.length - 1, "every other article still publishes");
});

barrier("a YAML alias bomb and an alias with no anchor are each a problem that says what to do", () => {
  assert.match(hostileProblems("articles/alias-bomb.md").map(formatProblem).join("\n"), /front matter: the YAML repeats its aliases .* write the values out/);
  assert.match(hostileProblems("articles/undefined-alias.md").map(formatProblem).join("\n"), /front matter: the YAML alias `\*headline` names no anchor \(`&headline`\) set before it/);
});

barrier("a headline of two dots is an error, not a page one folder up", () => {
  assert.match(hostileProblems("articles/dot-dot-headline.md").map(formatProblem).join("\n"), /slug: the headline has no letters or digits/);
  assert.ok(hostile.articles.every((article) => /^\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/.test(article.url)), hostile.articles.map((article) => article.url).join(", "));
});

const links = suite("loadNewsroom: content stays inside content/");

links("every link (article, folder of articles, picture, comments file, reactions) is a warning naming it, and is not read", () => {
  for (const link of ["articles/linked-story.md", "articles/linked-folder", "media/linked.svg", "comments/plain-story.json", "reactions.json"]) {
    const said = hostileProblems(link);
    assert.is(said.length, 1, `${link}: ${JSON.stringify(said)}`);
    assert.is(said[0]!.severity, "warning");
    assert.match(said[0]!.message, /symbolic link/);
  }
  assert.not.ok(JSON.stringify(hostile.articles).includes(SECRET), "nothing from a linked file is published");
  assert.is(hostile.reactions.size, 0, "a linked reactions.json is not read");
});

barrier.run();
links.run();
