import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { normalizeArticle, type NormalizeContext, type Normalized } from "../../src/model/normalize.ts";
import type { EmbeddedMetadata } from "../../src/model/figures.ts";
import type { Article, ArticleInput, FigureInput } from "../../src/model/types.ts";
import type { Site } from "../../src/site.ts";
import { makeTestSite } from "../helpers/test-site.ts";

const site: Site = makeTestSite({ url: "https://news.example.com", datelineZones: { Washington: "America/New_York" } });

const context: NormalizeContext = {
  site,
  now: DateTime.fromISO("2026-11-25T12:00:00Z"),
  media: {
    has: (name) => ["harbour.svg", "photos/boats.svg", "notes.txt"].includes(name),
    size: (name) => (name === "notes.txt" ? { error: "is not a picture (unsupported image format): use a JPEG, PNG, WebP, AVIF, GIF or SVG file" } : { width: 1200, height: 800 }),
    embedded: () => ({}),
  },
};

function input(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    format: "markdown",
    path: "content/articles/harbour.md",
    headline: "Harbour reopens",
    published: "2026-11-17",
    byline: ["By Leila Khoury"],
    tags: [],
    body: [{ type: "paragraph", html: "Boats went out." as never }],
    comments: [],
    corrections: [],
    fieldNames: {},
    ...overrides,
  };
}

function published(result: Normalized): Article {
  if (result.kind !== "published") throw new Error(`expected published, got ${result.kind}: ${JSON.stringify(result.problems)}`);
  return result.article;
}

function problemsOf(result: Normalized): string[] {
  return result.problems.map((problem) => `${problem.severity} ${problem.field}: ${problem.message}`);
}

const defaults = suite("normalizeArticle: defaults and derived fields");

defaults("fills section, language, zone and slug; builds the URL from the local date", () => {
  const article = published(normalizeArticle(input(), context));
  assert.is(article.id, "harbour");
  assert.is(article.slug, "harbour-reopens");
  assert.is(article.section, "news");
  assert.is(article.lang, "en");
  assert.is(article.dir, "ltr");
  assert.is(article.zone, "Europe/London");
  assert.is(article.url, "/2026/11/17/harbour-reopens/");
  assert.is(article.publishedPrecision, "day");
  assert.equal(article.byline, [{ name: "Leila Khoury", slug: "leila-khoury" }]);
  assert.is(article.status, "published");
  assert.ok(article.commentsOpen);
});

defaults("the dateline city's zone decides a calendar date and the URL's day", () => {
  const article = published(normalizeArticle(input({ dateline: "TOKYO", published: "2026-11-17" }), context));
  assert.is(article.zone, "Asia/Tokyo");
  assert.is(article.published.toISO(), "2026-11-17T00:00:00.000+09:00");
  assert.is(article.url, "/2026/11/17/harbour-reopens/");
  assert.equal(article.dateline, { city: "TOKYO" });
});

defaults("a zone the source names wins over the dateline's", () => {
  const article = published(normalizeArticle(input({ dateline: "TOKYO", zone: "Pacific/Kiritimati", published: "2026-11-17 23:30" }), context));
  assert.is(article.published.toISO(), "2026-11-17T23:30:00.000+14:00");
});

defaults("the site's dateline table maps cities the city table lacks", () => {
  assert.is(published(normalizeArticle(input({ dateline: "WASHINGTON" }), context)).zone, "America/New_York");
});

defaults("right-to-left languages get dir=rtl", () => {
  const article = published(normalizeArticle(input({ lang: "ar" }), context));
  assert.is(article.lang, "ar");
  assert.is(article.dir, "rtl");
  // Directions are looked up once per tag and kept: each tag keeps its own answer.
  const directions = ["ar", "en", "ar", "he-IL", "sv", "fa"].map((lang) => published(normalizeArticle(input({ lang }), context)).dir);
  assert.equal(directions, ["rtl", "ltr", "rtl", "rtl", "ltr", "rtl"]);
});

defaults("slugs come from headlines in any script", () => {
  assert.is(published(normalizeArticle(input({ headline: "Militärövning i jätteformat" }), context)).slug, "militarovning-i-jatteformat");
});

defaults("a source naming no section takes its folder's, if the folder is a section", () => {
  assert.is(published(normalizeArticle(input(), context, { folder: "world" })).section, "world");
  assert.is(published(normalizeArticle(input(), context, { folder: "World" })).section, "world");
  assert.is(published(normalizeArticle(input(), context, { folder: "2026" })).section, "news");
  assert.is(published(normalizeArticle(input({ section: "news" }), context, { folder: "world" })).section, "news");
});

