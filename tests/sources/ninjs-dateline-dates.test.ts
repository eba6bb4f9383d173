// A ninjs story's dateline (the one its first paragraph opens with, else `located`), its dates
// with the embargo, its publishing status and its subjects. Rows imitate AP's, Reuters', AFP's and
// dpa's openings as IPTC's examples carry them ("GROSSETO, Italy (AP) --", 1.6/005), Superdesk's
// ninjs output (`ninjs_embargoed.json`, `located` from its dateline form) and TT's and NTB's items
// in ../shared/corpus/ninjs/.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ArticleInput } from "../../src/model/types.ts";
import { article, fields } from "./ninjs-item.ts";

const blocks = (input: ArticleInput) => input.body.map((block) => (block.type === "list" ? block.items.join(" | ") : block.type === "figure" ? "figure" : `${block.type}: ${block.html}`));
const item = (extra: Record<string, unknown>) => ({ uri: "urn:newsml:example.com:20240312:1", type: "text", headline: "A", ...extra });

// ---------------------------------------------------------------------------------------------

const lead = suite("the dateline the story opens with");

lead("it comes out of the first paragraph, markup around the rest kept exactly", () => {
  // [why, body_html, dateline, the body after]
  const cases: [string, string, unknown, string[]][] = [
    ["AP: em dash, inline markup after", "<p>ROME (AP) — Rain <i>fell</i> on the city.</p><p>More.</p>", { city: "ROME", agency: "AP" }, ["paragraph: Rain <i>fell</i> on the city.", "paragraph: More."]],
    ["Reuters: extra spaces count as one", "<p>LONDON  (Reuters)  -  Shares   fell <em>sharply</em> on Monday.</p>", { city: "LONDON", agency: "Reuters" }, ["paragraph: Shares   fell <em>sharply</em> on Monday."]],
    ["AFP: accented words after it stay as written", "<p>PARIS (AFP) - Le député a été élu.</p>", { city: "PARIS", agency: "AFP" }, ["paragraph: Le député a été élu."]],
    ["only the city in bold, a comma straight after it", "<p><strong>GROSSETO</strong>, Italy (AP) — The trial began.</p>", { city: "GROSSETO", region: "Italy", agency: "AP" }, ["paragraph: The trial began."]],
    ["a heading before the first paragraph stays", "<h2>Key points</h2><p>ROME (AP) — Rain fell.</p><p>More.</p>", { city: "ROME", agency: "AP" }, ["heading: Key points", "paragraph: Rain fell.", "paragraph: More."]],
    ["the dateline bold inside a link: both go", '<p><a href="https://apnews.com/"><strong>ROME (AP)</strong></a> — Rain fell.</p>', { city: "ROME", agency: "AP" }, ["paragraph: Rain fell."]],
    ["a line break after the dateline goes with it", "<p><strong>ROME (AP) —</strong><br>Rain fell.</p>", { city: "ROME", agency: "AP" }, ["paragraph: Rain fell."]],
    ["a space before the line break is one space", "<p>ROME (AP) — <br>Rain fell.</p>", { city: "ROME", agency: "AP" }, ["paragraph: Rain fell."]],
    ["a line break later in the paragraph stays", "<p>ROME (AP) — Rain fell.<br>Then it stopped.</p>", { city: "ROME", agency: "AP" }, ["paragraph: Rain fell.<br>Then it stopped."]],
    ["space inside the bold dateline", "<p><strong> ROME (AP) — </strong> Rain <b>fell</b>.</p>", { city: "ROME", agency: "AP" }, ["paragraph: Rain <b>fell</b>."]],
    ["a paragraph that is only the dateline goes", "<p>LONDON (Reuters) -</p><p>Shares fell.</p>", { city: "LONDON", agency: "Reuters" }, ["paragraph: Shares fell."]],
    ["no dateline: nothing changes", "<p>Rain fell on Rome.</p>", undefined, ["paragraph: Rain fell on Rome."]],
  ];
  for (const [why, body_html, dateline, after] of cases) {
    const { input, problems } = article(item({ body_html }));
    assert.equal(input.dateline, dateline, why);
    assert.equal(blocks(input), after, why);
    assert.is(input.fieldNames.dateline, dateline ? "body_html (first paragraph)" : undefined, why);
    assert.equal(problems, [], why);
  }
});

lead("a plain-text body's dateline, and the field it is named by", () => {
  const { input } = article(item({ bodies: [{ role: "text", contenttype: "text/plain", value: "STOCKHOLM (TT) - Riksdagen röstade.\nMer text." }] }));
  assert.equal(input.dateline, { city: "STOCKHOLM", agency: "TT" });
  assert.equal(blocks(input), ["paragraph: Riksdagen röstade.", "paragraph: Mer text."]);
  assert.is(input.fieldNames.dateline, "bodies[role=text] (first paragraph)");
});

