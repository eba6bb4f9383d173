// Where one reader comment ends and the next begins, who wrote each, and what the comment list
// says about itself (closed, a count), as readScrapedComments reads the lines after the comments
// opened. Each list is written in the shape the named layout's text takes when a page is copied.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { CommentInput } from "../../src/model/types.ts";
import { readScrapedComments } from "../../src/sources/scraped-comments.ts";

const lines = (text: string) => text.split("\n").map((line, index) => ({ text: line.trim(), number: index + 1 }));
const comments = (text: string): CommentInput[] => readScrapedComments(lines(text)).comments;

const list = suite("readScrapedComments: the list as a whole");

list("a list with no notice is open and has no count; the first count printed is kept", () => {
  // WordPress Twenty Ten: no count heading inside the list, comments with `says:` and `Reply`.
  assert.equal(readScrapedComments(lines("Ann Lee says:\nGreat news.\nReply")), { comments: [{ author: "Ann Lee", text: "Great news." }], closed: false });
  // A news CMS that prints the count above the list and again above the form.
  assert.equal(readScrapedComments(lines("2 Comments\n\nFirst.\n\nSecond.\n\n3 Comments\n\nLeave a Reply")), { comments: [{ text: "First." }, { text: "Second." }], closed: false, count: 2 });
  // Disqus's footer prints no count; the closing notice comes after the list.
  assert.equal(readScrapedComments(lines("One.\n\nComments are closed.")), { comments: [{ text: "One." }], closed: true });
});

list("one-word answers are comments unless a reaction prompt asked for them", () => {
  // A poll-like story ("Should the bridge be tolled?"), comments with no marks: one per paragraph.
  assert.equal(comments("No\n\nOnly if the money stays in the town.\n\nYes"), [{ text: "No" }, { text: "Only if the money stays in the town." }, { text: "Yes" }]);
  // A custom CMS that prints its reaction prompt and buttons under the comment list.
  assert.equal(comments("Ann says:\nGreat news.\nReply\n\nDid you like this article?\nYes 4\nNo 1"), [{ author: "Ann", text: "Great news." }]);
});

list("a rule between comments ends one, in either kind of layout", () => {
  // A page whose comments a horizontal rule separated, copied as `* * *`.
  assert.equal(comments("First.\n* * *\nSecond."), [{ text: "First." }, { text: "Second." }]);
  assert.equal(comments("Ann says:\nFirst.\n* * *\nSecond, whose header the copy lost."), [{ author: "Ann", text: "First." }, { text: "Second, whose header the copy lost." }]);
  // A moderation notice between a comment and the next, whose header the copy lost.
  assert.equal(comments("Ann says:\nFirst.\nComments are moderated.\nSecond, whose header the copy lost."), [{ author: "Ann", text: "First." }, { text: "Second, whose header the copy lost." }]);
});

list.run();

const authors = suite("readScrapedComments: authors and dates");

authors("WordPress block theme copied with blank lines: the name above each date is its author", () => {
  // Twenty Twenty-Three's comments block: author name, date, comment, each in its own block.
  const text = [
    "Ann Lee",
    "",
    "November 18, 2019 at 9:41 am",
    "",
    "The first paragraph of my comment,",
    "wrapped by the copy.",
    "",
    "Her second paragraph.",
    "",
    "Bo Ek",
    "",
    "",
    "November 19, 2019 at 8:00 am",
    "",
    "Thanks for the update.",
    "Carla Diaz",
    "",
    "November 19, 2019 at 9:15 am",
    "",
    "Three.",
  ].join("\n");
  assert.equal(comments(text), [
    { author: "Ann Lee", posted: "2019-11-18 09:41", text: "The first paragraph of my comment, wrapped by the copy.\n\nHer second paragraph." },
    { author: "Bo Ek", posted: "2019-11-19 08:00", text: "Thanks for the update." },
    { author: "Carla Diaz", posted: "2019-11-19 09:15", text: "Three." },
  ]);
});