defaults("the id is the file name, whatever folder the file is in", () => {
  assert.is(published(normalizeArticle(input({ path: "content/articles/world/harbour.v2.json" }), context, { folder: "world" })).id, "harbour.v2");
});

defaults("a file name that cannot carry comments closes them, with a warning", () => {
  const result = normalizeArticle(input({ path: "content/articles/Kärnkraft i Forsmark.md" }), context);
  assert.is(published(result).commentsOpen, false);
  assert.match(problemsOf(result).join("\n"), /warning file: the file name "Kärnkraft i Forsmark" cannot carry comments/);
  assert.is(published(normalizeArticle(input({ commentsOpen: false }), context)).commentsOpen, false);
});

defaults("the first paragraph, not the first block, carries the dateline", () => {
  const article = published(
    normalizeArticle(
      input({
        body: [
          { type: "figure", figure: { field: "body", src: "harbour.svg", alt: "Boats", credit: "Jane Doe/AFP" } },
          { type: "paragraph", html: "First." as never },
          { type: "paragraph", html: "Second." as never },
        ],
      }),
      context,
    ),
  );
  assert.equal(article.body.map((block) => block.type === "paragraph" && block.lead === true), [false, true, false]);
});

defaults("an update earlier than publication is dropped with a warning", () => {
  const result = normalizeArticle(input({ published: "2026-11-17 10:00", updated: "2026-11-17 09:00" }), context);
  assert.is(published(result).updated, undefined);
  assert.equal(problemsOf(result), ['warning updated: is not later than the publication date, so no "Updated" line is shown']);
});

defaults("tags are trimmed and deduplicated without regard to case", () => {
  assert.equal(published(normalizeArticle(input({ tags: ["Ports", " ports ", "Lebanon", ""] }), context)).tags, ["Ports", "Lebanon"]);
});

defaults.run();

const rules = suite("normalizeArticle: rules");

rules("a missing headline, date and body are errors naming the source's fields", () => {
  const result = normalizeArticle(input({ headline: " ", published: undefined, body: [], fieldNames: { published: "versioncreated", headline: "headlines[role=main]" } }), context);
  assert.is(result.kind, "rejected");
  const fields = result.problems.map((problem) => problem.field);
  assert.ok(fields.includes("headlines[role=main]"));
  assert.ok(fields.includes("versioncreated"));
  assert.ok(fields.includes("body"));
});

rules("unknown zone, section, language, status and an empty slug are errors with the fix", () => {
  const result = normalizeArticle(input({ zone: "Mars/Olympus", section: "sport", lang: "en_GB!", status: "live-ish", slug: "…" }), context);
  assert.is(result.kind, "rejected");
  const text = problemsOf(result).join("\n");
  assert.match(text, /error zone: "Mars\/Olympus" is not an IANA time zone/);
  assert.match(text, /error section: "sport" is not a section of this site: use one of news, world/);
  assert.match(text, /error lang: "en_GB!" is not a language tag/);
  assert.match(text, /error status: "live-ish" is not a status/);
  assert.match(text, /error slug: "…" has no letters or digits to make a URL from/);
});

rules("a byline that credits only an agency or the staff makes no person, and is kept as the credit", () => {
  const agency = published(normalizeArticle(input({ byline: ["By The Associated Press"] }), context));
  assert.equal(agency.byline, []);
  assert.is(agency.bylineCredit, "The Associated Press");
  const person = published(normalizeArticle(input({ byline: ["By Jane Doe, Reuters"] }), context));
  assert.is(person.bylineCredit, undefined);
});

rules("a byline piece with no letter or digit is left out with a warning naming it, never silently", () => {
  const result = normalizeArticle(input({ byline: ["By Jane Doe, John Roe and ***", "By ..."] }), context);
  assert.equal(published(result).byline.map((person) => person.name), ["Jane Doe", "John Roe"]);
  assert.equal(problemsOf(result).filter((line) => line.includes("no letter or digit")), [
    'warning byline: "***" has no letter or digit to name anyone, so it is left out of the byline: write the name, or remove it',
    'warning byline: "..." has no letter or digit to name anyone, so it is left out of the byline: write the name, or remove it',
  ]);
  assert.equal(problemsOf(normalizeArticle(input({ byline: ["By Jane Doe and John Roe, The Canadian Press"] }), context)), []);
});

rules("a given slug that breaks the slug rule is repaired, with a warning naming the one used", () => {
  // Shapes Hugo and Jekyll sites carry over: capitals and spaces, a file-like ending, dots.
  for (const [given, used] of [["Harbour Reopens", "harbour-reopens"], ["my-first-post.html", "my-first-post-html"], ["u.s.-stocks-fall", "us-stocks-fall"], ["../../etc", "etc"]]) {
    const result = normalizeArticle(input({ slug: given }), context);
    assert.is(published(result).slug, used, given);
    assert.match(problemsOf(result).join("\n"), new RegExp(`warning slug: "${given!.replace(/[.]/g, "\\.")}" is not a URL slug .* "${used}" is used`));
  }
});

