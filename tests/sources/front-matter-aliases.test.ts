// Front matter written for Hugo, Jekyll and Eleventy, read into Dateline's fields: each other
// generator's name for a field (Hugo's front matter docs, jekyll-seo-tag's author and image
// objects, PaperMod's cover, Eleventy's collections), their drafts, categories and dates, and
// the report line an editor gets where meaning differs or a value is dropped.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ArticleInput, ParseResult } from "../../src/model/types.ts";
import { parseMarkdown } from "../../src/sources/markdown.ts";

const PATH = "content/articles/2026-11-12-council-tax.md";
const parse = (front: string) => parseMarkdown(`---\n${front}\n---\nCouncillors voted on Tuesday.\n`, PATH);

function article(result: ParseResult): ArticleInput {
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.input;
}
const report = (result: ParseResult) => ("problems" in result ? result.problems.map((problem) => `${problem.severity} ${problem.field}: ${problem.message}`) : []);
const fieldsOf = (result: ParseResult) => ("problems" in result ? result.problems.map((problem) => `${problem.severity} ${problem.field}`) : []);

const names = suite("front matter aliases: other generators' names");

const ALIASES: [string, string, keyof ArticleInput, unknown][] = [
  ["title", "title: Council tax to rise", "headline", "Council tax to rise"],
  ["description", "description: Care services protected", "dek", "Care services protected"],
  ["summary", "summary: Care services protected", "dek", "Care services protected"],
  ["excerpt", "excerpt: Care services protected", "dek", "Care services protected"],
  ["author", "author: Priya Natarajan", "byline", ["Priya Natarajan"]],
  ["authors", "authors: [Priya Natarajan, Tom Reid]", "byline", ["Priya Natarajan", "Tom Reid"]],
  ["lastmod", "lastmod: 2026-11-12T10:00:00+00:00", "updated", "2026-11-12T10:00:00+00:00"],
  ["last_modified_at", "last_modified_at: 2026-11-12 10:00:00 +0000", "updated", "2026-11-12T10:00:00+00:00"],
];
for (const [name, line, field, value] of ALIASES) {
  names(`${name} is read as ${field}, and problems use ${name}`, () => {
    const input = article(parse(`${name === "title" ? "" : "headline: Council tax to rise\n"}date: 2026-11-12\n${line}`));
    assert.equal(input[field], value);
    assert.is((input.fieldNames as Record<string, string>)[field], name);
  });
}

const PICTURES: [string, string][] = [["featured_image", "featured_image: quay.jpg"], ["image", "image: quay.jpg"], ["images", "images: [quay.jpg]"], ["cover", "cover: quay.jpg"], ["coverImage", "coverImage: quay.jpg"]];
for (const [name, line] of PICTURES) {
  names(`${name} is the lead picture, and the report asks for its alt text under ${name}`, () => {
    const result = parse(`title: Council tax to rise\ndate: 2026-11-12\n${line}`);
    assert.equal(article(result).lead, { field: name, src: "quay.jpg" });
    assert.equal(fieldsOf(result), [`warning ${name}`]);
    assert.match(report(result)[0]!, /read as the lead picture, which needs alt text and a credit/);
  });
}

names("Dateline's own lead is read as written, every figure field kept", () => {
  const result = parse("title: Council tax to rise\ndate: 2026-11-12\nlead:\n  src: chamber.jpg\n  alt: The council chamber\n  credit: Tom Reid\n  creator: Tom Reid");
  assert.equal(article(result).lead, { field: "lead", src: "chamber.jpg", alt: "The council chamber", credit: "Tom Reid", creator: "Tom Reid" });
  assert.equal(report(result), []);
});

names("the first of two names given wins, and the report names the one ignored", () => {
  const result = parse("title: Council tax to rise\ndate: 2026-11-12\ndescription: Care services protected\nsummary: A rise of 4.99%\nexcerpt: Another");
  assert.is(article(result).dek, "Care services protected");
  assert.equal(fieldsOf(result), ["warning summary", "warning excerpt"]);
  assert.match(report(result)[0]!, /both description and summary are given: the description is used and summary is ignored/);
});

