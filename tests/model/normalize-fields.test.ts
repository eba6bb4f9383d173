// normalizeArticle field by field: what each field of a source becomes on the page, which problem
// a bad value raises (its severity and the field it names, in the source's own name for it), and
// what an article without the field looks like. Inputs are shaped like the sources Dateline reads:
// Hugo and Jekyll front matter (`title`, `date`, `lastmod`, `categories`), IPTC ninjs items
// (`headlines[role=main]`, `versioncreated`, `language`, `embargoed`), wire text with AP, Reuters
// and dpa datelines, and reader comments scraped from WordPress pages.
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { normalizeArticle, type NormalizeContext, type Normalized } from "../../src/model/normalize.ts";
import type { Article, ArticleInput, SafeHtml } from "../../src/model/types.ts";
import { makeTestSite } from "../helpers/test-site.ts";

const context: NormalizeContext = {
  site: makeTestSite({
    sections: [
      { slug: "news", name: "News" },
      { slug: "world", name: "World" },
      // A section whose display name is not its slug, as newsrooms name their desks.
      { slug: "biz", name: "Business" },
    ],
  }),
  now: DateTime.fromISO("2026-11-25T12:00:00Z"),
  media: { has: (name) => name === "harbour.jpg", size: () => ({ width: 1600, height: 1067 }), embedded: () => ({}) },
};

const html = (text: string) => text as SafeHtml;

/** A Hugo post as the Markdown loader hands it over, with Hugo's own field names. */
function hugo(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    format: "markdown",
    path: "content/articles/harbour-reopens.md",
    headline: "Harbour reopens after storm",
    published: "2026-11-17T09:30:00+00:00",
    byline: ["By Leila Khoury"],
    tags: [],
    body: [{ type: "paragraph", html: html("Fishing boats went out at dawn.") }],
    comments: [],
    corrections: [],
    fieldNames: { headline: "title", published: "date", updated: "lastmod", section: "categories", embargoedUntil: "embargoed" },
    ...overrides,
  };
}

function published(result: Normalized): Article {
  if (result.kind !== "published") throw new Error(`expected published, got ${result.kind}: ${JSON.stringify(result.problems)}`);
  return result.article;
}

/** Each problem as `severity field`, the way the build report groups them. */
const kinds = (result: Normalized) => result.problems.map((problem) => `${problem.severity} ${problem.field}`);

const rejected = suite("normalizeArticle: a bad value is an error naming its field");

rejected("each broken rule rejects the article with one error, on the field as the source names it", () => {
  const cases: [what: string, overrides: Partial<ArticleInput>, expected: string[]][] = [
    ["a blank title", { headline: " \n " }, ["error title"]],
    ["a date no reader could read", { published: "next Tuesday" }, ["error date"]],
    ["a date that does not exist", { published: "2026-02-30" }, ["error date"]],
    ["no date at all", { published: undefined }, ["error date"]],
    ["an unreadable lastmod", { updated: "yesterday" }, ["error lastmod"]],
    ["an unreadable embargo", { embargoedUntil: "upon approval" }, ["error embargoed"]],
    ["a zone that is no IANA zone", { zone: "CET+1" }, ["error zone"]],
    ["a dateline that is no dateline", { dateline: "12:30" }, ["error dateline"]],
    ["a split dateline without a city", { dateline: { city: "  ", region: "Lebanon" } }, ["error dateline"]],
    ["a language tag that is none", { lang: "english!" }, ["error lang"]],
    ["a section the site does not have", { section: "Sport" }, ["error categories"]],
    ["a status that is none", { status: "pending review" }, ["error status"]],
    ["a slug with no letters", { slug: "---" }, ["error slug"]],
    ["a headline with no letters, and no slug", { headline: "***" }, ["error slug"]],
    ["a body of pictures only", { body: [{ type: "figure", figure: { field: "body line 3", src: "harbour.jpg", alt: "Boats", credit: "Jane Doe" } }] }, ["error body"]],
    ["an empty body", { body: [] }, ["error body"]],
    ["a correction with a date that is none", { corrections: [{ text: "An earlier version misspelt the minister's name.", date: "last week" }] }, ["error corrections[0].date"]],
  ];
  for (const [what, overrides, expected] of cases) {
    const result = normalizeArticle(hugo(overrides), context);
    assert.is(result.kind, "rejected", what);
    assert.equal(kinds(result), expected, what);
    // An editor is told what is wrong, never handed a blank line.
    for (const problem of result.problems) assert.ok(problem.message.trim().length > 20, `${what}: ${JSON.stringify(problem.message)}`);
  }
});

