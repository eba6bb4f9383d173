import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { CommentInput, ParseResult } from "../../src/model/types.ts";
import { readCommentHeader, type CommentHeader } from "../../src/sources/comment-header.ts";
import { readScrapedComments } from "../../src/sources/scraped-comments.ts";
import { scanScrapedPage } from "../../src/sources/scraped-page.ts";
import { parseWireText } from "../../src/sources/wire-text.ts";

const lines = (text: string) => text.split("\n").map((line, index) => ({ text: line.trim(), number: index + 1 }));
const comments = (text: string): CommentInput[] => readScrapedComments(lines(text)).comments;

function article(text: string): Extract<ParseResult, { kind: "article" }>["input"] {
  const result = parseWireText(text, "content/articles/test.txt");
  if (result.kind !== "article") throw new Error(`expected an article, got ${result.kind}`);
  return result.input;
}

const paragraphs = (text: string) => article(text).body.map((block) => (block.type === "paragraph" || block.type === "heading" ? block.html : block.type));

const header = suite("readCommentHeader");

header("reads who and when from the layouts' header lines", () => {
  const cases: [string, CommentHeader][] = [
    ["Jane Doe says:", { author: "Jane Doe" }],
    ["Jane Doe says: November 18, 2019 at 9:41 am", { author: "Jane Doe", posted: "2019-11-18 09:41" }],
    ["Jane Doe on November 18, 2019 at 9:41 pm said:", { author: "Jane Doe", posted: "2019-11-18 21:41" }],
    ["November 18, 2019 at 12:05 am", { posted: "2019-11-18 00:05" }],
    ["Nov. 18, 2019, 9:41 a.m.", { posted: "2019-11-18 09:41" }],
    ["18 November 2019 09:41", { posted: "2019-11-18 09:41" }],
    ["Monday 18 November 2019 at 21:05", { posted: "2019-11-18 21:05" }],
    ["November 18, 2019", { posted: "2019-11-18" }],
    ["Submitted by Jane on Mon, 11/18/2019 - 09:30", { author: "Jane", posted: "2019-11-18 09:30" }],
    ["Mon, 11/18/2019 - 09:30", { posted: "2019-11-18 09:30" }],
    ["18/11/2019 09:30", { posted: "2019-11-18 09:30" }],
    ["2019-11-18 09:41", { posted: "2019-11-18 09:41" }],
    ["Jane Doe • 2 years ago", { author: "Jane Doe" }],
    ["• 2 years ago", {}],
    ["3 days ago", {}],
    ["Posted by Ann Lee | November 18, 2019 9:41 AM", { author: "Ann Lee", posted: "2019-11-18 09:41" }],
    ["Posted on November 18, 2019 by admin", { author: "admin", posted: "2019-11-18" }],
  ];
  for (const [line, expected] of cases) assert.equal(readCommentHeader(line), expected, line);
});

header("comment text is not a header", () => {
  for (const line of [
    "My neighbour says the plan is late.",
    "The mayor says: we need more buses.",
    "Jane says",
    "I was there on November 18, 2019 and it rained.",
    "Great news • well done",
    "Posted by a friend on Facebook, this story made my day.",
    "November 31, 2019 was not a day",
    "Reply • 2 years ago",
  ]) {
    assert.is(readCommentHeader(line), undefined, line);
  }
});

header.run();

const read = suite("readScrapedComments");

read("unmarked layouts: one comment per paragraph, as before", () => {
  assert.equal(comments("First reader.\n\nSecond reader,\nwrapped.\n\nName *\nThird."), [{ text: "First reader." }, { text: "Second reader, wrapped." }, { text: "Third." }]);
});

read("WordPress: says, date, paragraphs up to Reply make one comment", () => {
  assert.equal(comments("Ann Lee says:\nNovember 18, 2019 at 9:41 am\n\nOne.\n\nTwo.\n\nReply\n\nBo Ek says:\nNovember 19, 2019 at 10:00 pm\nThree.\nReply\n\nLeave a Reply Cancel reply\nName *"), [
    { author: "Ann Lee", posted: "2019-11-18 09:41", text: "One.\n\nTwo." },
    { author: "Bo Ek", posted: "2019-11-19 22:00", text: "Three." },
  ]);
});

