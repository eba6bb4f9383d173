import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { BlockInput, ParseResult } from "../../src/model/types.ts";
import { furnitureKind, type LineContext } from "../../src/sources/wire-furniture.ts";
import { readHeaderBlock } from "../../src/sources/wire-header.ts";
import { parseWireText } from "../../src/sources/wire-text.ts";

const FIXTURES = new URL("../fixtures/wire-text/", import.meta.url);

function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), "utf8");
}

function load(name: string): Extract<ParseResult, { kind: "article" }> {
  return articleOf(parseWireText(fixture(name), `content/articles/${name}`));
}

function parse(text: string): Extract<ParseResult, { kind: "article" }> {
  return articleOf(parseWireText(text, "content/articles/test.txt"));
}

function articleOf(result: ParseResult): Extract<ParseResult, { kind: "article" }> {
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

function texts(body: BlockInput[]): string[] {
  return body.map((block) => {
    switch (block.type) {
      case "paragraph":
        return `p: ${block.html}`;
      case "heading":
        return `h${block.level}: ${block.html}`;
      case "figure":
        return `figure: ${block.figure.caption ?? ""} [${block.figure.credit ?? ""}]`;
      case "quote":
        return `quote: ${block.html}`;
      case "list":
        return `list: ${block.items.join(" | ")}`;
      default: {
        const never: never = block;
        return never;
      }
    }
  });
}

const wire = suite("parseWireText");

wire("agency story: header fields raw, with the file's names for the model", () => {
  const { input, problems } = load("agency-story.txt");
  assert.equal(problems, []);
  assert.is(input.format, "wire-text");
  assert.is(input.path, "content/articles/agency-story.txt");
  assert.is(input.headline, "Fishing fleet returns to Beirut harbour after six-week closure");
  assert.is(input.published, "2019-04-02 09:30");
  assert.is(input.zone, "Asia/Beirut");
  assert.is(input.section, "World");
  assert.is(input.dek, "Boats leave the inner basin for the first time since a winter storm");
  assert.equal(input.byline, ["Rana Haddad, Associated Press"]);
  assert.equal(input.tags, ["Lebanon", "ports", "fishing"]);
  assert.is(input.fieldNames.published, "Date");
  assert.is(input.fieldNames.zone, "Zone");
  assert.is(input.fieldNames.commentsOpen, "Comments");
  assert.is(input.updated, undefined);
  assert.ok(!("updated" in input), "absent fields are left out, not set to undefined");
  assert.equal(input.comments, []);
  assert.equal(input.corrections, []);
});

wire("agency story: lead figure, dateline, subhead, figure in place, smart punctuation", () => {
  const { input } = load("agency-story.txt");
  assert.equal(input.lead, {
    field: "Image-1",
    src: "harbour-dawn.svg",
    caption: "Fishing boats leave the inner basin at first light on Tuesday, the first day the harbour has been open since February.",
    credit: "Karim Nassar/AP",
  });
  assert.equal(input.dateline, { city: "BEIRUT", region: "Lebanon" });
  assert.equal(texts(input.body), [
    "p: Dozens of wooden fishing boats slipped out of Beirut’s inner harbour before sunrise on Tuesday, ending a six-week closure that left hundreds of families without an income.",
    "p: “We counted the days,” said Samir Khoury, 58, who has fished from the same berth for three decades. “Six weeks is a long time to sit on a dock and look at the water.”",
    "p: Port officials said repairs to the breakwater — damaged in a storm in late January — were finished ahead of schedule.",
    "h2: Work through the night",
    "p: Engineers worked in shifts to replace the concrete blocks the storm had swept away, the port authority said in a statement.",
    "figure: A crane lowers a replacement block onto the breakwater on March 28. [Lina Saab/AFP]",
    "p: The fishermen’s union said it would ask the government to make up for lost earnings. The ministry didn’t say whether it would agree.",
  ]);
  const figure = input.body[5];
  assert.equal(figure?.type === "figure" ? figure.figure : undefined, {
    field: "Image-2",
    src: "breakwater-crane.svg",
    caption: "A crane lowers a replacement block onto the breakwater on March 28.",
    credit: "Lina Saab/AFP",
  });
  assert.is((input.lead as { alt?: string }).alt, undefined);
});

wire("old-site page: byline line, furniture dropped, comments kept as written", () => {
  const { input, problems } = load("old-site-page.txt");
  assert.equal(problems, []);
  assert.is(input.headline, "Library extends opening hours for exam season");
  assert.equal(input.byline, ["By Tom Ellery"]);
  assert.equal(texts(input.body), [
    "p: The central library will stay open until midnight on weekdays for the next four weeks, the council said on Monday, after students complained that there was nowhere quiet to study in the evenings.",
    "p: The extra hours will be staffed by volunteers from the university’s student union, who will also run a “quiet floor” on the third level.",
    "p: Comments from residents at a public meeting last week were mostly positive, said councillor Ada Brenner.",
  ]);
  assert.equal(input.comments, [
    { text: "About time. I've been queuing outside at 8 a.m. for a seat since October." },
    { text: `Will the cafe stay open too? Coffee is half of revising -- "quiet floor" or not.` },
    { text: "Good news for students, but what about those of us who work days and can only come in the evening?" },
  ]);
  assert.is(input.commentsOpen, undefined);
  assert.is(input.dateline, undefined);
});

wire("a headline with a colon and no header; LONDON (Reuters) dateline", () => {
  const { input, problems } = load("colon-headline.txt");
  assert.equal(problems, []);
  assert.is(input.headline, "Analysis: Why the rail timetable is being rewritten");
  assert.is(input.published, undefined);
  assert.is(input.fieldNames.published, "Date", "the model's missing-date problem names the header to add");
  assert.equal(input.dateline, { city: "LONDON", agency: "Reuters" });
  assert.equal(texts(input.body), [
    "p: Train operators in southern England will run fewer but longer services from May under a timetable published on Thursday, the largest change to the network in a decade.",
    "p: The operators say the change will cut delays at the busiest junctions; passenger groups say it will leave some small stations with one train an hour.",
  ]);
  // Reuters' credit line closing the story is a contributor note, not body text (issue 19).
  assert.equal(input.notes, [{ kind: "contributors", text: "Reporting by Ann Price; Editing by Joe Marsh" }]);
});

wire("a figure without an Image header is kept, with a warning on its line", () => {
  const { input, problems } = load("figure-without-image.txt");
  assert.equal(input.lead, { field: "line 6", caption: "Children cool off in a fountain in the old town on Tuesday.", credit: "Per Lund/TT" });
  assert.equal(input.dateline, { city: "STOCKHOLM" });
  assert.equal(texts(input.body), ["p: Schools across the capital closed at noon on Tuesday as temperatures passed 32 degrees for the third day running."]);
  assert.is(problems.length, 1);
  assert.is(problems[0]!.field, "line 6");
  assert.is(problems[0]!.severity, "warning");
  assert.is(problems[0]!.path, "content/articles/figure-without-image.txt");
  assert.match(problems[0]!.message, /add an "Image-1:" header/);
});

wire("an unknown header key is a warning naming it; an Image header with no figure too", () => {
  const { input, problems } = load("unknown-header.txt");
  assert.is(input.headline, "Ferry crossings suspended as ice thickens");
  assert.is(input.published, "2021-01-05 14:00");
  assert.equal(input.byline, ["Jonas Berg"]);
  assert.equal(input.dateline, { city: "HELSINKI", region: "Finland" });
  assert.equal(
    problems.map((problem) => [problem.field, problem.severity]),
    [
      ["Source", "warning"],
      ["Image-1", "warning"],
    ],
  );
  assert.match(problems[0]!.message, /unknown header on line 2/);
  assert.match(problems[1]!.message, /no figure 1 in the text for "ferry\.svg"/);
});

wire("CRLF line endings, a BOM, tabs and trailing spaces", () => {
  const text = fixture("crlf.txt");
  assert.ok(text.includes("\r\n") && text.startsWith("\uFEFF"), "the fixture keeps its CRLF line endings and BOM");
  const { input, problems } = load("crlf.txt");
  assert.equal(problems, []);
  assert.is(input.published, "2022-10-11 07:15");
  assert.is(input.section, "Business");
  assert.is(input.headline, "Coffee prices climb for a third month");
  assert.equal(input.dateline, { city: "NEW YORK", region: "N.Y.", agency: "AP" });
  assert.equal(texts(input.body), ["p: Coffee futures rose again on Monday, the third monthly gain in a row.", "p: Traders blamed dry weather in growing regions."]);
});

wire("CRLF and LF copies of a story read the same", () => {
  const lf = fixture("agency-story.txt");
  const crlf = lf.replace(/\n/g, "\r\n");
  assert.equal(parseWireText(crlf, "a.txt"), parseWireText(lf, "a.txt"));
  assert.equal(parseWireText(lf.replace(/\n/g, "\r"), "a.txt"), parseWireText(lf, "a.txt"));
});

wire("an empty file or a header alone is an article input without headline or body", () => {
  for (const text of ["", "\uFEFF", "\n\n  \n", "Date: 2020-01-01\nSection: World\n"]) {
    const { input, problems } = parse(text);
    assert.is(input.headline, undefined, JSON.stringify(text));
    assert.equal(input.body, []);
    assert.equal(problems, []);
  }
  assert.is(parse("Date: 2020-01-01\n").input.published, "2020-01-01");
});

wire("rejects only text that is plainly another format", () => {
  const html = parseWireText("<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>", "a.txt");
  assert.equal(html.kind === "rejected" ? html.problems.map((p) => [p.field, p.severity]) : html.kind, [["file", "error"]]);
  const json = parseWireText('{ "headline": "x" }', "a.txt");
  assert.is(json.kind, "rejected");
  assert.is(parse("{ not json, a headline in braces }\n\nText.").input.headline, "{ not json, a headline in braces }");
});

wire("a one-line block of unknown Key: value is a headline, not a header", () => {
  for (const headline of ["Breaking: Storm hits coast", "Q&A: What the vote means", "Update: Bridge reopens"]) {
    const { input, problems } = parse(`${headline}\n\nThe storm arrived overnight.\n`);
    assert.is(input.headline, headline);
    assert.equal(texts(input.body), ["p: The storm arrived overnight."]);
    assert.equal(problems, []);
  }
});

wire("a header is read under the headline too, in its block or the next", () => {
  const same = parse("Bridge reopens\nDate: 2020-03-01\nByline: Ann Lee\n\nThe bridge reopened.\n");
  assert.is(same.input.headline, "Bridge reopens");
  assert.is(same.input.published, "2020-03-01");
  assert.equal(same.input.byline, ["Ann Lee"]);
  assert.equal(texts(same.input.body), ["p: The bridge reopened."]);
  const next = parse("Bridge reopens\n\nDate: 2020-03-01\n\nThe bridge reopened.\n");
  assert.is(next.input.published, "2020-03-01");
  assert.equal(texts(next.input.body), ["p: The bridge reopened."]);
});

wire("keys are case-insensitive, and fieldNames use the file's spelling", () => {
  const { input } = parse("DATE: 2020-03-01\nbyline: Ann Lee\nbyline: Bo Ek\nTAGS: a, b\ntags: c\nCOMMENTS: closed\nimage-1: x.svg\n\nHeadline\n\nA caption. [Ann Lee/TT]\n\nText.\n");
  assert.is(input.published, "2020-03-01");
  assert.is(input.fieldNames.published, "DATE");
  assert.is(input.fieldNames.byline, "byline");
  assert.equal(input.byline, ["Ann Lee", "Bo Ek"]);
  assert.equal(input.tags, ["a", "b", "c"]);
  assert.is(input.commentsOpen, false);
  assert.equal(input.lead, { field: "image-1", src: "x.svg", caption: "A caption.", credit: "Ann Lee/TT" });
});

wire("a repeated single-valued header keeps the first and warns", () => {
  const { input, problems } = parse("Date: 2020-03-01\nDate: 2020-04-01\n\nHeadline\n\nText.\n");
  assert.is(input.published, "2020-03-01");
  assert.equal(problems.map((p) => [p.field, p.severity]), [["Date", "warning"]]);
});

wire("an unknown first key in a block of known ones says how to write a headline", () => {
  const { input, problems } = parse("Breaking: Storm hits coast\nDate: 2020-01-01\n\nThe storm arrived.\n");
  assert.is(input.published, "2020-01-01");
  assert.equal(problems.map((p) => p.field), ["Breaking"]);
  assert.match(problems[0]!.message, /is the headline, put a blank line after it/);
});

wire("a header line run into the headline is read as the headline, with a warning", () => {
  const { input, problems } = parse("Date: 2020-01-01\nStorm hits coast\n\nThe storm arrived.\n");
  assert.is(input.headline, "Date: 2020-01-01");
  assert.equal(problems.map((p) => [p.field, p.severity]), [["Date", "warning"]]);
  assert.match(problems[0]!.message, /ends with a blank line before the headline/);
});

wire("Comments header: open, closed or a warning", () => {
  assert.is(parse("Comments: open\n\nH\n\nT.").input.commentsOpen, true);
  assert.is(parse("Comments: Closed\n\nH\n\nT.").input.commentsOpen, false);
  const odd = parse("Comments: maybe\n\nH\n\nT.");
  assert.is(odd.input.commentsOpen, undefined);
  assert.equal(odd.problems.map((p) => [p.field, p.severity]), [["Comments", "warning"]]);
  assert.is(parse("H\n\nT.\n\nComments are closed.\n").input.commentsOpen, false);
});

wire("subheads: short unpunctuated lines between paragraphs of running text only", () => {
  const { input } = parse(
    [
      "Headline",
      "First paragraph of the story.",
      "What happens next",
      "Second paragraph of the story.",
      "A short line that ends in a period.",
      "Third paragraph.",
      "(Reporting by Ann Lee)",
      "Fourth paragraph.",
      "lower case start",
      "Fifth paragraph.",
      "Apples",
      "Pears",
      "Sixth paragraph.",
      "Last short line",
    ].join("\n\n"),
  );
  assert.equal(texts(input.body), [
    "p: First paragraph of the story.",
    "h2: What happens next",
    "p: Second paragraph of the story.",
    "p: A short line that ends in a period.",
    "p: Third paragraph.",
    "p: (Reporting by Ann Lee)",
    "p: Fourth paragraph.",
    "p: lower case start",
    "p: Fifth paragraph.",
    "p: Apples",
    "p: Pears",
    "p: Sixth paragraph.",
    "p: Last short line",
  ]);
});

wire("a body of short lines has no subheads", () => {
  const { input } = parse("Poem\n\nRoses are red\n\nViolets are blue\n\nWire copy is grey");
  assert.equal(texts(input.body), ["p: Roses are red", "p: Violets are blue", "p: Wire copy is grey"]);
});

wire("a two-line paragraph is never a subhead", () => {
  const { input } = parse("H\n\nOne.\n\nShort\nwrapped\n\nTwo.");
  assert.equal(texts(input.body), ["p: One.", "p: Short wrapped", "p: Two."]);
});

wire("only the first body paragraph gives the dateline", () => {
  const { input } = parse("H\n\nPARIS -- First.\n\nLYON -- Second.");
  assert.equal(input.dateline, { city: "PARIS" });
  assert.equal(texts(input.body), ["p: First.", "p: LYON — Second."]);
  const none = parse("H\n\nThe first paragraph.\n\nLYON -- Second.");
  assert.is(none.input.dateline, undefined);
  assert.equal(texts(none.input.body), ["p: The first paragraph.", "p: LYON — Second."]);
});

wire("a dateline on its own line or paragraph", () => {
  const wrapped = parse("H\n\nBEIRUT, Lebanon --\nBoats left.");
  assert.equal(wrapped.input.dateline, { city: "BEIRUT", region: "Lebanon" });
  assert.equal(texts(wrapped.input.body), ["p: Boats left."]);
  const alone = parse("H\n\nBEIRUT, Lebanon --\n\nBoats left.");
  assert.equal(alone.input.dateline, { city: "BEIRUT", region: "Lebanon" });
  assert.equal(texts(alone.input.body), ["p: Boats left."]);
});

wire("the dateline is found after a lead figure and a byline line", () => {
  const { input } = parse("H\n\nBy Ann Lee\n\nA view. [Bo Ek/TT]\n\nOSLO (NTB) - Snow fell.");
  assert.equal(input.byline, ["By Ann Lee"]);
  assert.equal(input.dateline, { city: "OSLO", agency: "NTB" });
  assert.equal(texts(input.body), ["p: Snow fell."]);
  assert.ok(input.lead);
});

wire("a byline line needs capitalised names, right under the headline", () => {
  assert.equal(parse("H\n\nBy the numbers\n\nText.").input.byline, []);
  assert.equal(parse("H\n\nBY JANE DOE and JOHN ROE\n\nText.").input.byline, ["BY JANE DOE and JOHN ROE"]);
  assert.equal(parse("H\n\nText.\n\nBy Ann Lee\n\nMore.").input.byline, []);
});

wire("figures: bracketed credits only, numbered in file order, lead only before text", () => {
  const { input, problems } = parse(
    "Image-2: two.svg\nImage-3: three.svg\n\nH\n\nFirst picture. [Ann Lee/TT]\n\nSecond picture. [Bo Ek]\n\nText.\n\nHe said the plan was ready [sic]\n\nThird picture.\n[Cy Fay/AFP]\n\n[Di Gee/Reuters]\n\nEnd.",
  );
  assert.equal(input.lead, { field: "line 6", caption: "First picture.", credit: "Ann Lee/TT" });
  assert.equal(texts(input.body), [
    "figure: Second picture. [Bo Ek]",
    "p: Text.",
    "p: He said the plan was ready [sic]",
    "figure: Third picture. [Cy Fay/AFP]",
    "figure:  [Di Gee/Reuters]",
    "p: End.",
  ]);
  const fields = input.body.flatMap((block) => (block.type === "figure" ? [[block.figure.field, block.figure.src]] : []));
  assert.equal(fields, [
    ["Image-2", "two.svg"],
    ["Image-3", "three.svg"],
    ["line 17", undefined],
  ]);
  assert.equal(problems.map((p) => [p.field, p.severity]), [
    ["line 6", "warning"],
    ["line 17", "warning"],
  ]);
});

wire("paragraph text is escaped; comments stay plain text", () => {
  const { input } = parse("Fish & <chips>\n\nPrices rose 5% at Smith & Sons <b>today</b>.\n\n1 Comment\n\n<script>alert('hi')</script>");
  assert.is(input.headline, "Fish & <chips>");
  assert.equal(texts(input.body), ["p: Prices rose 5% at Smith &amp; Sons &lt;b&gt;today&lt;/b&gt;."]);
  assert.equal(input.comments, [{ text: "<script>alert('hi')</script>" }]);
});

wire("end marks are dropped; a comment count above the story opens nothing", () => {
  const { input } = parse("H\n\n3 Comments\n\nThe story.\n\n-30-\n\nMore story.\nEND\n\n***\n\n# # #");
  assert.equal(texts(input.body), ["p: The story.", "p: More story."]);
  assert.equal(input.comments, []);
});

wire("furniture lines close a paragraph even without a blank line", () => {
  const { input } = parse("H\n\nThe last line of the story.\nDo you like this article?\nYes\nNo\nLeave a comment\nName *\nEmail *\nWebsite\nPost Comment\nA reader wrote this.\n\nAnother reader.");
  assert.equal(texts(input.body), ["p: The last line of the story."]);
  assert.equal(input.comments, [{ text: "A reader wrote this." }, { text: "Another reader." }]);
});

wire("Yes and No buttons on one line are furniture too", () => {
  const { input } = parse("H\n\nThe last line of the story.\n\nDo you like this article?\n\nYes   No\n\n2 Comments\n\nFirst reader.");
  assert.equal(texts(input.body), ["p: The last line of the story."]);
  assert.equal(input.comments, [{ text: "First reader." }]);
  assert.is(furnitureKind("Yes (12) / No (3)", { afterReaction: true, inFurniture: false }), "answer");
  assert.is(furnitureKind("Yes No", { afterReaction: false, inFurniture: false }), undefined);
});

wire("Yes and No are answers only after a reaction prompt", () => {
  const { input } = parse("H\n\nAsked whether the bridge would reopen soon, he said\nNo\nand walked away.\n\nYes\n\nThe end.");
  assert.equal(texts(input.body), ["p: Asked whether the bridge would reopen soon, he said No and walked away.", "h2: Yes", "p: The end."]);
});

// Issue 20: the subhead limits, each side of them: 10 words and 70 characters are a subhead, one
// more of either is a paragraph. Words are counted after spaces are collapsed.
wire("a subhead has at most 10 words and 70 characters", () => {
  const between = (line: string) => texts(parse(`H\n\nFirst paragraph of the story.\n\n${line}\n\nSecond paragraph of the story.`).input.body)[1];
  const words = (count: number) => ["Harbour", ...Array.from({ length: count - 1 }, () => "works")].join(" ");
  const cases: [label: string, line: string, block: "h2" | "p"][] = [
    ["10 words", words(10), "h2"],
    ["11 words", words(11), "p"],
    ["10 words, two spaces apart once", words(10).replace(" ", "  "), "h2"],
    ["70 characters", `A${"b".repeat(69)}`, "h2"],
    ["71 characters", `A${"b".repeat(70)}`, "p"],
    ["10 words in 70 characters", "Aaaaaa bbbbbb cccccc dddddd eeeeee ffffff gggggg hhhhhh iiiiii jjjjjjj", "h2"],
    ["10 words in 71 characters", "Aaaaaa bbbbbb cccccc dddddd eeeeee ffffff gggggg hhhhhh iiiiii jjjjjjjj", "p"],
  ];
  for (const [label, line, block] of cases) assert.is(between(line), `${block}: ${line.replace(/ {2,}/g, " ")}`, label);
});

wire.run();

const header = suite("readHeaderBlock");

const lines = (text: string) => text.split("\n").map((line, index) => ({ text: line, number: index + 1 }));

header("reads a block of known keys up to the blank line", () => {
  const found = readHeaderBlock(lines("Date: 2020-01-01\nSection: World\n\nHeadline"), 0, "a.txt");
  assert.is(found?.next, 2);
  assert.is(found?.header.fields.published, "2020-01-01");
  assert.is(found?.header.fields.section, "World");
});

header("is not a header when a line is not Key: value, or no key is known", () => {
  assert.is(readHeaderBlock(lines("Breaking: Storm hits coast"), 0, "a.txt"), undefined);
  assert.is(readHeaderBlock(lines("Date: 2020-01-01\nA headline"), 0, "a.txt"), undefined);
  assert.is(readHeaderBlock(lines("Date of the vote: Monday"), 0, "a.txt"), undefined);
  assert.is(readHeaderBlock(lines(""), 0, "a.txt"), undefined);
});

header("Image-N values by number; empty values are left out", () => {
  const found = readHeaderBlock(lines("Image-1: a.svg\nImage-12: b.svg\nDek:"), 0, "a.txt");
  assert.equal([...(found?.header.images ?? [])], [
    [1, { src: "a.svg", key: "Image-1" }],
    [12, { src: "b.svg", key: "Image-12" }],
  ]);
  assert.is(found?.header.fields.dek, undefined);
  assert.equal(found?.header.problems, []);
});

header("Image-0 is an unknown key", () => {
  const found = readHeaderBlock(lines("Date: x\nImage-0: a.svg"), 0, "a.txt");
  assert.equal(found?.header.problems.map((p) => p.field), ["Image-0"]);
});

header.run();

const furniture = suite("furnitureKind");

const plain: LineContext = { afterReaction: false, inFurniture: false };

furniture("recognises whole lines of page furniture", () => {
  const cases: [string, ReturnType<typeof furnitureKind>][] = [
    ["Do you like this article?", "reaction"],
    ["3 Comments", "comments"],
    ["1 Comment", "comments"],
    ["Comments", "comments"],
    ["Comments (12)", "comments"],
    ["Comment Policy", "comments"],
    ["Comments are closed.", "comments-closed"],
    ["* Denotes Required Field", "form"],
    ["Post Comment", "form"],
    ["-30-", "end"],
    ["# # #", "end"],
    ["###", "end"],
    ["***", "end"],
    ["--", "end"],
    ["END", "end"],
    ["(END)", "end"],
    ["___", "end"],
  ];
  for (const [line, kind] of cases) assert.is(furnitureKind(line, plain), kind, line);
});

furniture("never matches a sentence about comments", () => {
  for (const line of [
    "Comments from residents were mostly positive.",
    "The minister declined to comment.",
    "3 comments were deleted by moderators last week, the site said.",
    "Do you like this article? Tell us at the address below.",
    "End of an era for the harbour",
    "No",
    "Name *",
    "1500 / 1500",
    "Submit",
  ]) {
    assert.is(furnitureKind(line, plain), undefined, line);
  }
});

furniture("short form labels and answers only in context", () => {
  assert.is(furnitureKind("Yes", { afterReaction: true, inFurniture: true }), "answer");
  assert.is(furnitureKind("No (4)", { afterReaction: true, inFurniture: false }), "answer");
  for (const line of ["Name *", "Email *", "1500 / 1500", "Submit", "Website", "Reply"]) {
    assert.is(furnitureKind(line, { afterReaction: false, inFurniture: true }), "form", line);
  }
});

furniture.run();
