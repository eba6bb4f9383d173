// IPTC 7901 rule by rule: keyword lines, the headline block (flags, headline, byline), the text up
// to ETX, the date-time after it, service messages. Every transmission is laid out as dpa's in the
// public corpus (../shared/corpus/wire/superdesk-core/: IPTC7901.txt, dpa_four_line.txt,
// dpa_two_by_line.txt, dpa_copyright.txt, Superdesk's ingest fixtures): SOH and the header line
// `eca062 4 i 211 ccccb   dpa 061`, a blank line, the keyword line, STX, the block closed by ` =`,
// the text, ETX and `131137 GMT Nov 13`, DEL padding and EOT.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ParseResult } from "../../src/model/types.ts";
import type { Transmission } from "../../src/sources/transmission-parts.ts";
import { readTransmission } from "../../src/sources/transmission.ts";
import { parseWireText } from "../../src/sources/wire-text.ts";

const HEADER = "\u0001eca062 4 i 211 ccccb   dpa 061";
const BODY = ["   Berlin (dpa) - Negotiations between the parties could fail, a senior", "member warned on Wednesday.", "", "dpa wsz jln npr"];
const READ_AT = new Date("2026-11-25T12:00:00Z");

interface Layout {
  header?: string;
  /** Lines between the header line and the STX line. */
  keywords?: string[];
  /** The headline block; STX is set before its first line. */
  block?: string[];
  body?: string[];
  /** From the ETX line on. */
  tail?: string[];
}

function iptc({ header = HEADER, keywords = ["", "Germany-politics/"], block = ["Coalition talks could fail ="], body = BODY, tail = ["\u0003131137 GMT Nov 13 ", "\u007f", "\u007f\u0004"] }: Layout = {}): string {
  return [header, ...keywords, `\u0002${block[0]}`, ...block.slice(1), "", ...body, "", ...tail].join("\r\n");
}

function read(text: string, now = READ_AT): Transmission {
  const read = readTransmission(text, "content/articles/a.txt", now);
  if (read?.kind !== "transmission") throw new Error(`expected a transmission, got ${JSON.stringify(read)}`);
  return read.transmission;
}

