// The `Key: value` header of plain wire text and what the loader refuses, rule by rule. The files
// are agency copy as an editor saves it into the newsroom (the shape of tests/fixtures/wire-text/
// agency-story.txt: AP and Reuters text copy with a `Date:` header added above the headline).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ParseResult } from "../../src/model/types.ts";
import { readHeaderBlock } from "../../src/sources/wire-header.ts";
import { parseWireText } from "../../src/sources/wire-text.ts";

function parse(text: string): Extract<ParseResult, { kind: "article" }> {
  const result = parseWireText(text, "content/articles/ferry.txt");
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

const STORY = "Ferry crossings suspended as ice thickens\n\nHELSINKI, Finland (AP) — Ferries stopped running on Tuesday.\n";
const fields = (problems: { field: string; severity: string }[]) => problems.map((problem) => [problem.field, problem.severity]);

const header = suite("wire header rules");

header("Comments: the words for open and for closed, in any case", () => {
  const cases: [value: string, open: boolean][] = [
    ["open", true],
    ["Yes", true],
    ["on", true],
    ["TRUE", true],
    ["closed", false],
    ["close", false],
    ["No", false],
    ["off", false],
    ["false", false],
  ];
  for (const [value, open] of cases) {
    const { input, problems } = parse(`Comments: ${value}\n\n${STORY}`);
    assert.is(input.commentsOpen, open, value);
    assert.equal(problems, [], value);
  }
});

header("Image-N keys: a positive number, nothing before or after it", () => {
  const { input, problems } = parse(`Date: 2021-01-05 14:00\nImage-1:\nSocial-Image-1: card.png\nImage-1-Credit: Jane Doe\n\n${STORY}`);
  // An empty Image-1 names no file; the other two are unknown keys, reported by name.
  assert.equal(fields(problems), [
    ["Social-Image-1", "warning"],
    ["Image-1-Credit", "warning"],
  ]);
  assert.is(input.published, "2021-01-05 14:00");
  const image = parse(`Image-1: ice.jpg\n\nFerry crossings suspended\n\nIce on the harbour. [Jane Doe/AP]\n\nHELSINKI (AP) — Ferries stopped.\n`);
  assert.equal(image.input.lead, { field: "Image-1", src: "ice.jpg", caption: "Ice on the harbour.", credit: "Jane Doe/AP" });
});

header("Image-N-Alt: the alt text of figure N, in either order and any case", () => {
  // A desk adding accessible descriptions to agency copy, as AP's and Reuters' picture desks
  // send them beside the caption: one line per picture, under the file it describes.
  const story = (headers: string) =>
    parse(`${headers}\n\nFerry crossings suspended\n\nIce on the harbour. [Jane Doe/AP]\n\nHELSINKI (AP) — Ferries stopped.\n\nA ferry in the ice. [John Roe/AP]\n`);
  const cases: [headers: string, lead: unknown, figure: unknown, problems: string[][]][] = [
    [
      "Image-1: ice.jpg\nImage-1-Alt: Sheets of ice pressed against a harbour wall\nImage-2: ferry.jpg\nImage-2-Alt: A white ferry held fast in grey ice",
      { field: "Image-1", src: "ice.jpg", alt: "Sheets of ice pressed against a harbour wall", caption: "Ice on the harbour.", credit: "Jane Doe/AP" },
      { field: "Image-2", src: "ferry.jpg", alt: "A white ferry held fast in grey ice", caption: "A ferry in the ice.", credit: "John Roe/AP" },
      [],
    ],
    [
      "image-2-alt: A white ferry held fast in grey ice\nIMAGE-2: ferry.jpg\nImage-1: ice.jpg",
      { field: "Image-1", src: "ice.jpg", caption: "Ice on the harbour.", credit: "Jane Doe/AP" },
      { field: "IMAGE-2", src: "ferry.jpg", alt: "A white ferry held fast in grey ice", caption: "A ferry in the ice.", credit: "John Roe/AP" },
      [],
    ],
    // The alt text without a file: the figure shows its caption and credit and says what is missing.
    [
      "Image-1-Alt: Sheets of ice pressed against a harbour wall\nImage-2: ferry.jpg",
      { field: "Image-1-Alt", alt: "Sheets of ice pressed against a harbour wall", caption: "Ice on the harbour.", credit: "Jane Doe/AP" },
      { field: "Image-2", src: "ferry.jpg", caption: "A ferry in the ice.", credit: "John Roe/AP" },
      [["Image-1-Alt", "warning"]],
    ],
    // Alt text for a figure the story does not have, and one given twice.
    [
      "Image-1: ice.jpg\nImage-1-Alt: Ice\nImage-1-Alt: Ice again\nImage-2: ferry.jpg\nImage-3-Alt: A gull on the ice",
      { field: "Image-1", src: "ice.jpg", alt: "Ice", caption: "Ice on the harbour.", credit: "Jane Doe/AP" },
      { field: "Image-2", src: "ferry.jpg", caption: "A ferry in the ice.", credit: "John Roe/AP" },
      [["Image-1-Alt", "warning"], ["Image-3-Alt", "warning"]],
    ],
  ];
  for (const [headers, lead, figure, problems] of cases) {
    const { input, problems: found } = story(headers);
    assert.equal(input.lead, lead, headers);
    assert.equal(input.body.find((block) => block.type === "figure")?.figure, figure, headers);
    assert.equal(fields(found), problems, headers);
  }
  const stray = story("Image-1: ice.jpg\nImage-3-Alt: A gull on the ice\nImage-2: ferry.jpg").problems;
  assert.is(stray.length, 1);
  assert.match(stray[0]!.message, /there is no figure 3 in the text for its alt text "A gull on the ice"/);
});

header("Tags: comma-separated, empty items left out; Byline and Tags may repeat", () => {
  const { input, problems } = parse(`Tags: Finland, , ice,\nByline: Jonas Berg\nByline: Anna Virtanen\n\n${STORY}`);
  assert.equal(input.tags, ["Finland", "ice"]);
  assert.equal(input.byline, ["Jonas Berg", "Anna Virtanen"]);
  assert.equal(problems, []);
});

header("a headline that only contains a known key is a headline", () => {
  const { input, problems } = parse("Election Date: Council picks Nov. 3\n\nThe council voted on Monday.\n");
  assert.is(input.headline, "Election Date: Council picks Nov. 3");
  assert.is(input.published, undefined);
  assert.equal(problems, []);
});

header("a file that is a header alone, without a final line break", () => {
  const { input } = parse("Date: 2021-01-05 14:00\nSection: World");
  assert.is(input.published, "2021-01-05 14:00");
  assert.is(input.section, "World");
  assert.is(input.headline, undefined);
});

header("an unknown key lists the keys Dateline reads; only a first unknown key hints at a headline", () => {
  const first = parse(`Breaking: Ferries stop\nDate: 2021-01-05\n\n${STORY}`).problems[0]!;
  assert.match(first.message, /Date, Updated, Zone, Byline, Section, Tags, Slug, Lang, Dek, Kicker, Status, Comments, Translation-Key, Image-1, Image-1-Alt, Image-2, …/);
  assert.match(first.message, /is the headline, put a blank line after it/);
  const later = parse(`Date: 2021-01-05\nSource: Reuters\n\n${STORY}`).problems[0]!;
  assert.is(later.field, "Source");
  assert.not.match(later.message, /is the headline/);
});

header("readHeaderBlock: a header indented as pasted from an e-mail reads the same", () => {
  const lines = ["  Date: 2021-01-05 14:00", "  Section: World", "", "Ferry crossings suspended"].map((text, index) => ({ text, number: index + 1 }));
  const found = readHeaderBlock(lines, 0, "a.txt");
  assert.is(found?.next, 2);
  assert.is(found?.header.fields.published, "2021-01-05 14:00");
  assert.is(found?.header.fields.section, "World");
});

header.run();

const refused = suite("what plain wire text refuses");

refused("HTML and XML pages are refused, however they open; a story quoting markup is not", () => {
  for (const text of ["\n\n  <!DOCTYPE html>\n<html><body><p>Ferries stop</p></body></html>", '<html lang="fi">\n<body>Ferries stop</body></html>', "<HTML>\n<BODY>Ferries stop</BODY></HTML>", '\uFEFF<?xml version="1.0"?>\n<rss></rss>']) {
    const result = parseWireText(text, "a.txt");
    assert.equal(result.kind === "rejected" ? fields(result.problems) : result.kind, [["file", "error"]], JSON.stringify(text.slice(0, 20)));
  }
  const story = parse('Feed readers choke on bad files\n\nHELSINKI (AP) — Every feed must begin <?xml version="1.0"?> and name its <html> pages, the researchers said.\n');
  assert.is(story.input.headline, "Feed readers choke on bad files");
  assert.is(story.input.body.length, 1);
});

refused("JSON is refused naming the file; a headline in brackets is not JSON", () => {
  const json = parseWireText('  {"uri": "urn:newsml:ap.org:1", "headline": "Ferries stop"}', "a.txt");
  assert.equal(json.kind === "rejected" ? fields(json.problems) : json.kind, [["file", "error"]]);
  const list = parseWireText('["Ferries stop"]', "a.txt");
  assert.is(list.kind, "rejected");
  assert.is(parse("[UPDATED] Ferries stop\n\nText.").input.headline, "[UPDATED] Ferries stop");
});

refused("a comment count under the byline, above the story, opens nothing; after the story it opens the comments", () => {
  const above = parse("Ferries stop\n\nBy Jonas Berg\n\n3 Comments\n\nHELSINKI (AP) — Ferries stopped running on Tuesday.\n");
  assert.equal(above.input.byline, ["By Jonas Berg"]);
  assert.equal(above.input.comments, []);
  assert.is(above.input.body.length, 1);
  const after = parse("Ferries stop\n\nHELSINKI (AP) — Ferries stopped running on Tuesday.\n\n3 Comments\n\nAbout time they stopped.\n");
  assert.equal(after.input.comments, [{ text: "About time they stopped." }]);
});

refused.run();
