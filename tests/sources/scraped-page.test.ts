// A rescued page's body split into story paragraphs and reader comments (scanScrapedPage, what
// the wire-text loader calls): where the story ends, which furniture is dropped and reported,
// and what the page's own comment count says against the comments read. Pages are written in the
// shapes WordPress, Jetpack, Drupal and news-CMS themes leave when their text is copied.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { scanScrapedPage, type ScrapedPage } from "../../src/sources/scraped-page.ts";

const lines = (text: string) => text.split("\n").map((line, index) => ({ text: line.trim(), number: index + 1 }));
/** As the wire-text loader decides: a `By …` line first is a byline, not story text. */
const scan = (text: string): ScrapedPage => scanScrapedPage(lines(text), 0, (paragraph, index) => index > 0 || !paragraph.text.startsWith("By "));
const texts = (page: ScrapedPage) => page.paragraphs.map((paragraph) => paragraph.text);

const story = suite("scanScrapedPage: the story");

story("paragraphs keep their first line number and line count; a wrapped paragraph is joined with spaces", () => {
  assert.equal(scan("The harbour reopened on Friday.\n\nDockers returned before dawn, and the first\nship left at noon.").paragraphs, [
    { text: "The harbour reopened on Friday.", line: 1, lineCount: 1 },
    { text: "Dockers returned before dawn, and the first ship left at noon.", line: 3, lineCount: 2 },
  ]);
});

story("isStory is asked about each paragraph by its index until the story starts", () => {
  const asked: [string, number][] = [];
  scanScrapedPage(lines("By Ann Lee\n\n3 Comments\n\nThe story.\n\nMore story.\n\nLeave a Reply\n\nA reader."), 0, (paragraph, index) => {
    asked.push([paragraph.text, index]);
    return index > 0;
  });
  assert.equal(asked, [
    ["By Ann Lee", 0],
    ["The story.", 1],
  ]);
});

story("short words that are also buttons stay story text where no furniture or prompt came before", () => {
  // A kicker of one word, and a one-word answer in a Q&A, at the top of the page or after text.
  assert.equal(texts(scan("Yesterday\n\nThe council will not consult residents.")), ["Yesterday", "The council will not consult residents."]);
  assert.equal(texts(scan("No\n\nThe council will not consult residents.")), ["No", "The council will not consult residents."]);
  assert.equal(texts(scan("Will the ferry run on Sundays?\n\nNo\n\nThe crews are needed elsewhere, the council said.")), ["Will the ferry run on Sundays?", "No", "The crews are needed elsewhere, the council said."]);
  // A news theme's inline share block between a question and its answer.
  const page = scan("Will the ferry run on Sundays?\n\nShare this:\n\nNo\n\nThe crews are needed elsewhere.");
  assert.equal(texts(page), ["Will the ferry run on Sundays?", "No", "The crews are needed elsewhere."]);
  assert.equal(page.warnings, [{ line: 3, message: 'read as page furniture and left out of the story: "Share this:"' }]);
});

story("a section break is dropped without a warning; the story goes on after it", () => {
  const page = scan("The story.\n\n* * *\n\nThe second part.");
  assert.equal(texts(page), ["The story.", "The second part."]);
  assert.equal(page.warnings, []);
});

story("a share bar glued under the last paragraph leaves the paragraph whole", () => {
  // Jetpack's sharing block straight under the post, no blank line between.
  assert.equal(texts(scan("The last paragraph.\nShare this:\nFacebook\n\n2 Comments\n\nOne.\n\nTwo.")), ["The last paragraph."]);
  assert.equal(texts(scan("The last paragraph, which the copy\nwrapped over two lines.\nShare this:\nFacebook")), ["The last paragraph, which the copy wrapped over two lines."]);
});

story.run();

const opened = suite("scanScrapedPage: the comments");

opened("what follows the opener is read as comments, the first line too", () => {
  // WordPress Twenty Ten with the count glued above the first header.
  assert.equal(scan("The story.\n\n2 Comments\nAnn says:\nOne.\nReply\nBo says:\nTwo.\nReply").comments, [
    { author: "Ann", text: "One." },
    { author: "Bo", text: "Two." },
  ]);
});

opened("comments are open unless a notice closes them", () => {
  const open = scan("The story.\n\nShare this:\nFacebook\n\n2 Comments\n\nOne.\n\nTwo.");
  assert.is(open.commentsClosed, false);
  assert.equal(open.comments, [{ text: "One." }, { text: "Two." }]);
  assert.is(scan("The story.\n\nComments are closed.").commentsClosed, true);
});

opened.run();

const count = suite("scanScrapedPage: the page's own count");

count("a count that agrees, a heading with no number, or no comment read at all: no warning", () => {
  assert.equal(scan("The story.\n\nComments\n\nOne.\n\nTwo.").warnings, []);
  assert.equal(scan("The story.\n\nLeave a comment\n\nOne.\n\nTwo.").warnings, []);
  // The copy kept the count but lost the comments: nothing to compare.
  assert.equal(scan("The story.\n\n2 Comments\n\nLeave a Reply\nName *").warnings, []);
});

count("a count that disagrees is reported at its line, in the singular where it is one", () => {
  assert.equal(scan("The story.\n\n3 Comments\n\nOnly one.").warnings, [{ line: 3, message: "the page says 3 comments, 1 was read: check where each comment starts and ends" }]);
  assert.equal(scan("The story.\n\nOne comment\n\nFirst.\n\nSecond.").warnings, [{ line: 3, message: "the page says 1 comment, 2 were read: check where each comment starts and ends" }]);
  // A count printed below the opener (WordPress: `Leave a comment` link, then the list's heading)
  // is reported at the opener's line, where the comments start.
  assert.equal(scan("The story.\n\nLeave a comment\n\n3 Comments\n\nOne.\n\nTwo.").warnings, [{ line: 3, message: "the page says 3 comments, 2 were read: check where each comment starts and ends" }]);
});

count.run();