rules("a section may be named by its display name", () => {
  assert.is(published(normalizeArticle(input({ section: "World" }), context)).section, "world");
});

rules("a figure without credit is an error; without alt it falls back to the caption with a warning", () => {
  const noCredit = normalizeArticle(input({ lead: { field: "lead", src: "harbour.svg", alt: "Boats" } }), context);
  assert.is(noCredit.kind, "rejected");
  assert.match(problemsOf(noCredit).join("\n"), /error lead: figure has no credit/);
  const noAlt = normalizeArticle(input({ lead: { field: "Image-1", src: "harbour.svg", caption: "Boats at dawn.", credit: "Jane Doe" } }), context);
  assert.is(published(noAlt).lead?.alt, "Boats at dawn.");
  assert.match(problemsOf(noAlt).join("\n"), /warning Image-1: figure has no alt text/);
});

rules("a local picture's size comes from the file unless the source gives it; a file that is not a picture is an error", () => {
  const measured = published(normalizeArticle(input({ lead: { field: "lead", src: "harbour.svg", alt: "B", credit: "C" } }), context));
  assert.equal([measured.lead?.width, measured.lead?.height], [1200, 800]);
  const given = published(normalizeArticle(input({ lead: { field: "lead", src: "harbour.svg", alt: "B", credit: "C", width: 640, height: 480 } }), context));
  assert.equal([given.lead?.width, given.lead?.height], [640, 480]);
  const unreadable = normalizeArticle(input({ lead: { field: "lead", src: "notes.txt", alt: "B", credit: "C" } }), context);
  assert.is(unreadable.kind, "rejected");
  assert.equal(problemsOf(unreadable), ["error lead: content/media/notes.txt is not a picture (unsupported image format): use a JPEG, PNG, WebP, AVIF, GIF or SVG file"]);
});

