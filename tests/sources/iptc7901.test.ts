import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ParseResult } from "../../src/model/types.ts";
import { decodeSource } from "../../src/sources/decode.ts";
import { readIptc7901 } from "../../src/sources/iptc7901.ts";
import { parseSource } from "../../src/sources/parse-source.ts";
import { parseWireText } from "../../src/sources/wire-text.ts";

const CORPUS = new URL("../../../shared/corpus/wire/superdesk-core/", import.meta.url);
const corpus = (name: string) => readFileSync(new URL(name, CORPUS));

function article(result: ParseResult | undefined): Extract<ParseResult, { kind: "article" }> {
  if (result?.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

function iptc(block: string[], body: string[], dateTime = "131137 GMT Nov 13"): string {
  return ["\u0001eca062 4 i 211 ccccb   dpa 061", "", "Germany-politics/", `\u0002${block[0]}`, ...block.slice(1), "", ...body, "", `\u0003${dateTime}`, "\u007f", "\u007f\u0004"].join("\r\n");
}

const test = suite("IPTC 7901");

test("corpus IPTC7901.txt: headline block, keywords as tags, date with its two-digit year, notebook never in the body", () => {
  const { input, problems } = article(parseSource(corpus("IPTC7901.txt"), "content/articles/IPTC7901.txt"));
  assert.is(input.headline, "Germany Social Democrats: Coalition talks with Merkel could fail");
  assert.equal(input.tags, ["Germany", "politics"]);
  assert.is(input.published, "2013-11-13T11:37:00Z");
  assert.equal(input.dateline, { city: "Berlin", agency: "dpa" });
  const body = JSON.stringify(input.body);
  for (const text of ["NOTEBOOK", "not for publication", "Wolfgang Schmidt", "dpa wsz jln npr", "eca062"]) assert.ok(!body.includes(text), text);
  assert.equal(problems.map((problem) => problem.field), ["line 29"]);
});

test("a Latin-1 transmission is read as Windows-1252 with a warning; other Latin-1 text is still refused", () => {
  const bytes = corpus("IPTC7901_odd_charset.txt");
  const decoded = decodeSource(bytes, "a.txt");
  assert.ok(decoded.ok && decoded.text.includes("Thomas Müller"));
  assert.equal(decoded.ok ? decoded.problems.map((problem) => [problem.field, problem.severity]) : [], [["file", "warning"]]);
  const plain = decodeSource(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), "b.txt");
  assert.is(plain.ok, false);
  const parsed = article(parseSource(bytes, "content/articles/odd.txt"));
  assert.match(parsed.problems[0]!.message, /read as Windows-1252/);
});

test("flags above the headline and a byline line in the block", () => {
  const { input, problems } = article(parseWireText(iptc(["REFILE", "1ST LEAD", "Talks could fail", "By Anna Schmidt, dpa ="], ["Berlin (dpa) - Text."]), "a.txt"));
  assert.is(input.headline, "Talks could fail");
  assert.equal(input.byline, ["By Anna Schmidt, dpa"]);
  assert.match(problems.find((problem) => problem.field === "headline")?.message ?? "", /"REFILE", "1ST LEAD"/);
});

test("a date-time without GMT is read as GMT, without a year the year is assumed from the reading time, both with warnings", () => {
  const noZone = readIptc7901(iptc(["Headline ="], ["Text."], "211259 Nov 18"), "a.txt", new Date("2026-01-01T00:00:00Z"));
  assert.is(noZone.kind === "transmission" ? noZone.transmission.published : "", "2018-11-21T12:59:00Z");
  const noYear = readIptc7901(iptc(["Headline ="], ["Text."], "211259 GMT Dec"), "a.txt", new Date("2026-11-25T12:00:00Z"));
  assert.is(noYear.kind === "transmission" ? noYear.transmission.published : "", "2025-12-21T12:59:00Z");
  assert.match(noYear.kind === "transmission" ? noYear.transmission.problems.map((problem) => problem.message).join(" ") : "", /gives no year: 2025 is assumed/);
  const german = readIptc7901(iptc(["Headline ="], ["Text."], "071341 GMT Okt 15"), "a.txt", new Date());
  assert.is(german.kind === "transmission" ? german.transmission.published : "", "2015-10-07T13:41:00Z");
});

test("a headline block that never closes with = is refused naming the format", () => {
  const result = parseWireText("\u0001eca062 4 i 211 ccccb dpa 061\r\n\r\nx/\r\n\u0002Headline\r\nText\r\n\u0003131137 GMT Nov 13", "a.txt");
  assert.is(result.kind, "rejected");
  assert.match(result.kind === "rejected" ? result.problems[0]!.message : "", /IPTC 7901 .* never ends with " ="/);
});

test("dpa's copyright notice is held back as a service message", () => {
  const { input } = article(parseSource(corpus("dpa_copyright.txt"), "content/articles/dpa_copyright.txt"));
  assert.match(input.heldBack ?? "", /service message/);
});

test.run();
