// Which of a ninjs item's texts is the headline, the dek and the body, what format each holds,
// and how a value of the wrong shape is reported. Every row is an item as a named agency or the
// IPTC examples (../shared/corpus/ninjs/) write it: 1.x pattern properties (AP, Superdesk,
// IPTC 1.5/1.6 `body_main`), 2.x/3.x role arrays (TT, NTB, dpa).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { BlockInput } from "../../src/model/types.ts";
import { article, fields } from "./ninjs-item.ts";

const html = (body: BlockInput[]) => body.map((block) => (block.type === "list" ? block.items.join(" | ") : block.type === "figure" ? `figure ${block.figure.src}` : block.html));
const URI = "http://ninjs.example.com/newsitems/20240312-ferry";

// ---------------------------------------------------------------------------------------------

const headlines = suite("the headline and the dek among headlines[]");

headlines("a subheadline of any usual role is the dek, never the headline", () => {
  // The ninjs guide's "subhead"; TT's and others' names for the second line.
  for (const role of ["subhead", "subheadline", "sub", "subtitle", "standfirst", "Subhead"]) {
    const { input } = article({ uri: URI, headlines: [{ role, value: "Crews want a new pay scale" }, { value: "Ferry crews walk out" }], body_html: "<p>B.</p>" });
    assert.is(input.headline, "Ferry crews walk out", role);
    assert.is(input.dek, "Crews want a new pay scale", role);
    assert.is(input.fieldNames.dek, `headlines[role=${role}]`, role);
  }
});

headlines("headlines[role=main] wins wherever it stands; without it the first that is no subheadline", () => {
  const cases: [string, unknown[], string, string][] = [
    ["main after a short headline", [{ role: "short", value: "Ferry strike" }, { role: "main", value: "Ferry crews walk out" }], "Ferry crews walk out", "headlines[role=main]"],
    ["Main spelt with a capital", [{ role: "short", value: "Ferry strike" }, { role: "Main", value: "Ferry crews walk out" }], "Ferry crews walk out", "headlines[role=Main]"],
    ["no main: the first", [{ value: "Ferry crews walk out" }, { role: "short", value: "Ferry strike" }], "Ferry crews walk out", "headlines[0]"],
    // Superdesk leaves an emptied headline as "": it is no headline.
    ["an empty main gives way", [{ role: "main", value: "" }, { role: "web", value: "Ferry crews walk out" }], "Ferry crews walk out", "headlines[role=web]"],
    ["a blank role is no role", [{ role: " ", value: "Ferry crews walk out" }], "Ferry crews walk out", "headlines[0]"],
  ];
  for (const [why, list, headline, field] of cases) {
    const { input } = article({ uri: URI, headlines: list, body_html: "<p>B.</p>" });
    assert.is(input.headline, headline, why);
    assert.is(input.fieldNames.headline, field, why);
  }
});

headlines("an HTML headline is plain text: inline markup joins words, block markup parts them, space collapses", () => {
  const cases: [string, string][] = [
    // TT's html headlines: a subscript inside a word.
    ["CO<sub>2</sub>-utsläppen ökar", "CO2-utsläppen ökar"],
    ["<p>\n  Göta älvbron\n  stängs\n</p>", "Göta älvbron stängs"],
    ["<div>Ferry crews</div><div>walk out</div>", "Ferry crews walk out"],
  ];
  for (const [value, headline] of cases) {
    assert.is(article({ uri: URI, headlines: [{ role: "main", contenttype: "text/html", value }], body_html: "<p>B.</p>" }).input.headline, headline, value);
  }
  // Markup with no words is no headline: the model reports it missing, as the file names it.
  const { input } = article({ uri: URI, headlines: [{ role: "main", contenttype: "text/html", value: "<p><br></p>" }], body_html: "<p>B.</p>" });
  assert.is(input.headline, undefined);
  assert.is(input.fieldNames.headline, "headlines[role=main]");
});

headlines("a plain-text headline is taken as written, line break and ampersand included", () => {
  const { input } = article({ uri: URI, headlines: [{ role: "main", contenttype: "text/plain", value: "Q&amp;A:\nthe ferry strike" }], body_html: "<p>B.</p>" });
  assert.is(input.headline, "Q&amp;A:\nthe ferry strike");
});