read("a name on the line above a date is the author, also without Reply lines", () => {
  assert.equal(comments("Ann Lee\nNovember 18, 2019 at 9:41 am\nOne.\nBo Ek\nNovember 19, 2019\nTwo."), [
    { author: "Ann Lee", posted: "2019-11-18 09:41", text: "One." },
    { author: "Bo Ek", posted: "2019-11-19", text: "Two." },
  ]);
});

read("Disqus: bullets between buttons are no boundary; relative times give no date", () => {
  assert.equal(comments("Ann Lee\n•\n2 years ago\nOne.\n2 • Reply • Share ›\nBo Ek • 3 years ago\nTwo.\nReply • Share ›\nPowered by Disqus"), [
    { author: "Ann Lee", text: "One." },
    { author: "Bo Ek", text: "Two." },
  ]);
});

read("Drupal: a subject cut from the comment's first words is shown once; a written subject stays", () => {
  assert.equal(comments("Submitted by Ann on Mon, 11/18/2019 - 09:30\nPermalink\n\nI hope they keep…\n\nI hope they keep the columns.\n\nLog in or register to post comments\n\nSubmitted by Bo on Mon, 11/18/2019 - 10:00\nPermalink\nFish\n\nWhere do the fish stalls go?"), [
    { author: "Ann", posted: "2019-11-18 09:30", text: "I hope they keep the columns." },
    { author: "Bo", posted: "2019-11-18 10:00", text: "Fish\n\nWhere do the fish stalls go?" },
  ]);
});

read("a short first paragraph that the next repeats is the reader's own text", () => {
  assert.equal(comments("Ann says:\nHmm…\n\nHmm, not sure about this.\nReply"), [{ author: "Ann", text: "Hmm…\n\nHmm, not sure about this." }]);
});

read("Facebook: names above comments only when every comment has one", () => {
  assert.equal(comments("Ann Lee\nGreat news.\nLike · Reply · 2y\nBo Ek\nWhat about the north beach?\nLike · Reply · 3 · 2y"), [
    { author: "Ann Lee", text: "Great news." },
    { author: "Bo Ek", text: "What about the north beach?" },
  ]);
  assert.equal(comments("Ann Lee\nGreat news.\nLike · Reply · 2y\nWhat about the north beach?\nLike · Reply · 2y"), [
    { text: "Ann Lee Great news." },
    { text: "What about the north beach?" },
  ]);
});

read("closed comments and the first count among the comments", () => {
  const result = readScrapedComments(lines("2 Comments\n\nOne.\n\nTwo.\n\nComments are closed."));
  assert.is(result.closed, true);
  assert.is(result.count, 2);
  assert.is(result.comments.length, 2);
});

read("comment text is kept as written: untrusted, never parsed as markup", () => {
  assert.equal(comments("Ann says:\n<script>alert(1)</script>\nReply"), [{ author: "Ann", text: "<script>alert(1)</script>" }]);
});

read.run();

const page = suite("scanScrapedPage and parseWireText");

page("a count under a byline line opens nothing: the story stays whole", () => {
  const input = article("Date: 2020-01-01\n\nHeadline\n\nBy Ann Lee\n\n3 Comments\n\nThe story.\n\nMore story.\n\nLeave a comment\n\nA reader.");
  assert.equal(input.byline, ["By Ann Lee"]);
  assert.equal(paragraphs("H\n\nBy Ann Lee\n\n3 Comments\n\nThe story.\n\nMore story.\n\nLeave a comment\n\nA reader."), ["The story.", "More story."]);
  assert.equal(input.comments, [{ text: "A reader." }]);
});

page("a post's date line and `Leave a comment` above the story open nothing", () => {
  assert.equal(paragraphs("H\n\nPosted on November 18, 2019 by admin\n\nLeave a comment\n\nThe story.\n\nLeave a Reply\n\nA reader."), ["Posted on November 18, 2019 by admin", "The story."]);
  assert.equal(paragraphs("H\n\nNovember 18, 2019 · Leave a comment\n\nThe story.\n\nLeave a Reply\n\nA reader."), ["The story."]);
  assert.equal(article("H\n\nNovember 18, 2019\n\nThe story.\n\n3 Comments\n\nA reader.").comments, [{ text: "A reader." }]);
});