names("an empty list under one name is not given: the other name is read, with no warning", () => {
  const result = parse("title: Council tax to rise\ndate: 2026-11-12\nauthors: []\nauthor: Priya Natarajan\nimages: []");
  assert.equal(article(result).byline, ["Priya Natarajan"]);
  assert.is(article(result).lead, undefined);
  assert.equal(report(result), []);
});

names.run();

const people = suite("front matter aliases: author objects");

people("jekyll-seo-tag's author object keeps name and role; the rest is reported once", () => {
  const result = parse("title: Night buses\ndate: 2026-11-15\nauthor:\n  name: Tomasz Wrobel\n  role: Transport correspondent\n  twitter: twrobel\n  email: tw@example.com");
  assert.equal(article(result).byline, ["Tomasz Wrobel, Transport correspondent"]);
  assert.equal(report(result), ["warning author: only the name and role of each author are read; twitter, email ignored (author pages come from _data/authors.ts)"]);
});

people("a list of authors mixes names and objects", () => {
  const result = parse("title: Night buses\ndate: 2026-11-15\nauthors:\n  - Priya Natarajan\n  - name: Tomasz Wrobel\n    url: https://example.com/tw");
  assert.equal(article(result).byline, ["Priya Natarajan", "Tomasz Wrobel"]);
  assert.equal(report(result), ["warning authors: only the name and role of each author are read; url ignored (author pages come from _data/authors.ts)"]);
});

people.run();

const pictures = suite("front matter aliases: picture objects");

pictures("PaperMod's cover object: image, alt and caption read; its display switches reported", () => {
  const result = parse("title: Harbour market\ndate: 2026-11-18\ncover:\n  image: market.jpg\n  alt: Stalls on the east quay\n  caption: The market in 2025.\n  relative: true\n  hidden: false");
  assert.equal(article(result).lead, { field: "cover", src: "market.jpg", alt: "Stalls on the east quay", caption: "The market in 2025." });
  assert.equal(report(result), ["warning cover: relative, hidden of the picture mean nothing to Dateline: ignored"]);
});

pictures("a picture list: the first is the lead, the others are counted", () => {
  const two = parse("title: Harbour market\ndate: 2026-11-18\nimages: [market.jpg, quay.jpg]");
  assert.equal(article(two).lead, { field: "images", src: "market.jpg" });
  assert.equal(fieldsOf(two), ["warning images", "warning images"]);
  assert.match(report(two)[0]!, /only the first picture is used, as the lead; 1 more left out/);
  const three = parse("title: Harbour market\ndate: 2026-11-18\nimages:\n  - src: market.jpg\n    alt: Stalls\n  - quay.jpg\n  - nets.jpg");
  assert.equal(article(three).lead, { field: "images", src: "market.jpg", alt: "Stalls" });
  assert.equal(report(three), ["warning images: only the first picture is used, as the lead; 2 more left out: put them in the body as images"]);
});

pictures("a picture field that is neither a file name nor a picture object is an error on that field", () => {
  const result = parse("title: Harbour market\ndate: 2026-11-18\nimage: true");
  assert.is(article(result).lead, undefined);
  assert.equal(fieldsOf(result), ["error image"]);
});

pictures.run();

const drafts = suite("front matter aliases: drafts");

drafts("draft and published, with and without a status", () => {
  const CASES: [string, string | undefined, string[]][] = [
    ["draft: true\nstatus: Draft", "draft", []],
    ["draft: true\nstatus: draft", "draft", []],
    ["published: false\nstatus: published", "draft", ["warning published"]],
    ["draft:", undefined, []],
    ["published:", undefined, []],
    ["published: true", undefined, []],
    ["draft: false\nstatus: scheduled", "scheduled", []],
  ];
  for (const [lines, status, problems] of CASES) {
    const result = parse(`title: Library van route\ndate: 2026-11-14\n${lines}`);
    assert.is(article(result).status, status, lines);
    assert.equal(fieldsOf(result), problems, lines);
  }
});