headlines("leading and trailing space around a value is not the provider's text", () => {
  const { input } = article({ uri: URI, headlines: [{ role: "main", value: "\n  Ferry crews walk out " }], body_html: "<p>B.</p>", description_text: "\n Crews stopped at dawn." });
  assert.is(input.headline, "Ferry crews walk out");
  assert.is(input.dek, "Crews stopped at dawn.");
  assert.is(article({ uri: URI, headline: "  Ferry crews walk out\n", body_html: "<p>B.</p>" }).input.headline, "Ferry crews walk out");
});

headlines.run();

// ---------------------------------------------------------------------------------------------

const deks = suite("the dek among descriptions");

deks("a description is the dek when its role summarises the story; a picture's caption or credit never is", () => {
  // [role, dek?]: 2.x/3.x descriptions[] on a story with a body.
  const cases: [string | undefined, boolean][] = [
    [undefined, true],
    ["summary", true],
    ["abstract", true],
    ["standfirst", true],
    ["ingress", true],
    ["lead", true],
    ["teaser", true],
    ["Summary", true],
    ["text", false],
    ["caption", false],
  ];
  for (const [role, dek] of cases) {
    const { input } = article({ uri: URI, headline: "A", body_html: "<p>B.</p>", descriptions: [{ ...(role ? { role } : {}), value: "Crews stopped the Tagus crossings over pay." }] });
    assert.is(input.dek, dek ? "Crews stopped the Tagus crossings over pay." : undefined, String(role));
  }
});

deks("1.x description_* is a dek unless its suffix names a picture's text", () => {
  const cases: [string, boolean][] = [
    ["description_text", true],
    ["description_html", true],
    ["description_summary", true],
    ["description_caption", false],
    ["description_alt", false],
    ["description_alttext", false],
    ["description_credit", false],
    ["description_creditline", false],
    // "line" is no purpose Dateline knows, but "credit" is: one purpose is enough.
    ["description_credit_line", false],
  ];
  for (const [key, dek] of cases) {
    const { input } = article({ uri: URI, headline: "A", body_html: "<p>B.</p>", [key]: "Crews stopped the Tagus crossings over pay." });
    assert.is(input.dek, dek ? "Crews stopped the Tagus crossings over pay." : undefined, key);
  }
});

deks("a subheadline beats a summary; a plain summary beats an HTML one; an HTML one loses its markup", () => {
  const both = article({ uri: URI, headlines: [{ role: "main", value: "A" }, { role: "subhead", value: "The subhead" }], body_html: "<p>B.</p>", descriptions: [{ role: "summary", value: "The summary" }] }).input;
  assert.is(both.dek, "The subhead");
  const formats = article({
    uri: URI,
    headline: "A",
    body_html: "<p>B.</p>",
    descriptions: [
      { role: "summary", contenttype: "text/html", value: "<p>The <b>HTML</b> summary</p>" },
      { role: "summary", contenttype: "text/plain", value: "The plain summary" },
    ],
  }).input;
  assert.is(formats.dek, "The plain summary");
  assert.is(formats.fieldNames.dek, "descriptions[role=summary]");
  const only = article({ uri: URI, headline: "A", body_html: "<p>B.</p>", description_html: "<p>\n  Commuters  wait.\n</p>\n<p>Buses filled.</p>" }).input;
  assert.is(only.dek, "Commuters wait. Buses filled.");
});

deks.run();

// ---------------------------------------------------------------------------------------------

const formats = suite("what format a body holds");

formats("a 1.x suffix that names HTML is read as HTML even without tags; one that names text is never HTML", () => {
  for (const suffix of ["html", "xhtml", "html5", "richtext", "richhtml", "richhtml5", "main_html"]) {
    const { input } = article({ uri: URI, headline: "A", [`body_${suffix}`]: "Prices rose.\nShares fell." });
    assert.equal(html(input.body), ["Prices rose.\nShares fell."], suffix);
  }
  for (const suffix of ["text", "plain", "plaintext", "main_text"]) {
    const { input } = article({ uri: URI, headline: "A", [`body_${suffix}`]: "Send tips to <tips@example.com>." });
    assert.equal(html(input.body), ["Send tips to &lt;tips@example.com&gt;."], suffix);
  }
});