lead.run();

// ---------------------------------------------------------------------------------------------

const located = suite("located beside the story's own dateline");

located("the same city: the story's dateline, with located's region only if the story gives none", () => {
  // [why, located, body, dateline]
  const cases: [string, string, string, unknown][] = [
    ["no region in the story", "Springfield, Illinois", "<p>SPRINGFIELD (AP) — Lawmakers met.</p>", { city: "SPRINGFIELD", region: "Illinois", agency: "AP" }],
    ["the story's region wins", "Grosseto, Tuscany", "<p>GROSSETO, Italy (AP) — The trial began.</p>", { city: "GROSSETO", region: "Italy", agency: "AP" }],
    ["neither gives a region", "London", "<p>LONDON (Reuters) - Shares fell.</p>", { city: "LONDON", agency: "Reuters" }],
    ["accents and case do not make another city", "Sao Paulo, Brazil", "<p>SÃO PAULO (AP) — Rain.</p>", { city: "SÃO PAULO", region: "Brazil", agency: "AP" }],
  ];
  for (const [why, place, body_html, dateline] of cases) {
    const { input, problems } = article(item({ located: place, body_html }));
    assert.equal(input.dateline, dateline, why);
    assert.is(input.fieldNames.dateline, "body_html (first paragraph)", why);
    assert.equal(problems, [], why);
  }
});

located("another city: the story's, and located is reported with what the story wrote", () => {
  const { input, problems } = article(item({ located: "Greensboro, North Carolina", body_html: "<p>WINSTON-SALEM, N.C. (AP) — The council met.</p>" }));
  assert.equal(input.dateline, { city: "WINSTON-SALEM", region: "N.C.", agency: "AP" });
  assert.equal(fields(problems), ["located"]);
  assert.match(problems[0]!.message, '"Greensboro, North Carolina" is not the dateline the story opens with ("WINSTON-SALEM, N.C. (AP)")');
});

located("located alone is the dateline as written; nothing at all is no dateline", () => {
  const alone = article(item({ located: "Lisbon, Portugal", body_html: "<p>Ferry crews stopped work.</p>" })).input;
  assert.is(alone.dateline, "Lisbon, Portugal");
  assert.is(alone.fieldNames.dateline, "located");
  const none = article(item({ body_html: "<p>Ferry crews stopped work.</p>" })).input;
  assert.is(none.dateline, undefined);
  assert.not.ok("dateline" in none.fieldNames);
});

located("located that is a name of the byline (two words or more, any case) is no place", () => {
  // [why, byline, located, a person?]
  const cases: [string, string, string, boolean][] = [
    ["By Jane Doe and John Roe", "By Jane Doe and John Roe", "Jane Doe", true],
    ["the second writer, in capitals", "By JANE DOE and JOHN ROE", "John Roe, Washington", true],
    ["dpa: Von …, dpa", "Von Erika Muster, dpa", "Erika Muster", true],
    ["TT: … och …", "Karin Lund och Per Ek", "Per Ek", true],
    ["two words that are no writer", "By Jane Doe", "New York", false],
    ["one-word city that is also a name", "Paris", "Paris", false],
  ];
  for (const [why, byline, place, person] of cases) {
    const { input, problems } = article(item({ byline, located: place, body_html: "<p>Rain.</p>" }));
    assert.is(input.dateline, person ? undefined : place, why);
    assert.equal(fields(problems), person ? ["located"] : [], why);
  }
});

located.run();

// ---------------------------------------------------------------------------------------------

const dates = suite("publication and update times");

