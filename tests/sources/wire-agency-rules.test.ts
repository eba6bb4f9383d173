// Agency conventions rule by rule: trailers and blocks not for publication (dpa, AP, PA), version
// flags on Reuters headlines, ANSA's agency-first lead, bracketed credits (AFP/TT captions, shared
// with Markdown figure titles), Reuters' indented paragraphs, a Hugo or Jekyll body repeating its
// title, and how a transmission is told from plain text by its opening control characters.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Block, BlockInput, ParseResult, SafeHtml } from "../../src/model/types.ts";
import { withoutVersionFlag } from "../../src/sources/agency-headline.ts";
import { placeFirst } from "../../src/sources/agency-lead.ts";
import { splitBracketCredit } from "../../src/sources/bracket-credit.ts";
import { withoutRepeatedHeadline } from "../../src/sources/repeated-headline.ts";
import { looksLikeTransmission, readTransmission } from "../../src/sources/transmission.ts";
import { furnitureKind, opensComments } from "../../src/sources/wire-furniture.ts";
import { indentedParagraphStarts } from "../../src/sources/wire-indent.ts";
import { parseWireText } from "../../src/sources/wire-text.ts";

function parse(text: string): Extract<ParseResult, { kind: "article" }> {
  const result = parseWireText(text, "content/articles/story.txt");
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

const texts = (body: BlockInput[]) => body.map((block) => ("html" in block ? block.html : block.type));

const trailers = suite("trailer rules");

trailers("story sentences that look like trailers stay in the story", () => {
  const cases: [label: string, last: string][] = [
    ["not for publication inside a sentence", "He told reporters the following information is not for publication, then read out the figures."],
    ["a sentence opening with Copyright", "Copyright lawyers said the ruling would stand."],
    ["PA Media opening a sentence", "PA Media understands the talks will resume on Monday."],
    ["PA Media closing a sentence", "The minister made the remarks in an interview with PA Media."],
  ];
  for (const [label, last] of cases) {
    const { input, problems } = parse(`Talks stall\n\nLONDON (AP) — Talks stalled on Monday.\n\n${last}`);
    assert.equal(texts(input.body), ["Talks stalled on Monday.", last.replace("'", "’")], label);
    assert.equal(problems, [], label);
  }
});

trailers("copyright notices in any case are dropped", () => {
  for (const notice of ["(C) 2026 The Associated Press", "COPYRIGHT 2026 THOMSON REUTERS", "© 2026 Kyodo News"]) {
    const { input, problems } = parse(`Talks stall\n\nLONDON (AP) — Talks stalled on Monday.\n\n${notice}`);
    assert.equal(texts(input.body), ["Talks stalled on Monday."], notice);
    assert.equal(problems.map((problem) => problem.field), ["line 5"], notice);
  }
});

trailers("a copyright notice is dropped wherever it stands, not only at the end", () => {
  const { input, problems } = parse("Talks stall\n\nLONDON (AP) — Talks stalled on Monday.\n\nCopyright 2026 The Associated Press. All rights reserved.\n\nThe talks resume on Friday.");
  assert.equal(texts(input.body), ["Talks stalled on Monday.", "The talks resume on Friday."]);
  assert.equal(problems.map((problem) => problem.field), ["line 5"]);
});

trailers("dpa's `* * * *` before the not-for-publication line: the block is reported from the stars", () => {
  const { input, problems } = parse("Talks stall\n\nBerlin (dpa) - Talks stalled.\n\nMore talks are planned.\n\n* * * *\nThe following information is not for publication\n- Contact: +49 30 2852");
  assert.equal(texts(input.body), ["Talks stalled.", "More talks are planned."]);
  assert.equal(problems.map((problem) => problem.field), ["line 7"]);
  assert.match(problems[0]!.message, /lines 7–9/);
});

trailers("a dpa sign-off of 40 characters is a sign-off", () => {
  const signOff = "dpa wszk jlnx nprs rmoh grjx hctb alkm z";
  assert.is(signOff.length, 40);
  const { input, problems } = parse(`Talks stall\n\nBerlin (dpa) - Talks stalled.\n\n${signOff}`);
  assert.equal(texts(input.body), ["Talks stalled."]);
  assert.equal(problems.map((problem) => problem.field), ["line 5"]);
});

trailers.run();

const helpers = suite("agency helpers");

helpers("Reuters version flags: only at the start, with or without a number", () => {
  const cases: [headline: string, expected: { headline: string; flag?: string }][] = [
    ["UPDATE 2-Shipping group cuts routes", { headline: "Shipping group cuts routes", flag: "UPDATE 2" }],
    ["UPDATE-Shipping group cuts routes", { headline: "Shipping group cuts routes", flag: "UPDATE" }],
    ["UPDATE 12-Shipping group cuts routes", { headline: "Shipping group cuts routes", flag: "UPDATE 12" }],
    ["CORRECTED AND REFILED-Markets slip", { headline: "Markets slip", flag: "CORRECTED AND REFILED" }],
    ["Markets slip after REFILE-error", { headline: "Markets slip after REFILE-error" }],
  ];
  for (const [headline, expected] of cases) assert.equal(withoutVersionFlag(headline), expected, headline);
});

helpers("agency-first leads are read place first; the agency must open the paragraph", () => {
  const cases: [lead: string, expected: string][] = [
    ["(ANSA) - ROME, NOV 3 - Venice will charge.", "ROME, NOV 3 (ANSA) - Venice will charge."],
    ["(EFE)-MADRID-Spain will vote.", "(EFE)-MADRID-Spain will vote."],
    ["(Yonhap) -- SEOUL -- Talks resumed.", "SEOUL (Yonhap) - Talks resumed."],
    ["(Kyodo)—TOKYO—Trains stopped.", "(Kyodo)—TOKYO—Trains stopped."],
    ["Officials said (Xinhua) - BEIJING - was calm.", "Officials said (Xinhua) - BEIJING - was calm."],
  ];
  for (const [lead, expected] of cases) assert.is(placeFirst(lead), expected, lead);
  const { input } = parse("Talks resume\n\n(Yonhap) -- SEOUL -- Talks resumed on Monday.");
  assert.equal(input.dateline, { city: "SEOUL", agency: "Yonhap" });
  assert.equal(texts(input.body), ["Talks resumed on Monday."]);
});

helpers("bracketed credits: the last brackets close the text", () => {
  const cases: [text: string, parts: { caption?: string; credit?: string }][] = [
    ["Boats at dawn. [Jane Doe/AFP]", { caption: "Boats at dawn.", credit: "Jane Doe/AFP" }],
    ["  Boats at dawn.   [ Jane Doe/AFP ]  ", { caption: "Boats at dawn.", credit: "Jane Doe/AFP" }],
    ["[Per Lund/TT]", { credit: "Per Lund/TT" }],
    ["Boats [left] at dawn. [Jane Doe/AFP]", { caption: "Boats [left] at dawn.", credit: "Jane Doe/AFP" }],
    ["Boats at dawn. [Jane Doe/AFP] in Beirut", { caption: "Boats at dawn. [Jane Doe/AFP] in Beirut" }],
    ["Boats at dawn.", { caption: "Boats at dawn." }],
    ["   ", {}],
    ["[ ]", {}],
  ];
  for (const [text, parts] of cases) assert.equal(splitBracketCredit(text), parts, text);
});

helpers("a body opening with its own headline as a heading loses it; anything else is kept", () => {
  const heading = (html: string): Block<never> => ({ type: "heading", level: 2, html: html as SafeHtml });
  const paragraph = (html: string): Block<never> => ({ type: "paragraph", html: html as SafeHtml });
  const body = [heading("Ferries  <em>stop</em> at Helsinki"), paragraph("Ice closed the harbour."), paragraph("More ice is coming.")];
  assert.equal(withoutRepeatedHeadline(body, "Ferries stop at HELSINKI"), body.slice(1));
  assert.is(withoutRepeatedHeadline(body, "Ice closes the harbour"), undefined);
  assert.is(withoutRepeatedHeadline(body, undefined), undefined);
  assert.is(withoutRepeatedHeadline(body, ""), undefined);
  assert.is(withoutRepeatedHeadline([paragraph("Ferries stop at Helsinki"), heading("Ferries stop at Helsinki")], "Ferries stop at Helsinki"), undefined);
  assert.is(withoutRepeatedHeadline([], "Ferries stop"), undefined);
});

helpers("indentation marks paragraphs only with two indented starts after text and a wrapped line", () => {
  const cases: [label: string, raw: string[], starts: boolean[]][] = [
    ["Reuters copy", ["LONDON (Reuters) - First", "wraps.", "    Second", "wraps too.", "    Third"], [false, false, true, false, true]],
    ["tab indents", ["LONDON (Reuters) - First", "wraps.", "\tSecond", "wraps too.", "\tThird"], [false, false, true, false, true]],
    ["one indented start is not enough", ["LONDON (Reuters) - First", "wraps.", "    Second", "wraps too."], [false, false, false, false]],
    ["no wrapped line", ["LONDON (Reuters) - First", "    Second", "    Third"], [false, false, false]],
    ["a first line indented is no start", ["    LONDON (Reuters) - First", "wraps.", "    Second", "wraps too.", "    Third"], [false, false, true, false, true]],
    ["a line of spaces is not text", ["LONDON (Reuters) - First", "   ", "    Second", "wraps.", "    Third", "wraps."], [false, false, false, false, false, false]],
    ["text with a space inside is not indented", ["LONDON (Reuters) - First", "wraps here.", "Second line", "wraps.", "Third"], [false, false, false, false, false]],
  ];
  for (const [label, raw, starts] of cases) assert.equal(indentedParagraphStarts(raw), starts, label);
});

helpers("end marks are whole lines; only comment lines open the comments", () => {
  const plain = { afterReaction: false, inFurniture: false };
  for (const line of ["-- Ferry services resume on Friday", "Services resume -30-", "ENDS here", "END OF STORY"]) assert.is(furnitureKind(line, plain), undefined, line);
  for (const line of ["ENDS", "(END)", "END", "-0-", "#"]) assert.is(furnitureKind(line, plain) === "end", line !== "#", line);
  assert.equal(
    (["comments", "comments-closed", "form", "reaction", "answer", "share", "end"] as const).map(opensComments),
    [true, true, true, false, false, false, false],
  );
});

helpers("a transmission opens with SYN SYN SOH (ANPA 1312) or SOH (IPTC 7901), nowhere else", () => {
  assert.ok(looksLikeTransmission("\u0016\u0001W1234"));
  assert.ok(looksLikeTransmission("\u0001eca062 4 i 211"));
  assert.ok(!looksLikeTransmission("Ferries stop\n\n\u0016\u0016\u0001 quoted control characters"));
  assert.ok(!looksLikeTransmission("Ferries stop \u0001"));
  const anpa = readTransmission("\u0016\u0016\u0001W1234\r\nr a BC-US--Ferries     08-29 0120\r\n^BC-US--Ferries,0110<\r\n", "a.tst");
  const iptc = readTransmission("\u0001eca062 4 i 211 dpa 061\r\n\r\nGermany/\r\nFerries stop =\r\n", "a.txt");
  assert.equal([anpa?.kind, anpa?.kind === "refused" ? [anpa.problem.field, anpa.problem.severity] : undefined], ["refused", ["file", "error"]]);
  assert.match(anpa?.kind === "refused" ? anpa.problem.message : "", /ANPA 1312/);
  assert.match(iptc?.kind === "refused" ? iptc.problem.message : "", /IPTC 7901/);
  assert.is(readTransmission("\u0001eca062 4 i 211 dpa 061\r\n\r\nGermany/\r\n\u0002Ferries stop =\r\n\r\nBerlin (dpa) - Text.\r\n\u0003131137 GMT Nov 13", "a.txt")?.kind, "transmission");
});

helpers.run();