formats("a media type decides, with its parameters and in any case; an unreadable one is reported", () => {
  const body = (contenttype: string, value: string) => article({ uri: URI, headline: "A", bodies: [{ role: "main", contenttype, value }] });
  assert.equal(html(body("text/plain; charset=utf-8", "One.\nTwo.").input.body), ["One.", "Two."]);
  assert.equal(html(body("Text/HTML; charset=UTF-8", "<p>One.</p><p>Two.</p>").input.body), ["One.", "Two."]);
  assert.equal(html(body("application/xhtml+xml", "<p>One.</p>").input.body), ["One."]);
  const markdown = body("text/markdown", "One *two*.");
  assert.equal(markdown.input.body, []);
  assert.equal(fields(markdown.problems), ["bodies[role=main]"]);
  assert.match(markdown.problems[0]!.message, /^is text\/markdown, which Dateline cannot read/);
});

formats("without a media type or a format suffix, a tag anywhere makes it HTML (dpa's bodies)", () => {
  const cases: [string, string[]][] = [
    ["Der Bundestag hat <strong>heute</strong> beschlossen.", ["Der Bundestag hat <strong>heute</strong> beschlossen."]],
    ['<section class="main"><p>Erster Absatz.</p></section>', ["Erster Absatz."]],
    ["Erster Absatz.\nZweiter Absatz.", ["Erster Absatz.", "Zweiter Absatz."]],
    ["Temperaturen < 0 Grad.", ["Temperaturen &lt; 0 Grad."]],
  ];
  for (const [value, blocks] of cases) {
    assert.equal(html(article({ uri: URI, headline: "A", bodies: [{ role: "html", value }] }).input.body), blocks, value);
    assert.equal(html(article({ uri: URI, headline: "A", body_main: value }).input.body), blocks, value);
  }
});

formats("1.x bodies in a format Dateline cannot read are reported by their suffix when nothing else is readable", () => {
  const { input, problems } = article({ uri: URI, headline: "A", body_main_nitf: "<nitf><body><p>Text.</p></body></nitf>" });
  assert.equal(input.body, []);
  assert.equal(fields(problems), ["body_main_nitf"]);
  assert.match(problems[0]!.message, /^is "main_nitf", which Dateline cannot read/);
});

formats.run();

// ---------------------------------------------------------------------------------------------

const bodies = suite("which body is the story");

bodies("HTML first (role main among several), then plain text; an unreadable one only when nothing else is", () => {
  // [why, bodies[], the field read, its blocks]
  const cases: [string, unknown[], string, string[]][] = [
    [
      "TT: text, html5 and ttnitf: html5",
      [
        { role: "text", contenttype: "text/plain", value: "Text version." },
        { role: "html5", contenttype: "text/html", value: "<p>HTML version.</p>" },
        { role: "ttnitf", contenttype: "application/ttnitf+xml", value: "<nitf/>" },
      ],
      "bodies[role=html5]",
      ["HTML version."],
    ],
    [
      "two HTML bodies: role main, whatever its case",
      [
        { role: "teaser", contenttype: "text/html", value: "<p>Short.</p>" },
        { role: "MAIN", contenttype: "text/html", value: "<p>Full story.</p>" },
      ],
      "bodies[role=MAIN]",
      ["Full story."],
    ],
    ["two HTML bodies without main: the first", [{ contenttype: "text/html", value: "<p>First.</p>" }, { contenttype: "text/html", value: "<p>Second.</p>" }], "bodies[0]", ["First."]],
    [
      "no HTML: the plain text, not the XML before it",
      [
        { role: "ttnitf", contenttype: "application/ttnitf+xml", value: "<nitf/>" },
        { role: "text", contenttype: "text/plain", value: "Text version." },
      ],
      "bodies[role=text]",
      ["Text version."],
    ],
    ["a blank role names the entry by its place", [{ role: "", contenttype: "text/html", value: "<p>Only.</p>" }], "bodies[0]", ["Only."]],
  ];
  for (const [why, list, field, blocks] of cases) {
    const { input, problems } = article({ uri: URI, headline: "A", bodies: list });
    assert.is(input.fieldNames.body, field, why);
    assert.equal(html(input.body), blocks, why);
    assert.equal(problems, [], why);
  }
});

bodies("Superdesk's empty body_html gives way to its body_text", () => {
  const { input, problems } = article({ guid: "tag:example.com,2024:1", headline: "A", body_html: "", body_text: "Crews stopped work at dawn." });
  assert.is(input.fieldNames.body, "body_text");
  assert.equal(html(input.body), ["Crews stopped work at dawn."]);
  assert.equal(problems, []);
});

