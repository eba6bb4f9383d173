// The comment form a rescued page leaves at its foot, as WordPress (`Leave a Reply`, `Name *`,
// `Email *`, `Website`, `Post Comment`) and Disqus (`Name`, `Email`, `Password`) print it: which
// lines are the form and which are still the story.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formLeftovers } from "../../src/sources/form-leftovers.ts";

/** The page's lines, numbered from 1 as an editor sees them; the form lines found, by index. */
const leftovers = (page: string, from = 0) => [...formLeftovers(page.split("\n").map((text, index) => ({ text, number: index + 1 })), from)].sort((a, b) => a - b);

const form = suite("formLeftovers");

const CASES: [string, string, number[]][] = [
  ["WordPress's form at the foot, after a blank line", "The harbour reopened on Tuesday.\n\nName *\nEmail *\nWebsite\nPost Comment", [2, 3, 4, 5]],
  ["the form glued under a finished sentence", "The harbour reopened on Tuesday.\nName *\nEmail *", [1, 2]],
  ["the form glued under a question", "Did the council get it right?\nName *\nEmail *", [1, 2]],
  ["a label glued under a sentence cut short is that sentence's last word", "Fishermen said they would sign their\nName *\nEmail *", []],
  ["a sentence with a comma inside, cut short, is still cut short", "The mayor said, before the vote, that he would give his\nName *\nEmail *", []],
  ["the form glued under other page furniture", "Log in\nName *\nEmail *", [1, 2]],
  ["Email alone is the share button, not a form", "The harbour reopened on Tuesday.\n\nEmail", []],
  ["Email * with its required mark is the form's field", "The harbour reopened on Tuesday.\n\nEmail *", [2]],
  ["Disqus's sign-in box: Name, Email, Password", "The harbour reopened on Tuesday.\n\nName\nEmail\nPassword", [2, 3, 4]],
  ["Name and a bare Email", "The harbour reopened on Tuesday.\n\nName *\nEmail", [2, 3]],
  ["a run above the line that opens the comments", "The harbour reopened on Tuesday.\n\nName *\nEmail *\n\n2 Comments\n\nGreat news for the town.", [2, 3]],
  ["labels with story text after them are the story's", "The harbour reopened on Tuesday.\n\nName *\nEmail *\n\nCrews returned at dawn.", []],
];
for (const [name, page, expected] of CASES) form(name, () => assert.equal(leftovers(page), expected));

form("only lines from `from` on are read", () => {
  const page = "Harbour reopens\nName *\nEmail *";
  assert.equal(leftovers(page, 1), [1, 2]);
  assert.equal(leftovers(page, 2), [2]);
});

form.run();
