// What parseMarkdown makes of each front matter field a newsroom writes by hand: the value an
// editor expects on the page, and, for a value of the wrong kind, one problem naming the field as
// the file wrote it. The front matter follows Dateline's own README sample (a Meridian Ledger
// story), with datelines and bylines in AP and Reuters style.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ArticleInput, ParseResult } from "../../src/model/types.ts";
import { parseMarkdown } from "../../src/sources/markdown.ts";

const PATH = "content/articles/2026/tyre-harbour.md";
const parse = (front: string, body = "The harbour reopened on Tuesday.") => parseMarkdown(`---\n${front}\n---\n${body}\n`, PATH);

function article(result: ParseResult): ArticleInput {
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.input;
}
/** Each problem as `severity field`, the way the report lists it. */
const problems = (result: ParseResult) => ("problems" in result ? result.problems.map((problem) => `${problem.severity} ${problem.field}`) : []);
const messageOn = (result: ParseResult, field: string) => ("problems" in result ? result.problems.find((problem) => problem.field === field)?.message : undefined) ?? "";

const HEAD = "headline: Harbour reopens\ndate: 2026-11-17T09:30:00+02:00";

const fields = suite("parseMarkdown: every field Dateline reads");

fields("a full newsroom front matter is read field by field, with no problem", () => {
  const result = parse(`headline: Harbour authority reopens Tyre's old port
dek: Fishing boats return after storm repairs
kicker: Fisheries
slug: tyre-harbour-reopens
lang: en-GB
date: 2026-11-17T09:30:00+02:00
updated: 2026-11-17T15:10:00+02:00
zone: Asia/Beirut
dateline: TYRE, Lebanon
byline: By Leila Khoury
section: business
tags: [fishing, ports]
status: published
embargoed: 2026-11-17T06:00:00Z
commentsOpen: false
corrections:
  - text: An earlier version misspelled the harbour master's name.
    date: 2026-11-18
  - The breakwater is 400 metres long, not 40.`);
  const input = article(result);
  assert.equal(problems(result), []);
  assert.is(input.format, "markdown");
  assert.is(input.path, PATH);
  assert.is(input.headline, "Harbour authority reopens Tyre’s old port");
  assert.is(input.dek, "Fishing boats return after storm repairs");
  assert.is(input.kicker, "Fisheries");
  assert.is(input.slug, "tyre-harbour-reopens");
  assert.is(input.lang, "en-GB");
  assert.is(input.published, "2026-11-17T09:30:00+02:00");
  assert.is(input.updated, "2026-11-17T15:10:00+02:00");
  assert.is(input.zone, "Asia/Beirut");
  assert.is(input.dateline, "TYRE, Lebanon");
  assert.equal(input.byline, ["By Leila Khoury"]);
  assert.is(input.section, "business");
  assert.equal(input.tags, ["fishing", "ports"]);
  assert.is(input.status, "published");
  assert.is(input.embargoedUntil, "2026-11-17T06:00:00Z");
  assert.is(input.commentsOpen, false);
  assert.equal(input.corrections, [
    { text: "An earlier version misspelled the harbour master's name.", date: "2026-11-18" },
    { text: "The breakwater is 400 metres long, not 40." },
  ]);
  assert.equal(input.comments, []);
  assert.equal(input.body, [{ type: "paragraph", html: "The harbour reopened on Tuesday." }]);
  assert.equal(input.fieldNames, { headline: "headline", dek: "dek", byline: "byline", updated: "updated", published: "date", embargoedUntil: "embargoed" });
});

fields("fields left empty (`dek:`) are absent, with no problem", () => {
  const result = parse(`${HEAD}\ndek:\nkicker: ~\nbyline:\ntags:\ndateline:\nlead:\ncorrections:`);
  const input = article(result);
  assert.equal(problems(result), []);
  for (const key of ["dek", "kicker", "dateline", "lead"] as const) assert.is(input[key], undefined, key);
  assert.equal(input.byline, []);
  assert.equal(input.tags, []);
  assert.equal(input.corrections, []);
});

fields("numbers typed as text fields are read as their text", () => {
  // A headline that is only a year, a kicker that is a number: YAML reads both as numbers.
  const input = article(parse("headline: 1989\nkicker: 2026\ndate: 2026-11-17\nslug: 1989"));
  assert.is(input.headline, "1989");
  assert.is(input.kicker, "2026");
  assert.is(input.slug, "1989");
});

fields("headline, dek and kicker are punctuated in the article's language", () => {
  const input = article(parse(`headline: 'Le "gel" des tarifs -- enfin'\ndek: 'Les usagers disent "merci"...'\nkicker: '"Transports"'\nlang: fr\ndate: 2026-11-17`, 'Il a dit "non".'));
  assert.is(input.headline, "Le «\u00A0gel\u00A0» des tarifs — enfin");
  assert.is(input.dek, "Les usagers disent «\u00A0merci\u00A0»…");
  assert.is(input.kicker, "«\u00A0Transports\u00A0»");
  assert.equal(input.body, [{ type: "paragraph", html: "Il a dit «&nbsp;non&nbsp;»." }]);
});

