// ANPA 1312 rule by rule: each header line's kind, the keyword line's tags, the trailer's date,
// agate tables and bulletins, byline role lines. Every transmission here is laid out as the AP
// transmissions of the public corpus (../shared/corpus/wire/superdesk-core/*.tst, Superdesk's
// ingest fixtures): SYN SYN SOH and a service line, the selector line, STX and the `^BC-…` keyword
// line, `^` header lines ending in `<` or `=`, tab paragraphs, ETX and the `AP-WF-…GMT` trailer.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ParseResult } from "../../src/model/types.ts";
import type { Transmission } from "../../src/sources/transmission-parts.ts";
import { readTransmission } from "../../src/sources/transmission.ts";
import { parseWireText } from "../../src/sources/wire-text.ts";

const SELECTOR = "r a\u0013\u0011 BC-US--Harbour-Reopens     08-29 0120";
const ETX_LINE = "\t   \u0003AP-WF-08-29-16 1626GMT<";

/** A transmission as the corpus's `.tst` files lay one out: `lines` between the keyword line and ETX, `tail` from ETX on. */
function anpa(lines: string[], options: { keyword?: string; tail?: string[] } = {}): string {
  const keyword = options.keyword ?? "^BC-US--Harbour-Reopens,0110<";
  const tail = options.tail ?? [ETX_LINE, "", "\u000c", "\u0004"];
  return ["\u0016\u0016\u0001W1234\u001fasian", SELECTOR, `\u0002${keyword}`, ...lines, " ", ...tail].join("\r\n");
}

/** A story with the given header lines (between the keyword line and the text). */
const story = (header: string[], options: { keyword?: string; tail?: string[] } = {}) =>
  anpa([...header, "\t   PORTLAND, Maine (AP) _ The harbour reopened on Monday.", " ", "\t   Boats left at dawn."], options);

function read(text: string): Transmission {
  const read = readTransmission(text, "content/articles/a.tst");
  if (read?.kind !== "transmission") throw new Error(`expected a transmission, got ${JSON.stringify(read)}`);
  return read.transmission;
}

