import { suite } from "uvu";
import * as assert from "uvu/assert";
import { smartenPunctuation } from "../../src/sources/typography.ts";

const smarten = suite("smartenPunctuation");

const CASES: [string, string, string][] = [
  ["double quotes", `"word"`, "“word”"],
  ["quotes in a sentence", `He said, "Go." Then he left.`, "He said, “Go.” Then he left."],
  ["a quote closed before a comma", `"We counted the days," said Khoury.`, "“We counted the days,” said Khoury."],
  ["quotes in brackets", `("quoted")`, "(“quoted”)"],
  ["possessive", "the company's plan", "the company’s plan"],
  ["contraction", "don't", "don’t"],
  ["name with apostrophe", "O'Brien", "O’Brien"],
  ["plural possessive", "the players' union", "the players’ union"],
  ["single quotes", "'quoted'", "‘quoted’"],
  ["single quotes inside double", `"'Hi,' she said"`, "“‘Hi,’ she said”"],
  ["elided year", "the '90s", "the ’90s"],
  ["elision", "rock 'n' roll", "rock ’n’ roll"],
  ["elided word", "get 'em", "get ’em"],
  ["a quoted word that starts like an elision", "'embassy'", "‘embassy’"],
  ["spaced double hyphen", "the breakwater -- damaged -- held", "the breakwater — damaged — held"],
  ["closed-up double hyphen", "then--suddenly", "then—suddenly"],
  ["broken-off speech", `"I was --"`, "“I was —”"],
  ["a year in quotes", `"It was 1999," she said.`, "“It was 1999,” she said."],
];

for (const [name, input, expected] of CASES) {
  smarten(name, () => {
    assert.is(smartenPunctuation(input), expected);
  });
}

smarten("leaves ambiguous marks alone", () => {
  const unchanged = [
    `5'10"`,
    "He is 6' tall",
    `a 12" pizza`,
    `a " b`,
    `a"b`,
    "a ' b",
    "an open 'quote never closed",
    "a---b",
    "-- ",
    "--flag",
    "trailing --",
    "",
    "plain text",
  ];
  for (const text of unchanged) assert.is(smartenPunctuation(text), text, JSON.stringify(text));
});

smarten("an inch mark inside a quote stays straight", () => {
  assert.is(smartenPunctuation(`"The 12" record"`), "“The 12\" record”");
});

smarten("is idempotent", () => {
  const once = smartenPunctuation(`"Don't," he said -- 'twice'.`);
  assert.is(once, "“Don’t,” he said — ‘twice’.");
  assert.is(smartenPunctuation(once), once);
});

smarten("does not touch HTML-significant characters", () => {
  assert.is(smartenPunctuation(`<b> & "x"`), "<b> & “x”");
});

smarten.run();