rejected("without the source's own names, the problems name Dateline's fields", () => {
  const cases: [overrides: Partial<ArticleInput>, expected: string[]][] = [
    [{ headline: "" }, ["error headline"]],
    [{ published: "not yet" }, ["error published"]],
    [{ published: undefined }, ["error published"]],
    [{ updated: "soon" }, ["error updated"]],
    [{ embargoedUntil: "on approval" }, ["error embargoedUntil"]],
    [{ section: "sport" }, ["error section"]],
  ];
  for (const [overrides, expected] of cases) assert.equal(kinds(normalizeArticle(hugo({ fieldNames: {}, ...overrides }), context)), expected, expected.join());
});

rejected("every problem of a source is reported at once, an unreadable embargo included", () => {
  // A ninjs item with two things wrong: the editor sees both in one build, not one per build.
  const result = normalizeArticle(hugo({ headline: "", embargoedUntil: "when the minister speaks" }), context);
  assert.is(result.kind, "rejected");
  assert.equal(kinds(result), ["error title", "error embargoed"]);
  // A draft is checked as fully as a story that goes out.
  assert.equal(kinds(normalizeArticle(hugo({ status: "draft", embargoedUntil: "TBA" }), context)), ["error embargoed"]);
});

rejected("an error anywhere rejects the article, even when every field it needs is there", () => {
  for (const overrides of [{ zone: "Mars/Olympus" }, { corrections: [{ text: "Fixed.", date: "2026-13-01" }] }] as Partial<ArticleInput>[]) {
    const result = normalizeArticle(hugo(overrides), context);
    assert.is(result.kind, "rejected", JSON.stringify(overrides));
    assert.not.ok("article" in result);
  }
});

rejected.run();

const fields = suite("normalizeArticle: what each field becomes");

fields("an article with only what it needs carries no optional field at all", () => {
  const article = published(normalizeArticle(hugo(), context));
  assert.equal(Object.keys(article).sort(), ["body", "byline", "comments", "commentsOpen", "corrections", "dir", "headline", "id", "lang", "published", "publishedPrecision", "section", "slug", "source", "status", "tags", "url", "zone"]);
  assert.is(article.headline, "Harbour reopens after storm");
  assert.is(article.publishedPrecision, "minute");
  assert.equal(article.source, { path: "content/articles/harbour-reopens.md", format: "markdown" });
});

fields("one-line fields: runs of whitespace become one space, ends trimmed, blank ones left out", () => {
  // A YAML folded title and a ninjs headline with the line breaks of the agency's editor.
  const article = published(
    normalizeArticle(
      hugo({
        headline: "\n  Harbour reopens\n  after   storm\t",
        dek: "  Fishing boats went out\n at dawn. ",
        kicker: " Lebanon ",
        notes: [{ kind: "editor", text: "\tEDITOR'S NOTE:  This story is part of a series. " }],
      }),
      context,
    ),
  );
  assert.equal([article.headline, article.dek, article.kicker, article.notes], ["Harbour reopens after storm", "Fishing boats went out at dawn.", "Lebanon", [{ kind: "editor", text: "EDITOR'S NOTE: This story is part of a series." }]]);
  const blank = published(normalizeArticle(hugo({ dek: " \n ", kicker: "" }), context));
  assert.not.ok("dek" in blank);
  assert.not.ok("kicker" in blank);
});