function article(result: ParseResult): Extract<ParseResult, { kind: "article" }> {
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

const parse = (text: string) => article(parseWireText(text, "content/articles/a.tst"));
const paragraphs = (text: string) => parse(text).input.body.flatMap((block) => ("html" in block ? [block.html] : []));
const fields = (t: Transmission) => t.problems.map((problem) => [problem.field, problem.severity]);

const test = suite("ANPA 1312 rules");

test("the reader names its format and the format's own field names", () => {
  const read = readTransmission(story(["^Harbour reopens after storm<"]), "a.tst");
  assert.is(read?.kind, "transmission");
  const t = read?.kind === "transmission" ? read.transmission : undefined;
  assert.is(t?.format, "ANPA 1312");
  assert.equal(t?.fieldNames, { published: "AP-WF trailer", headline: "headline line", tags: "keyword line" });
  assert.is(parse(story(["^Harbour reopens after storm<"])).input.fieldNames.published, "AP-WF trailer");
  // No editor's note, no contributor line: no notes at all.
  assert.ok(!("notes" in parse(story(["^Harbour reopens after storm<"])).input));
});

test("header lines by kind: what an AP editor sees of each", () => {
  // [header lines under the keyword line, headline, dek, byline, notes, fields of the problems]
  const cases: [string, string[], string | undefined, string | undefined, string[], string[], string[]][] = [
    ["headline and summary", ["^Harbour reopens after storm<", "^Boats return to the inner basin a week early<"], "Harbour reopens after storm", "Boats return to the inner basin a week early", [], [], []],
    ["a blank line between header lines is no summary", ["^Harbour reopens after storm<", " ", "^By JANE DOE="], "Harbour reopens after storm", undefined, ["By JANE DOE"], [], []],
    ["a line-end code alone is a blank line", ["^Harbour reopens after storm<", "=", "^By JANE DOE="], "Harbour reopens after storm", undefined, ["By JANE DOE"], [], []],
    // A headline or summary that merely contains `ed:` (`Fed:`, `passed:`) is not an editors' instruction.
    ["`Fed:` headline", ["^Fed: Rates will stay low through 2017<", "^The bill passed: what it means for ports<"], "Fed: Rates will stay low through 2017", "The bill passed: what it means for ports", [], [], []],
    ["Eds: and (Eds: …) dropped", ["^Harbour reopens<", "^Eds: Moves on general news.<", "^(Eds: Minor edits.)<"], "Harbour reopens", undefined, [], [], ["line 5", "line 6"]],
    ["the singular Ed: too", ["^Harbour reopens<", "^Ed: Corrects spelling of captain's name.<"], "Harbour reopens", undefined, [], [], ["line 5"]],
    ["AP Photo and AP Video references dropped", ["^Harbour reopens<", "^AP Photo HAR101, HAR102<", "^AP Video<"], "Harbour reopens", undefined, [], [], ["line 5", "line 6"]],
    // `AP Photographer`, or AP Photos named inside a headline, are words of the story.
    ["AP Photographer headline", ["^AP Photographer wins Pulitzer for harbour series<", "^Exhibit shows AP Photos of the storm<"], "AP Photographer wins Pulitzer for harbour series", "Exhibit shows AP Photos of the storm", [], [], []],
    ["EDITORS NOTE without an apostrophe", ["^Harbour reopens<", "^EDITORS NOTE _ First of three parts.<"], "Harbour reopens", undefined, [], ["EDITORS NOTE — First of three parts."], []],
    // AP's `Editor's Notebook` column and a headline about an editor's note are not notes.
    ["Editor's Notebook", ["^EDITOR'S NOTEBOOK: A week on the harbour<", "^Magazine regrets editor's note on cover story<"], "EDITOR’S NOTEBOOK: A week on the harbour", "Magazine regrets editor’s note on cover story", [], [], []],
    // `By` inside a title is not a byline.
    ["Stand By Me", ["^Stand By Me singer Ben E. King dies at 76<"], "Stand By Me singer Ben E. King dies at 76", undefined, [], [], []],
    ["a third line above the byline opens the body", ["^Harbour reopens<", "^Boats return<", "^Fishermen count the cost<", "^By JANE DOE="], "Harbour reopens", "Boats return", ["By JANE DOE"], [], ["line 6"]],
  ];
  for (const [label, header, headline, dek, byline, notes, problems] of cases) {
    const { input, problems: reported } = parse(story(header));
    assert.is(input.headline, headline, label);
    assert.is(input.dek, dek, label);
    assert.equal(input.byline, byline, label);
    assert.equal(input.notes?.map((note) => note.text) ?? [], notes, label);
    assert.equal(reported.map((problem) => problem.field), problems, label);
  }
  // The third line opens the body, above the dateline's paragraph: a heading, reported.
  const third = parse(story(["^Harbour reopens<", "^Boats return<", "^Fishermen count the cost<"])).input.body[0];
  assert.equal(third, { type: "heading", level: 2, html: "Fishermen count the cost" });
});

test("byline role lines: short, capitalised, no sentence", () => {
  // [the line under `By JANE DOE`, the byline an editor expects]
  const cases: [string, string[]][] = [
    ["^Associated Press=", ["By JANE DOE, Associated Press"]],
    ["^AP Director of Photography=", ["By JANE DOE, AP Director of Photography"]],
    ["^AP Science and Health Writer=", ["By JANE DOE, AP Science and Health Writer"]],
    ["^Special Correspondent for the AP=", ["By JANE DOE, Special Correspondent for the AP"]],
    ["^St. Louis Post-Dispatch=", ["By JANE DOE, St. Louis Post-Dispatch"]],
    // 40 characters is a role; 41 is not.
    ["^AP Chief Correspondent for Latin America=", ["By JANE DOE, AP Chief Correspondent for Latin America"]],
    ["^AP Chief Correspondent for Southeast Asia=", ["By JANE DOE"]],
    // A summary set under the byline is not its role.
    ["^Heat rally past Hawks without Wade=", ["By JANE DOE"]],
    ["^EDITOR'S NOTE _ First of three parts.<", ["By JANE DOE"]],
  ];
  for (const [next, byline] of cases) {
    const { input } = parse(story(["^Harbour reopens<", "^By JANE DOE=", next]));
    assert.equal(input.byline, byline, next);
  }
  const last = parse(story(["^Harbour reopens<", "^By JANE DOE="]));
  assert.equal(last.input.byline, ["By JANE DOE"]);
  const summary = parse(story(["^Harbour reopens<", "^By JANE DOE=", "^Heat rally past Hawks without Wade="]));
  assert.is(summary.input.dek, "Heat rally past Hawks without Wade");
});

test("keyword line: the subject words are the tags, version words are not", () => {
  const cases: [keyword: string, tags: string[]][] = [
    ["^BC-US--Giant Lobster Death, 1st Ld-Writethru,127<", ["Giant Lobster Death"]],
    ["^BC-AS--China-Daring Escape-ABRIDGED, 3rd Ld-Writethru,827<", ["China", "Daring Escape"]],
    ["^BC-US--Storm-Florida-11thLd-Writethru,0890<", ["Storm", "Florida"]],
    ["^BC-US--Storm-Florida-2ndLd-Writethru,0890<", ["Storm", "Florida"]],
    ["^BC-BBO--Baseball Expanded Glance<", ["Baseball Expanded Glance"]],
    ["^BC-Today in History,0590<", ["Today in History"]],
    // The keyword follows the last opener of a line that carries two.
    ["^*9006< ^AP-Top-Entertainment-Headlines,0176<", ["Top", "Entertainment", "Headlines"]],
    // No cycle letters: the category and keyword alone.
    ["^Harbour-Reopens,0110<", ["Harbour", "Reopens"]],
  ];
  for (const [keyword, tags] of cases) assert.equal(read(story(["^Harbour reopens<"], { keyword })).tags, tags, keyword);
});

test("no headline line: the keyword is the headline, with a warning naming the headline line", () => {
  const t = read(anpa(["\t   PORTLAND, Maine (AP) _ The harbour reopened."], { keyword: "^BC-US--Harbour-Reopens,0110<" }));
  assert.is(t.headline, "Harbour Reopens");
  assert.equal(fields(t), [["headline line", "warning"]]);
});

test("text straight after STX, with no header lines: no headline, no tags, the text is the story", () => {
  const text = ["\u0016\u0016\u0001W1234\u001fasian", SELECTOR, "\u0002\t   PORTLAND, Maine (AP) _ The harbour reopened.", " ", ETX_LINE, "", "\u0004"].join("\r\n");
  const t = read(text);
  assert.is(t.headline, undefined);
  assert.equal(t.tags, []);
  assert.equal(fields(t), []);
  assert.is(t.published, "2016-08-29T16:26:00Z");
  const { input } = parse(text);
  assert.equal(input.dateline, { city: "PORTLAND", region: "Maine", agency: "AP" });
  assert.equal(input.body.map((block) => ("html" in block ? block.html : "")), ["The harbour reopened."]);
});

test("items that are not stories are held back; stories about budgets and advisories are not", () => {
  const cases: [keyword: string, held: boolean][] = [
    ["^BC-APNewsAlert,0040<", true],
    ["^BC-Advisory-Harbour,0040<", true],
    ["^BC-Budget-Sunday,0040<", true],
    ["^BC-Digest-Europe,0040<", true],
    ["^BC-Sked-Sports,0040<", true],
    ["^BC-US--Congress-Budget,0680<", false],
    ["^BC-US--Travel-Advisory,0680<", false],
  ];
  for (const [keyword, held] of cases) assert.is(read(story(["^Harbour reopens<"], { keyword })).heldBack !== undefined, held, keyword);
  // The reason quotes the bulletin's text.
  const alert = read(anpa(["\t   PORTLAND, Maine (AP) _ The harbour has reopened."], { keyword: "^BC-APNewsAlert,0040<" }));
  assert.match(alert.heldBack ?? "", /"PORTLAND, Maine \(AP\) -- The harbour has reopened\."/);
});

test("the AP-WF trailer's date: month-day-year and GMT time; two-digit years 71 to 99 are the 1900s", () => {
  const cases: [trailer: string, published: string][] = [
    ["AP-WF-08-29-16 1626GMT", "2016-08-29T16:26:00Z"],
    ["AP-WF-11-03-98 0907GMT", "1998-11-03T09:07:00Z"],
    ["AP-WF-01-15-71 2359GMT", "1971-01-15T23:59:00Z"],
    ["AP-WF-01-15-70 0000GMT", "2070-01-15T00:00:00Z"],
    ["AP-WF-06-04-05 1626 GMT", "2005-06-04T16:26:00Z"],
  ];
  for (const [trailer, published] of cases) assert.is(read(story(["^H<"], { tail: [`\t   \u0003${trailer}<`, "", "\u0004"] })).published, published, trailer);
});

test("the trailer where transmissions put it: after ETX, on the next lines, or wrapped", () => {
  const cases: [label: string, tail: string[]][] = [
    ["ETX opening its line", ["\u0003AP-WF-08-29-16 1626GMT<", "", "\u0004"]],
    ["the trailer on the line under ETX", ["\t   \u0003", "AP-WF-08-29-16 1626GMT<", "\u0004"]],
    ["two lines under ETX", ["\t   \u0003", "", "AP-WF-08-29-16 1626GMT<"]],
    ["wrapped after its date", ["\t   \u0003AP-WF-08-29-16", "1626GMT<", "\u0004"]],
  ];
  for (const [label, tail] of cases) {
    const t = read(story(["^Harbour reopens<"], { tail }));
    assert.is(t.published, "2016-08-29T16:26:00Z", label);
    assert.equal(fields(t), [], label);
  }
  // The last paragraph may run up to ETX on its own line.
  const text = anpa(["^Harbour reopens<", "\t   PORTLAND, Maine (AP) _ The harbour reopened.", "\t   Boats left at dawn.\u0003AP-WF-08-29-16 1626GMT<"], { tail: ["", "\u0004"] });
  assert.equal(paragraphs(text), ["The harbour reopened.", "Boats left at dawn."]);
  assert.is(parse(text).input.published, "2016-08-29T16:26:00Z");
});

test("paragraph lines: a tab opens one, a line without it continues it, a blank line ends it", () => {
  const cases: [label: string, lines: string[], paragraphs: string[]][] = [
    ["wrapped onto a line without a tab", ["\t   PORTLAND, Maine (AP) _ The harbour reopened", "on Monday after the storm."], ["The harbour reopened on Monday after the storm."]],
    ["untabbed paragraphs between blank lines", ["\t   PORTLAND, Maine (AP) _ The harbour reopened.", " ", "Boats left at dawn.", " ", "Nets were mended."], ["The harbour reopened.", "Boats left at dawn.", "Nets were mended."]],
    ["a ^ line in the body is a line of its own", ["\t   PORTLAND, Maine (AP) _ The harbour reopened.", "^Boats left at dawn<"], ["The harbour reopened.", "Boats left at dawn"]],
  ];
  for (const [label, lines, expected] of cases) assert.equal(paragraphs(anpa(["^Harbour reopens<", ...lines])), expected, label);
});

test("agate: three table rows hold a transmission back, two do not; a story's semicolons are no table", () => {
  const standings = (rows: string[]) => read(anpa(["^Harbour League standings<", ...rows]));
  const three = standings(["\u0008Boston;1;2;.333", "\u0008Miami;2;1;.667", "\u0008Tampa;2;1;.667"]);
  assert.match(three.heldBack ?? "", /3 rows/);
  assert.match(three.heldBack ?? "", /"Harbour League standings"/);
  assert.is(standings(["\t   PORTLAND, Maine (AP) _ Two clubs share the lead.", "\u0008Boston;2;1;.667", "\u0008Miami;2;1;.667"]).heldBack, undefined);
  // Tab-opened rows of semicolon cells, the first cell up to 40 characters (after the tab).
  const long = standings([
    "\t   Wolverhampton Wanderers Football Club;3;1;.750",
    "\t   Brighton and Hove Albion Football Club;2;2;.500",
    "\t   Queens Park Rangers Football Club Ltd;1;3;.250",
  ]);
  assert.match(long.heldBack ?? "", /3 rows/);
  const sentences = read(
    anpa([
      "^Harbour schedule set<",
      "\t   PORTLAND, Maine (AP) _ Ferries will run on Monday; Tuesday; Wednesday; and Thursday, when the new timetable starts.",
      "\t   The fares: adults $5; children $2; seniors $3; and bicycles free of charge on every crossing.",
      "\t   Stops: Portland; Peaks; Long; and Chebeague, weather permitting throughout the winter months.",
    ]),
  );
  assert.is(sentences.heldBack, undefined);
});

test("a transmission with header lines only is refused, naming the file and quoting the selector", () => {
  const result = parseWireText(anpa(["^AP Top News at 5 p.m.<", "^First headline<", "^Second headline<"]), "a.tst");
  assert.equal(result.kind === "rejected" ? result.problems.map((problem) => [problem.field, problem.severity]) : [], [["file", "error"]]);
  assert.match(result.kind === "rejected" ? result.problems[0]!.message : "", /"r a BC-US--Harbour-Reopens 08-29 0120"/);
});

test.run();