bodies("a body with no words is reported with the start of what it holds; a list or a picture caption is words", () => {
  // Superdesk's empty editor leaves <p><br></p> paragraphs.
  const empty = article({ uri: URI, headline: "A", body_html: "<p><br></p><p><br></p><p><br></p><p><br></p><p><br></p>" });
  assert.equal(empty.input.body, []);
  assert.equal(fields(empty.problems), ["body_html"]);
  assert.ok(empty.problems[0]!.message.startsWith('holds no words ("<p><br></p><p><br></p><p><br></p><p><br>")'), empty.problems[0]!.message);
  // A picture alone is no story either.
  const picture = article({ uri: URI, headline: "A", body_html: '<figure><img src="https://img.example.com/ferry.jpg" alt="A ferry"></figure>' });
  assert.equal(picture.input.body, []);
  assert.equal(fields(picture.problems), ["body_html"]);
  // AP's "key points" box alone is text; so is a body that opens with a picture.
  assert.equal(html(article({ uri: URI, headline: "A", body_html: "<ul><li>Ferries stopped.</li><li>Buses full.</li></ul>" }).input.body), ["Ferries stopped. | Buses full."]);
  const opensWithPicture = article({ uri: URI, headline: "A", body_html: '<figure><img src="https://img.example.com/ferry.jpg" alt="A ferry"></figure><p>Crews stopped work.</p>' });
  assert.equal(html(opensWithPicture.input.body), ["figure https://img.example.com/ferry.jpg", "Crews stopped work."]);
});

bodies("TT's whole HTML document: only what <body> holds, whatever its attributes", () => {
  const { input, problems } = article({
    uri: URI,
    headlines: [{ role: "main", value: "Rubrik" }],
    bodies: [{ role: "html5", contenttype: "text/html", value: '<!DOCTYPE html><html lang="sv"><head><title>Rubrik</title><meta charset="utf-8"></head><body class="tt-article" lang="sv"><p>Brödtext.</p></body></html>' }],
  });
  assert.equal(input.body, [{ type: "paragraph", html: "Brödtext." }]);
  assert.equal(problems, []);
});

bodies.run();

// ---------------------------------------------------------------------------------------------

const briefs = suite("a brief published from its description");

briefs("the plain description first, else the HTML one; never a caption, never a placeholder", () => {
  const plainAndHtml = article({
    uri: URI,
    headlines: [{ role: "main", value: "A" }],
    descriptions: [
      { role: "summary", contenttype: "text/html", value: "<p>The HTML brief.</p>" },
      { role: "text", contenttype: "text/plain", value: "The plain brief.\r\nSecond line." },
    ],
  });
  assert.equal(html(plainAndHtml.input.body), ["The plain brief.", "Second line."]);
  assert.is(plainAndHtml.input.fieldNames.body, "descriptions[role=text]");
  // The summary was not made the body, so it is still the dek.
  assert.is(plainAndHtml.input.dek, "The HTML brief.");

  const htmlOnly = article({ uri: URI, headlines: [{ role: "main", value: "A" }], descriptions: [{ role: "summary", contenttype: "text/html", value: "<p>One.</p><p>Two &amp; three.</p>" }] });
  assert.equal(html(htmlOnly.input.body), ["One.", "Two &amp; three."]);
  assert.is(htmlOnly.input.dek, undefined);
  assert.equal(fields(htmlOnly.problems), ["bodies"]);

  for (const role of ["caption", "alt", "alttext", "credit", "creditline"]) {
    const { input, problems } = article({ uri: URI, headlines: [{ role: "main", value: "A" }], descriptions: [{ role, value: "Commuters wait at the terminal." }] });
    assert.equal(input.body, [], role);
    assert.equal(problems, [], role);
  }
  const placeholder = article({ uri: URI, headlines: [{ role: "main", value: "A" }], descriptions: [{ value: "..." }] });
  assert.equal(placeholder.input.body, []);
  assert.is(placeholder.input.fieldNames.body, "bodies");
});

briefs("a placeholder body with a real description: the brief, and the placeholder still reported", () => {
  const { input, problems } = article({ uri: URI, headline: "A", body_richtext: "[ ... ]", description_text: "Crews stopped the Tagus crossings." });
  assert.equal(html(input.body), ["Crews stopped the Tagus crossings."]);
  assert.is(input.fieldNames.body, "description_text");
  assert.equal(fields(problems), ["body_richtext", "body_html"]);
});

briefs.run();

// ---------------------------------------------------------------------------------------------

const linked = suite("AP's text items that only link to their story");