dates("firstcreated is published, a later versioncreated the update, as each branch spells them", () => {
  // [why, the item's dates, published, updated, fields]
  const cases: [string, Record<string, string>, string | undefined, string | undefined, [string?, string?]][] = [
    ["1.x", { firstcreated: "2024-03-12T06:40:00Z", versioncreated: "2024-03-12T09:15:00Z" }, "2024-03-12T06:40:00Z", "2024-03-12T09:15:00Z", ["firstcreated", "versioncreated"]],
    ["3.x", { firstCreated: "2024-03-12T06:40:00Z", versionCreated: "2024-03-12T09:15:00Z" }, "2024-03-12T06:40:00Z", "2024-03-12T09:15:00Z", ["firstCreated", "versionCreated"]],
    ["the same instant in another offset is no update", { firstcreated: "2024-03-12T06:40:00Z", versioncreated: "2024-03-12T07:40:00+01:00" }, "2024-03-12T06:40:00Z", undefined, ["firstcreated", undefined]],
    ["an earlier version is no update", { firstcreated: "2024-03-12T06:40:00Z", versioncreated: "2024-03-11T22:00:00Z" }, "2024-03-12T06:40:00Z", undefined, ["firstcreated", undefined]],
    ["an unreadable version is passed on for the model to report", { firstcreated: "2024-03-12T06:40:00Z", versioncreated: "12/03/2024 09:15" }, "2024-03-12T06:40:00Z", "12/03/2024 09:15", ["firstcreated", "versioncreated"]],
    ["an unreadable first time too", { firstcreated: "12/03/2024 06:40", versioncreated: "2024-03-12T09:15:00Z" }, "12/03/2024 06:40", "2024-03-12T09:15:00Z", ["firstcreated", "versioncreated"]],
    ["the same unreadable text twice is no update", { firstcreated: "12/03/2024", versioncreated: "12/03/2024" }, "12/03/2024", undefined, ["firstcreated", undefined]],
    ["only a version: published", { versionCreated: "2024-03-12T09:15:00Z" }, "2024-03-12T09:15:00Z", undefined, ["versionCreated", undefined]],
  ];
  for (const [why, times, published, updated, [publishedField, updatedField]] of cases) {
    const { input, problems } = article(item({ body_html: "<p>B.</p>", ...times }));
    assert.is(input.published, published, why);
    assert.is(input.updated, updated, why);
    assert.is(input.fieldNames.published, publishedField, why);
    assert.is(input.fieldNames.updated, updatedField, why);
    assert.equal(problems, [], why);
  }
});

dates("an embargo that lifted later dates the story; an unreadable one or one without any date changes nothing", () => {
  const later = article(item({ body_html: "<p>B.</p>", firstCreated: "2024-05-01T16:00:00+02:00", embargoedUntil: "2024-05-02T07:00:00+02:00" }));
  assert.is(later.input.published, "2024-05-02T07:00:00+02:00");
  assert.is(later.input.fieldNames.published, "embargoedUntil");
  assert.equal(fields(later.problems), ["firstCreated"]);
  const unreadable = article(item({ body_html: "<p>B.</p>", firstcreated: "2024-03-12T06:40:00Z", embargoed: "13.03.2024 06:00" }));
  assert.is(unreadable.input.published, "2024-03-12T06:40:00Z");
  assert.is(unreadable.input.embargoedUntil, "13.03.2024 06:00");
  assert.equal(unreadable.problems, []);
  const dateless = article(item({ body_html: "<p>B.</p>", embargoed: "2024-03-13T06:00:00Z" }));
  assert.is(dateless.input.published, undefined);
  assert.is(dateless.input.embargoedUntil, "2024-03-13T06:00:00Z");
  assert.is(dateless.input.fieldNames.published, "firstcreated");
  assert.equal(dateless.problems, []);
});

dates.run();

// ---------------------------------------------------------------------------------------------

const status = suite("publishing status and partial items");

status("pubstatus as each branch spells it; British and capitalised spellings too", () => {
  // [pubstatus, held back with a reason that starts so]
  const cases: [Record<string, string>, RegExp | undefined][] = [
    [{ pubstatus: "usable" }, undefined],
    [{ pubStatus: "Usable" }, undefined],
    [{ pubstatus: "withheld" }, /^ninjs pubstatus is "withheld": the provider has pulled/],
    [{ pubStatus: "Withheld" }, /^ninjs pubStatus is "withheld"/],
    [{ pubstatus: "canceled" }, /^ninjs pubstatus is "canceled": the provider has killed/],
    [{ pubstatus: "cancelled" }, /^ninjs pubstatus is "canceled": the provider has killed/],
    [{ pubStatus: "embargoed" }, /^ninjs pubStatus is "embargoed", which is not a ninjs status/],
    [{}, undefined],
  ];
  for (const [given, reason] of cases) {
    const { heldBack } = article(item({ body_html: "<p>B.</p>", ...given })).input;
    if (reason === undefined) assert.is(heldBack, undefined, JSON.stringify(given));
    else assert.match(heldBack ?? "", reason, JSON.stringify(given));
  }
});