rules("picture paths resolve inside content/media and never outside it", () => {
  const ok = published(normalizeArticle(input({ lead: { field: "lead", src: "/media/photos/boats.svg", alt: "B", credit: "C" } }), context));
  assert.is(ok.lead?.src, "/media/photos/boats.svg");
  for (const src of ["../../../etc/passwd", "photos/../../secret.svg", "javascript:alert(1)", "data:image/svg+xml,<svg/>", "//evil.example/x.jpg", "C:\\x.jpg"]) {
    const result = normalizeArticle(input({ lead: { field: "lead", src, alt: "B", credit: "C" } }), context);
    assert.is(result.kind, "rejected", src);
    assert.match(problemsOf(result).join("\n"), /must name a file inside content\/media\//, src);
  }
  const missing = normalizeArticle(input({ lead: { field: "lead", src: "nope.svg", alt: "B", credit: "C" } }), context);
  assert.match(problemsOf(missing).join("\n"), /content\/media\/nope.svg does not exist/);
  const remote = published(normalizeArticle(input({ lead: { field: "lead", src: "https://img.example.com/a b.jpg", alt: "B", credit: "C" } }), context));
  assert.is(remote.lead?.src, "https://img.example.com/a%20b.jpg");
});

rules("a site path outside /media/ is no picture of the site", () => {
  for (const src of ["/etc/passwd", "/harbour.svg/../../etc/passwd", "/img/x.jpg"]) {
    const result = normalizeArticle(input({ lead: { field: "lead", src, alt: "B", credit: "C" } }), context);
    assert.is(result.kind, "rejected", src);
    assert.match(problemsOf(result).join("\n"), /must name a file inside content\/media\//, src);
  }
});

rules("an http picture is asked for over https, with a warning naming the field", () => {
  const result = normalizeArticle(input({ body: [{ type: "paragraph", html: "Text." as never }, { type: "figure", figure: { field: "body", src: "http://img.example.com/a.jpg", alt: "A", credit: "C" } }] }), context);
  const figure = published(result).body[1];
  assert.equal(figure?.type === "figure" && figure.figure.src, "https://img.example.com/a.jpg");
  assert.equal(problemsOf(result), ["warning body: gives the picture at http:// (http://img.example.com/a.jpg); it is loaded over https:// so the page has no mixed content: check it loads at https://img.example.com/a.jpg, or copy it into content/media/"]);
});

rules.run();

const credits = suite("normalizeArticle: credits from the picture file");

const EMBEDDED: Record<string, EmbeddedMetadata> = {
  "exif.jpg": { "EXIF Artist": "Wanjiru Kamau", "EXIF Copyright": "Copyright 2026 The Ledger" },
  "iptc.jpg": { "IPTC Credit": "Omar Saleh/AFP", "IPTC By-line": "Omar Saleh", "XMP photoshop:Credit": "Someone Else", "EXIF Artist": "O. Saleh" },
  "xmp.jpg": { "XMP photoshop:Credit": "Thandiwe Mokoena/Reuters", "XMP dc:rights": "© 2026 Reuters" },
  "rights.jpg": { "IPTC CopyrightNotice": "© 2026 Harbour Trust" },
  "bare.jpg": {},
};
const withMetadata: NormalizeContext = {
  ...context,
  media: { has: (name) => name in EMBEDDED, size: () => ({ width: 1600, height: 1067 }), embedded: (name) => EMBEDDED[name] ?? {} },
};
const leadOf = (src: string, extra: Partial<FigureInput> = {}) => normalizeArticle(input({ lead: { field: "lead", src, alt: "Boats", ...extra } }), withMetadata);

credits("without a credit in the source, the Credit Line wins, then the creator, then the copyright notice", () => {
  const iptc = published(leadOf("iptc.jpg")).lead!;
  assert.equal([iptc.credit, iptc.creditSource, iptc.creator], ["Omar Saleh/AFP", "embedded IPTC Credit", "Omar Saleh"]);
  const exif = published(leadOf("exif.jpg")).lead!;
  assert.equal([exif.credit, exif.creditSource, exif.copyrightNotice], ["Wanjiru Kamau", "embedded EXIF Artist", "Copyright 2026 The Ledger"]);
  const xmp = published(leadOf("xmp.jpg")).lead!;
  assert.equal([xmp.credit, xmp.creditSource, xmp.copyrightNotice], ["Thandiwe Mokoena/Reuters", "embedded XMP photoshop:Credit", "© 2026 Reuters"]);
  const rights = published(leadOf("rights.jpg")).lead!;
  assert.equal([rights.credit, rights.creditSource], ["© 2026 Harbour Trust", "embedded IPTC CopyrightNotice"]);
});

credits("the source's credit wins over the file's; the file still fills in creator and copyright", () => {
  const lead = published(leadOf("exif.jpg", { credit: "W. Kamau/The Ledger" })).lead!;
  assert.equal([lead.credit, lead.creditSource, lead.creator, lead.copyrightNotice], ["W. Kamau/The Ledger", "source", "Wanjiru Kamau", "Copyright 2026 The Ledger"]);
  const given = published(leadOf("exif.jpg", { credit: "C", creator: "Someone", copyrightNotice: "© Someone" })).lead!;
  assert.equal([given.creator, given.copyrightNotice], ["Someone", "© Someone"]);
});

credits("no credit from any place is an error naming the file", () => {
  const result = leadOf("bare.jpg");
  assert.is(result.kind, "rejected");
  assert.equal(problemsOf(result), [
    "error lead: figure has no credit, and content/media/bare.jpg carries none in its IPTC, XMP or EXIF metadata: every picture must name its photographer or agency (a `credit`, or `[Credit]` at the end of the caption)",
  ]);
});

credits("the figure remembers the source field it came from, for the report", () => {
  assert.is(published(leadOf("exif.jpg")).lead?.field, "lead");
});

credits.run();

const holding = suite("normalizeArticle: held back");

holding("drafts, future dates, embargoes and withheld items are held, not published", () => {
  const draft = normalizeArticle(input({ status: "draft" }), context);
  assert.is(draft.kind, "held");
  if (draft.kind === "held") assert.is(draft.reason, "draft");
  const scheduled = normalizeArticle(input({ published: "2026-11-26 08:00" }), context);
  assert.is(scheduled.kind, "held");
  if (scheduled.kind === "held") {
    assert.is(scheduled.article.status, "scheduled");
    assert.match(scheduled.reason, /scheduled for 2026-11-26T08:00/);
  }
  const embargoed = normalizeArticle(input({ embargoedUntil: "2026-11-25T18:00:00Z" }), context);
  assert.is(embargoed.kind, "held");
  if (embargoed.kind === "held") assert.is(embargoed.article.status, "embargoed");
  const lifted = normalizeArticle(input({ embargoedUntil: "2026-11-25T06:00:00Z" }), context);
  assert.is(lifted.kind, "published");
  const withheld = normalizeArticle(input({ heldBack: "ninjs pubstatus is withheld" }), context);
  assert.is(withheld.kind, "held");
  if (withheld.kind === "held") assert.is(withheld.reason, "ninjs pubstatus is withheld");
});

holding.run();
