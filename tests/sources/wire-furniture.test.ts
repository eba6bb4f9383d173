import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFurniture } from "../../src/sources/furniture-vocabulary.ts";
import { furnitureKind, type FurnitureKind, type LineContext } from "../../src/sources/wire-furniture.ts";

const plain: LineContext = { afterReaction: false, inFurniture: false };
const amongFurniture: LineContext = { afterReaction: false, inFurniture: true };
const afterPrompt: LineContext = { afterReaction: true, inFurniture: true };

const kind = suite("furnitureKind: scraped-page layouts");

/** Lines that are furniture on their own, wherever they stand. */
const ALONE: [string, FurnitureKind][] = [
  // comment counts
  ["3 Comment(s)", "comments"],
  ["1 comment(s)", "comments"],
  ["Comments (3)", "comments"],
  ["Comments: 3", "comments"],
  ["3 comments so far", "comments"],
  ["One comment", "comments"],
  ["One Response", "comments"],
  ["No comments yet", "comments"],
  ["Showing 3 comments", "comments"],
  ["View all 12 comments", "comments"],
  ['3 Responses to "Library extends opening hours"', "comments"],
  ["12 thoughts on “Library extends opening hours”", "comments"],
  ["1,204 comments", "comments"],
  ["Reader comments", "comments"],
  ["Join the discussion…", "comments"],
  ["Be the first to comment.", "comments"],
  // comment platforms
  ["Powered by Disqus", "comments"],
  ["Add Disqus to your site", "comments"],
  ["Disqus' Privacy Policy", "comments"],
  ["Sort by Best", "comments"],
  ["3 comments Login", "comments"],
  ["Load more comments", "comments"],
  ["Facebook Comments Plugin", "comments"],
  // policy
  ["Comment Policy", "comments"],
  ["Comments are moderated", "comments"],
  ["Comments are moderated and will appear after approval.", "comments"],
  ["Read our comment policy", "comments"],
  ["Your comment is awaiting moderation.", "comments"],
  // closed
  ["Comments are closed.", "comments-closed"],
  ["Comments are disabled for this article", "comments-closed"],
  ["Comments are closed for this story.", "comments-closed"],
  ["Commenting has been disabled.", "comments-closed"],
  // the comment form
  ["Add new comment", "form"],
  ["Leave a Reply", "form"],
  ["Leave a Reply Cancel reply", "form"],
  ["Your email address will not be published. Required fields are marked *", "form"],
  ["Save my name, email, and website in this browser for the next time I comment.", "form"],
  ["Notify me of follow-up comments by email.", "form"],
  ["This site uses Akismet to reduce spam. Learn how your comment data is processed.", "form"],
  ["Log in or register to post comments", "form"],
  ["You must be logged in to post a comment.", "form"],
  ["Add a comment...", "form"],
  ["Post Comment", "form"],
  ["CAPTCHA", "form"],
  ["What code is in the image? *", "form"],
  ["Solve this simple math problem and enter the result. E.g. for 1+3, enter 4.", "form"],
  ["500 characters remaining", "form"],
  ["Permalink", "form"],
  // several pieces on one line
  ["Comment Policy * Denotes Required Field 1500 / 1500", "comments"],
  ["Do you like this article? Yes No", "reaction"],
  ["Was this article helpful? Yes (12) No (3)", "reaction"],
  ["Comments (2) | Share | Print", "comments"],
  // reaction prompts
  ["Do you like this article?", "reaction"],
  ["Did you find this article helpful?", "reaction"],
  // share and navigation: dropped, open nothing
  ["Share this:", "share"],
  ["Like this:", "share"],
  ["Loading...", "share"],
  ["Like Loading...", "share"],
  ["Be the first to like this.", "share"],
  ["Share on Facebook", "share"],
  ["Print | Email | Tweet | Share on Facebook", "share"],
  ["Previous Post", "share"],
  ["Related Posts", "share"],
];

kind("lines that are furniture on their own", () => {
  for (const [line, expected] of ALONE) assert.is(furnitureKind(line, plain), expected, line);
});