status("a partial or incomplete representation is reported on its field; a full one is not", () => {
  const cases: [Record<string, string>, string[]][] = [
    [{ representationtype: "partial" }, ["representationtype"]],
    [{ representationType: "incomplete" }, ["representationType"]],
    [{ representationtype: "full" }, []],
  ];
  for (const [given, warned] of cases) {
    const { problems } = article(item({ body_html: "<p>B.</p>", ...given }));
    assert.equal(fields(problems), warned, JSON.stringify(given));
    if (warned.length > 0) assert.match(problems[0]!.message, /the provider sent a shortened item/);
  }
});

status.run();

// ---------------------------------------------------------------------------------------------

const tags = suite("subjects and keywords as tags");

tags("subject names (1.x subject, 2.x subjects) then Superdesk's keywords, trimmed; codes alone are no tag", () => {
  // [why, the item's lists, tags, the field named]
  const cases: [string, Record<string, unknown>, string[], string | undefined][] = [
    ["AP 1.x subject", { subject: [{ code: "medtop:04000000", name: " Labor " }, { code: "medtop:20000" }, { name: "" }, { name: "Transportation" }] }, ["Labor", "Transportation"], "subject"],
    ["2.x subjects", { subjects: [{ name: "Politik", uri: "http://cv.iptc.org/newscodes/mediatopic/11000000" }] }, ["Politik"], "subjects"],
    ["Superdesk keywords alone", { keywords: [" ferry", "strike", ""] }, ["ferry", "strike"], "keywords"],
    ["both: subjects first, named by the subject list", { subject: [{ name: "Labor" }], keywords: ["ferry"] }, ["Labor", "ferry"], "subject"],
    ["neither", {}, [], undefined],
  ];
  for (const [why, lists, names, field] of cases) {
    const { input, problems } = article(item({ body_html: "<p>B.</p>", ...lists }));
    assert.equal(input.tags, names, why);
    assert.is(input.fieldNames.tags, field, why);
    assert.equal(problems, [], why);
  }
});

tags("an entry of the wrong kind is reported on its place in the list", () => {
  const { input, problems } = article(item({ body_html: "<p>B.</p>", subjects: ["Politik", { name: "Trafik" }], keywords: ["ferry", 7] }));
  assert.equal(input.tags, ["Trafik", "ferry"]);
  assert.equal(fields(problems), ["subjects[0]", "keywords[1]"]);
  assert.match(problems[0]!.message, /^must be an object with a "name", not the text "Politik"/);
  assert.match(problems[1]!.message, /^must be text, not the number 7/);
});

tags.run();

// ---------------------------------------------------------------------------------------------

const vignette = suite("TT's vignette");

vignette("the kicker is the vignette span's text; TT's dat without one, or a dat in other markup, gives none", () => {
  const tt = (inner: string) => article(item({ headline: undefined, headlines: [{ role: "main", value: "Rubrik" }], bodies: [{ role: "html5", contenttype: "text/html", value: `<html><body>${inner}</body></html>` }] })).input;
  // [why, the body, kicker, paragraphs after]
  const cases: [string, string, string | undefined, string[]][] = [
    ["TT's usual order", '<div class="dat"><span class="vignette">Försvar</span><span class="source">TT</span></div><p>Brödtext.</p>', "Försvar", ["paragraph: Brödtext."]],
    ["the source first, then the vignette", '<div class="dat"><span class="source">TT</span> <span class="vignette"> Kalmar </span></div><p>Brödtext.</p>', "Kalmar", ["paragraph: Brödtext."]],
    ["a two-word label with markup inside", '<div class="dat"><span class="vignette"><b>Lokala</b> nyheter</span></div><p>Brödtext.</p>', "Lokala nyheter", ["paragraph: Brödtext."]],
    ["local news: only the source", '<div class="dat"><span class="source">TT</span></div><p>Brödtext.</p>', undefined, ["paragraph: Brödtext."]],
    ["inside TT's article wrapper", '<div class="article"><p>Ingress.</p><div class="dat extra"><span class="vignette">Försvar</span></div><p>Brödtext.</p></div>', "Försvar", ["paragraph: Ingress.", "paragraph: Brödtext."]],
    ["at the very end", '<p>Brödtext.</p><div class="dat"><span class="vignette">Försvar</span></div>', "Försvar", ["paragraph: Brödtext."]],
    ["class dat on a paragraph is not TT's vignette", '<p class="dat">12 mars</p><p>Brödtext.</p>', undefined, ["paragraph: 12 mars", "paragraph: Brödtext."]],
  ];
  for (const [why, inner, kicker, after] of cases) {
    const input = tt(inner);
    assert.is(input.kicker, kicker, why);
    assert.is(input.fieldNames.kicker, kicker ? "bodies[role=html5] div.dat" : undefined, why);
    assert.equal(blocks(input), after, why);
  }
});

vignette.run();
