// Agency conventions in plain wire text: trailers and sign-offs, editor's notes and contributor
// lines, parenthesised photo credits, indented paragraphs, byline lines, version flags.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { BlockInput, ParseResult } from "../../src/model/types.ts";
import { placeFirst } from "../../src/sources/agency-lead.ts";
import { withoutVersionFlag } from "../../src/sources/agency-headline.ts";
import { captionCredit } from "../../src/sources/caption-credit.ts";
import { indentedParagraphStarts } from "../../src/sources/wire-indent.ts";
import { isBylineLine } from "../../src/sources/wire-preamble.ts";
import { parseWireText } from "../../src/sources/wire-text.ts";

function parse(text: string): Extract<ParseResult, { kind: "article" }> {
  const result = parseWireText(text, "content/articles/test.txt");
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

const texts = (body: BlockInput[]) => body.map((block) => (block.type === "figure" ? `figure: ${block.figure.caption} [${block.figure.credit}]` : "html" in block ? block.html : ""));
const line = (text: string) => ({ text, line: 1, lineCount: 1 });

const trailers = suite("wire trailers");

trailers("AP copyright and Follow AP lines are dropped, each with a warning naming its line", () => {
  const { input, problems } = parse(
    "H\n\nMADRID (AP) — Story.\n\nMore story.\n\nFollow AP’s coverage of Spain at https://apnews.com/hub/spain\n\nCopyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
  );
  assert.equal(texts(input.body), ["Story.", "More story."]);
  assert.equal(problems.map((problem) => problem.field), ["line 9", "line 7"]);
  assert.match(problems[0]!.message, /dropped the copyright notice "Copyright 2019 The Associated Press/);
});

trailers("a copyright notice wrapped over two lines is one paragraph, dropped whole", () => {
  const { input } = parse("H\n\nStory.\n\nCopyright 2019 The Associated Press. All rights reserved. This material may not\nbe published, broadcast, rewritten or redistributed.");
  assert.equal(texts(input.body), ["Story."]);
});

trailers("sign-off lines at the end, even without a blank line before them", () => {
  for (const signOff of [" Reuter", "dpa aw xx sm", "bur-jd/ab", "jd/ab", "-0-", "ends", "==Kyodo", "AP-WF-08-29-16 1626GMT"]) {
    const { input, problems } = parse(`H\n\nLONDON (Reuters) - Story.\nLast line.\n${signOff}\n`);
    assert.equal(texts(input.body), ["Story. Last line."], signOff);
    assert.match(problems[0]?.message ?? "", /dropped the sign-off/, signOff);
  }
});

trailers("a sign-off word inside the story stays", () => {
  const { input } = parse("H\n\nStory.\n\nends\n\nThe story goes on.");
  assert.equal(texts(input.body), ["Story.", "ends", "The story goes on."]);
});

trailers("dpa notebook and not-for-publication blocks are cut to the end; a lone `* * * *` section break is not", () => {
  const notebook = parse("H\n\nStory.\n\n# Notebook\n\n## Internet links\n- [x](http://dpaq.de/x)\n\n* * * *\nThe following information is not for publication\n\n## Contacts\n- Tel: +49 30\n\ndpa xx");
  assert.equal(texts(notebook.input.body), ["Story."]);
  assert.match(notebook.problems[0]!.message, /lines 5–16/);
  const contacts = parse("H\n\nStory.\n\n* * * *\nThe following information is not intended for publication\n- Reporting by: A B");
  assert.equal(texts(contacts.input.body), ["Story."]);
  const section = parse("H\n\nStory.\n\n* * * *\n\nMore story.");
  assert.equal(texts(section.input.body), ["Story.", "More story."]);
});

trailers("ANSA's `(ANSA).` closing the last paragraph is dropped from it", () => {
  const { input, problems } = parse("H\n\n(ANSA) - ROME, NOV 3 - Story.\n\nLast sentence. (ANSA).");
  assert.equal(input.dateline, { city: "ROME", agency: "ANSA" });
  assert.equal(texts(input.body), ["Story.", "Last sentence."]);
  assert.match(problems[0]!.message, /"\(ANSA\)\." closing the last paragraph/);
});

trailers.run();

const notes = suite("wire notes");

notes("an EDITOR'S NOTE paragraph above the byline is a note, and the dateline is still found", () => {
  const { input } = parse("H\n\nEDITOR’S NOTE — This is part of a series.\n\nBy JANE DOE Associated Press\n\nMADRID (AP) — Story.");
  assert.equal(input.notes, [{ kind: "editor", text: "EDITOR’S NOTE — This is part of a series." }]);
  assert.equal(input.byline, ["By JANE DOE Associated Press"]);
  assert.equal(input.dateline, { city: "MADRID", agency: "AP" });
  assert.equal(texts(input.body), ["Story."]);
});

notes("contributor lines and Reuters credit lines closing the story are notes, in order", () => {
  const { input } = parse("H\n\nStory.\n\n___\n\nAssociated Press writer Jane Doe in Madrid contributed to this report.\n\n(Additional reporting by Ann Lee; Editing by Bo Ek)");
  assert.equal(texts(input.body), ["Story."]);
  assert.equal(input.notes, [
    { kind: "contributors", text: "Associated Press writer Jane Doe in Madrid contributed to this report." },
    { kind: "contributors", text: "Additional reporting by Ann Lee; Editing by Bo Ek" },
  ]);
});

notes("a sentence about contributions that names no writer stays in the story; no notes key without notes", () => {
  const { input } = parse("H\n\nStory.\n\nResidents contributed to the report the council published on Monday.");
  assert.equal(texts(input.body), ["Story.", "Residents contributed to the report the council published on Monday."]);
  assert.ok(!("notes" in input));
});

notes.run();

const captions = suite("caption credits");

captions("agency credits in parentheses make a caption", () => {
  const cases: [string, string][] = [
    ["Teachers march in Madrid on Tuesday. (AP Photo/Silvia Ramos)", "AP Photo/Silvia Ramos"],
    ["FILE - Barges on the river, Aug. 30, 2025. (AP Photo/Jeff Roberson, File)", "AP Photo/Jeff Roberson, File"],
    ["A researcher on the glacier. (Reuters/Denis Balibouse)", "Reuters/Denis Balibouse"],
    ["Firefighters on Rhodes. (AFP Photo/Louisa Gouliamaki)", "AFP Photo/Louisa Gouliamaki"],
    ["Bathers at the lake. (Photo: Jane Doe/dpa)", "Photo: Jane Doe/dpa"],
    ["Crowds on the embankment on Sunday (PA)", "PA"],
    ["Cranes at the port on Monday. (CP PHOTO/Darryl Dyck)", "CP PHOTO/Darryl Dyck"],
    ["A raven on the walls on Wednesday (Yui Mok/PA)", "Yui Mok/PA"],
    ["Boats at dawn. [Jane Doe/AFP]", "Jane Doe/AFP"],
  ];
  for (const [text, credit] of cases) assert.is(captionCredit(text)?.credit, credit, text);
});

captions("parentheses that name no photo source, or close a dateline, are text", () => {
  for (const text of ["He answered in three languages (in that order)", "she said (laughing)", "LONDON (Reuters)", "He said it was ready [sic]", "The figures (see table)"]) {
    assert.is(captionCredit(text), undefined, text);
  }
});

captions("a parenthesised caption before the story is the lead figure", () => {
  const { input } = parse("H\n\nTeachers march in Madrid on Tuesday. (AP Photo/Silvia Ramos)\n\nMADRID (AP) — Story.");
  assert.equal(input.lead, { field: "line 3", caption: "Teachers march in Madrid on Tuesday.", credit: "AP Photo/Silvia Ramos" });
  assert.equal(input.dateline, { city: "MADRID", agency: "AP" });
});

captions.run();

const indent = suite("indented paragraphs");

indent("Reuters copy: an indented line after text starts a paragraph", () => {
  const { input } = parse("H\n\nLONDON (Reuters) - First paragraph\nwraps here.\n    Second paragraph\nwraps too.\n    Third.\n");
  assert.equal(texts(input.body), ["First paragraph wraps here.", "Second paragraph wraps too.", "Third."]);
});

indent("indentation means nothing in a file indented throughout or a blank-line file", () => {
  assert.equal(indentedParagraphStarts(["H", "", "  one", "  two", "  three"]), [false, false, false, false, false]);
  assert.equal(indentedParagraphStarts(["H", "", "  Para one", "", "  Para two"]), [false, false, false, false, false]);
  assert.equal(indentedParagraphStarts(["H", "A", "  B", "b", "  C"]), [false, false, true, false, true]);
});

indent.run();

const bylines = suite("agency byline lines");

bylines("agency byline forms are byline lines; sentences and lower-case words are not", () => {
  for (const text of ["By JANE DOE and JOHN ROE, The Canadian Press", "By MIKE CORDER Associated Press", "By Jane Doe, Reuters", "Von Anna Schmidt, dpa", "By Jane Doe, PA", "By MAYA ORTIZ, ERIC LUND and LUIS DE LA CRUZ, Associated Press Writers", "By Amina Wekesa | AFP"]) {
    assert.ok(isBylineLine(line(text)), text);
  }
  for (const text of ["By the numbers", "By noon the river had risen.", "By Monday, officials said, the bridge would reopen", "Byline"]) assert.ok(!isBylineLine(line(text)), text);
});

bylines("two byline lines, and a name over its role, with no blank line between", () => {
  assert.equal(parse("H\n\nBy Anna Schmidt, dpa\nBy Jean Martin, dpa\n\nParis (dpa) - Story.").input.byline, ["By Anna Schmidt, dpa", "By Jean Martin, dpa"]);
  const role = parse("H\n\nBy CHARLES ODUM\nAP Sports Writer\n\nATLANTA (AP) _ Story.");
  assert.equal(role.input.byline, ["By CHARLES ODUM, AP Sports Writer"]);
  assert.equal(role.input.dateline, { city: "ATLANTA", agency: "AP" });
});

bylines.run();

const flags = suite("agency version flags and leads");

flags("UPDATE n-, REFILE-, CORRECTED- leave the headline with a warning; labels stay", () => {
  assert.equal(withoutVersionFlag("UPDATE 2-Shipping group cuts routes"), { headline: "Shipping group cuts routes", flag: "UPDATE 2" });
  assert.equal(withoutVersionFlag("REFILE-Markets slip"), { headline: "Markets slip", flag: "REFILE" });
  assert.equal(withoutVersionFlag("EXCLUSIVE-Bank weighs sale"), { headline: "EXCLUSIVE-Bank weighs sale" });
  assert.equal(withoutVersionFlag("UPDATE: Bridge reopens"), { headline: "UPDATE: Bridge reopens" });
  const { input, problems } = parse("UPDATE 2-Shipping group cuts routes\n\nStory.");
  assert.is(input.headline, "Shipping group cuts routes");
  assert.equal(problems.map((problem) => problem.field), ["line 1"]);
});

flags("ANSA's agency-first lead is read place first", () => {
  assert.is(placeFirst("(ANSA) - ROME, NOV 3 - Venice will charge."), "ROME, NOV 3 (ANSA) - Venice will charge.");
  assert.is(placeFirst("ROME (ANSA) - Text."), "ROME (ANSA) - Text.");
});

flags.run();
