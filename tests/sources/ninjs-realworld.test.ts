// The ninjs loader on the shapes real feeds send that its first fixtures did not: ninjs 1.5/1.6
// pattern properties, briefs without a body, datelines inside the body, events without a type,
// uncredited logos, passed embargoes, TT's vignette, http renditions, API envelopes. Each test
// here failed before the loader learnt the case (issue 19).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ArticleInput, BlockInput, FigureInput, ParseResult } from "../../src/model/types.ts";
import type { Problem } from "../../src/model/problem.ts";
import { parseNinjs } from "../../src/sources/ninjs.ts";

function parse(doc: unknown, path = "content/articles/item.json"): ParseResult {
  return parseNinjs(JSON.stringify(doc), path);
}

function article(result: ParseResult): { input: ArticleInput; problems: Problem[] } {
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

const texts = (body: BlockInput[]) => body.flatMap((block) => (block.type === "paragraph" ? [block.html] : []));
const figures = (body: BlockInput[]): FigureInput[] => body.flatMap((block) => (block.type === "figure" ? [block.figure] : []));
const fields = (problems: Problem[]) => problems.map((problem) => problem.field);
const picture = (extra: Record<string, unknown>, href = "https://img.example.com/p.jpg") => ({ type: "picture", renditions: { web: { href, mimetype: "image/jpeg", width: 800 } }, ...extra });

// ---------------------------------------------------------------------------------------------

const patterns = suite("ninjs 1.5/1.6 pattern properties: the suffix names a format and/or a purpose");

patterns("body_main (a purpose, no format) is read: plain text unless it holds tags", () => {
  const { input, problems } = article(parse({ uri: "urn:x", versioncreated: "2026-01-01T00:00:00Z", headline_main: "A", body_main: "First line.\nSecond line." }));
  assert.equal(texts(input.body), ["First line.", "Second line."]);
  assert.is(input.fieldNames.body, "body_main");
  assert.equal(problems, []);
  const html = article(parse({ uri: "urn:x", headline: "A", body_main: "<p>One.</p><p>Two.</p>" })).input;
  assert.equal(texts(html.body), ["One.", "Two."]);
});

patterns("format and purpose together: body_main_html is HTML, body_nitf is not readable", () => {
  const { input } = article(parse({ uri: "urn:x", headline: "A", body_nitf: "<nitf/>", body_main_html: "<p>Read me.</p>" }));
  assert.equal(texts(input.body), ["Read me."]);
  assert.is(input.fieldNames.body, "body_main_html");
});

patterns("description_main is a picture's caption; description_caption_xhtml is no dek and no brief", () => {
  const { input } = article(
    parse({ uri: "urn:x", headline: "A", body_html: "<p>B.</p>", associations: { portrait: picture({ byline: "P. Shooter", headline_main: "A portrait", description_main: "The captain at court." }) } }),
  );
  assert.is(input.lead!.caption, "The captain at court.");
  const caption = article(parse({ uri: "urn:x", headline: "A", body_html: "<p>B.</p>", description_caption_xhtml: "<p>Not a dek.</p>" })).input;
  assert.is(caption.dek, undefined);
});

patterns.run();

// ---------------------------------------------------------------------------------------------

const briefs = suite("a brief with a description and no body");

briefs("NTB's 2.x brief is published from descriptions[role=text], with a warning on bodies", () => {
  const { input, problems } = article(
    parse({ uri: "urn:x", firstcreated: "2026-01-01T00:00:00Z", headlines: [{ role: "main", value: "A" }], descriptions: [{ role: "text", contenttype: "text/plain", value: "The whole brief.\nIts second line." }] }),
  );
  assert.equal(texts(input.body), ["The whole brief.", "Its second line."]);
  assert.is(input.fieldNames.body, "descriptions[role=text]");
  assert.is(input.dek, undefined, "the description is the text now, not also the dek");
  assert.equal(fields(problems), ["bodies"]);
  assert.match(problems[0]!.message, "published as a brief from its description descriptions[role=text]");
});

briefs("a 1.x brief names body_html; a picture's caption never becomes a story", () => {
  const { problems } = article(parse({ uri: "urn:x", headline: "A", description_text: "Short item." }));
  assert.equal(fields(problems), ["body_html"]);
  assert.equal(article(parse({ uri: "urn:x", headline: "A", description_caption: "A caption." })).input.body, []);
});

briefs("a placeholder body (\"[ ... ]\") is no story: reported on its field, and the body stays empty", () => {
  const { input, problems } = article(parse({ uri: "urn:x", headline: "A", body_richtext: "[ ... ]" }));
  assert.equal(input.body, []);
  assert.is(input.fieldNames.body, "body_richtext");
  assert.match(problems[0]!.message, 'holds no words ("[ ... ]")');
});

briefs.run();

// ---------------------------------------------------------------------------------------------

const datelines = suite("a dateline in the body, and located");

datelines("the same dateline in located and the body is kept once: the story's (with the agency), located's region if the story has none", () => {
  const { input, problems } = article(parse({ uri: "urn:x", headline: "A", located: "Springfield, Illinois", body_html: "<p><strong>SPRINGFIELD (AP) —</strong> Lawmakers met.</p><p>More.</p>" }));
  assert.equal(input.dateline, { city: "SPRINGFIELD", region: "Illinois", agency: "AP" });
  assert.equal(texts(input.body), ["Lawmakers met.", "More."]);
  assert.is(input.fieldNames.dateline, "body_html (first paragraph)");
  assert.equal(problems, []);
});

datelines("located that disagrees with the body (IPTC's 'Grossetto') loses to the body, with a warning", () => {
  const { input, problems } = article(parse({ uri: "urn:x", headline: "A", located: "Grossetto, Italy", body_text: "GROSSETO, Italy (AP) -- The trial began." }));
  assert.equal(input.dateline, { city: "GROSSETO", region: "Italy", agency: "AP" });
  assert.equal(texts(input.body), ["The trial began."]);
  assert.equal(fields(problems), ["located"]);
  assert.match(problems[0]!.message, '"Grossetto, Italy" is not the dateline the story opens with ("GROSSETO, Italy (AP)")');
});

datelines("an in-body dateline without located is recognised; a paragraph that is only the dateline goes", () => {
  const { input } = article(parse({ uri: "urn:x", headlines: [{ value: "A" }], bodies: [{ contenttype: "text/html", value: "<p>LONDON (Reuters) -</p><p>Shares fell.</p>" }] }));
  assert.equal(input.dateline, { city: "LONDON", agency: "Reuters" });
  assert.equal(texts(input.body), ["Shares fell."]);
});

datelines("located without a dateline in the body is used as before", () => {
  const { input } = article(parse({ uri: "urn:x", headline: "A", located: "Milton Keynes", body_html: "<p>The story so far.</p>" }));
  assert.is(input.dateline, "Milton Keynes");
  assert.is(input.fieldNames.dateline, "located");
});

datelines("located that is the byline's name (Superdesk's 360info item) is no dateline", () => {
  const { input, problems } = article(parse({ uri: "urn:x", headline: "A", byline: "Aaron J. Staples, Michigan State University", located: "Aaron J. Staples, Michigan", body_html: "<p>Beer.</p>" }));
  assert.is(input.dateline, undefined);
  assert.equal(fields(problems), ["located"]);
  assert.match(problems[0]!.message, "names the writer Aaron J. Staples, not a place");
  // A one-word city is never taken for a name.
  assert.is(article(parse({ uri: "urn:x", headline: "A", byline: "Paris", located: "Paris", body_html: "<p>B.</p>" })).input.dateline, "Paris");
});

datelines.run();

// ---------------------------------------------------------------------------------------------

const kinds = suite("items that are not stories, and envelopes");

kinds("an event without type (eventDetails) is held back as diary data, not rejected for a missing headline", () => {
  const result = parse({ uri: "urn:x", title: "Match", descriptions: [{ role: "text", value: "A match." }], eventDetails: { dates: { startDate: "2026-01-01T18:45:00+01:00" } } });
  assert.is(result.kind, "skipped");
  if (result.kind === "skipped") assert.match(result.reason, 'a ninjs event item (no "type", but "eventDetails")');
});

kinds("a list of event items (IPTC's timeline) is held; any other list is still refused", () => {
  const events = parseNinjs(JSON.stringify([{ uri: "urn:1", eventDetails: {} }, { uri: "urn:2", eventDetails: {} }]), "a.json");
  assert.is(events.kind, "skipped");
  if (events.kind === "skipped") assert.match(events.reason, "a collection of 2 ninjs event items");
  assert.is(parseNinjs(JSON.stringify([{ uri: "urn:1" }]), "a.json").kind, "rejected");
});

kinds("BBC's \"story\" is read as text with a warning; its \"advisory\" is held", () => {
  const { problems } = article(parse({ uri: "urn:x", type: "story", headline: "A", body_html: "<p>B.</p>" }));
  assert.equal(fields(problems), ["type"]);
  const advisory = parse({ uri: "urn:x", type: "advisory", headline: "A" });
  assert.is(advisory.kind, "skipped");
  if (advisory.kind === "skipped") assert.match(advisory.reason, "a note to editors");
});

kinds("AP's Media API envelope is unwrapped, and every field is named from the top of the file", () => {
  const { input, problems } = article(parse({ api_version: "2", data: { item: { uri: "urn:x", type: "text", headline: "A", firstcreated: "2026-01-01T00:00:00Z", renditions: { nitf: { type: "text", title: "NITF Story Download", mimetype: "text/xml", href: "https://api.example/nitf" } } } } }));
  assert.is(input.headline, "A");
  assert.is(input.fieldNames.body, "data.item.body_html");
  assert.is(input.fieldNames.published, "data.item.firstcreated");
  assert.equal(fields(problems), ["data.item.renditions.nitf"]);
  assert.match(problems[0]!.message, "the story's text is not in the file, only a link to download it");
});

kinds("a feed answer with one item is unwrapped (item[0].); with several it is refused", () => {
  const { input } = article(parse({ total: 1, item: [{ uri: "urn:x", headline: "A", body_html: "<p>B.</p>" }] }));
  assert.is(input.fieldNames.headline, "item[0].headline");
  const many = parse({ total: 2, item: [{ uri: "urn:1" }, { uri: "urn:2" }] });
  assert.is(many.kind, "rejected");
  if (many.kind === "rejected") assert.match(many.problems[0]!.message, "holding 2 items");
});

kinds("a JSON Schema is refused as what it is", () => {
  const result = parse({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", title: "Example extension of ninjs" });
  assert.is(result.kind, "rejected");
  if (result.kind === "rejected") assert.equal(fields(result.problems), ["$schema"]);
});

kinds.run();

// ---------------------------------------------------------------------------------------------

const names = suite("each ninjs branch's own field names for what is missing");

names("1.x headline and body_html; 2.x headlines[role=main] and bodies; 3.x firstCreated", () => {
  assert.equal(article(parse({ uri: "urn:x", byline: "B" })).input.fieldNames, { headline: "headline", published: "firstcreated", body: "body_html", byline: "byline", id: "uri" });
  assert.equal(article(parse({ uri: "urn:x", bodies: [] })).input.fieldNames, { headline: "headlines[role=main]", published: "firstcreated", body: "bodies", id: "uri" });
  assert.equal(article(parse({ uri: "urn:x", pubStatus: "usable" })).input.fieldNames.published, "firstCreated");
  // 3.x with no top-level camelCase name still spells its entries so.
  assert.equal(article(parse({ uri: "urn:x", bodies: [{ value: "...", contentType: "text/plain" }] })).input.fieldNames.published, "firstCreated");
  assert.equal(article(parse({ uri: "urn:x", standard: { name: "ninjs", version: "3.1" } })).input.fieldNames.published, "firstCreated");
});

names.run();

// ---------------------------------------------------------------------------------------------

const pictures = suite("pictures an agency sends without what a page needs");

pictures("a logo without credit is left out with a warning naming it; the story is not rejected", () => {
  const { input, problems } = article(parse({ uri: "urn:x", headline: "A", body_html: "<p>B.</p>", associations: { logo: { type: "graphic", renditions: { web: { href: "https://img.example.com/logo.jpg", mimetype: "image/jpeg" } } } } }));
  assert.is(input.lead, undefined);
  assert.equal(figures(input.body), []);
  assert.equal(fields(problems), ["associations.logo"]);
  assert.match(problems[0]!.message, "has no credit");
  assert.match(problems[0]!.message, "left out and the story is published without it");
});

pictures("with the uncredited logo left out, the press release's credited photo is the lead", () => {
  const { input } = article(
    parse({
      uri: "urn:x",
      headline: "A",
      body_xhtml: "<p>B.</p>",
      associations: { logo: picture({}, "https://img.example.com/logo.jpg"), photo: picture({ copyrightholder: "Northwind Cells", description_text: "The plant." }) },
    }),
  );
  assert.is(input.lead!.field, "associations.photo");
  assert.is(input.lead!.credit, "Northwind Cells");
  assert.equal(figures(input.body), []);
});

pictures("the body's copy of a picture that is left out goes with it, so no uncredited figure is left behind", () => {
  const { input } = article(parse({ uri: "urn:x", headline: "A", body_html: '<p>B.</p><figure><img src="https://img.example.com/p.jpg" alt="A logo"></figure>', associations: { logo: picture({}) } }));
  assert.equal(figures(input.body), []);
  assert.is(input.lead, undefined);
});

pictures("a credited picture with nothing that describes it is left out; its headline serves as alt text unless it is a file name", () => {
  const bare = article(parse({ uri: "urn:x", headline: "A", body_html: "<p>B.</p>", associations: { photo: picture({ byline: "P" }) } }));
  assert.is(bare.input.lead, undefined);
  assert.match(bare.problems[0]!.message, "no alt text, caption or headline");
  const titled = article(parse({ uri: "urn:x", headline: "A", body_html: "<p>B.</p>", associations: { photo: picture({ byline: "P", headline: "Costa Concordia cruise ship" }) } }));
  assert.is(titled.input.lead!.alt, "Costa Concordia cruise ship");
  assert.equal(fields(titled.problems), ["associations.photo.headline"]);
  const file = article(parse({ uri: "urn:x", headline: "A", body_html: "<p>B.</p>", associations: [{ id: "featureimage", ...picture({ byline: "P", headline: "logo-footer.png" }) }] }));
  assert.is(file.input.lead, undefined);
  assert.equal(fields(file.problems), ["associations[id=featureimage]"]);
});

pictures("a local picture without credit is kept for the model, which reads the file's embedded credit", () => {
  const { input } = article(parse({ uri: "urn:x", headline: "A", body_html: "<p>B.</p>", associations: { photo: picture({ description_text: "Harbour." }, "harbour.jpg") } }));
  assert.is(input.lead!.src, "harbour.jpg");
});

pictures("http:// renditions and inline pictures are loaded over https://, with one warning per picture", () => {
  const { input, problems } = article(
    parse({
      uri: "urn:x",
      headline: "A",
      body_html: '<p>B.</p><figure><img src="http://img.example.com/inline.jpg" alt="Inline"></figure><figure><img src="http://img.example.com/p.jpg" alt="Lead copy"></figure>',
      associations: { photo: picture({ byline: "P", description_text: "Lead." }, "http://img.example.com/p.jpg") },
    }),
  );
  assert.is(input.lead!.src, "https://img.example.com/p.jpg");
  assert.equal(input.lead!.renditions, [{ href: "https://img.example.com/p.jpg", width: 800, mimetype: "image/jpeg" }]);
  assert.equal(figures(input.body).map((figure) => figure.src), ["https://img.example.com/inline.jpg"]);
  assert.equal(fields(problems), ["body_html", "associations.photo.renditions"]);
  assert.match(problems[1]!.message, "loaded over https:// so the page has no mixed content");
});

pictures("a picture left out for want of a credit gets no https warning on top", () => {
  const { problems } = article(parse({ uri: "urn:x", headline: "A", body_html: "<p>B.</p>", associations: { logo: picture({}, "http://img.example.com/logo.jpg") } }));
  assert.equal(fields(problems), ["associations.logo"]);
});

pictures.run();

// ---------------------------------------------------------------------------------------------

const timing = suite("embargo and publication time");

timing("a story whose embargo lifted after firstcreated is published at the embargo, with a warning", () => {
  const { input, problems } = article(parse({ uri: "urn:x", headline: "A", firstcreated: "2022-06-20T23:20:35+0000", versioncreated: "2022-06-26T23:54:25+0000", embargoed: "2022-06-29T02:30:00+00:00", body_html: "<p>B.</p>" }));
  assert.is(input.published, "2022-06-29T02:30:00+00:00");
  assert.is(input.fieldNames.published, "embargoed");
  assert.is(input.updated, undefined, "a version before the embargo lifted is no update");
  assert.equal(fields(problems), ["firstcreated"]);
  assert.match(problems[0]!.message, "before the embargo lifted");
});

timing("a version after the embargo is the update; an embargo before firstcreated changes nothing", () => {
  const later = article(parse({ uri: "urn:x", headline: "A", firstcreated: "2026-01-01T00:00:00Z", versioncreated: "2026-01-03T00:00:00Z", embargoed: "2026-01-02T00:00:00Z" })).input;
  assert.is(later.published, "2026-01-02T00:00:00Z");
  assert.is(later.updated, "2026-01-03T00:00:00Z");
  const early = article(parse({ uri: "urn:x", headline: "A", firstcreated: "2026-01-05T00:00:00Z", embargoed: "2026-01-02T00:00:00Z" }));
  assert.is(early.input.published, "2026-01-05T00:00:00Z");
  assert.equal(early.problems, []);
});

timing.run();

// ---------------------------------------------------------------------------------------------

const tt = suite("TT's vignette");

tt("<div class=dat> with the vignette and the source is the kicker, not a paragraph \"FörsvarTT\"", () => {
  const { input, problems } = article(
    parse({
      uri: "urn:x",
      headlines: [{ role: "main", value: "Rubrik" }],
      bodies: [{ role: "html5", contenttype: "text/html", value: '<html><body><h1>Rubrik</h1><div class="dat"><span class="vignette">Försvar</span><span class="source">TT</span></div><div class="bodytext"><p>Brödtext &amp; mer.</p></div></body></html>' }],
    }),
  );
  assert.is(input.kicker, "Försvar");
  assert.is(input.fieldNames.kicker, "bodies[role=html5] div.dat");
  assert.equal(texts(input.body), ["Brödtext &amp; mer."]);
  assert.equal(problems, []);
});

tt.run();

// Issue 20: a body nested thousands of elements deep, around or inside TT's vignette, is read
// without overflowing the stack; the sanitiser then flattens the deep tags with its warning.
const deepTt = suite("TT's vignette in deeply nested bodies");

const DEPTH = 5000;
const DAT = '<div class="dat"><span class="vignette">Försvar</span><span class="source">TT</span></div>';
const ttItem = (body: string) => parse({ uri: "urn:x", headlines: [{ role: "main", value: "Rubrik" }], bodies: [{ role: "html5", contenttype: "text/html", value: `<html><body>${body}</body></html>` }] });
const nested = (inner: string) => "<div>".repeat(DEPTH) + inner + "</div>".repeat(DEPTH);

deepTt("5,000 nested elements after the vignette: the kicker is read, the text kept, the nesting reported", () => {
  const { input, problems } = article(ttItem(`${DAT}<div class="bodytext">${nested("<p>Brödtext.</p>")}</div>`));
  assert.is(input.kicker, "Försvar");
  assert.equal(texts(input.body), ["Brödtext."]);
  assert.equal(fields(problems), ["bodies[role=html5]"]);
  assert.match(problems[0]!.message, /^markup nested \d+ elements deep, more than 100/);
});

deepTt("the vignette itself 5,000 elements deep, and its label nested 5,000 deep, are still the kicker", () => {
  assert.is(article(ttItem(nested(`${DAT}<p>Brödtext.</p>`))).input.kicker, "Försvar");
  const deepLabel = `<div class="dat"><span class="vignette">${"<b>".repeat(DEPTH)}Försvar${"</b>".repeat(DEPTH)}</span></div><p>Brödtext.</p>`;
  const { input } = article(ttItem(deepLabel));
  assert.is(input.kicker, "Försvar");
  assert.equal(texts(input.body), ["Brödtext."]);
});

deepTt("a vignette left open is cut out with what it holds, as before; the rest of the body stays", () => {
  const { input } = article(ttItem(`<section>${DAT.replace("</div>", "")}</section><p>Brödtext.</p>`));
  assert.is(input.kicker, "Försvar");
  assert.equal(texts(input.body), ["Brödtext."]);
});

deepTt.run();
