import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ArticleInput, BlockInput, FigureInput, ParseResult } from "../../src/model/types.ts";
import type { Problem } from "../../src/model/problem.ts";
import { parseNinjs } from "../../src/sources/ninjs.ts";

/** Parses a fixture under the project-relative path a build would report. */
function load(name: string): ParseResult {
  const text = readFileSync(new URL(`../fixtures/ninjs/${name}`, import.meta.url), "utf8");
  return parseNinjs(text, `tests/fixtures/ninjs/${name}`);
}

function article(result: ParseResult): { input: ArticleInput; problems: Problem[] } {
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

function parse(doc: unknown, path = "content/articles/item.json"): ParseResult {
  return parseNinjs(JSON.stringify(doc), path);
}

function figures(body: BlockInput[]): FigureInput[] {
  return body.flatMap((block) => (block.type === "figure" ? [block.figure] : []));
}

const fields = (problems: Problem[]) => problems.map((problem) => problem.field);

// ---------------------------------------------------------------------------------------------

const v1 = suite("parseNinjs: ninjs 1.x (AP-style composite, associations keyed by name)");
const ap = () => article(load("ap-1x-composite.json"));

v1("reads the text fields as the source gives them", () => {
  const { input } = ap();
  assert.is(input.format, "ninjs");
  assert.is(input.id, "http://ninjs.example.com/newsitems/20240312-lisbon-ferry-strike");
  assert.is(input.headline, "Lisbon ferry crews walk out, stranding river commuters");
  assert.is(input.dek, "Commuters crowded onto bridges and buses after crews stopped the Tagus crossings over pay.");
  assert.equal(input.byline, ["By Marta Nunes and Owen Blake"]);
  // The body opens with the same dateline as `located`: the story's own (with the agency) is kept, once.
  assert.equal(input.dateline, { city: "LISBON", region: "Portugal", agency: "AP" });
  assert.is(input.lang, "en");
  // A subject with only a code has no name a reader could use.
  assert.equal(input.tags, ["Labor", "Transportation"]);
  // The slugline is a newsroom keyword, not a URL; ninjs has no section.
  assert.is(input.slug, undefined);
  assert.is(input.section, undefined);
  assert.equal(input.comments, []);
  assert.equal(input.corrections, []);
});

v1("firstcreated is the publication date and a later versioncreated the update, both raw", () => {
  const { input } = ap();
  assert.is(input.published, "2024-03-12T06:40:00Z");
  assert.is(input.updated, "2024-03-12T09:15:00Z");
  assert.equal(input.fieldNames, {
    headline: "headline",
    published: "firstcreated",
    updated: "versioncreated",
    body: "body_html",
    dek: "description_text",
    byline: "byline",
    id: "uri",
    dateline: "body_html (first paragraph)",
    lang: "language",
    tags: "subject",
    lead: "associations.featureimage",
  });
});

v1("body_html is preferred to body_text and split into blocks", () => {
  const { input } = ap();
  assert.equal(input.body.slice(0, 5), [
    // The page prints the dateline; the paragraph no longer repeats it.
    { type: "paragraph", html: "Ferry crews on the Tagus river stopped work at dawn on Tuesday, leaving thousands of commuters who cross by boat each morning waiting on the piers." },
    { type: "paragraph", html: "Buses to the two bridges filled within minutes, and the city asked drivers to share cars." },
    { type: "heading", level: 2, html: "Talks break down" },
    { type: "paragraph", html: "The crews’ union said talks on a new pay scale had stalled for months." },
    { type: "quote", html: "<p>“We gave them every chance to settle this without a stoppage,” said Rita Matos, a union spokeswoman.</p>" },
  ]);
});

v1("the featureimage association is the lead, its src the largest web-sized rendition", () => {
  const { input } = ap();
  assert.equal(input.lead, {
    field: "associations.featureimage",
    src: "https://photos.example.com/ap/2024/03/ferry-terminal-1400.jpg",
    width: 1400,
    height: 933,
    renditions: [
      { href: "https://photos.example.com/ap/2024/03/ferry-terminal-4000.jpg", width: 4000, height: 2667, mimetype: "image/jpeg" },
      { href: "https://photos.example.com/ap/2024/03/ferry-terminal-1400.jpg", width: 1400, height: 933, mimetype: "image/jpeg" },
      { href: "https://photos.example.com/ap/2024/03/ferry-terminal-200.jpg", width: 200, height: 133, mimetype: "image/jpeg" },
    ],
    caption: "Commuters wait at the Cais do Sodré ferry terminal in Lisbon on Tuesday after crews stopped work.",
    credit: "Ana Ferreira",
    creator: "Ana Ferreira",
  });
});

v1("a further picture follows the body; without a byline its credit is the copyright holder", () => {
  const { input } = ap();
  assert.equal(input.body.at(-1), {
    type: "figure",
    figure: {
      field: "associations.gallery_1",
      src: "https://photos.example.com/ap/2024/03/cacilhas-pier-1024.jpg",
      width: 1024,
      height: 683,
      renditions: [{ href: "https://photos.example.com/ap/2024/03/cacilhas-pier-1024.jpg", width: 1024, height: 683, mimetype: "image/jpeg" }],
      caption: "A moored ferry at the Cacilhas pier across the river from Lisbon.",
      credit: "The Associated Press",
    },
  });
  assert.is(figures(input.body).length, 1);
});

v1("a video association is reported, not dropped without a word", () => {
  const { problems } = ap();
  assert.equal(fields(problems), ["associations.video_1"]);
  assert.is(problems[0]!.severity, "warning");
  assert.match(problems[0]!.message, /"video" association is not shown/);
});

v1.run();

// ---------------------------------------------------------------------------------------------

const v2 = suite("parseNinjs: ninjs 2.x (TT-style, headlines[], bodies[], associations array)");
const tt = () => article(load("tt-2x-text.json"));

v2("headline from headlines[role=main], dek from the subhead, byline from `by`", () => {
  const { input } = tt();
  assert.is(input.headline, "Göta älvbron stängs för renovering i sommar");
  assert.is(input.dek, "Spårvagnarna leds om under sex veckor");
  assert.equal(input.byline, ["Karin Lund/TT"]);
  assert.is(input.lang, "sv");
  assert.equal(input.tags, ["Politik", "Trafik"]);
  assert.is(input.fieldNames.headline, "headlines[role=main]");
  assert.is(input.fieldNames.dek, "headlines[role=subhead]");
  assert.is(input.fieldNames.byline, "by");
  assert.is(input.fieldNames.tags, "subjects");
});

v2("without firstcreated, versioncreated is the publication date and there is no update", () => {
  const { input } = tt();
  assert.is(input.published, "2024-04-18T14:05:31+02:00");
  assert.is(input.updated, undefined);
  assert.is(input.fieldNames.published, "versioncreated");
  assert.is(input.fieldNames.updated, undefined);
});

v2("the HTML body wins over text and XML; the document wrapper and the repeated <h1> headline go", () => {
  const { input, problems } = tt();
  assert.is(input.fieldNames.body, "bodies[role=html5]");
  assert.ok(input.body.every((block) => block.type !== "heading"), "the <h1> repeating the headline is dropped");
  const text = input.body.filter((block) => block.type !== "figure");
  assert.ok(text.some((block) => block.type === "paragraph" && block.html === "Göta älvbron i Göteborg stängs för biltrafik under sex veckor i sommar medan brofästena lagas."));
  assert.ok(text.some((block) => block.type === "quote" && block.html === "Vi har väntat på rätt tillfälle länge, säger Lena Berg, projektledare på trafikkontoret."));
  // Neither <html>/<head> nor the unreadable "ttnitf" alternative is worth a warning: the story was read.
  assert.equal(problems, []);
});

v2("the picture the body embeds is the lead, with the association's credit and renditions", () => {
  const { input } = tt();
  assert.equal(figures(input.body), [], "the body's copy of the lead picture is dropped");
  const lead = input.lead!;
  assert.is(lead.field, "associations[name=a001]");
  // Not the 4724 px master, not the watermarked preview of the same size.
  assert.is(lead.src, "https://bild.tt.example.se/media/text/240418-brorenovering-b7c1e2aa/a001_NormalPreview.jpg");
  assert.is(lead.width, 1024);
  assert.is(lead.height, 683);
  assert.is(lead.credit, "Per Ek/TT");
  assert.is(lead.creator, "Per Ek/TT");
  assert.is(lead.caption, "Göta älvbron sedd från Lilla Bommen. Bron har burit trafik över älven sedan 1939.");
  // The association has no alt text; the body's <img alt> fills it.
  assert.is(lead.alt, "Göta älvbron sedd från Lilla Bommen en mulen morgon.");
  assert.equal(
    lead.renditions!.map((rendition) => [rendition.width, rendition.mimetype]),
    [[4724, "image/jpeg"], [1024, "image/jpeg"], [1024, "image/jpeg"], [256, "image/jpeg"]],
  );
});

v2.run();

// ---------------------------------------------------------------------------------------------

const v3 = suite("parseNinjs: ninjs 3.x (camelCase)");
const camel = () => article(load("ninjs-3x-camel.json"));

v3("reads camelCase names and reports them in fieldNames", () => {
  const { input } = camel();
  assert.is(input.headline, "Port of Rotterdam raises berth fees for the first time in a decade");
  assert.is(input.dek, "Shipping lines will pay more to dock from July, the port authority said.");
  // The story was not public before its embargo lifted (firstCreated is earlier), so it is dated from the embargo.
  assert.is(input.published, "2024-05-02T07:00:00+02:00");
  // versionCreated is not later: no update.
  assert.is(input.updated, undefined);
  assert.is(input.embargoedUntil, "2024-05-02T07:00:00+02:00");
  assert.equal(input.dateline, { city: "ROTTERDAM", region: "Netherlands" });
  assert.is(input.lang, "en-GB");
  assert.equal(input.byline, ["Hannah Okafor, Example Newswire"]);
  assert.equal(input.tags, ["Maritime transport", "Economy"]);
  assert.equal(input.fieldNames, {
    headline: "headlines[role=main]",
    published: "embargoedUntil",
    body: "bodies[role=richtext]",
    dek: "descriptions[role=summary]",
    byline: "by",
    id: "uri",
    dateline: "bodies[role=richtext] (first paragraph)",
    lang: "language",
    embargoedUntil: "embargoedUntil",
    tags: "subjects",
    lead: "associations[name=photo]",
  });
});

v3("an application/xhtml+xml body is HTML and preferred to the text/plain one", () => {
  const { input } = camel();
  assert.equal(input.body, [
    { type: "paragraph", html: "The port authority will raise berth fees from July, the first increase in ten years." },
    { type: "paragraph", html: "Shipping lines said the rise would be passed on to customers." },
  ]);
});

v3("caption, alt and credit line come from description roles; the XML caption is no rendition", () => {
  const { input } = camel();
  assert.equal(input.lead, {
    field: "associations[name=photo]",
    src: "https://media.example.org/20240502/harbour-cranes-preview.jpg",
    width: 512,
    height: 341,
    renditions: [
      { href: "https://media.example.org/20240502/harbour-cranes-main.jpg", width: 3000, height: 2000, mimetype: "image/jpeg" },
      { href: "https://media.example.org/20240502/harbour-cranes-preview.jpg", width: 512, height: 341, mimetype: "image/jpeg" },
      { href: "https://media.example.org/20240502/harbour-cranes-thumb.jpg", width: 125, height: 83, mimetype: "image/jpeg" },
    ],
    caption: "Container cranes at the Maasvlakte terminal in Rotterdam on Wednesday evening.",
    alt: "A row of blue container cranes over a quay stacked with containers at dusk.",
    credit: "Joost de Wit/Example Newswire",
    creator: "Joost de Wit",
  });
});

v3("a graphic whose renditions have no href is reported and left out", () => {
  const { input, problems } = camel();
  assert.equal(figures(input.body), []);
  assert.equal(fields(problems), ["firstCreated", "associations[name=logo]"]);
  assert.match(problems[0]!.message, /before the embargo lifted/);
  assert.match(problems[1]!.message, /no file to show/);
});

v3.run();

// ---------------------------------------------------------------------------------------------

const status = suite("parseNinjs: item type and publication status");

status("a lone picture item is skipped, and the reason names its type", () => {
  const result = load("picture-only.json");
  assert.equal(result, {
    kind: "skipped",
    path: "tests/fixtures/ninjs/picture-only.json",
    reason: 'ninjs type "picture" is not an article: Dateline publishes items of type "text" or "composite", and shows pictures through the stories that associate them',
  });
});

status("audio, video, graphic and event items are skipped too; an item without a type is text", () => {
  for (const type of ["audio", "video", "graphic", "event"]) {
    const result = parse({ uri: "urn:x", type, headlines: [{ value: "A" }] });
    assert.is(result.kind, "skipped", type);
    if (result.kind === "skipped") assert.match(result.reason, `"${type}"`);
  }
  // dpa's 2.x example has no `type` at all.
  assert.is(parse({ uri: "urn:x", headlines: [{ value: "A" }] }).kind, "article");
});

status("a withheld item is still an article input, held back with the reason", () => {
  const { input } = article(load("withheld.json"));
  assert.is(input.headline, "Council approves new cycle lanes by one vote");
  assert.is(input.heldBack, 'ninjs pubstatus is "withheld": the provider has pulled this item for now; it stays off the site until a later version says "usable"');
  assert.is(input.published, "2024-06-11T15:00:00Z");
  assert.is(input.updated, "2024-06-11T15:42:00Z");
  assert.is(input.fieldNames.body, "bodies[0]");
});

status("canceled is held back, usable is not, and an unknown status is held back rather than guessed", () => {
  const held = (pubstatus: string, key = "pubstatus") => article(parse({ uri: "urn:x", headline: "A", [key]: pubstatus })).input.heldBack;
  assert.match(held("canceled")!, /"canceled": the provider has killed this item/);
  assert.match(held("canceled", "pubStatus")!, /^ninjs pubStatus is "canceled"/);
  assert.is(held("usable"), undefined);
  assert.match(held("pending")!, /"pending", which is not a ninjs status/);
});

status("`embargoed` (1.x, 2.x) is passed on raw as the embargo time", () => {
  const { input } = article(parse({ uri: "urn:x", headline: "A", embargoed: "2024-09-01T06:00:00+02:00" }));
  assert.is(input.embargoedUntil, "2024-09-01T06:00:00+02:00");
  assert.is(input.fieldNames.embargoedUntil, "embargoed");
});

status.run();

// ---------------------------------------------------------------------------------------------

const malformed = suite("parseNinjs: malformed input");

malformed("invalid JSON is rejected with the line and column and a fix", () => {
  const result = load("malformed.json");
  assert.is(result.kind, "rejected");
  if (result.kind !== "rejected") return;
  assert.is(result.problems.length, 1);
  const [problem] = result.problems;
  assert.is(problem!.severity, "error");
  assert.is(problem!.field, "json");
  assert.is(problem!.path, "tests/fixtures/ninjs/malformed.json");
  assert.match(problem!.message, "not valid JSON at line 5, column 5");
  assert.match(problem!.message, "missing comma");
});

malformed("an empty file, a truncated file and a top-level list are rejected", () => {
  const message = (text: string) => {
    const result = parseNinjs(text, "a.json");
    return result.kind === "rejected" ? result.problems[0]!.message : `not rejected: ${result.kind}`;
  };
  assert.match(message(""), "the file is empty");
  assert.match(message('{"uri": "urn:x", "headline": "Cut o'), "the JSON stops in the middle of a value (at line 1, column 36)");
  assert.match(message('{"uri": "urn:x",\n'), "stops in the middle of a value (at line 2, column 1)");
  assert.match(message('[{"uri": "urn:x"}]'), "holds a list, not a ninjs item: put each item in a file of its own");
  assert.match(message('"just text"'), "not a ninjs item");
});

malformed("known fields of the wrong type are reported on their field and ignored", () => {
  const { input, problems } = article(load("wrong-types.json"));
  assert.equal(fields(problems), ["headlines[1]", "headline", "versioncreated", "byline", "subject", "associations"]);
  assert.ok(problems.every((problem) => problem.severity === "warning"));
  assert.match(problems[1]!.message, "must be text (a JSON string), not the number 42");
  assert.match(problems[2]!.message, 'such as "2024-03-12T06:40:00Z"');
  assert.match(problems[5]!.message, "an object keyed by name (ninjs 1.x) or an array");
  // What could be read still is, and the missing date is blamed on the field the file used.
  assert.is(input.headline, "Bridge reopens after repairs");
  assert.is(input.published, undefined);
  assert.is(input.fieldNames.published, "versioncreated");
  assert.equal(input.byline, []);
  assert.equal(input.body, [
    { type: "paragraph", html: "The bridge reopened on Thursday." },
    { type: "paragraph", html: "Traffic was light." },
  ]);
});

malformed("a body that cannot be read is reported when nothing else could be", () => {
  const { input, problems } = article(parse({ uri: "urn:x", headline: "A", bodies: [{ role: "nitf", contenttype: "application/nitf+xml", value: "<nitf/>" }] }));
  assert.equal(input.body, []);
  assert.equal(fields(problems), ["bodies[role=nitf]"]);
  assert.match(problems[0]!.message, "application/nitf+xml, which Dateline cannot read");
});

malformed.run();

// ---------------------------------------------------------------------------------------------

const hostile = suite("parseNinjs: untrusted HTML");

hostile("scripts, event handlers and javascript: links do not survive into the blocks", () => {
  const { input, problems } = article(load("hostile.json"));
  const html = JSON.stringify(input.body).toLowerCase();
  for (const bad of ["<script", "document.write", "onclick", "onerror", "javascript:", "<iframe", "style="]) {
    assert.not.ok(html.includes(bad), `${bad} must be gone`);
  }
  assert.ok(html.includes('href=\\"https://example.net/ok\\"'), "the safe link is kept");
  assert.equal(fields(problems), ["body_html"]);
  assert.match(problems[0]!.message, "<script>");
});

hostile("HTML in a headline or caption becomes plain text without script content", () => {
  const { input } = article(
    parse({
      uri: "urn:x",
      headlines: [{ role: "main", contenttype: "text/html", value: "Rates <em>rise</em> again<script>alert(1)</script>" }],
      bodies: [{ value: "Plain words." }],
      associations: [
        {
          name: "pic",
          uri: "urn:p",
          type: "picture",
          by: "Lee Park",
          description_html: "<p>Traders at work.<script>steal()</script></p>",
          renditions: [{ name: "web", href: "https://img.example.com/p.jpg", contenttype: "image/jpeg", width: 800 }],
        },
      ],
    }),
  );
  assert.is(input.headline, "Rates rise again");
  assert.is(input.lead!.caption, "Traders at work.");
});

hostile.run();

// ---------------------------------------------------------------------------------------------

const shapes = suite("parseNinjs: shapes seen in real feeds");

shapes("a plain-text body is split at every line break, as TT writes them", () => {
  const { input } = article(parse({ uri: "urn:x", headline: "A", bodies: [{ role: "text", contenttype: "text/plain", value: "First line.\nSecond line.\r\nThird <line> & more." }] }));
  assert.equal(input.body, [
    { type: "paragraph", html: "First line." },
    { type: "paragraph", html: "Second line." },
    { type: "paragraph", html: "Third &lt;line&gt; &amp; more." },
  ]);
});

shapes("dpa-style: no type, a body without a content type that holds HTML, a Von-byline kept raw", () => {
  const { input } = article(
    parse({
      uri: "urn:newsml:dpa.example:20240101:1",
      versioncreated: "2024-01-01T16:02:28+01:00",
      bodies: [{ role: "html", value: '<section class="main"><p>Erster Absatz.</p><p>Zweiter Absatz.</p></section>' }],
      headlines: [{ role: "main", value: "Schlagzeile" }],
      by: "Von Erika Muster, dpa",
    }),
  );
  assert.equal(input.body, [
    { type: "paragraph", html: "Erster Absatz." },
    { type: "paragraph", html: "Zweiter Absatz." },
  ]);
  assert.equal(input.byline, ["Von Erika Muster, dpa"]);
});

shapes("a role-less description is a dek; a \"text\" description (a cut excerpt of the body) is not", () => {
  // (With a body: an item with no body is a brief, published from its description.)
  assert.is(article(parse({ uri: "urn:x", headline: "A", body_html: "<p>B.</p>", descriptions: [{ value: "A short summary." }] })).input.dek, "A short summary.");
  assert.is(article(parse({ uri: "urn:x", headline: "A", descriptions: [{ role: "text", value: "The first words of the body cut off in the mid" }] })).input.dek, undefined);
});

shapes("1.x headline_* properties: headline_subhead is the dek, another suffix can be the headline", () => {
  const { input } = article(parse({ uri: "urn:x", headline_simple: "Plain headline", headline_subhead: "The second line" }));
  assert.is(input.headline, "Plain headline");
  assert.is(input.dek, "The second line");
  assert.is(input.fieldNames.headline, "headline_simple");
  assert.is(input.fieldNames.dek, "headline_subhead");
});

shapes("Superdesk-style: featuremedia is the lead even when not first; without widths baseImage is the src; body_text is alt text", () => {
  const { input } = article(
    parse({
      guid: "tag:example.com,2024:abc",
      type: "text",
      headline: "A",
      body_html: "<p>Words.</p>",
      associations: {
        editor_0: { guid: "p0", type: "picture", description_text: "Inline one.", byline: "A. Person", renditions: { original: { href: "https://cdn.example.com/p0.jpg", mimetype: "image/jpeg" } } },
        featuremedia: {
          guid: "p1",
          type: "picture",
          description_text: "The main picture.",
          body_text: "Two people shaking hands.",
          byline: "B. Person",
          renditions: {
            original: { href: "https://cdn.example.com/p1-orig.jpg", mimetype: "image/jpeg" },
            baseImage: { href: "https://cdn.example.com/p1-base.jpg", mimetype: "image/jpeg" },
            thumbnail: { href: "https://cdn.example.com/p1-thumb.jpg", mimetype: "image/jpeg" },
          },
        },
        editor_1: null,
      },
    }),
  );
  assert.is(input.id, "tag:example.com,2024:abc");
  assert.is(input.fieldNames.id, "guid");
  assert.is(input.lead!.field, "associations.featuremedia");
  assert.is(input.lead!.src, "https://cdn.example.com/p1-base.jpg");
  assert.is(input.lead!.alt, "Two people shaking hands.");
  assert.equal(figures(input.body).map((figure) => figure.field), ["associations.editor_0"]);
});

shapes("a picture the body shows in its own place keeps that place, with the association's data", () => {
  const { input } = article(
    parse({
      uri: "urn:x",
      headline: "A",
      body_html: '<p>Before.</p><figure><img src="https://cdn.example.com/inline-640.jpg" alt="A dog on a beach"><figcaption>Old caption</figcaption></figure><p>After.</p>',
      associations: {
        featureimage: { uri: "urn:lead", type: "picture", byline: "Lead Shooter", description_text: "The beach at dawn.", renditions: { web: { href: "https://cdn.example.com/lead.jpg", mimetype: "image/jpeg", width: 1200 } } },
        inline: {
          uri: "urn:inline",
          type: "picture",
          byline: "Inline Shooter",
          description_text: "A dog runs on the beach at low tide.",
          renditions: { web: { href: "https://cdn.example.com/inline-640.jpg", mimetype: "image/jpeg", width: 640, height: 427 } },
        },
      },
    }),
  );
  assert.equal(input.body, [
    { type: "paragraph", html: "Before." },
    {
      type: "figure",
      figure: {
        field: "associations.inline",
        src: "https://cdn.example.com/inline-640.jpg",
        width: 640,
        height: 427,
        renditions: [{ href: "https://cdn.example.com/inline-640.jpg", width: 640, height: 427, mimetype: "image/jpeg" }],
        caption: "A dog runs on the beach at low tide.",
        credit: "Inline Shooter",
        creator: "Inline Shooter",
        alt: "A dog on a beach",
      },
    },
    { type: "paragraph", html: "After." },
  ]);
  assert.is(input.lead!.field, "associations.featureimage");
});

shapes("a partial representation is worth a warning: the body is probably cut short", () => {
  const { problems } = article(parse({ uri: "urn:x", headline: "A", representationtype: "partial" }));
  assert.equal(fields(problems), ["representationtype"]);
  assert.match(problems[0]!.message, "fetch the full item");
});

shapes.run();