fields("a lang that is not text is an error on lang, and the rest is still read in English", () => {
  const result = parse(`headline: 'The "fare" freeze'\nlang: [fr, en]\ndate: 2026-11-17`);
  const input = article(result);
  assert.equal(problems(result), ["error lang"]);
  assert.is(input.lang, undefined);
  assert.is(input.headline, "The “fare” freeze");
});

fields.run();

const lists = suite("parseMarkdown: bylines and tags");

lists("a byline written as text is one name, commas and all; tags written as text split at commas", () => {
  const input = article(parse(`${HEAD}\nbyline: Samir Aoun, Staff photographer\ntags: fishing,ports`));
  assert.equal(input.byline, ["Samir Aoun, Staff photographer"]);
  assert.equal(input.tags, ["fishing", "ports"]);
});

lists("a byline list may hold people with a role, as Dateline's README shows", () => {
  const input = article(parse(`${HEAD}\nbyline:\n  - Leila Khoury\n  - name: Samir Aoun\n    role: Staff photographer\n  - name: Omar Haddad`));
  assert.equal(input.byline, ["Leila Khoury", "Samir Aoun, Staff photographer", "Omar Haddad"]);
});

lists("an entry of the wrong kind is an error on that entry; the others are kept", () => {
  const result = parse(`${HEAD}\ntags: [fishing, [ports, harbours], Lebanon]\nbyline: [Leila Khoury, {email: desk@example.com}]`);
  const input = article(result);
  assert.equal(input.tags, ["fishing", "Lebanon"]);
  assert.equal(input.byline, ["Leila Khoury"]);
  // The email is reported (warning byline); the entry, with no name, is an error.
  assert.equal(problems(result), ["warning byline", "error byline[1]", "error tags[1]"]);
  assert.match(messageOn(result, "tags[1]"), /must be text, not a list/);
  assert.match(messageOn(result, "byline[1]"), /must be text, not a group of fields/);
});

lists("tags written as a group of fields is an error on tags, and no tag is read", () => {
  const result = parse(`${HEAD}\ntags:\n  topic: fishing`);
  assert.equal(article(result).tags, []);
  assert.equal(problems(result), ["error tags"]);
});

lists("a problem on an aliased field names the field as the file wrote it", () => {
  const title = parse("title: [Harbour, reopens]\ndate: 2026-11-17");
  assert.equal(problems(title), ["error title"]);
  assert.is(article(title).headline, undefined);
  // A Hugo authors entry that lost its name: the report points at authors[1], not byline[1].
  const authors = parse(`${HEAD}\nauthors:\n  - Leila Khoury\n  - twitter: leilakhoury`);
  assert.equal(article(authors).byline, ["Leila Khoury"]);
  assert.equal(problems(authors).filter((line) => line.startsWith("error")), ["error authors[1]"]);
});

lists.run();

const flags = suite("parseMarkdown: commentsOpen, dateline, lead, corrections");

flags("commentsOpen takes true or false; anything else is an error that says what was written", () => {
  assert.is(article(parse(`${HEAD}\ncommentsOpen: true`)).commentsOpen, true);
  const yes = parse(`${HEAD}\ncommentsOpen: "yes"`);
  assert.is(article(yes).commentsOpen, undefined);
  assert.equal(problems(yes), ["error commentsOpen"]);
  assert.match(messageOn(yes, "commentsOpen"), /not string "yes"/);
  const empty = parse(`${HEAD}\ncommentsOpen:`);
  assert.equal(problems(empty), ["error commentsOpen"]);
  assert.match(messageOn(empty, "commentsOpen"), /not empty/);
});

flags("a dateline may be text or city, region and agency fields", () => {
  assert.equal(article(parse(`${HEAD}\ndateline:\n  city: BEIRUT\n  region: Lebanon\n  agency: Reuters`)).dateline, { city: "BEIRUT", region: "Lebanon", agency: "Reuters" });
  // AP style for a city that stands alone: no region.
  assert.equal(article(parse(`${HEAD}\ndateline:\n  city: GENEVA\n  agency: AP`)).dateline, { city: "GENEVA", agency: "AP" });
  assert.equal(article(parse(`${HEAD}\ndateline:\n  city: LONDON`)).dateline, { city: "LONDON" });
});

flags("a dateline as a list, a number or fields without a city is an error on dateline", () => {
  for (const value of ["[BEIRUT, Lebanon]", "1989", "\n  region: Lebanon\n  agency: Reuters"]) {
    const result = parse(`${HEAD}\ndateline: ${value}`);
    assert.is(article(result).dateline, undefined, value);
    assert.equal(problems(result), ["error dateline"], value);
  }
});

flags("a lead picture with every figure field is read whole, with no problem", () => {
  const result = parse(`${HEAD}
lead:
  src: harbour-dawn.jpg
  alt: Fishing boats moored along the breakwater
  caption: Boats back at their moorings on Tuesday.
  credit: Samir Aoun/The Meridian Ledger
  creator: Samir Aoun
  width: 1200
  height: 800`);
  assert.equal(problems(result), []);
  assert.equal(article(result).lead, {
    field: "lead",
    src: "harbour-dawn.jpg",
    alt: "Fishing boats moored along the breakwater",
    caption: "Boats back at their moorings on Tuesday.",
    credit: "Samir Aoun/The Meridian Ledger",
    creator: "Samir Aoun",
    width: 1200,
    height: 800,
  });
});