authors("a date alone opens a comment with no author; a short first line under a named header stays text", () => {
  // A news CMS that prints only the date above each comment.
  assert.equal(comments("November 18, 2019 at 9:41 am\nFirst.\nReply\nNovember 19, 2019\nSecond.\nReply"), [
    { posted: "2019-11-18 09:41", text: "First." },
    { posted: "2019-11-19", text: "Second." },
  ]);
  // WordPress without Reply links: `Well said` is Ann's whole comment, not the next one's author.
  assert.equal(comments("Ann Lee says:\nNovember 18, 2019 at 9:41 am\nWell said\nBo Ek says:\nNovember 18, 2019 at 10:02 am\nThanks."), [
    { author: "Ann Lee", posted: "2019-11-18 09:41", text: "Well said" },
    { author: "Bo Ek", posted: "2019-11-18 10:02", text: "Thanks." },
  ]);
});

authors("names on first lines are read only where no comment has a header", () => {
  // Disqus: names in the headers; comments that open with a short line keep it as text.
  assert.equal(comments("Ann Lee • 2 years ago\nWell done\nWe waited ten years for this.\nReply • Share ›\nBo Ek • 3 years ago\nAbout time\nthey fixed it.\nReply • Share ›"), [
    { author: "Ann Lee", text: "Well done We waited ten years for this." },
    { author: "Bo Ek", text: "About time they fixed it." },
  ]);
  // WordPress where one comment's header the copy lost: no names are guessed.
  assert.equal(comments("Ann Lee says:\nWell said\nthe ferry is always late.\nReply\nBo Ek\nI disagree.\nReply"), [
    { author: "Ann Lee", text: "Well said the ferry is always late." },
    { text: "Bo Ek I disagree." },
  ]);
});

authors("Facebook comments plugin: a name over each comment, including one comment alone", () => {
  assert.equal(comments("Ann Lee\nGreat news.\nLike · Reply · 2y"), [{ author: "Ann Lee", text: "Great news." }]);
  // The copy put a blank line between the name and the comment.
  assert.equal(comments("Ann Lee\n\nGreat news.\nLike · Reply · 2y\nBo Ek\n\nWhat about the north beach?\nLike · Reply · 1y"), [
    { author: "Ann Lee", text: "Great news." },
    { author: "Bo Ek", text: "What about the north beach?" },
  ]);
  // A comment of one word has no name over it: the names stay text everywhere.
  assert.equal(comments("Ann Lee\nGreat news.\nLike · Reply · 2y\nBo Ek\nAgreed\nLike · Reply · 2y\nWow\nLike · Reply · 1y"), [{ text: "Ann Lee Great news." }, { text: "Bo Ek Agreed" }, { text: "Wow" }]);
  // A comment of two lines whose first is a question, not a name.
  assert.equal(comments("Ann Lee\nGreat news.\nLike · Reply · 2y\nWhat about the north beach?\nAnd the car park?\nLike · Reply · 2y"), [
    { text: "Ann Lee Great news." },
    { text: "What about the north beach? And the car park?" },
  ]);
});

authors.run();

const subjects = suite("readScrapedComments: Drupal's cut subjects");

subjects("the subject is dropped when the comment goes on with its words, however the copy wrapped them", () => {
  // Drupal 7 Bartik: subject, then the body, which the copy wrapped after the subject's words.
  assert.equal(comments("Submitted by Ann on Mon, 11/18/2019 - 09:30\nPermalink\n\nI hope they keep the old…\n\nI hope they keep the\nold iron columns.\n\nLog in or register to post comments"), [
    { author: "Ann", posted: "2019-11-18 09:30", text: "I hope they keep the old iron columns." },
  ]);
});

subjects("a comment of one paragraph ending in dots, or one whose ellipsis sits mid-line, stays whole", () => {
  assert.equal(comments("Ann says:\nWell, we will see what happens...\nReply"), [{ author: "Ann", text: "Well, we will see what happens..." }]);
  assert.equal(comments("Ann says:\nThe ferry was late again... and again.\n\nThe ferry was late again on Friday, and nobody told us why.\nReply"), [
    { author: "Ann", text: "The ferry was late again... and again.\n\nThe ferry was late again on Friday, and nobody told us why." },
  ]);
});

subjects.run();