/** Short labels and buttons a story could hold too: furniture only next to other furniture. */
const AMONG_FURNITURE: [string, FurnitureKind][] = [
  ["Name *", "form"],
  ["Email *", "form"],
  ["Website", "form"],
  ["Your name", "form"],
  ["Subject", "form"],
  ["Submit", "form"],
  ["1500 / 1500", "form"],
  ["2 + 5 =", "form"],
  ["Reply", "form"],
  ["Report", "form"],
  ["Like (3)", "form"],
  ["Reply • Share ›", "form"],
  ["2 • Reply • Share ›", "form"],
  ["Like · Reply · 2y", "form"],
  ["2 years ago", "form"],
  ["Login", "comments"],
  ["Recommend", "comments"],
  ["Newest Oldest", "comments"],
  ["Discussion", "comments"],
  ["Print", "share"],
  ["Tweet", "share"],
  ["Related", "share"],
  ["Subscribe", "share"],
  ["•", "share"],
];

kind("short labels and buttons only next to other furniture", () => {
  for (const [line, expected] of AMONG_FURNITURE) {
    assert.is(furnitureKind(line, amongFurniture), expected, line);
    assert.is(furnitureKind(line, plain), undefined, `${line} alone is story text`);
  }
});

kind("Yes and No only after a reaction prompt, or on its line", () => {
  for (const line of ["Yes", "No", "Yes (4)", "No (1)", "Yes No", "Yes (12) / No (3)"]) {
    assert.is(furnitureKind(line, afterPrompt), "answer", line);
    assert.is(furnitureKind(line, amongFurniture), undefined, `${line} without a prompt`);
  }
});

/** Story text that looks like furniture: never furniture, in any context. */
const LOOK_ALIKES = [
  "Comments from residents at a public meeting last week were mostly positive",
  "Comments from residents at a public meeting last week were mostly positive, said councillor Ada Brenner.",
  "The minister declined to comment.",
  "Yes, the council said, no decision was made.",
  "Yes.",
  "No.",
  "No comment.",
  "No comment",
  "3 comments were deleted by moderators last week, the site said.",
  "Comments are closed for this story, the site said on Monday.",
  "Do you like this article? Tell us at the address below.",
  "Share this story with a neighbour who has no internet.",
  "Related to the mayor, the contractor won the bid.",
  "Print works will close in March.",
  "Leave a reply on the council's website, officials urged.",
  "Reply to the consultation by Friday.",
  "Two years ago the hall flooded.",
  "Name and address withheld.",
  "Subscribers will get the magazine a day early.",
  "2 + 2 = 4",
  "The CAPTCHA system failed for three hours on Monday.",
  "Jane Doe says: the plan is late.",
];

kind("story text that mentions comments is never furniture", () => {
  for (const line of LOOK_ALIKES) {
    for (const context of [plain, amongFurniture, afterPrompt]) assert.is(furnitureKind(line, context), undefined, `${line} ${JSON.stringify(context)}`);
  }
});

kind("a line too long to be furniture is not read", () => {
  assert.is(furnitureKind(`${"Share this: ".repeat(30)}`, plain), undefined);
});

kind.run();

const vocabulary = suite("readFurniture");

vocabulary("says which kinds a line holds and whether any stands alone", () => {
  const reading = readFurniture("Comment Policy * Denotes Required Field 1500 / 1500");
  assert.equal([...(reading?.kinds ?? [])].sort(), ["form", "label", "policy"]);
  assert.is(reading?.strong, true);
  assert.is(readFurniture("Name *")?.strong, false);
  assert.is(readFurniture("Name * is required"), undefined);
});

vocabulary("reads the count a comment-count phrase gives", () => {
  const counts: [string, number | undefined][] = [
    ["3 Comment(s)", 3],
    ["Comments (12)", 12],
    ["Comments: 4", 4],
    ["One comment", 1],
    ["No comments yet", 0],
    ["Showing 7 comments", 7],
    ['3 Responses to "5 things to do"', 3],
    ["1,204 comments", 1204],
    ["Comments", undefined],
  ];
  for (const [line, count] of counts) assert.is(readFurniture(line)?.count, count, line);
});

vocabulary.run();
