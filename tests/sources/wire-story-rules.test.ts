// The story in plain wire copy, rule by rule: byline lines and their role lines above it, kickers
// and slugs above the dateline, subheads between paragraphs. The copy imitates agency text as
// delivered (AP's `By NAME` / `AP Sports Writer`, dpa's `Von … , dpa`, Reuters' dateline
// `LONDON (Reuters) -`, AP's all-caps kicker lines), each with a `Date:`-less plain layout.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { BlockInput, ParseResult } from "../../src/model/types.ts";
import { isBylineLine } from "../../src/sources/wire-preamble.ts";
import { parseWireText } from "../../src/sources/wire-text.ts";

function parse(text: string): Extract<ParseResult, { kind: "article" }> {
  const result = parseWireText(text, "content/articles/story.txt");
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

const blocks = (body: BlockInput[]) => body.map((block) => (block.type === "heading" ? `h${block.level}: ${block.html}` : block.type === "paragraph" ? `p: ${block.html}` : block.type));
const line = (text: string) => ({ text, line: 3, lineCount: 1 });

const bylines = suite("byline lines");

bylines("what is a byline line and what is not", () => {
  const cases: [text: string, byline: boolean][] = [
    ["By JANE C. DOE, Associated Press", true],
    ["By Jane  Doe, Reuters", true],
    ["By dpa correspondents", true],
    ["From Reuters", true],
    // Twelve name words and six words of affiliation at most.
    ["By ANNA LEE, BO EK, CY FAY, DI GEE, ED HO and FAY, Associated Press", true],
    ["By ANNA LEE, BO EK, CY FAY, DI GEE, ED HO and FAY IM, Associated Press", false],
    ["By Jane Doe, Special to the Los Angeles Times", true],
    ["By Jane Doe, Special Correspondent to the Los Angeles Times", false],
    // A role or agency alone, a sentence, a credit inside a sentence.
    ["Associated Press", false],
    ["By Monday the bridge was shut", false],
    ["By Jane Doe, Reuters.", false],
    ["Compiled from reports by The Associated Press", false],
  ];
  for (const [text, byline] of cases) assert.is(isBylineLine(line(text)), byline, text);
  // At most 100 characters, and one line.
  const names = "By Maximiliane Oberholzer-Schwarzenbach and Konstantin Friedrich Hohenzollern-Sigmaringen, dpa";
  const at100 = names.replace("dpa", `${"X".repeat(100 - names.length + 3)}`);
  assert.is(at100.length, 100);
  assert.ok(isBylineLine(line(at100)));
  assert.ok(!isBylineLine(line(`${at100}X`)));
  assert.ok(!isBylineLine({ text: "By Jane Doe, Reuters", line: 3, lineCount: 2 }));
});

bylines("a byline line run into the story, and role lines under a name", () => {
  const run = parse("Harbour reopens\n\nBy Jane Doe, Reuters\nLONDON (Reuters) - The harbour reopened on Monday.");
  assert.equal(run.input.byline, ["By Jane Doe, Reuters"]);
  assert.equal(run.input.dateline, { city: "LONDON", agency: "Reuters" });
  assert.equal(blocks(run.input.body), ["p: The harbour reopened on Monday."]);
  // [the line under `By CHARLES ODUM`, the byline]
  const cases: [next: string, byline: string[]][] = [
    ["AP Director of Photography", ["By CHARLES ODUM, AP Director of Photography"]],
    ["AP Science and Health Writer", ["By CHARLES ODUM, AP Science and Health Writer"]],
    ["Special Correspondent for the AP", ["By CHARLES ODUM, Special Correspondent for the AP"]],
    ["St. Louis Post-Dispatch", ["By CHARLES ODUM, St. Louis Post-Dispatch"]],
    // Five words at most; a second byline is a byline.
    ["AP Chief Correspondent for Asia", ["By CHARLES ODUM, AP Chief Correspondent for Asia"]],
    ["AP Chief Correspondent for Southeast Asia", ["By CHARLES ODUM"]],
    ["By JOHN ROE", ["By CHARLES ODUM", "By JOHN ROE"]],
  ];
  for (const [next, byline] of cases) {
    assert.equal(parse(`Heat beat Hawks\n\nBy CHARLES ODUM\n${next}\n\nATLANTA (AP) _ Luol Deng scored 30 points.`).input.byline, byline, next);
  }
});

bylines.run();

const above = suite("lines above the dateline");

above("up to three short lines that are not sentences stand above the dateline's paragraph", () => {
  const story = (lines: string[]) => parse(["Ferries stop", ...lines, "HELSINKI (AP) — Ferries stopped running on Tuesday."].join("\n\n"));
  const three = story(["FINLAND", "U.S. NEWS", "ICE"]);
  assert.equal(three.input.dateline, { city: "HELSINKI", agency: "AP" });
  assert.equal(blocks(three.input.body), ["h2: FINLAND", "h2: U.S. NEWS", "h2: ICE", "p: Ferries stopped running on Tuesday."]);
  assert.equal(three.problems.map((problem) => problem.field), ["line 3", "line 5", "line 7"]);
  const four = story(["FINLAND", "BALTIC", "ICE", "FERRIES"]);
  assert.is(four.input.dateline, undefined);
  // A question is a sentence: never passed over.
  assert.is(story(["What next for the ferries?"]).input.dateline, undefined);
  // 100 characters at most.
  const kicker = `FERRIES ${"A".repeat(92)}`;
  assert.equal(story([kicker]).input.dateline, { city: "HELSINKI", agency: "AP" });
  assert.is(story([`${kicker}A`]).input.dateline, undefined);
});

above.run();

const subheads = suite("subheads");

subheads("short lines between running text, not questions, capitalised at the start", () => {
  const between = (text: string) => blocks(parse(`Ferries stop\n\nHELSINKI (AP) — Ferries stopped running on Tuesday.\n\n${text}\n\nThe ice is expected to last until March.`).input.body)[1];
  const cases: [text: string, block: string][] = [
    ["Costs, delays and a new plan", "h2: Costs, delays and a new plan"],
    ["What happens next?", "p: What happens next?"],
    ["iPhone sales in Finland", "p: iPhone sales in Finland"],
    ["2026 and beyond", "h2: 2026 and beyond"],
  ];
  for (const [text, block] of cases) assert.is(between(text), block, text);
});

subheads.run();