fields("a dateline given already split keeps its parts as written, whitespace tidied, blank parts left out", () => {
  // ninjs `located` and a Hugo front matter map give the dateline in parts.
  const cases: [given: ArticleInput["dateline"], expected: unknown][] = [
    [{ city: " BEIRUT ", region: " Lebanon\n", agency: " Reuters " }, { city: "BEIRUT", region: "Lebanon", agency: "Reuters" }],
    [{ city: "BERLIN", region: "  ", agency: "dpa" }, { city: "BERLIN", agency: "dpa" }],
    [{ city: "NAIROBI", region: "Kenya", agency: "" }, { city: "NAIROBI", region: "Kenya" }],
    [{ city: "UNITED  NATIONS" }, { city: "UNITED NATIONS" }],
  ];
  for (const [given, expected] of cases) assert.equal(published(normalizeArticle(hugo({ dateline: given }), context)).dateline, expected, JSON.stringify(given));
  // A dateline as wire copy writes it is parsed.
  assert.equal(published(normalizeArticle(hugo({ dateline: "BEIRUT, Lebanon (Reuters)" }), context)).dateline, { city: "BEIRUT", region: "Lebanon", agency: "Reuters" });
});

fields("the zone: the source's, trimmed; else the dateline city's; else the site's", () => {
  const cases: [overrides: Partial<ArticleInput>, zone: string][] = [
    [{ zone: "  Asia/Beirut " }, "Asia/Beirut"],
    [{ zone: "Asia/Beirut", dateline: "TOKYO" }, "Asia/Beirut"],
    [{ dateline: "TOKYO" }, "Asia/Tokyo"],
    [{ dateline: { city: "Nairobi", region: "Kenya" } }, "Africa/Nairobi"],
    [{}, "Europe/London"],
  ];
  for (const [overrides, zone] of cases) assert.is(published(normalizeArticle(hugo(overrides), context)).zone, zone, JSON.stringify(overrides));
});

fields("the section: named by slug or display name in any case, else the folder's, else the site's default", () => {
  const cases: [section: string | undefined, folder: string | undefined, expected: string][] = [
    ["world", undefined, "world"],
    [" World ", undefined, "world"],
    ["Business", undefined, "biz"],
    ["BUSINESS", "world", "biz"],
    ["biz", undefined, "biz"],
    // Jekyll writes `category:` with nothing after it: the folder decides.
    ["", "world", "world"],
    ["  ", "business", "biz"],
    [undefined, "World", "world"],
    [undefined, "2026", "news"],
    [undefined, undefined, "news"],
  ];
  for (const [section, folder, expected] of cases) {
    const result = normalizeArticle(hugo(section === undefined ? {} : { section }), context, folder === undefined ? {} : { folder });
    assert.is(published(result).section, expected, `${JSON.stringify(section)} in ${folder}`);
  }
});

fields("the status words a CMS export writes, in any case", () => {
  const cases: [status: string, kind: string][] = [
    ["published", "published"],
    ["Publish", "published"],
    [" live", "published"],
    ["LIVE ", "published"],
    ["draft", "held"],
    [" Draft", "held"],
  ];
  for (const [status, kind] of cases) {
    const result = normalizeArticle(hugo({ status }), context);
    assert.is(result.kind, kind, status);
    assert.equal(result.problems, [], status);
  }
});

fields("a given slug in slug form is used as it is, surrounding spaces aside", () => {
  for (const slug of ["harbour-reopens-2026", " harbour-reopens-2026", "harbour-reopens-2026 "]) {
    const result = normalizeArticle(hugo({ slug }), context);
    assert.is(published(result).slug, "harbour-reopens-2026", JSON.stringify(slug));
    assert.equal(result.problems, [], JSON.stringify(slug));
    assert.is(published(result).url, "/2026/11/17/harbour-reopens-2026/");
  }
});

fields("an update later than publication is shown; one at the same minute is not", () => {
  const later = normalizeArticle(hugo({ updated: "2026-11-17T11:05:00+00:00" }), context);
  assert.is(published(later).updated?.toISO(), "2026-11-17T11:05:00.000+00:00");
  assert.equal(later.problems, []);
  const same = normalizeArticle(hugo({ updated: "2026-11-17T09:30:00+00:00" }), context);
  assert.not.ok("updated" in published(same));
  assert.equal(kinds(same), ["warning lastmod"]);
});