page("Jetpack's related posts are links, not paragraphs", () => {
  const text = "H\n\nThe story.\n\nShare this:\nTwitter\nRelated\nCouncil approves bus lanes\nMarch 3, 2018\nIn \"Transport\"\nFerry fares frozen\nFebruary 10, 2018\nWith 2 comments\n\nOne comment\n\nA reader.";
  assert.equal(paragraphs(text), ["The story."]);
  assert.equal(article(text).comments, [{ text: "A reader." }]);
  assert.equal(paragraphs("H\n\nThe story.\n\nThe vote was held on\nMarch 3, 2018\n\nMore story."), ["The story.", "The vote was held on March 3, 2018", "More story."]);
});

page("a share bar under the byline is dropped, with a warning for each line, and opens nothing", () => {
  const scanned = scanScrapedPage(lines("By Ann Lee\n\nShare this:\nShare on Facebook\nEmail\nPrint\n\nThe story.\n\nLeave a Reply"), 0, (_, index) => index > 0);
  assert.equal(scanned.paragraphs.map((p) => p.text), ["By Ann Lee", "The story."]);
  assert.equal(scanned.warnings, [
    { line: 3, message: 'read as page furniture and left out of the story: "Share this:"' },
    { line: 4, message: 'read as page furniture and left out of the story: "Share on Facebook"' },
    { line: 5, message: 'read as page furniture and left out of the story: "Email"' },
    { line: 6, message: 'read as page furniture and left out of the story: "Print"' },
  ]);
});

page("furniture after the story is no warning; a count that disagrees is", () => {
  const scanned = scanScrapedPage(lines("The story.\n\n3 Comments\n\nOne.\n\nTwo."), 0, () => true);
  assert.equal(scanned.warnings, [{ line: 3, message: "the page says 3 comments, 2 were read: check where each comment starts and ends" }]);
  assert.equal(scanScrapedPage(lines("The story.\n\n2 Comments\n\nOne.\n\nTwo."), 0, () => true).warnings, []);
});

page("form leftovers alone open the comments; several pieces on one line too", () => {
  assert.equal(article("H\n\nThe story.\n\nLeave a Reply Cancel reply\nName *\nEmail *\nPost Comment").comments, []);
  assert.equal(paragraphs("H\n\nThe story.\n\nLeave a Reply Cancel reply\nName *\nEmail *\nPost Comment"), ["The story."]);
  const input = article("H\n\nThe story.\n\nDo you like this article? Yes No\n\n3 Comment(s)\n\nComment Policy * Denotes Required Field 1500 / 1500\n\nOne.\n\nTwo.\n\nThree.");
  assert.equal(input.comments.map((comment) => comment.text), ["One.", "Two.", "Three."]);
  assert.equal(input.body.length, 1);
});

page("story look-alikes stay story text; comments are closed by their notice", () => {
  const text = "H\n\nComments from residents at a public meeting last week were mostly positive.\n\nThe minister declined to comment.\n\nDid it pass?\n\nYes.\n\nYes, the council said, no decision was made.\n\nComments are disabled for this article";
  assert.equal(paragraphs(text), [
    "Comments from residents at a public meeting last week were mostly positive.",
    "The minister declined to comment.",
    "Did it pass?",
    "Yes.",
    "Yes, the council said, no decision was made.",
  ]);
  assert.is(article(text).commentsOpen, false);
});

