// Markdown as Hugo, Jekyll and Eleventy users write it: front matter forms, field aliases,
// drafts, heading levels and typography, on the fixtures in tests/fixtures/real/markdown/.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { normalizeArticle } from "../../src/model/normalize.ts";
import type { ArticleInput, Block, ParseResult } from "../../src/model/types.ts";
import { parseMarkdown } from "../../src/sources/markdown.ts";
import { makeTestSite } from "../helpers/test-site.ts";

const real = (name: string) => {
  const path = `tests/fixtures/real/markdown/${name}`;
  return parseMarkdown(readFileSync(path, "utf8"), path);
};
const inline = (text: string) => parseMarkdown(text, "content/articles/inline.md");

function article(result: ParseResult): ArticleInput {
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.input;
}
const messages = (result: ParseResult) => ("problems" in result ? result.problems.map((p) => `${p.severity} ${p.field}: ${p.message}`) : []);

const drafts = suite("Markdown habits: drafts");

drafts("draft: true holds back; draft: false publishes; anything else is an error and holds back", () => {
  assert.is(article(real("hugo-yaml-draft.md")).status, "draft");
  assert.is(article(real("hugo-toml-draft.md")).status, "draft");
  assert.is(article(real("2026-11-14-jekyll-unpublished.md")).status, "draft");
  assert.is(article(real("hugo-yaml-published.md")).status, undefined);
  const wrong = real("draft-not-boolean.md");
  assert.is(article(wrong).status, "draft");
  assert.ok(messages(wrong).some((line) => line.startsWith('error draft: must be true or false, not "yes"')));
});

drafts("the report names draft, not status, as the reason's field", () => {
  assert.is(article(real("hugo-yaml-draft.md")).fieldNames.status, "draft");
});

drafts.run();

const aliases = suite("Markdown habits: other generators' field names");

aliases("read as Dateline's fields, and problems speak the source's names", () => {
  const input = article(real("hugo-yaml-published.md"));
  assert.is(input.dek, "The covered market will replace open stalls on the east quay.");
  assert.equal(input.byline, ["Morag Duncan", "Ian Petrie"]);
  assert.is(input.updated, "2026-11-18T16:40:00+00:00");
  assert.is(input.fieldNames.dek, "summary");
  assert.is(input.fieldNames.updated, "lastmod");
  assert.is(input.fieldNames.byline, "authors");
});

aliases("a picture field becomes the lead under its own name", () => {
  const input = article(real("2026-11-16-jekyll-image-object.md"));
  assert.equal(input.lead, { field: "image", src: "lifeboat-launch.jpg", alt: "An orange lifeboat leaving the slipway in grey weather" });
});

aliases("an empty featured_image is no picture and no warning", () => {
  const result = inline('---\ntitle: "Quiet day"\ndate: 2026-11-17\nfeatured_image: ""\n---\nNothing happened.');
  assert.is(article(result).lead, undefined);
  assert.equal(messages(result), []);
});

aliases("Jekyll's date form is respelled as the ISO text the model reads", () => {
  assert.is(article(real("2026-11-12-jekyll-council-tax.md")).published, "2026-11-12T08:45:00+00:00");
});

aliases("categories join the tags; Eleventy's posts collection tag does not", () => {
  assert.equal(article(real("2026-11-12-jekyll-council-tax.md")).tags, ["budget", "council", "news", "politics"]);
  assert.equal(article(real("eleventy-tags-posts.md")).tags, ["cycling", "transport"]);
});

aliases.run();

const toml = suite("Markdown habits: TOML front matter");

toml("dates keep the form the source wrote: offset, local time, calendar date", () => {
  const read = (date: string) => article(inline(`+++\ntitle = "Tram news"\ndate = ${date}\n+++\nText.`)).published;
  assert.is(read("2026-11-18T07:00:00+02:00"), "2026-11-18T07:00:00.000+02:00");
  assert.is(read("2026-11-18T07:00:00"), "2026-11-18T07:00:00.000");
  assert.is(read("2026-11-18"), "2026-11-18");
  assert.is(read('"2026-11-18 09:30"'), "2026-11-18 09:30");
});

