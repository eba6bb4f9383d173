// What a ninjs file holds before any field is read: valid JSON or not, one item or an API's
// envelope or a list, a story or something else (an event, a picture, an advisory), and which
// ninjs branch it is written in, so that a missing field is named as that branch spells it.
// Each row imitates a public sample: IPTC's ninjs examples (../shared/corpus/ninjs/iptc-newsinjson),
// AP's Media API answers and BBC's feed as Superdesk's ingest fixtures keep them
// (../shared/corpus/ninjs/superdesk-core).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ArticleInput, ParseResult } from "../../src/model/types.ts";
import type { Problem } from "../../src/model/problem.ts";
import { parseNinjs } from "../../src/sources/ninjs.ts";

const PATH = "content/articles/item.json";
const parse = (doc: unknown): ParseResult => parseNinjs(JSON.stringify(doc), PATH);

function article(result: ParseResult): { input: ArticleInput; problems: Problem[] } {
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

function rejected(result: ParseResult): Problem[] {
  if (result.kind !== "rejected") throw new Error(`expected a rejection, got ${JSON.stringify(result)}`);
  return result.problems;
}

function skipped(result: ParseResult): string {
  if (result.kind !== "skipped") throw new Error(`expected the item to be held back, got ${JSON.stringify(result)}`);
  assert.is(result.path, PATH);
  return result.reason;
}

const fields = (problems: Problem[]) => problems.map((problem) => problem.field);

/** A minimal AP-style 1.x text item (IPTC's `ninjsExSimpleText1.json` shape). */
const AP_TEXT = { uri: "http://ninjs.example.com/newsitems/20240312-ferry", type: "text", headline: "Ferry crews walk out", body_html: "<p>Crews stopped work at dawn.</p>" };

// ---------------------------------------------------------------------------------------------

const json = suite("ninjs files that are not valid JSON");

json("a file saved with a byte-order mark (Windows exports) is read as JSON", () => {
  const { input } = article(parseNinjs(`\uFEFF${JSON.stringify(AP_TEXT)}`, PATH));
  assert.is(input.headline, "Ferry crews walk out");
  assert.equal(input.body, [{ type: "paragraph", html: "Crews stopped work at dawn." }]);
});

json("a zero-width no-break space inside the text is the provider's, not a byte-order mark", () => {
  // Only the mark that opens the file is dropped.
  const { input } = article(parseNinjs(JSON.stringify({ ...AP_TEXT, headline: "Ferry\uFEFFcrews walk out" }), PATH));
  assert.is(input.headline, "Ferry\uFEFFcrews walk out");
});

json("each broken file is one error on `json` that says where, and why in V8's words without its offset", () => {
  // [what an editor has in the file, the place and reason the report must give]
  const cases: [string, string][] = [
    // A comma before "}" (hand-edited AP item).
    ['{"uri": "urn:x", "headline": "A",}', "line 1, column 34 (Expected double-quoted property name)"],
    // A missing comma on the next line, after more than nine characters of the file.
    ['{"uri": "urn:x"\n "headline": "A"}', "line 2, column 2 (Expected ',' or '}' after property value)"],
    // Two items pasted into one file.
    ['{"uri": "urn:1", "headline": "A"}\n{"uri": "urn:2", "headline": "B"}', "line 2, column 1 (Unexpected non-whitespace character after JSON)"],
  ];
  for (const [text, where] of cases) {
    const problems = rejected(parseNinjs(text, PATH));
    assert.equal(fields(problems), ["json"], text);
    assert.is(problems[0]!.severity, "error", text);
    assert.is(problems[0]!.path, PATH, text);
    assert.ok(problems[0]!.message.includes(`not valid JSON at ${where}:`), `${text}: ${problems[0]!.message}`);
  }
});

json("a file cut off in transfer, an empty file and one of blank lines are told apart from a syntax error", () => {
  const message = (text: string) => rejected(parseNinjs(text, PATH))[0]!;
  for (const text of ["", "   \n\t\n", "\uFEFF"]) {
    assert.is(message(text).field, "json");
    assert.match(message(text).message, /^the file is empty/);
  }
  const cut = message('{"uri": "urn:x",\n  "headline": "Lisbon ferry crews walk o');
  assert.is(cut.field, "json");
  assert.match(cut.message, /^the JSON stops in the middle of a value \(at line 2, column 41\)/);
  // V8 gives no position when the input ends inside a list: the end of the file is the place.
  const list = message('{"uri": "urn:x",\n  "subject": [');
  assert.match(list.message, /^the JSON stops in the middle of a value \(at line 2, column 15\)/);
});

json.run();

// ---------------------------------------------------------------------------------------------

const envelope = suite("ninjs items inside an API's envelope, lists and schemas");

envelope("JSON that is no object is refused on `json`", () => {
  const cases: [string, RegExp][] = [
    ["[]", /holds a list, not a ninjs item/],
    ['"urn:x"', /holds the text "urn:x", not a ninjs item/],
    ["42", /holds the number 42, not a ninjs item/],
    ["null", /holds null, not a ninjs item/],
  ];
  for (const [text, message] of cases) {
    const problems = rejected(parseNinjs(text, PATH));
    assert.equal(fields(problems), ["json"], text);
    assert.match(problems[0]!.message, message, text);
  }
});

envelope("a list is held back only when every entry is an event (IPTC's timeline); a mixed list is refused", () => {
  const event = (uri: string, key = "eventDetails") => ({ uri, title: "Press conference", [key]: { dates: { startDate: "2023-10-16T10:00:00+11:00" } } });
  assert.match(skipped(parseNinjs(JSON.stringify([event("urn:1"), event("urn:2", "planningdetails"), event("urn:3")]), PATH)), /collection of 3 ninjs event items/);
  const mixed = rejected(parseNinjs(JSON.stringify([event("urn:1"), AP_TEXT]), PATH));
  assert.equal(fields(mixed), ["json"]);
  const strings = rejected(parseNinjs(JSON.stringify(["urn:1", "urn:2"]), PATH));
  assert.equal(fields(strings), ["json"]);
});

envelope("a JSON Schema is refused on `$schema`, naming its title when it has one", () => {
  // IPTC's examples/2.1/schema-extension/extension-schema.json.
  const titled = rejected(parse({ $schema: "http://json-schema.org/draft-07/schema#", title: "TT extension of ninjs", type: "object" }));
  assert.equal(fields(titled), ["$schema"]);
  assert.match(titled[0]!.message, '("TT extension of ninjs")');
  const untitled = rejected(parse({ $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties: {} }));
  assert.equal(fields(untitled), ["$schema"]);
  assert.match(untitled[0]!.message, /^the file is a JSON Schema, not a ninjs item/);
});

envelope("an item that names the schema it follows is still an item (uri or Superdesk's guid)", () => {
  const withUri = article(parse({ $schema: "http://www.iptc.org/std/ninjs/ninjs-schema_1.4.json", ...AP_TEXT }));
  assert.is(withUri.input.headline, "Ferry crews walk out");
  const { uri: _uri, ...rest } = AP_TEXT;
  const withGuid = article(parse({ $schema: "http://www.iptc.org/std/ninjs/ninjs-schema_1.4.json", guid: "tag:example.com,2024:ferry", ...rest }));
  assert.is(withGuid.input.id, "tag:example.com,2024:ferry");
  assert.is(withGuid.input.fieldNames.id, "guid");
});

envelope("AP's and BBC's envelopes are opened, and every field is named from the top of the file", () => {
  // [the answer as the API sends it, the prefix every field gets]
  const cases: [unknown, string][] = [
    [{ api_version: "2", id: "Wz8h", data: { item: AP_TEXT } }, "data.item."],
    [{ total: 1, item: [AP_TEXT] }, "item[0]."],
    [{ total: 1, items: [AP_TEXT] }, "items[0]."],
  ];
  for (const [doc, at] of cases) {
    const { input } = article(parse(doc));
    assert.is(input.headline, "Ferry crews walk out", at);
    assert.equal(input.fieldNames, { headline: `${at}headline`, published: `${at}firstcreated`, body: `${at}body_html`, id: `${at}uri` }, at);
  }
});

envelope("a feed's answer with no item, or with several, is refused on its list with the fix for each", () => {
  const none = rejected(parse({ total: 0, item: [] }));
  assert.equal(fields(none), ["item"]);
  assert.match(none[0]!.message, "holding 0 items");
  assert.match(none[0]!.message, "the feed answered with no item; fetch the item again");
  const two = rejected(parse({ total: 2, items: [AP_TEXT, { ...AP_TEXT, uri: "urn:2" }] }));
  assert.equal(fields(two), ["items"]);
  assert.match(two[0]!.message, "holding 2 items, not one ninjs item: put each item in a file of its own");
  const notItems = rejected(parse({ total: 1, item: ["http://ninjs.example.com/newsitems/20240312-ferry"] }));
  assert.equal(fields(notItems), ["item"]);
});

envelope("an item that names itself in no way (no uri, headline or type) is still read as an item", () => {
  // AP's early 1.x drafts: a body and a date, nothing else; the model then reports the missing headline.
  const { input } = article(parse({ versioncreated: "2024-03-12T06:40:00Z", body_html: "<p>Crews stopped work at dawn.</p>" }));
  assert.equal(input.body, [{ type: "paragraph", html: "Crews stopped work at dawn." }]);
  assert.equal(input.fieldNames, { headline: "headline", published: "versioncreated", body: "body_html" });
});

envelope("an item whose extension property is called `data` is not taken for an envelope", () => {
  // ninjs allows extension properties (IPTC's schema-extension example adds "foofoo").
  const other = { item: { uri: "urn:other", headline: "Other" } };
  const items: [Record<string, unknown>, string][] = [
    // Each names itself by one property only (1.5's headline_main is none of them).
    [{ uri: "urn:x", headline_main: "Ferry crews walk out", body_html: "<p>B.</p>", data: other }, "headline_main"],
    [{ guid: "urn:x", headline_main: "Ferry crews walk out", body_html: "<p>B.</p>", data: other }, "headline_main"],
    [{ headlines: [{ role: "main", value: "Ferry crews walk out" }], body_html: "<p>B.</p>", data: other }, "headlines[role=main]"],
    [{ type: "text", headline_main: "Ferry crews walk out", body_html: "<p>B.</p>", data: other }, "headline_main"],
    [{ headline: "Ferry crews walk out", body_html: "<p>B.</p>", items: [other.item] }, "headline"],
  ];
  for (const [doc, field] of items) {
    const { input } = article(parse(doc));
    assert.is(input.headline, "Ferry crews walk out", JSON.stringify(doc));
    assert.is(input.fieldNames.headline, field, JSON.stringify(doc));
  }
});

envelope.run();

// ---------------------------------------------------------------------------------------------

const kinds = suite("which ninjs items are stories");

kinds("`type` decides: text and composite are stories, media and advisories are held with their reason", () => {
  // [type as the provider sends it, held back? and the words the reason names it with]
  const cases: [string, RegExp | undefined][] = [
    ["text", undefined],
    ["Text", undefined],
    ["composite", undefined],
    ["picture", /^ninjs type "picture" is not an article/],
    ["video", /^ninjs type "video" is not an article/],
    ["advisory", /^ninjs type "advisory" is a note to editors/],
    ["Advisory", /^ninjs type "advisory" is a note to editors/],
    ["event", /^a ninjs event item \(type "event"\)/],
    ["planning", /^a ninjs event item \(type "planning"\)/],
  ];
  for (const [type, reason] of cases) {
    const result = parse({ ...AP_TEXT, type });
    if (reason === undefined) {
      const { input, problems } = article(result);
      assert.is(input.headline, "Ferry crews walk out", type);
      assert.equal(problems, [], type);
    } else {
      assert.match(skipped(result), reason, type);
    }
  }
});

kinds("BBC's and other systems' words for a story are read as text, with a warning on `type`", () => {
  for (const type of ["story", "article", "news", "Story"]) {
    const { input, problems } = article(parse({ ...AP_TEXT, type }));
    assert.is(input.headline, "Ferry crews walk out", type);
    assert.equal(fields(problems), ["type"], type);
    assert.is(problems[0]!.severity, "warning");
    assert.match(problems[0]!.message, `"${type}" is not a ninjs type`);
  }
});

kinds("without `type`, any of the event properties makes an item diary data (ADDB, TT, IPTC 3.x)", () => {
  for (const key of ["eventDetails", "eventdetails", "event_details", "planningDetails", "planningdetails"]) {
    const reason = skipped(parse({ uri: "urn:addb:65", headlines: [{ role: "main", value: "UEFA Champions League" }], [key]: { dates: { startDate: "2023-10-04T21:00:00+02:00" } } }));
    assert.match(reason, `no "type", but "${key}"`, key);
  }
});

kinds("a story with `type` \"text\" is published even though it carries event details", () => {
  // ninjs 3 allows eventDetails on any item: ADDB's match preview names the match it is about.
  const { input } = article(parse({ ...AP_TEXT, eventDetails: { dates: { startDate: "2023-10-04T21:00:00+02:00" } } }));
  assert.is(input.headline, "Ferry crews walk out");
  // An event property that holds no object says nothing.
  assert.is(parse({ uri: "urn:x", headline: "A", body_html: "<p>B.</p>", eventDetails: null }).kind, "article");
});

kinds.run();

// ---------------------------------------------------------------------------------------------

const dialects = suite("a missing field named as the file's ninjs branch spells it");

dialects("the item's own `standard` first, then camelCase (3.x), then arrays (2.x), else 1.x", () => {
  // Items with neither headline, date nor body: the model's report names these three fields.
  // [why, the item, headline, published, body]
  const cases: [string, Record<string, unknown>, string, string, string][] = [
    ["1.x: lowercase properties only", { uri: "urn:x", byline: "Marta Nunes" }, "headline", "firstcreated", "body_html"],
    ["IPTC 1.4's $standard, though it lists descriptions", { $standard: { name: "ninjs", version: "1.4" }, uri: "urn:x", descriptions: [] }, "headline", "firstcreated", "body_html"],
    ["ninjs 1.6 standard beside a 2.x array", { standard: { name: "ninjs", version: "1.6" }, uri: "urn:x", bodies: [] }, "headline", "firstcreated", "body_html"],
    ["TT's TTNINJS 2.1 standard beside a camelCase name", { standard: { name: "TTNINJS", version: "2.1" }, uri: "urn:x", pubStatus: "usable" }, "headlines[role=main]", "firstcreated", "bodies"],
    ["ninjs 3.0 standard with nothing else", { standard: { name: "ninjs", version: "3.0" }, uri: "urn:x" }, "headlines[role=main]", "firstCreated", "bodies"],
    ["a standard with no readable version falls back to the names", { standard: { name: "ninjs", version: 3 }, uri: "urn:x" }, "headline", "firstcreated", "body_html"],
    ["a standard that is only a name", { standard: "ninjs", uri: "urn:x", bodies: [] }, "headlines[role=main]", "firstcreated", "bodies"],
    ["a future major version is not trusted", { standard: { name: "ninjs", version: "4.0" }, uri: "urn:x" }, "headline", "firstcreated", "body_html"],
    ["2.x: an empty headlines array", { uri: "urn:x", headlines: [] }, "headlines[role=main]", "firstcreated", "bodies"],
    ["2.x: descriptions only", { uri: "urn:x", descriptions: [] }, "headlines[role=main]", "firstcreated", "bodies"],
    ["3.x: copyrightHolder", { uri: "urn:x", copyrightHolder: "Example Newswire" }, "headlines[role=main]", "firstCreated", "bodies"],
  ];
  for (const [why, doc, headline, published, body] of cases) {
    const { fieldNames } = article(parse(doc)).input;
    assert.equal([fieldNames.headline, fieldNames.published, fieldNames.body], [headline, published, body], why);
  }
});

dialects("3.x spells its entries in camelCase too, in any list and any entry of it", () => {
  // [why, the item]: each is 3.x, so a missing date is `firstCreated`.
  const cases: [string, Record<string, unknown>][] = [
    ["headlines[].contentType", { uri: "urn:x", headlines: [{ role: "main", value: "A", contentType: "text/plain" }] }],
    ["descriptions[].charCount", { uri: "urn:x", headline: "A", descriptions: [{ value: "B", charCount: 1 }] }],
    ["bodies[].wordCount on the second body", { uri: "urn:x", headline: "A", bodies: [{ value: "B" }, { value: "<p>B</p>", wordCount: 1 }] }],
    ["associations[].contentType", { uri: "urn:x", headline: "A", associations: [{ name: "a001", type: "picture", contentType: "image/jpeg" }] }],
    ["renditions[].sizeInBytes (AP's text renditions)", { uri: "urn:x", headline: "A", renditions: [{ name: "nitf", href: "https://api.example/nitf", sizeInBytes: 5021 }] }],
  ];
  for (const [why, doc] of cases) assert.is(article(parse(doc)).input.fieldNames.published, "firstCreated", why);
  // Lowercase entry properties (2.x `contenttype`, `charcount`) are no sign of 3.x.
  assert.is(article(parse({ uri: "urn:x", headline: "A", bodies: [{ value: "B", contenttype: "text/plain", charcount: 1 }] })).input.fieldNames.published, "firstcreated");
});

dialects("a date that is present is named as the file spells it, even when it cannot be read", () => {
  for (const name of ["firstcreated", "firstCreated", "versioncreated", "versionCreated"]) {
    const { input, problems } = article(parse({ uri: "urn:x", headline: "A", body_html: "<p>B.</p>", [name]: 20240312 }));
    assert.is(input.published, undefined, name);
    assert.is(input.fieldNames.published, name, name);
    assert.equal(fields(problems), [name], name);
  }
});

dialects.run();
