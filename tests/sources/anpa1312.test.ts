import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ParseResult } from "../../src/model/types.ts";
import { loaderFor } from "../../src/sources/index.ts";
import { parseSource } from "../../src/sources/parse-source.ts";
import { looksLikeTransmission, readTransmission } from "../../src/sources/transmission.ts";
import { parseWireText } from "../../src/sources/wire-text.ts";

const CORPUS = new URL("../../../shared/corpus/wire/superdesk-core/", import.meta.url);
const corpus = (name: string) => readFileSync(new URL(name, CORPUS));

function article(result: ParseResult | undefined): Extract<ParseResult, { kind: "article" }> {
  if (result?.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

const paragraphs = (result: Extract<ParseResult, { kind: "article" }>) => result.input.body.flatMap((block) => (block.type === "paragraph" || block.type === "heading" ? [block.html] : []));

/** An ANPA 1312 transmission in the corpus's layout, with the given text lines between STX and ETX. */
function anpa(lines: string[], trailer = "AP-WF-08-29-16 1626GMT"): string {
  return ["\u0016\u0016\u0001W1234\u001fasian", "r a\u0013\u0011 BC-US--Harbour-Reopens     08-29 0120", `\u0002^BC-US--Harbour-Reopens,0110<`, ...lines, "", `\t   \u0003${trailer}<`, "", "\u000c", "\u0004"].join("\r\n");
}

const test = suite("ANPA 1312");

test("the .tst extension is read by the wire-text loader", () => {
  assert.is(loaderFor("content/articles/ap_anpa-3.tst"), parseWireText);
});

test("corpus ap_anpa-3: headline from the ^ line, never the selector; date from the AP-WF trailer", () => {
  const { input, problems } = article(parseSource(corpus("ap_anpa-3.tst"), "content/articles/ap_anpa-3.tst"));
  assert.is(input.headline, "$210 lobster is found dead");
  assert.is(input.published, "2016-08-29T16:26:00Z");
  assert.equal(input.dateline, { city: "CHATHAM", region: "Mass.", agency: "AP" });
  assert.equal(input.tags, ["Giant Lobster Death"]);
  assert.equal(paragraphs({ input, problems, kind: "article" }), ["A lobster died."]);
  assert.equal(problems.map((problem) => problem.field), ["line 5"]);
  assert.match(problems[0]!.message, /Eds: APNewsNow/);
});

test("byline and role lines, editor's note, photo references, Eds: and the ANPA typewriter conventions", () => {
  const { input, problems } = article(
    parseWireText(
      anpa([
        "^Harbour reopens after storm<",
        "^AP Photo HAR101<",
        "^Eds: With AP Photos.<",
        "^EDITOR'S NOTE _ A reporter rode the first boat out.<",
        "^By JANE DOE=",
        "^AP Business Writer=",
        "\t   PORTLAND, Maine (AP) _ The harbour reopened on Monday _ a week early.",
        " ",
        "\t   ``It is good to be back,'' a captain said.",
      ]),
      "a.tst",
    ),
  );
  assert.is(input.headline, "Harbour reopens after storm");
  assert.equal(input.byline, ["By JANE DOE, AP Business Writer"]);
  assert.equal(input.notes, [{ kind: "editor", text: "EDITOR’S NOTE — A reporter rode the first boat out." }]);
  assert.equal(input.dateline, { city: "PORTLAND", region: "Maine", agency: "AP" });
  assert.equal(paragraphs({ input, problems, kind: "article" }), ["The harbour reopened on Monday — a week early.", "“It is good to be back,” a captain said."]);
  assert.equal(problems.map((problem) => problem.field), ["line 5", "line 6"]);
});

test("tab lines without blank lines between them are paragraphs each", () => {
  const { input } = article(parseWireText(anpa(["^Headline<", "\t   First paragraph.", "\t   Second paragraph."]), "a.tst"));
  assert.equal(input.body.length, 2);
});

test("a transmission with only header lines is refused naming the format", () => {
  const result = parseWireText(anpa(["^AP Top News at 5 p.m.<", "^First headline<", "^Second headline<"]), "a.tst");
  assert.is(result.kind, "rejected");
  assert.match(result.kind === "rejected" ? result.problems[0]!.message : "", /ANPA 1312 transmission .* no story text/);
});

test("agate tables and news alerts are held back, with the reason", () => {
  const table = article(parseWireText(anpa(["^Standings<", "\u0008Boston;1;2;.333", "\u0008Miami;2;1;.667", "\u0008Tampa;2;1;.667"]), "a.tst"));
  assert.match(table.input.heldBack ?? "", /ANPA 1312 table/);
  const alert = parseWireText(anpa(["\t   HONOLULU (AP) _ A bulletin."]).replace(/Harbour-Reopens/g, "APNewsAlert"), "a.tst");
  assert.match(article(alert).input.heldBack ?? "", /APNewsAlert/);
  assert.is(article(alert).input.headline, "APNewsAlert");
});

test("no trailer: no date, and a warning naming the trailer", () => {
  const text = anpa(["^Headline<", "\t   Text."]).replace(/\t   \u0003.*\r\n/, "");
  const { input, problems } = article(parseWireText(text, "a.tst"));
  assert.is(input.published, undefined);
  assert.equal(problems.map((problem) => problem.field), ["AP-WF trailer"]);
});

test("only SYN/SOH openers make a transmission; one without STX is refused", () => {
  assert.ok(looksLikeTransmission("\u0016\u0016\u0001W1"));
  assert.ok(!looksLikeTransmission("Headline\n\nText"));
  assert.is(readTransmission("Headline", "a.txt"), undefined);
  assert.equal(readTransmission("\u0016\u0016\u0001W1\nno text", "a.tst")?.kind, "refused");
});

test.run();
