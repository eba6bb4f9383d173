// Text hygiene at the model's edge: whatever field a control or direction-override character
// arrives in, no Article the model makes carries it, and the report names each field once.
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { normalizeArticle, type NormalizeContext, type Normalized } from "../../src/model/normalize.ts";
import { withSafeFields, withSafeText } from "../../src/model/text-hygiene.ts";
import type { Article, ArticleInput, SafeHtml } from "../../src/model/types.ts";
import { makeTestSite } from "../helpers/test-site.ts";

const R = "\u202e"; // RIGHT-TO-LEFT OVERRIDE
const B = "\u0007"; // BELL
/** What no string of an Article may hold: C0 and C1 controls but tab and line breaks, DEL, embeddings and overrides. */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/;

const context: NormalizeContext = {
  site: makeTestSite({ url: "https://news.example.com" }),
  now: DateTime.fromISO("2026-11-25T12:00:00Z"),
  media: { has: () => true, size: () => ({ width: 1200, height: 800 }), embedded: () => ({ "IPTC By-line": `Omar${R} Saleh${B}`, "IPTC CopyrightNotice": `© 2026${B} AFP${R}` }) },
};

/** Both characters in the middle of `text`, where they do the most harm. */
const taint = (text: string) => `${text.slice(0, 1)}${R}${B}${text.slice(1)}`;
const html = (text: string) => taint(text) as SafeHtml;

/** Every field of ArticleInput that can hold text, each carrying both characters. */
function taintedInput(): ArticleInput {
  return {
    format: "markdown",
    path: "content/articles/tainted.md",
    id: taint("tainted"),
    headline: taint("Staff Admin resigns"),
    dek: taint("One sentence under the headline."),
    kicker: taint("Politics"),
    slug: taint("staff-admin-resigns"),
    lang: taint("en"),
    published: taint("2026-11-17T09:30:00Z"),
    updated: taint("2026-11-18T09:30:00Z"),
    zone: taint("Europe/London"),
    dateline: { city: taint("Beirut"), region: taint("Lebanon"), agency: taint("Reuters") },
    byline: [taint("By Leila Khoury, Staff Writer"), taint("Tom Achterberg")],
    section: taint("news"),
    tags: [taint("shipping"), taint("lebanon")],
    status: taint("published"),
    embargoedUntil: taint("2026-11-16T00:00:00Z"),
    lead: { field: taint("lead"), src: taint("harbour.svg"), alt: taint("Cranes at dusk"), caption: taint("The terminal on Tuesday."), credit: taint("Rania Haddad"), creator: taint("Rania Haddad"), copyrightNotice: taint("© 2026 Ledger"), renditions: [{ href: taint("harbour.svg"), mimetype: taint("image/svg+xml") }] },
    body: [
      { type: "paragraph", html: html("Boats went out.") },
      { type: "heading", level: 2, html: html("Cranes return") },
      { type: "quote", html: html("We are back."), cite: taint("Port authority") },
      { type: "list", ordered: false, items: [html("Grain"), html("Fuel")] },
      { type: "figure", figure: { field: taint("body line 9"), src: taint("https://img.example.com/a.jpg"), alt: taint("Boats"), caption: taint("At dawn."), credit: "" } },
    ],
    comments: [
      { id: taint("c-1"), author: taint("Staff Admin"), posted: taint("2026-11-18T17:02:00+02:00"), text: taint("First.\nSecond line.") },
      { id: taint("c-2"), author: taint("Karim"), posted: taint("2026-11-18T18:02:00+02:00"), text: taint("A reply."), replyTo: taint("c-1") },
    ],
    corrections: [{ date: taint("2026-11-19"), text: taint("An earlier version misstated the capacity.") }],
    notes: [{ kind: "editor", text: taint("This story contains graphic details.") }, { kind: "contributors", text: taint("Reporting by Jane Doe.") }],
    fieldNames: { headline: "title", byline: "author" },
  };
}