function article(result: ParseResult): Extract<ParseResult, { kind: "article" }> {
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

const fields = (t: Transmission) => t.problems.map((problem) => [problem.field, problem.severity]);
const dateOf = (trailer: string, now = READ_AT) => read(iptc({ tail: [`\u0003${trailer}`, "\u007f\u0004"] }), now);

const test = suite("IPTC 7901 rules");

test("the reader names its format and the format's own field names", () => {
  const t = read(iptc());
  assert.is(t.format, "IPTC 7901");
  assert.equal(t.fieldNames, { published: "date-time after ETX", headline: "headline", tags: "keyword line" });
  assert.equal(fields(t), []);
});

test("keyword lines are the tags, wherever the lines before STX put them", () => {
  const cases: [label: string, keywords: string[], tags: string[]][] = [
    ["dpa's layout", ["", "Germany-politics/"], ["Germany", "politics"]],
    ["no blank line under the header line", ["Germany-politics/"], ["Germany", "politics"]],
    ["no closing slash", ["", "Germany-politics"], ["Germany", "politics"]],
    ["over two lines", ["", "Germany-politics", "Berlin/"], ["Germany", "politics", "Berlin"]],
    ["several words are one tag", ["", "American Football/NFL/"], ["American Football", "NFL"]],
    ["a hyphen inside several words stays", ["", "Argentina-Cancer Beauty"], ["Argentina-Cancer Beauty"]],
  ];
  for (const [label, keywords, tags] of cases) assert.equal(read(iptc({ keywords })).tags, tags, label);
  // STX set right after the keyword, on its line.
  const sameLine = [HEADER, "", "Germany-politics/\u0002Coalition talks could fail =", "", ...BODY, "", "\u0003131137 GMT Nov 13"].join("\r\n");
  assert.equal(read(sameLine).tags, ["Germany", "politics"]);
  assert.is(read(sameLine).headline, "Coalition talks could fail");
  // A headline block over several lines gives no tags.
  assert.equal(read(iptc({ block: ["REFILE", "1ST LEAD", "Switzerland joins list of countries resisting UN pact", "By dpa correspondents ="] })).tags, ["Germany", "politics"]);
});

test("the headline block: flags, then the headline, then the byline", () => {
  // [block, headline, byline, whether the flags are reported]
  const cases: [block: string[], headline: string | undefined, byline: string[], flags: boolean][] = [
    [["Coalition talks could fail ="], "Coalition talks could fail", [], false],
    [["Coalition talks could fail="], "Coalition talks could fail", [], false],
    [["EXTRA", "Peace talks on Yemen to take place in Sweden next month ="], "Peace talks on Yemen to take place in Sweden next month", [], true],
    [["(Achtung)", "Impressum ="], "Impressum", [], true],
    // A headline in capitals alone in its block is the headline, not a flag.
    [["ECB RAISES RATES ="], "ECB RAISES RATES", [], false],
    // A headline wrapped over two lines is one headline.
    [["Germany's Social Democrats say coalition", "talks with Merkel could fail ="], "Germany's Social Democrats say coalition talks with Merkel could fail", [], false],
    // Capitals at either end of a headline do not make it a flag.
    [["Merkel meets leaders of the SPD", "By Anna Schmidt, dpa ="], "Merkel meets leaders of the SPD", ["By Anna Schmidt, dpa"], false],
    [["EU leaders back UN migration pact", "By Anna Schmidt, dpa ="], "EU leaders back UN migration pact", ["By Anna Schmidt, dpa"], false],
    [["Stand By Me singer Ben E. King dies at 76", "By Anna Schmidt, dpa ="], "Stand By Me singer Ben E. King dies at 76", ["By Anna Schmidt, dpa"], false],
    [["Streik legt Flughafen lahm", "Von Anna Schmidt, dpa ="], "Streik legt Flughafen lahm", ["Von Anna Schmidt, dpa"], false],
    // A block with a flag and a byline but no headline has none.
    [["REFILE", "By dpa correspondents ="], undefined, ["By dpa correspondents"], true],
  ];
  for (const [block, headline, byline, flags] of cases) {
    const t = read(iptc({ block }));
    assert.is(t.headline, headline, block.join(" / "));
    assert.equal(t.byline, byline, block.join(" / "));
    assert.equal(fields(t), flags ? [["headline", "warning"]] : [], block.join(" / "));
  }
  // STX alone on its line: the block starts on the next.
  const alone = [HEADER, "", "Germany-politics/", "\u0002", "Coalition talks could fail =", "", ...BODY, "", "\u0003131137 GMT Nov 13"].join("\r\n");
  assert.is(read(alone).headline, "Coalition talks could fail");
});

test("a block that never closes is refused naming the headline and quoting the header line, whether ETX comes or not", () => {
  for (const text of [
    [HEADER, "", "Germany-politics/", "\u0002Coalition talks could fail", "", "Berlin (dpa) - Text.", "\u0003131137 GMT Nov 13"].join("\r\n"),
    [HEADER, "", "Germany-politics/", "\u0002Coalition talks could fail", "", "Berlin (dpa) - Text cut off"].join("\r\n"),
  ]) {
    const result = parseWireText(text, "a.txt");
    assert.equal(result.kind === "rejected" ? result.problems.map((problem) => [problem.field, problem.severity]) : result.kind, [["headline", "error"]]);
    assert.match(result.kind === "rejected" ? result.problems[0]!.message : "", /\("eca062 4 i 211 ccccb dpa 061"\)/);
  }
});

test("the text: up to ETX, text before ETX on its line kept, control characters removed", () => {
  const cut = read([HEADER, "", "Germany-politics/", "\u0002Coalition talks could fail =", "", "Berlin (dpa) - Text cut off"].join("\r\n"));
  assert.is(cut.headline, "Coalition talks could fail");
  assert.is(cut.published, undefined);
  assert.equal(fields(cut), [["date-time after ETX", "warning"]]);

  const { input, problems } = article(
    parseWireText(iptc({ body: ["Berlin (dpa) - Talks resumed\u007f\u007f on Monday.", "", "They will go on\u001a until Friday.\u0003131137 GMT Nov 13"], tail: ["\u007f\u0004"] }), "a.txt"),
  );
  assert.equal(input.body.map((block) => ("html" in block ? block.html : "")), ["Talks resumed on Monday.", "They will go on until Friday."]);
  assert.is(input.published, "2013-11-13T11:37:00Z");
  assert.equal(problems, []);
});

test("the date-time after ETX: day, time, zone, month in English or German, the year", () => {
  const cases: [trailer: string, published: string | undefined, problems: string[][]][] = [
    ["131137 GMT Nov 13", "2013-11-13T11:37:00Z", []],
    ["131137 UTC Nov 13", "2013-11-13T11:37:00Z", []],
    ["071341 GMT Okt 15", "2015-10-07T13:41:00Z", []],
    ["071341 GMT Dez. 15", "2015-12-07T13:41:00Z", []],
    ["071341 GMT MÄR 15", "2015-03-07T13:41:00Z", []],
    ["131137 GMT Nov 2013", "2013-11-13T11:37:00Z", []],
    ["211259 Nov 18", "2018-11-21T12:59:00Z", [["date-time after ETX", "warning"]]],
    ["211259 GMT Dec", "2025-12-21T12:59:00Z", [["date-time after ETX", "warning"]]],
    ["311259 GMT Nov 18", undefined, [["date-time after ETX", "warning"]]],
    ["131137 GMT Foo 13", undefined, [["date-time after ETX", "warning"]]],
    ["GMT Nov 13", undefined, [["date-time after ETX", "warning"]]],
  ];
  for (const [trailer, published, problems] of cases) {
    const t = dateOf(trailer);
    assert.is(t.published, published, trailer);
    assert.equal(fields(t), problems, trailer);
  }
  assert.equal(fields(dateOf("211259 Dec")), [["date-time after ETX", "warning"], ["date-time after ETX", "warning"]]);
});

test("without a year: the latest such date not more than a day after the reading time; a year given is kept", () => {
  // Read at 2026-11-25 12:00 GMT.
  const cases: [trailer: string, published: string][] = [
    ["251200 GMT Nov", "2026-11-25T12:00:00Z"],
    ["261200 GMT Nov", "2026-11-26T12:00:00Z"],
    ["261201 GMT Nov", "2025-11-26T12:01:00Z"],
    ["271800 GMT Nov 26", "2026-11-27T18:00:00Z"],
    ["011000 GMT Jan 27", "2027-01-01T10:00:00Z"],
  ];
  for (const [trailer, published] of cases) assert.is(dateOf(trailer).published, published, trailer);
});

test("service messages are held back naming the agency; stories whose keywords merely contain a service word are not", () => {
  const cases: [keywords: string[], held: boolean][] = [
    [["", "Impressum/"], true],
    [["", "Test/"], true],
    [["", "Achtung/", "Germany-politics/"], true],
    [["", "Hong Kong-protest/"], false],
    [["", "Services-economy/"], false],
  ];
  for (const [keywords, held] of cases) assert.is(read(iptc({ keywords })).heldBack !== undefined, held, keywords.join(" "));
  const notice = read(iptc({ keywords: ["", "Impressum/"], block: ["(Achtung)", "Impressum ="] }));
  assert.match(notice.heldBack ?? "", /service message from dpa \(/);
  assert.match(notice.heldBack ?? "", /: Impressum\)/);
  const partner = read(iptc({ header: "\u0001ecp0007 4 s 850  dpa-tns 0908", keywords: ["", "Test/"] }));
  assert.match(partner.heldBack ?? "", /from dpa-tns \(/);
  const other = read(iptc({ header: "\u0001apa0042 4 i 120  APA 0042", keywords: ["", "Test/"] }));
  assert.match(other.heldBack ?? "", /from the agency \(/);
});

test.run();