flags("a lead with only some fields has only those; a 1×1 size is still a size", () => {
  assert.equal(article(parse(`${HEAD}\nlead:\n  src: harbour-dawn.jpg\n  width: 1\n  height: 1`)).lead, { field: "lead", src: "harbour-dawn.jpg", width: 1, height: 1 });
});

flags("a lead field the figure does not know is a warning naming it; the known ones are read", () => {
  const result = parse(`${HEAD}\nlead:\n  src: harbour-dawn.jpg\n  alt: Boats\n  credit: Samir Aoun\n  photographer: Samir Aoun`);
  assert.equal(problems(result), ["warning lead.photographer"]);
  assert.match(messageOn(result, "lead.photographer"), /use src, alt, caption, credit, creator, width, height/);
  assert.equal(article(result).lead, { field: "lead", src: "harbour-dawn.jpg", alt: "Boats", credit: "Samir Aoun" });
});

flags("a lead size that is not a whole number of pixels above zero is an error on that size", () => {
  for (const [value, field] of [["width: 0", "lead.width"], ["width: -800", "lead.width"], ["height: 800.5", "lead.height"], ['width: "1200"', "lead.width"]] as const) {
    const result = parse(`${HEAD}\nlead:\n  src: harbour-dawn.jpg\n  ${value}`);
    assert.equal(problems(result), [`error ${field}`], value);
    assert.equal(article(result).lead, { field: "lead", src: "harbour-dawn.jpg" }, value);
  }
});

flags("a lead that is not a group of fields is an error on the field as written", () => {
  for (const value of ["harbour-dawn.jpg", "[harbour-dawn.jpg, quay.jpg]"]) {
    const result = parse(`${HEAD}\nlead: ${value}`);
    assert.equal(problems(result), ["error lead"], value);
    assert.is(article(result).lead, undefined, value);
  }
});

flags("a picture field of another generator keeps its own name in problems, size included", () => {
  // jekyll-seo-tag's image object, with a size of zero typed by mistake.
  const result = parse(`${HEAD}\nimage:\n  path: /assets/lifeboat.jpg\n  alt: The lifeboat leaving the slipway\n  width: 0\n  height: 600`);
  assert.equal(problems(result), ["error image.width"]);
  assert.equal(article(result).lead, { field: "image", src: "/assets/lifeboat.jpg", alt: "The lifeboat leaving the slipway", height: 600 });
  const alt = parse(`${HEAD}\nimage:\n  path: /assets/lifeboat.jpg\n  alt: [lifeboat, slipway]`);
  assert.equal(problems(alt), ["error image.alt"]);
});

flags("corrections: text, a list of texts or of text with a date; anything else is an error on that entry", () => {
  assert.equal(article(parse(`${HEAD}\ncorrections: The breakwater is 400 metres long, not 40.`)).corrections, [{ text: "The breakwater is 400 metres long, not 40." }]);
  assert.equal(article(parse(`${HEAD}\ncorrections:\n  - text: The port reopened on Tuesday, not Monday.`)).corrections, [{ text: "The port reopened on Tuesday, not Monday." }]);
  const wrong = parse(`${HEAD}\ncorrections:\n  - 400\n  - date: 2026-11-18\n  - text: The port reopened on Tuesday.\n    date: [2026-11-18]`);
  assert.equal(article(wrong).corrections, [{ text: "The port reopened on Tuesday." }]);
  assert.equal(problems(wrong), ["error corrections[0]", "error corrections[1]", "error corrections[2].date"]);
});

flags.run();

const report = suite("parseMarkdown: what the report says about the file");

report("an unknown field is a warning that lists the fields Dateline reads", () => {
  const result = parse(`${HEAD}\nphotographer: Samir Aoun`);
  assert.equal(problems(result), ["warning photographer"]);
  assert.match(messageOn(result, "photographer"), /headline, title, dek, kicker, slug, date, updated, zone, dateline, byline, section, tags, lead, lang, status, commentsOpen, corrections, embargoed/);
});

report("a file with no front matter is refused with an example of the fields to write", () => {
  const result = parseMarkdown("The harbour reopened on Tuesday.\n", PATH);
  assert.is(result.kind, "rejected");
  assert.equal(problems(result), ["error front matter"]);
  assert.match(messageOn(result, "front matter"), /\(headline, date, \.\.\.\)/);
});

report("template tags of two generators are named together in one warning on the body", () => {
  const result = parse(HEAD, "The harbour reopened.\n\n{{< youtube abc123 >}}\n\n{% include share.html %}");
  assert.equal(problems(result), ["warning body"]);
  assert.match(messageOn(result, "body"), /left out \{\{< youtube >\}\}, \{% include %\}:/);
  assert.equal(article(result).body, [{ type: "paragraph", html: "The harbour reopened." }]);
});

report.run();
