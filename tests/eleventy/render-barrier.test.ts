// One article can only fail its own page: a template that throws for one article renders its
// problem in place of that page, the others render, and the build hears of it once.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nunjucks from "nunjucks";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatProblem } from "../../src/model/problem.ts";
import { RenderBarrier } from "../../src/eleventy/render-barrier.ts";

const dir = await mkdtemp(join(tmpdir(), "dateline-barrier-"));
await mkdir(join(dir, "layouts"));
// The filter stands in for whatever one story's data sets off in a real template.
const page = "<h1>{{ article.headline | shout }}</h1>";
await writeFile(join(dir, "layouts", "article.njk"), page);
await writeFile(join(dir, "listing.njk"), page);
const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(dir), { autoescape: true });
environment.addFilter("shout", (text: string) => {
  if (text.includes("\u0000")) throw new RangeError("Maximum call stack size exceeded");
  return text.toUpperCase();
});
const barrier = new RenderBarrier([{ pathEnd: "layouts/article.njk", sourceOf: (data) => (data as { article?: { source: { path: string } } }).article?.source.path }]);
barrier.install(environment);

/** Renders as Eleventy does: a Template from the file's text and path, through a callback. */
function render(file: string, headline: string, path: string): Promise<string> {
  const template = new nunjucks.Template(page, environment, join(dir, file));
  return new Promise((resolve, reject) => template.render({ article: { headline, source: { path } } }, (error, html) => (error ? reject(error) : resolve(html ?? ""))));
}

const pages = suite("RenderBarrier");

pages("the failing article's page shows its problem; the next article renders; the problem is taken once", async () => {
  const failed = await render("layouts/article.njk", "Bad\u0000story", "content/articles/bad.md");
  assert.match(failed, /This page could not be built: content\/articles\/bad\.md: file: rendering this article's page stopped/);
  assert.is(await render("layouts/article.njk", "Good story", "content/articles/good.md"), "<h1>GOOD STORY</h1>");
  assert.equal(barrier.take().map(formatProblem), [
    "content/articles/bad.md: file: rendering this article's page stopped: it nests too deeply (thousands of levels of HTML elements, lists or quotes) for Dateline to follow: flatten the markup",
  ]);
  assert.equal(barrier.take(), []);
});

pages("a template that is not one source's page still fails as before", async () => {
  try {
    await render("listing.njk", "Bad\u0000story", "content/articles/bad.md");
    assert.unreachable("the listing's error reaches Eleventy");
  } catch (caught) {
    assert.instance(caught, Error);
    assert.match((caught as Error).message, /Maximum call stack size exceeded/);
  }
  assert.equal(barrier.take(), []);
});

pages.run();