toml("a broken TOML line is named in the file's numbering", () => {
  const result = real("hugo-toml-unclosed.md");
  assert.is(result.kind, "rejected");
  assert.match(messages(result)[0]!, /the TOML cannot be read at line 2, column \d+ of the file \(`title = "Bridge inspection finds cracked bearings`\)/);
});

toml.run();

const yaml = suite("Markdown habits: YAML mistakes");

yaml("an unquoted colon says how to quote the title", () => {
  assert.equal(messages(real("unquoted-colon.md")), [
    'error front matter: line 2 (`title: Breaking: gas leak closes town centre streets`) has a colon inside an unquoted value: put the title in quotes: title: "Breaking: gas leak closes town centre streets"',
  ]);
});

yaml("an unclosed quote is reported where it opens", () => {
  assert.match(messages(real("unclosed-quote.md"))[0]!, /the quote opened at line 3 \(`title: "Gas leak repaired and streets reopen`\) is never closed/);
});

yaml("an alias bomb is a problem naming the file, not a throw", () => {
  const result = real("alias-bomb.md");
  assert.is(result.kind, "rejected");
  if (result.kind === "rejected") assert.is(result.problems[0]!.path, "tests/fixtures/real/markdown/alias-bomb.md");
});

yaml("JavaScript front matter is refused, never run", () => {
  const result = inline("---js\nglobalThis.ran = true;\nconst title = 'x';\n---\nText.");
  assert.is(result.kind, "rejected");
  assert.is((globalThis as { ran?: boolean }).ran, undefined);
});

yaml("a front matter block that never closes says so", () => {
  assert.match(messages(inline("---\ntitle: x\ndate: 2026-11-17\nText."))[0]!, /opened by `---` on line 1 is never closed/);
});

yaml.run();

const body = suite("Markdown habits: body");

body("### straight under the headline becomes h2 on the page, and no level is skipped", () => {
  const input = article(real("h3-first.md"));
  const levels = (blocks: readonly Block<unknown>[]) => blocks.flatMap((block) => (block.type === "heading" ? [block.level] : []));
  // The loader keeps what the file wrote; the model renumbers every format's headings.
  assert.equal(levels(input.body), [3, 4, 3]);
  const result = normalizeArticle(input, { site: makeTestSite(), now: DateTime.fromISO("2026-11-25T12:00:00Z"), media: { has: () => true, size: () => ({ width: 1200, height: 800 }), embedded: () => ({}) } });
  assert.is(result.kind, "published");
  if (result.kind === "published") assert.equal(levels(result.article.body), [2, 3, 2]);
});

body("French text gets no-break spaces (&nbsp;) inside its guillemets", () => {
  const paragraphs = article(real("french-quotes.md")).body.map((block) => (block.type === "paragraph" ? block.html : ""));
  assert.ok(paragraphs[1]!.startsWith("«&nbsp;C’est une demande qui revenait sans cesse&nbsp;»,"), paragraphs[1]);
});

body("Hugo's highlight shortcode becomes code; text is never run as a template", () => {
  const input = article(inline("---\ntitle: Code\ndate: 2026-11-17\n---\nIntro.\n\n{{< highlight js >}}\nconst a = \"{{ b }}\" -- 1;\n{{< /highlight >}}"));
  const html = input.body.map((block) => ("html" in block ? block.html : "")).join("\n");
  assert.ok(html.includes('const a = "{{ b }}" -- 1;') || html.includes("const a = &quot;{{ b }}&quot; -- 1;"), html);
  assert.not.ok(html.includes("highlight"));
});

body.run();

const sample = suite("Markdown habits: the sample newsroom");

sample("content/articles/*.md parse with no warning at all", () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
  const markdown = files("content/articles").filter((file) => file.endsWith(".md"));
  assert.ok(markdown.length > 10);
  for (const file of markdown) {
    const result = parseMarkdown(readFileSync(file, "utf8"), file);
    assert.equal(messages(result), [], file);
  }
});

sample.run();

const collection = suite("Markdown habits: Eleventy's collection tag");

collection("is dropped from a comma-separated tags string too", () => {
  const result = inline("---\ntitle: Bins\ndate: 2026-11-17\ntags: posts, recycling\n---\nText.");
  assert.equal(article(result).tags.map((tag) => tag.trim()), ["recycling"]);
  assert.ok(messages(result).some((line) => line.startsWith('warning tags: "posts" names Eleventy')));
});

collection.run();
