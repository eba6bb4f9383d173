// Which saves preview's first look takes on: article sources only (src/eleventy/first-look.ts).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { articleSources } from "../../src/eleventy/first-look.ts";
import { SourceFiles } from "../../src/sources/source-files.ts";

const sources = suite("articleSources");

sources("names the changed article sources as Eleventy reports them, inside or outside the working folder", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-first-look-"));
  const articles = join(dir, "content", "articles");
  await mkdir(join(articles, "news"), { recursive: true });
  for (const name of ["a.md", "news/b.json", "c.txt", "notes.docx"]) await writeFile(join(articles, name), "x");
  await writeFile(join(dir, "content", "policy.md"), "x");
  try {
    // Outside the working folder, Eleventy turns the leading slash into `./`.
    const outside = (file: string) => `.${file}`;
    assert.equal(articleSources([outside(join(articles, "a.md")), outside(join(articles, "news/b.json"))], articles), [join(articles, "a.md"), join(articles, "news/b.json")]);
    assert.equal(articleSources([`./${relative(process.cwd(), join(articles, "c.txt"))}`], articles), [join(articles, "c.txt")]);
    assert.equal(articleSources([outside(join(articles, "a.md")), outside(join(articles, "a.md"))], articles), [join(articles, "a.md")], "once each");
    // Anything else is the rebuild's alone: a page, a file no loader reads, a deleted source, nothing.
    assert.is(articleSources([outside(join(articles, "a.md")), outside(join(dir, "content", "policy.md"))], articles), undefined);
    assert.is(articleSources([outside(join(articles, "notes.docx"))], articles), undefined);
    assert.is(articleSources([outside(join(articles, "gone.md"))], articles), undefined);
    assert.is(articleSources(["./templates/article.njk"], articles), undefined);
    assert.is(articleSources([], articles), undefined);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

sources("a content folder beside the project: Eleventy's name for its files has lost the `../`", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-first-look-"));
  const project = join(dir, "project");
  const articles = join(dir, "newsroom", "articles");
  await mkdir(project, { recursive: true });
  await mkdir(articles, { recursive: true });
  const story = join(articles, "a.md");
  await writeFile(story, "first");
  try {
    // As Eleventy 3.1 reported `../newsroom/articles/a.md` from a project in `project/`.
    const reported = "./newsroom/articles/a.md";
    assert.equal(articleSources([reported], articles, project), [story]);
    // Preview rereads it rather than keeping the bytes it had.
    const files = new SourceFiles();
    assert.is(String(await files.read(story)), "first");
    await writeFile(story, "second");
    files.changed([reported], project);
    assert.is(String(await files.read(story)), "second");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

sources.run();