/** Every string inside an Article, with where it is; luxon times are values, not text. */
function strings(value: unknown, place = "article"): [string, string][] {
  if (typeof value === "string") return [[place, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${place}[${index}]`));
  if (value !== null && typeof value === "object" && !DateTime.isDateTime(value)) return Object.entries(value).flatMap(([key, item]) => strings(item, `${place}.${key}`));
  return [];
}

function published(result: Normalized): Article {
  if (result.kind !== "published") throw new Error(`expected published, got ${result.kind}: ${JSON.stringify(result.problems)}`);
  return result.article;
}

const hygiene = suite("text hygiene: every field of the article");

hygiene("no string of the article keeps a control or override character, and every field still says what it said", () => {
  const input = taintedInput();
  input.body[4] = { type: "figure", figure: { ...(input.body[4] as { figure: object }).figure, credit: taint("Jane Doe/AFP") } as never };
  const article = published(normalizeArticle(input, context));
  const found = strings(article).filter(([place]) => !place.startsWith("article.source"));
  for (const [place, text] of found) assert.not.match(text, UNSAFE, `${place}: ${JSON.stringify(text)}`);
  // The walk reached every part of the article, not only the fields the old rules cleaned.
  const places = new Set(found.map(([place]) => place.replace(/\[\d+\]/g, "[]")));
  for (const place of ["article.headline", "article.dek", "article.kicker", "article.slug", "article.byline[].name", "article.byline[].role", "article.dateline.city", "article.dateline.region", "article.dateline.agency", "article.tags[]", "article.lead.alt", "article.lead.caption", "article.lead.credit", "article.lead.creator", "article.lead.copyrightNotice", "article.lead.renditions[].href", "article.body[].html", "article.body[].cite", "article.body[].items[]", "article.body[].figure.caption", "article.comments[].author", "article.comments[].text", "article.comments[].replyTo", "article.corrections[].text", "article.notes[].text"]) {
    assert.ok(places.has(place), `${place} was not produced: ${[...places].join(", ")}`);
  }
  assert.is(article.headline, "Staff Admin resigns");
  assert.equal(article.byline.map((person) => [person.name, person.role]), [["Leila Khoury", "Staff Writer"], ["Tom Achterberg", undefined]]);
  assert.equal(article.dateline, { city: "Beirut", region: "Lebanon", agency: "Reuters" });
  assert.equal(article.tags, ["shipping", "lebanon"]);
  assert.is(article.slug, "staff-admin-resigns");
  assert.is(article.comments[0]!.text, "First.\nSecond line.", "a comment keeps its line breaks");
  assert.is(article.comments[1]!.replyTo, "c-1");
  assert.is(article.lead!.src, "/media/harbour.svg");
});

hygiene("text from a picture file's metadata is cleaned too, with a warning naming the file", () => {
  const result = normalizeArticle({ ...baseInput(), lead: { field: "lead", src: "harbour.svg", alt: "Cranes" } }, context);
  const lead = published(result).lead!;
  assert.equal([lead.credit, lead.creator, lead.copyrightNotice], ["Omar Saleh", "Omar Saleh", "© 2026 AFP"]);
  const warnings = result.problems.filter((problem) => /content\/media\/harbour.svg/.test(problem.message));
  assert.is(warnings.length, 1);
  assert.match(warnings[0]!.message, /U\+0007, U\+202E/);
});

hygiene("one warning per field, in the source's own name for it, listing the characters", () => {
  const result = normalizeArticle({ ...baseInput(), headline: `\u202enimdA ffatS${B}${B}`, byline: [`By Jane${B} Doe`, `Omar${R} Saleh`], tags: [`a${R}`, `b${R}`, `c${R}`, `d${R}`] , fieldNames: { headline: "title", byline: "author" } }, context);
  const warnings = result.problems.filter((problem) => /control or text-direction/.test(problem.message));
  assert.equal(warnings.map((problem) => [problem.severity, problem.field]), [["warning", "title"], ["warning", "author"], ["warning", "tags"]]);
  assert.match(warnings[0]!.message, /U\+0007, U\+202E/);
  assert.match(warnings[1]!.message, /\(in \[0\], \[1\]\)/);
  assert.match(warnings[2]!.message, /\(in \[0\], \[1\], \[2\] and 1 more\)/);
  assert.is(published(result).headline, "nimdA ffatS", "shown as written, not reversed into \"Staff Admin\"");
});

hygiene("a clean input is neither copied nor reported", () => {
  const input = baseInput();
  const result = withSafeText(input);
  assert.ok(result.input === input);
  assert.equal(result.problems, []);
});

hygiene.run();

const direction = suite("text hygiene: what right-to-left text needs is kept");

direction("marks, joiners and matched isolates stay; embeddings, overrides and unmatched isolates go", () => {
  const kept = "\u200fمرحبا\u200e \u061c\u0661 می\u200cخواهم 👩\u200d💻 \u2067עברית\u2069 \u2066\u2068x\u2069\u2069";
  const result = normalizeArticle({ ...baseInput(), headline: kept }, context);
  assert.is(published(result).headline, kept);
  assert.equal(result.problems, []);
  const unmatched = normalizeArticle({ ...baseInput(), headline: `\u202bA\u202c \u2067B \u2069C\u2069 \u2066D` }, context);
  assert.is(published(unmatched).headline, "A \u2067B \u2069C D");
  assert.match(unmatched.problems[0]!.message, /U\+202B, U\+202C, U\+2066, U\+2069/);
});

direction("an isolate is matched on its own line only: a line break closes what a browser has open", () => {
  const article = published(normalizeArticle({ ...baseInput(), comments: [{ id: "c-1", text: "one \u2067open\nand \u2069closed \u2068ok\u2069" }] }, context));
  assert.is(article.comments[0]!.text, "one open\nand closed \u2068ok\u2069");
});

direction("a name imported from a form service cannot pretend to be someone else", () => {
  const article = published(normalizeArticle({ ...baseInput(), comments: [{ id: "f-1", author: "\u202enimdA ffatS", posted: "2026-11-18T17:02:00+02:00", text: "Hello" }] }, context));
  assert.is(article.comments[0]!.author, "nimdA ffatS");
});

direction.run();

const places = suite("text hygiene: where the report says the characters were");

/** The warnings about removed characters, as `field: message`. */
function removals(input: ArticleInput): string[] {
  return withSafeText(input).problems.map((problem) => `${problem.severity} ${problem.field}: ${problem.message}`);
}

places("a field's own text is named alone; a part of it by its place, up to three places and how many more", () => {
  // A WordPress comment export whose second commenter pasted a right-to-left override into the name.
  const nested = removals({ ...baseInput(), comments: [{ id: "c-1", text: "Fine." }, { id: "c-2", author: `Staff${R} Admin`, text: "Agreed." }] });
  assert.is(nested.length, 1);
  assert.match(nested[0]!, /^warning comments: removed invisible control or text-direction characters U\+202E \(in \[1\]\.author\): /);
  const dateline = removals({ ...baseInput(), dateline: { city: `BEIRUT${B}`, region: "Lebanon" } });
  assert.match(dateline[0]!, /^warning dateline: removed invisible control or text-direction characters U\+0007 \(in city\): /);
  const own = removals({ ...baseInput(), headline: `Harbour${B} reopens` });
  assert.is(own.length, 1);
  assert.match(own[0]!, /^warning headline: removed invisible control or text-direction characters U\+0007: /);
  const counts: [tags: number, inside: RegExp][] = [
    [1, /U\+202E \(in \[0\]\): /],
    [3, /U\+202E \(in \[0\], \[1\], \[2\]\): /],
    [5, /U\+202E \(in \[0\], \[1\], \[2\] and 2 more\): /],
  ];
  for (const [tags, inside] of counts) {
    const found = removals({ ...baseInput(), tags: Array.from({ length: tags }, (_, i) => `tag${i}${R}`) });
    assert.match(found[0]!, inside, String(tags));
  }
});

places("matched isolates are kept and not reported; only the field that lost characters is named", () => {
  const result = withSafeText({ ...baseInput(), headline: "\u2067עברית\u2069 talks resume", tags: ["Israel", `Gaza${R}`] });
  assert.equal(result.problems.map((problem) => problem.field), ["tags"]);
  assert.is(result.input.headline, "\u2067עברית\u2069 talks resume");
  assert.equal(result.input.tags, ["Israel", "Gaza"]);
});

places("where the source came from is not text: its path is kept as it is on disk", () => {
  const path = `content/articles/wire/BC-Harbour${B}.txt`;
  const result = withSafeText({ ...baseInput(), path, headline: `Harbour${B} reopens` });
  assert.is(result.input.path, path);
  assert.equal(result.problems.map((problem) => [problem.path, problem.field]), [[path, "headline"]]);
  assert.equal(withSafeText({ ...baseInput(), path }).problems, []);
});

places("fields left undefined and objects made without a prototype (Node's querystring.parse for a form post) are walked safely", () => {
  const form = Object.assign(Object.create(null) as Record<string, string>, { id: "f-1", author: `\u202enimdA ffatS`, text: "Hello" });
  const result = withSafeText({ ...baseInput(), dek: undefined, lead: undefined, comments: [form as never] });
  assert.is(result.input.comments[0]!.author, "nimdA ffatS");
  assert.equal(result.problems.map((problem) => problem.field), ["comments"]);
});

places("a site page's front matter is cleaned the same way, each field named by its key", () => {
  // An "About us" page whose Hugo front matter was pasted from a word processor.
  const fields = { title: `About${B} us`, description: "Who we are.", menu: { main: { name: `About${R}` } } };
  const result = withSafeFields(fields, "content/pages/about.md");
  assert.equal(result.fields, { title: "About us", description: "Who we are.", menu: { main: { name: "About" } } });
  assert.equal(result.problems.map((problem) => [problem.severity, problem.path, problem.field]), [["warning", "content/pages/about.md", "title"], ["warning", "content/pages/about.md", "menu"]]);
  const clean = { title: "About us" };
  assert.ok(withSafeFields(clean, "content/pages/about.md").fields === clean);
});

places.run();

function baseInput(): ArticleInput {
  return {
    format: "markdown",
    path: "content/articles/harbour.md",
    headline: "Harbour reopens",
    published: "2026-11-17",
    byline: [],
    tags: [],
    body: [{ type: "paragraph", html: "Boats went out." as SafeHtml }],
    comments: [],
    corrections: [],
    fieldNames: {},
  };
}