fields("a local time the clocks skip is read, with a warning on the date field", () => {
  const result = normalizeArticle(hugo({ published: "2026-03-29 01:30" }), context);
  assert.is(published(result).published.toISO(), "2026-03-29T02:30:00.000+01:00");
  assert.equal(kinds(result), ["warning date"]);
});

fields("tags: whitespace tidied, duplicates in any case left out, the first spelling kept", () => {
  // WordPress exports tags as they were typed, over the years, by different editors.
  const article = published(normalizeArticle(hugo({ tags: ["Port of  Beirut", "port of beirut", "  Lebanon", "LEBANON", "Shipping\n", " ", "shipping"] }), context));
  assert.equal(article.tags, ["Port of Beirut", "Lebanon", "Shipping"]);
});

fields("the byline credit: only when no person is named, tidied", () => {
  // AP's "By The Associated Press", PA's staff byline; a named reporter with an agency gets no credit line.
  assert.is(published(normalizeArticle(hugo({ byline: ["By The Associated Press"] }), context)).bylineCredit, "The Associated Press");
  assert.not.ok("bylineCredit" in published(normalizeArticle(hugo({ byline: ["By Leila Khoury, Reuters"] }), context)));
  assert.not.ok("bylineCredit" in published(normalizeArticle(hugo({ byline: [] }), context)));
});

fields.run();

const body = suite("normalizeArticle: the body");

body("the first paragraph is the lead, whatever comes before it; figures are resolved", () => {
  const article = published(
    normalizeArticle(
      hugo({
        body: [
          { type: "heading", level: 3, html: html("Storm damage") },
          { type: "figure", figure: { field: "body line 4", src: "harbour.jpg", alt: "Boats at the quay", credit: "Jane Doe/The Ledger" } },
          { type: "paragraph", html: html("BEIRUT (Reuters) - Fishing boats went out at dawn.") },
          { type: "paragraph", html: html("The port reopened on Tuesday.") },
          { type: "heading", level: 4, html: html("What comes next") },
        ],
      }),
      context,
    ),
  );
  assert.equal(
    article.body.map((block) => (block.type === "figure" ? `figure ${block.figure.src}` : block.type === "heading" ? `h${block.level}` : `${block.type}${block.type === "paragraph" && block.lead ? " lead" : ""}`)),
    ["h2", "figure /media/harbour.jpg", "paragraph lead", "paragraph", "h3"],
  );
  assert.is(article.body[1]?.type === "figure" && article.body[1].figure.creditSource, "source");
});

body("a lead picture is resolved; an article without one has none", () => {
  const article = published(normalizeArticle(hugo({ lead: { field: "featured_image", src: "media/harbour.jpg", alt: "Boats", credit: "Jane Doe" } }), context));
  assert.is(article.lead?.src, "/media/harbour.jpg");
  assert.is(article.lead?.field, "featured_image");
});

body.run();

const comments = suite("normalizeArticle: comments and corrections");

comments("comments scraped from a WordPress page: numbered in file order, tidied, empty ones left out with a warning", () => {
  const result = normalizeArticle(
    hugo({
      comments: [
        { text: "\n  Great news for the fishermen.\n", author: " Karim\n Haddad ", posted: "November 17, 2026 10:02 am" },
        { text: "   " },
        { text: "When will the ferries run?", author: "  ", posted: "2026-11-17 11:15" },
        { id: "c-9", text: "Next week, says the port.", replyTo: "reader-3", pick: true, posted: "a while ago" },
      ],
    }),
    context,
  );
  const article = published(result);
  assert.equal(
    article.comments.map((comment) => ({ ...comment, posted: comment.posted?.toISO() })),
    [
      { id: "reader-1", text: "Great news for the fishermen.", author: "Karim Haddad", posted: "2026-11-17T10:02:00.000+00:00" },
      { id: "reader-3", text: "When will the ferries run?", posted: "2026-11-17T11:15:00.000+00:00" },
      { id: "c-9", text: "Next week, says the port.", replyTo: "reader-3", pick: true, posted: undefined },
    ],
  );
  assert.not.ok("posted" in article.comments[2]!);
  assert.not.ok("pick" in article.comments[0]!);
  assert.equal(kinds(result), ["warning comments[1]", "warning comments[3].posted"]);
});