// Issue 20: the comment form's leftovers where the comments would be, and nothing else. They open
// the comments, but make no comment of their own, and the story's last paragraph stays the
// story's even when the leftovers follow it with no blank line between.
page("form leftovers alone: no comments, and the story's last paragraph stays whole", () => {
  const story = ["The story.", "Last paragraph."];
  const cases: [label: string, text: string][] = [
    ["after a blank line", "H\n\nThe story.\n\nLast paragraph.\n\nLeave a Reply Cancel reply\nName *\nEmail *\nPost Comment"],
    ["straight under the last paragraph", "H\n\nThe story.\n\nLast paragraph.\nLeave a Reply\nName *\nEmail *\nPost Comment"],
    ["a blank line between each", "H\n\nThe story.\n\nLast paragraph.\n\nLeave a Reply\n\nName *\n\nEmail *\n\nPost Comment\n"],
    ["the heading alone", "H\n\nThe story.\n\nLast paragraph.\n\nLeave a Reply"],
    ["the button alone", "H\n\nThe story.\n\nLast paragraph.\n\nPost Comment"],
    ["the heading alone, straight under", "H\n\nThe story.\n\nLast paragraph.\nLeave a Reply"],
  ];
  for (const [label, text] of cases) {
    assert.equal(paragraphs(text), story, label);
    assert.equal(article(text).comments, [], label);
    assert.is(article(text).commentsOpen, undefined, `${label}: a form is no notice that comments are closed`);
  }
  assert.equal(paragraphs("H\n\nThe only paragraph.\nLeave a Reply"), ["The only paragraph."], "a one-paragraph story");
  assert.equal(comments("Name *\nEmail *\n\nPost Comment\n\n"), [], "nothing but leftovers after the comments opened");
  const reader = article("H\n\nThe story.\n\nLast paragraph.\nLeave a Reply\nName *\nEmail *\nPost Comment\n\nA reader.");
  assert.equal(reader.comments, [{ text: "A reader." }], "a comment after the leftovers is still read");
});

page.run();

// Issue 20: the comment form's labels at the foot of the page with nothing above them that opens
// the comments. Each shape is the form as a system prints it once its heading is lost.
const formFoot = suite("form leftovers at the foot of the page");

formFoot("a run of form lines to the end of the page ends the story, in each system's shape", () => {
  const cases: [label: string, foot: string][] = [
    ["WordPress, labels and button", "\n\nName *\nEmail *\nWebsite\nPost Comment"],
    ["WordPress, labels glued under the last paragraph", "\nName *\nEmail *\nWebsite"],
    ["a character counter alone", "\n\n1500 / 1500"],
    ["a comment label alone", "\n\nComment *"],
    ["a name label alone", "\n\nName *"],
    ["a submit button alone", "\n\nSubmit"],
    ["one piece to a paragraph", "\n\nComment *\n\n1500 / 1500\n\nName *\n\nSubmit\n"],
    ["Drupal 8", "\n\nYour name\nSubject\nComment *\nAbout text formats\nSave\nPreview"],
    ["Drupal 7", "\n\nYour name\nSubject\nComment *\nText format\nPlain text\nMore information about text formats\nSave\nPreview"],
    ["Disqus's sign-up box, bare `Email` included", "\n\nName\nEmail\nPassword\nI'd rather post as a guest"],
  ];
  for (const [label, foot] of cases) {
    const text = `H\n\nThe story.\n\nLast paragraph.${foot}`;
    assert.equal(paragraphs(text), ["The story.", "Last paragraph."], label);
    assert.equal(article(text).comments, [], label);
  }
});

formFoot("labels above the line that opens the comments are the form too; the comments after it are read", () => {
  const text = "H\n\nThe story.\n\nLast paragraph.\n\nName *\nEmail *\nWebsite\nPost Comment\n\nA reader.";
  assert.equal(paragraphs(text), ["The story.", "Last paragraph."]);
  assert.equal(article(text).comments, [{ text: "A reader." }]);
});

formFoot("prose that mentions a name or an email stays story, and so does a label word that ends a cut sentence", () => {
  assert.equal(paragraphs("H\n\nThe story.\n\nSend your name, email and town to the newsdesk.\n\nName *\nSubmit"), ["The story.", "Send your name, email and town to the newsdesk."]);
  assert.equal(paragraphs("H\n\nThe story.\n\nName and email address are required to enter."), ["The story.", "Name and email address are required to enter."]);
  assert.equal(paragraphs("H\n\nThe story.\n\nThe timetable is on the council's\nwebsite"), ["The story.", "The timetable is on the council’s website"]);
  assert.equal(paragraphs("H\n\nThe story.\n\nLast paragraph.\n\nEmail"), ["The story.", "Last paragraph.", "Email"], "a bare Email alone is the share button's word, no form");
});

formFoot.run();
