import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseMarkdown } from "../../src/sources/markdown.ts";
import type { ArticleInput, ParseResult } from "../../src/model/types.ts";

const fixture = (name: string) => {
  const path = `tests/fixtures/markdown/${name}`;
  return parseMarkdown(readFileSync(path, "utf8"), path);
};

function article(result: ParseResult): ArticleInput {
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.input;
}

const good = suite("parseMarkdown: a newsroom article");

good("reads every front matter field as given", () => {
  const input = article(fixture("harbour-reopens.md"));
  assert.is(input.format, "markdown");
  assert.is(input.headline, "Harbour authority reopens Tyre’s old fishing port after storm repairs");
  assert.is(input.kicker, "Fisheries");
  assert.is(input.published, "2026-11-17T09:30:00+02:00");
  assert.is(input.updated, "2026-11-17 15:10");
  assert.is(input.dateline, "TYRE, Lebanon");
  assert.equal(input.byline, ["By Leila Khoury", "Samir Aoun, Staff photographer"]);
  assert.is(input.section, "business");
  assert.equal(input.tags, ["fishing", "Lebanon", "ports", "fishing"]);
  assert.equal(input.lead, {
    field: "lead",
    src: "harbour-dawn.svg",
    alt: "Small fishing boats moored along a repaired stone breakwater at dawn",
    caption: "Fishing boats back at their moorings on Tuesday morning.",
    credit: "Samir Aoun/The Meridian Ledger",
  });
  assert.is(input.fieldNames.published, "date");
});

good("turns the body into blocks, with the inline figure's caption and credit", () => {
  const input = article(fixture("harbour-reopens.md"));
  assert.equal(input.body.map((block) => block.type), ["paragraph", "heading", "paragraph", "figure", "quote", "list", "paragraph"]);
  assert.equal(input.body[3], {
    type: "figure",
    figure: { field: "body", src: "breakwater.svg", alt: "Stone blocks stacked beside the harbour wall", caption: "New blocks wait to be lowered into place.", credit: "Leila Khoury/The Meridian Ledger" },
  });
});

good("article text is never run as a template", () => {
  const input = article(fixture("harbour-reopens.md"));
  const last = input.body.at(-1)!;
  assert.ok(last.type === "paragraph" && last.html.includes("{{ half }}"));
});

good.run();

const bad = suite("parseMarkdown: malformed sources");

bad("broken YAML names the line where the fault opens, not where the parser gave up", () => {
  const result = fixture("bad-yaml.md");
  assert.is(result.kind, "rejected");
  if (result.kind === "rejected") {
    assert.is(result.problems[0]!.field, "front matter");
    assert.is(result.problems[0]!.message, 'the quote opened at line 2 (`headline: "Unclosed quote`) is never closed: end the value with " on that line');
  }
});

bad("YAML that breaks elsewhere still names the line and column of the file", () => {
  const result = parseMarkdown("---\nheadline: x\ntags: [a, b\ndate: 2026-11-17\n---\nText.", "tests/inline.md");
  assert.is(result.kind, "rejected");
  if (result.kind === "rejected") assert.match(result.problems[0]!.message, /the YAML cannot be read at line 4, column 1 of the file/);
});

bad("a file without front matter says how to add it", () => {
  const result = fixture("no-front-matter.md");
  assert.is(result.kind, "rejected");
  if (result.kind === "rejected") assert.match(result.problems[0]!.message, /start the file with a `---` line/);
});

bad("wrong types and unknown fields are problems on their fields", () => {
  const result = fixture("wrong-types.md");
  assert.is(result.kind, "article");
  if (result.kind !== "article") return;
  const byField = Object.fromEntries(result.problems.map((problem) => [problem.field, problem]));
  assert.is(byField.headline?.severity, "error");
  assert.match(byField.headline!.message, /must be text, not a list/);
  assert.is(byField.commentsOpen?.severity, "error");
  assert.is(byField.photographer?.severity, "warning");
  assert.match(byField.photographer!.message, /unknown field/);
  assert.is(byField.lead?.severity, "error");
  assert.is(result.input.headline, undefined);
});

bad.run();

// Issue 20: a Markdown link relative to the source file cannot be resolved where the page is
// published; it keeps its text and loses its address, and the report says how to write it.
const links = suite("parseMarkdown: links");

links("a relative link loses its address with a warning on the body; site paths and full addresses stay", () => {
  const result = parseMarkdown(
    "---\nheadline: Links\ndate: 2026-11-17\n---\nSee [up](..), [secret](../../../../etc/passwd), [next](other-post/), [here](./x), [home](/world/), [notes](#notes) and [desk](https://example.com/desk).\n",
    "content/articles/links.md",
  );
  assert.is(result.kind, "article");
  if (result.kind !== "article") return;
  assert.equal(result.input.body, [
    {
      type: "paragraph",
      html: 'See <a rel="nofollow noopener">up</a>, <a rel="nofollow noopener">secret</a>, <a rel="nofollow noopener">next</a>, <a rel="nofollow noopener">here</a>, <a href="/world/" rel="nofollow noopener">home</a>, <a href="#notes" rel="nofollow noopener">notes</a> and <a href="https://example.com/desk" rel="nofollow noopener">desk</a>.',
    },
  ]);
  assert.equal(result.problems.map((problem) => [problem.severity, problem.field]), [["warning", "body"]]);
  assert.match(result.problems[0]!.message, /relative link \(.*write the full https address or a site path starting with \/\) ×4/);
});

links("a site path climbing out with `..` loses its address too", () => {
  const result = parseMarkdown("---\nheadline: Links\ndate: 2026-11-17\n---\n[a](/../x) and [b](/news/%2e%2e/%2e%2e/etc)\n", "content/articles/links.md");
  assert.is(result.kind, "article");
  if (result.kind !== "article") return;
  assert.equal(result.input.body, [{ type: "paragraph", html: '<a rel="nofollow noopener">a</a> and <a rel="nofollow noopener">b</a>' }]);
  assert.match(result.problems[0]!.message, /site path climbing with \.\. .* ×2/);
});

links.run();