linked("a text rendition (by type, media type or format) is named with its title; none, no warning", () => {
  // [why, renditions, the field warned, its title or none]; AP Media API's ap_media_text_item.json.
  const cases: [string, unknown, string | undefined, string | undefined][] = [
    ["ANPA by type (octet-stream)", { anpa: { title: "ANPA Story Download", type: "text", format: "ANPA1312", mimetype: "application/octet-stream", href: "https://api.example/anpa" } }, "renditions.anpa", "ANPA Story Download"],
    ["NITF by media type, no type", { nitf: { mimetype: "text/xml", href: "https://api.example/nitf" } }, "renditions.nitf", undefined],
    ["2.x contenttype", [{ name: "nitf", contenttype: "application/nitf+xml", href: "https://api.example/nitf" }], "renditions[0]", undefined],
    ["format alone", [{ name: "story", format: "NITF", href: "https://api.example/nitf", title: "NITF" }], "renditions[0]", "NITF"],
    ["the second rendition", [{ name: "preview", href: "https://api.example/preview.jpg", mimetype: "image/jpeg" }, { name: "nitf", type: "text", href: "https://api.example/nitf" }], "renditions[1]", undefined],
    ["a text rendition without href (the ninjs guide's examples)", { nitf: { type: "text", title: "NITF" } }, undefined, undefined],
    ["a picture rendition only", { preview: { href: "https://api.example/preview.jpg", mimetype: "image/jpeg" } }, undefined, undefined],
  ];
  for (const [why, renditions, field, title] of cases) {
    const { problems } = article({ uri: URI, type: "text", headline: "A", firstcreated: "2026-01-01T00:00:00Z", renditions });
    if (field === undefined) {
      assert.equal(problems, [], why);
      continue;
    }
    assert.equal(fields(problems), [field], why);
    const message = problems[0]!.message;
    assert.ok(message.includes(title === undefined ? "only a link to download it: Dateline" : `only a link to download it ("${title}"): Dateline`), `${why}: ${message}`);
  }
});

linked("a brief or a body that was read needs no word about the download", () => {
  const renditions = { nitf: { type: "text", title: "NITF Story Download", mimetype: "text/xml", href: "https://api.example/nitf" } };
  assert.equal(article({ uri: URI, type: "text", headline: "A", description_text: "The brief.", renditions }).problems.map((problem) => problem.field), ["body_html"]);
  assert.equal(article({ uri: URI, type: "text", headline: "A", body_html: "<p>B.</p>", renditions }).problems, []);
});

linked.run();

// ---------------------------------------------------------------------------------------------

const shapes = suite("values of the wrong shape");

shapes("Superdesk's nulls and empty strings are simply absent, never a warning", () => {
  const { input, problems } = article({
    guid: "tag:example.com,2024:1",
    type: "text",
    headline: "A",
    byline: "",
    located: null,
    language: null,
    subject: null,
    keywords: null,
    description_text: "",
    body_html: "<p>B.</p>",
    associations: null,
  });
  assert.equal(problems, []);
  assert.equal(input.byline, []);
  assert.is(input.dateline, undefined);
  assert.is(input.dek, undefined);
  assert.equal(input.fieldNames, { headline: "headline", published: "firstcreated", body: "body_html", id: "guid" });
});

shapes("each wrong value is named on its field with what it holds, and ignored", () => {
  const long = "Lisbon ferry crews walk out, stranding river commuters";
  const forty = "Lisbon ferry crews walk out, stranding r";
  const { input, problems } = article({
    uri: URI,
    headline: { en: "Ferry crews walk out" },
    headlines: long,
    byline: true,
    keywords: forty,
    description_text: ["Crews", "stopped"],
    body_html: "<p>B.</p>",
    descriptions: [42, { role: "summary", value: 7 }, "Crews stopped"],
  });
  assert.equal(fields(problems), ["headlines", "headline", "descriptions[0]", "descriptions[1]", "descriptions[2]", "description_text", "byline", "keywords"]);
  assert.ok(problems.every((problem) => problem.severity === "warning"));
  assert.ok(problems.every((problem) => problem.message.endsWith("so it is ignored: correct the file, or ask the provider to fix its feed")));
  const says = problems.map((problem) => /not (.*), so it is ignored/.exec(problem.message)?.[1]);
  // Text longer than forty characters is cut there; exactly forty are shown whole.
  assert.equal(says, [`the text "${forty}…"`, "an object", "the number 42", "an object", 'the text "Crews stopped"', "a list", "the boolean true", `the text "${forty}"`]);
  assert.is(input.headline, undefined);
  assert.is(input.dek, undefined);
});

shapes.run();