comments("corrections keep their text, trimmed, and their date in the article's zone", () => {
  const article = published(
    normalizeArticle(
      hugo({
        zone: "Asia/Beirut",
        corrections: [
          { text: "\n  An earlier version of this story misstated the port's capacity.\n", date: "2026-11-18" },
          { text: "The minister's name was misspelt." },
        ],
      }),
      context,
    ),
  );
  assert.equal(
    article.corrections.map((note) => [note.text, note.date?.toISO()]),
    [
      ["An earlier version of this story misstated the port's capacity.", "2026-11-18T00:00:00.000+02:00"],
      ["The minister's name was misspelt.", undefined],
    ],
  );
  assert.not.ok("date" in article.corrections[1]!);
});

comments.run();

const held = suite("normalizeArticle: why an article is held");

held("the status and the reason an editor sees in preview", () => {
  const cases: [overrides: Partial<ArticleInput>, kind: string, status: string, reason: string | undefined][] = [
    [{ status: "draft" }, "held", "draft", "draft"],
    // ninjs pubStatus "withheld", as Superdesk sends it.
    [{ heldBack: "ninjs pubstatus is withheld" }, "held", "draft", "ninjs pubstatus is withheld"],
    [{ embargoedUntil: "2026-11-25T18:00:00Z" }, "held", "embargoed", "embargoed until 2026-11-25T18:00:00+00:00"],
    [{ embargoedUntil: "2026-11-26T09:00:00+02:00", zone: "Asia/Beirut" }, "held", "embargoed", "embargoed until 2026-11-26T09:00:00+02:00"],
    [{ published: "2026-11-26T08:00:00+00:00" }, "held", "scheduled", "scheduled for 2026-11-26T08:00:00+00:00"],
    [{ embargoedUntil: "2026-11-25T06:00:00Z" }, "published", "published", undefined],
  ];
  for (const [overrides, kind, status, reason] of cases) {
    const result = normalizeArticle(hugo(overrides), context);
    assert.is(result.kind, kind, JSON.stringify(overrides));
    if (result.kind === "rejected") continue;
    assert.is(result.article.status, status, JSON.stringify(overrides));
    assert.is(result.kind === "held" ? result.reason : undefined, reason, JSON.stringify(overrides));
  }
});

held.run();

const language = suite("normalizeArticle: language");

language("a text in another script than the language says is a warning on the language field, as the source names it", () => {
  // An Arabic story from a Hugo news theme, filed by a ninjs feed that says `language: en`.
  const arabic: Partial<ArticleInput> = {
    headline: "افتتاح الميناء بعد العاصفة",
    body: [{ type: "paragraph", html: html("خرجت قوارب الصيد من الميناء عند الفجر بعد أن هدأت العاصفة التي ضربت الساحل طوال الأسبوع الماضي.") }],
  };
  const declared = normalizeArticle(hugo({ ...arabic, lang: "en", fieldNames: { lang: "language" } }), context);
  assert.equal(kinds(declared), ["warning language"]);
  assert.match(declared.problems[0]!.message, /language: en/);
  const undeclared = normalizeArticle(hugo({ ...arabic, fieldNames: {} }), context);
  assert.equal(kinds(undeclared), ["warning lang"]);
  assert.not.match(undeclared.problems[0]!.message, /says lang/);
  assert.equal(normalizeArticle(hugo({ ...arabic, lang: "ar" }), context).problems, []);
  const tagged = published(normalizeArticle(hugo({ lang: " en_GB " }), context));
  assert.equal([tagged.lang, tagged.dir], ["en-GB", "ltr"]);
});

language.run();