drafts("a draft flag that is not true or false says how to write it", () => {
  assert.equal(fieldsOf(parse('title: Library van route\ndate: 2026-11-14\npublished: "no"')), ["error published"]);
  assert.match(report(parse('title: Library van route\ndate: 2026-11-14\npublished: "no"'))[0]!, /write published: false to hold the article back, published: true to publish it/);
  assert.match(report(parse("title: Library van route\ndate: 2026-11-14\ndraft: 1"))[0]!, /write draft: true to hold the article back, draft: false to publish it/);
});

drafts.run();

const taxonomy = suite("front matter aliases: categories and tags");

taxonomy("Jekyll's categories string splits at spaces; one category is one name; both join the tags", () => {
  const result = parse("title: Council tax\ndate: 2026-11-12\ntags: budget, council\ncategories: news  politics\ncategory: Local news\nsection: news");
  assert.equal(article(result).tags.map((tag) => tag.trim()), ["budget", "council", "news", "politics", "Local news"]);
  assert.equal(report(result), ["warning categories, category: filed as tags (Dateline has one section per article, set by section:)"]);
  const noSection = parse("title: Council tax\ndate: 2026-11-12\ncategories: [news]");
  assert.equal(article(noSection).tags, ["news"]);
  assert.equal(report(noSection), ["warning categories: filed as tags (Dateline has one section per article, set by section:); to file the article in a section, add section: with its slug"]);
});

taxonomy("Eleventy's post and posts collection tags are left out wherever they come in the list", () => {
  const result = parse("title: Cycle lane\ndate: 2026-11-10\ntags: [post, cycling, posts, 2026]");
  assert.equal(article(result).tags, ["cycling", "2026"]);
  assert.equal(report(result), ['warning tags: "post", "posts" names Eleventy\'s collection of blog posts, not a topic: left out of the tags']);
  const text = parse("title: Cycle lane\ndate: 2026-11-10\ntags: cycling, posts");
  assert.equal(article(text).tags, ["cycling"]);
  assert.equal(report(text), ['warning tags: "posts" names Eleventy\'s collection of blog posts, not a topic: left out of the tags']);
});

taxonomy.run();

const dates = suite("front matter aliases: dates");

dates("Jekyll's date forms are respelled as ISO 8601; other text is left as written", () => {
  const CASES: [string, string][] = [
    ["2026-11-12 08:45:00 +0100", "2026-11-12T08:45:00+01:00"],
    ["2026-11-12 08:45 -0500", "2026-11-12T08:45-05:00"],
    ["2026-11-12 08:45:00+0100", "2026-11-12T08:45:00+01:00"],
    ["2026-11-12 08:45:00.250 +01:00", "2026-11-12T08:45:00.250+01:00"],
    ['" 2026-11-12 08:45:00 +0000 "', "2026-11-12T08:45:00+00:00"],
    ["2026-11-12T08:45:00+01:00", "2026-11-12T08:45:00+01:00"],
    ["2026-11-12 08:45", "2026-11-12 08:45"],
  ];
  for (const [written, read] of CASES) assert.is(article(parse(`title: Council tax\ndate: ${written}`)).published, read, written);
});

dates("a date written as a number (a Unix time) is left to the model, as text", () => {
  const result = parse("title: Council tax\ndate: 1763456400");
  assert.is(article(result).published, "1763456400");
  assert.equal(fieldsOf(result), []);
});

dates("Eleventy's file-date keywords are refused as publication dates", () => {
  for (const keyword of ["Last Modified", "git Last Modified", "Created", "git created"]) {
    const result = parse(`title: Council tax\ndate: ${keyword}`);
    assert.is(article(result).published, undefined, keyword);
    assert.equal(fieldsOf(result), ["error date"], keyword);
  }
});

dates.run();
