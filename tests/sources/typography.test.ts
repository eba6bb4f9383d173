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
  // Copy as a subeditor types it on a British or American desk (AP and Reuters style quotes).
  ["a quote closed before a question mark", `Did the minister say "enough"?`, "Did the minister say “enough”?"],
  ["an apostrophe after a one-letter word later in the text", "Tell them I'm fine", "Tell them I’m fine"],
  ["an elision later in the text does not turn an opening quote", "She told 'em 'go home' twice", "She told ’em ‘go home’ twice"],
  ["a short year later in the text does not turn an opening quote", "'Hits' of the '90s", "‘Hits’ of the ’90s"],
  ["a word that merely starts with two digits is quoted, not a year", "the '30something' crowd", "the ‘30something’ crowd"],
  ["'Tis at the start", "'Tis the season for fare rises", "’Tis the season for fare rises"],
  ["a number quoted, closed before a full stop", `The display read "52".`, "The display read “52”."],
  ["inch marks after a closed quote stay straight", `"Bigger," said the buyer of the 12", not the 7".`, "“Bigger,” said the buyer of the 12\", not the 7\"."],
  ["a single quote closed after a letter and a space before it", "They call it 'Plan B' now.", "They call it ‘Plan B’ now."],
  ["a single quote closed after a digit while one is open", "She sang 'Party Like It's 1999' and 'Moon River'.", "She sang ‘Party Like It’s 1999’ and ‘Moon River’."],
  ["a short year inside single quotes", "He played 'Summer of '69' and 'Moon River'.", "He played ‘Summer of ’69’ and ‘Moon River’."],
  ["a foot mark after a closed single quote stays straight", "'Yes,' said the 6' lock-keeper.", "‘Yes,’ said the 6' lock-keeper."],
  ["an opening quote whose only later apostrophe is inside a word stays straight", "an open 'quote, and don't", "an open 'quote, and don’t"],
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
    // A lone mark, at the start or end of a line or alone, is a typo or a symbol: left as typed.
    `"`,
    "'",
    `Quote mark: "`,
    "Foot mark: '",
    // Ambiguous after a digit: `66'` may be a foot mark, so nothing pairs with it.
    "She sang 'Route 66'.",
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
