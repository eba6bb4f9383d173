// What each furniture phrase reads as, one line per phrase, written as the layout that prints it
// does (WordPress's comment form and Jetpack, Disqus's embed, Drupal's comment module and CAPTCHA,
// the Facebook comments plugin, news-CMS comment boxes and share bars). The kinds, whether the line
// is furniture on its own (`strong`), and the count a count phrase gives decide what a rescued
// page keeps as story text: src/sources/wire-furniture.ts and scraped-page.ts read them.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFurniture, type VocabularyKind } from "../../src/sources/furniture-vocabulary.ts";

type Reading = { kinds: VocabularyKind[]; strong: boolean; count?: number };

/** The reading with its kinds sorted; `count` present only when the line gives one. */
function read(line: string): Reading | undefined {
  const reading = readFurniture(line);
  if (!reading) return undefined;
  return { kinds: [...reading.kinds].sort(), strong: reading.strong, ...("count" in reading ? { count: reading.count } : {}) };
}

const strong = (kind: VocabularyKind, count?: number): Reading => ({ kinds: [kind], strong: true, ...(count === undefined ? {} : { count }) });
const weak = (kind: VocabularyKind): Reading => ({ kinds: [kind], strong: false });

function check(cases: readonly [line: string, expected: Reading][]): void {
  for (const [line, expected] of cases) assert.equal(read(line), expected, line);
}

const phrases = suite("readFurniture: one line per phrase");

phrases("reaction prompts and their answers", () => {
  check([
    ["Did you enjoy this story?", strong("reaction")],
    ["Was this article helpful?", strong("reaction")],
    ["Did you find this article useful?", strong("reaction")],
    ["How would you rate this article?", strong("reaction")],
    ["Rate this article:", strong("reaction")],
    ["Yes (12) No (3)", weak("answer")],
  ]);
});

phrases("comment counts, with the number each gives", () => {
  check([
    ["3 Comments", strong("count", 3)],
    ["12 thoughts on “Harbour ferry timetable changes from Monday”", strong("count", 12)],
    ['3 Responses to "Library opens"', strong("count", 3)],
    ["One response", strong("count", 1)],
    ["No comments yet", strong("count", 0)],
    ["1,204 comments", strong("count", 1204)],
    ["2 Comment(s)", strong("count", 2)],
    ["Showing 3 comments", strong("count", 3)],
    ["Showing 1,204 comments", strong("count", 1204)],
    ["View all 24 comments", strong("count", 24)],
    ["Comments (3)", strong("count", 3)],
    ["Comments ( 1,204 )", strong("count", 1204)],
    ["Comments: 12", strong("count", 12)],
    // Disqus and Facebook round large counts: the line is a count, but gives no number.
    ["12K Comments", strong("count")],
    ["1.2k comments", strong("count")],
    ["Comments", strong("count")],
    ["Reader comments", strong("count")],
    ["Be the first to comment.", strong("count")],
    ["Join the discussion…", strong("count")],
    ["Start the conversation", strong("count")],
    ["Discussion", weak("count")],
  ]);
});

phrases("the comment platforms' own furniture", () => {
  check([
    ["Powered by Disqus", strong("platform")],
    ["Add Disqus to your site", strong("platform")],
    ["Disqus’ Privacy Policy", strong("platform")],
    ["or sign up with Disqus ?", strong("platform")],
    ["Log in with", strong("platform")],
    ["I'd rather post as a guest", strong("platform")],
    ["Do Not Sell My Data", strong("platform")],
    ["Favorite this discussion", strong("platform")],
    ["Sort by Newest", strong("platform")],
    ["Load more comments", strong("platform")],
    ["Show more replies", strong("platform")],
    ["Facebook Comments Plugin", strong("platform")],
    ["Comment using", strong("platform")],
    ["View 1,204 replies", strong("platform")],
    ["Hide replies", strong("platform")],
    ["Disqus", strong("platform")],
    ["Login", weak("platform")],
    ["Log in", weak("platform")],
    ["Sign in", weak("platform")],
    ["Best", weak("platform")],
    ["Newest", weak("platform")],
    ["Oldest", weak("platform")],
    ["Top", weak("platform")],
    ["Recommend 5", weak("platform")],
    ["Avatar", weak("platform")],
  ]);
});

phrases("closed comments and comment policies", () => {
  check([
    ["Comments are closed.", strong("closed")],
    ["Commenting has been disabled for this article.", strong("closed")],
    ["Comments are not allowed on this story.", strong("closed")],
    ["Read our comment policy", strong("policy")],
    ["Community Guidelines", strong("policy")],
    ["Note: comments will be reviewed before being published.", strong("policy")],
    ["Your comment is awaiting moderation.", strong("policy")],
  ]);
});

phrases("the comment form: notices, buttons, captchas, counters", () => {
  check([
    ["* Denotes Required Field", strong("form")],
    ["* indicates required field", strong("form")],
    ["* Required", strong("form")],
    ["Required fields are marked *", strong("form")],
    ["Your email address will not be published.", strong("form")],
    ["Leave a Reply", strong("form")],
    ["Post Comment", strong("form")],
    ["Cancel reply", strong("form")],
    ["You must be logged in to post a comment.", strong("form")],
    ["Log in or register to post comments", strong("form")],
    ["Save my name, email, and website in this browser for the next time I comment.", strong("form")],
    ["Notify me of follow-up comments by email.", strong("form")],
    ["This site uses Akismet to reduce spam.", strong("form")],
    ["Learn how your comment data is processed.", strong("form")],
    ["No HTML tags allowed.", strong("form")],
    ["Lines and paragraphs break automatically.", strong("form")],
    ["Web page addresses and email addresses turn into links automatically.", strong("form")],
    ["More information about text formats", strong("form")],
    ["Text format", strong("form")],
    ["CAPTCHA", strong("form")],
    ["reCAPTCHA", strong("form")],
    ["I'm not a robot", strong("form")],
    ["This question is for testing whether or not you are a human visitor and to prevent automated spam submissions.", strong("form")],
    ["Math question *", strong("form")],
    ["Solve this simple math problem and enter the result.", strong("form")],
    ["E.g. for 1+3, enter 4.", strong("form")],
    ["What code is in the image? *", strong("form")],
    ["Enter the characters shown in the image.", strong("form")],
    ["Type the characters you see in the picture above.", strong("form")],
    ["1500 characters left", strong("form")],
    ["Characters remaining: 1500", strong("form")],
    ["Name *", weak("label")],
    ["Email *", weak("label")],
    ["Email address", weak("label")],
    ["1500 / 1500", weak("label")],
    ["Submit", weak("label")],
    ["2 + 5 =", weak("label")],
  ]);
});

phrases("share buttons and links to other pages", () => {
  check([
    ["Share this:", strong("share")],
    ["Like this:", strong("share")],
    ["Loading...", strong("share")],
    ["Be the first to like this.", strong("share")],
    ["3 bloggers like this.", strong("share")],
    ["Share on Facebook", strong("share")],
    ["Click to share on Twitter (Opens in new window)", strong("share")],
    ["Email this article", strong("share")],
    ["Print this page", strong("share")],
    ["Follow us on Instagram", strong("share")],
    ["Share (12)", weak("share")],
    ["Tweet", weak("share")],
    ["Print", weak("share")],
    ["Subscribe", weak("share")],
    ["Privacy Policy", weak("share")],
    ["Previous Post", strong("navigation")],
    ["Related Articles", strong("navigation")],
    ["You may also like", strong("navigation")],
    ["Back to top", strong("navigation")],
    ['In "Transport"', strong("navigation")],
    ["Similar post", strong("navigation")],
    ["With 2 comments", strong("navigation")],
    ["Related", weak("navigation")],
    ["Read more", weak("navigation")],
    ["Continue reading", weak("navigation")],
  ]);
});

phrases("what readers can do to a comment, and when it was posted", () => {
  check([
    ["Report abuse", strong("action")],
    ["Flag as inappropriate", strong("action")],
    ["Permalink", strong("action")],
    ["Reply", weak("action")],
    ["Like (3)", weak("action")],
    ["12 points", weak("action")],
    ["2 years ago", weak("time")],
    ["3h", weak("time")],
    ["3 hrs", weak("time")],
    ["5min", weak("time")],
    ["Just now", weak("time")],
    ["November 18, 2019", weak("time")],
    ["18 Nov 2019", weak("time")],
  ]);
});

phrases.run();

const lines = suite("readFurniture: lines of several phrases");

lines("phrases split at separators; the longest phrase wins at each place, the earlier kind on a tie", () => {
  check([
    // Disqus's buttons under a comment, with the vote count.
    ["2 • Reply • Share ›", { kinds: ["action", "share"], strong: false }],
    // The Facebook plugin's line under each comment.
    ["Like · Reply · 2y", { kinds: ["action", "share", "time"], strong: false }],
    // A news CMS's comment box heading, all on one line.
    ["Comment Policy * Denotes Required Field 1500 / 1500", { kinds: ["form", "label", "policy"], strong: true }],
    // A newspaper tool bar with the count at its end: the count is read wherever it stands.
    ["Print | Email | 12 Comments", { kinds: ["count", "share"], strong: true, count: 12 }],
    // Two counts on one line: the first is the page's.
    ["12 Comments · Showing 10 comments", { kinds: ["count"], strong: true, count: 12 }],
    // Whole phrases only: `Comments are closed.` is one notice, `Share this:` one heading.
    ["Comments are closed.", strong("closed")],
    ["Share this:", strong("share")],
    // Ties: `Comment` is the count heading before it is the form label; `Like` the share button.
    ["Comment", strong("count")],
    ["Like", weak("share")],
    // A line of separators alone is furniture of no kind (Disqus's bullet between buttons).
    ["•", { kinds: [], strong: false }],
  ]);
});

lines("one word of story left over and the line is not furniture", () => {
  for (const line of ["Comments from residents were mostly positive.", "Reply to the council by Friday", "Share prices fell", "Top stories", "The minister declined to comment.", "Replies", "Printed"]) {
    assert.is(readFurniture(line), undefined, line);
  }
});

lines("a line of up to 220 characters can be furniture; a longer one is a paragraph", () => {
  // Drupal's CAPTCHA block copied onto one line.
  const captcha = (sum: string, example: string) =>
    `CAPTCHA This question is for testing whether or not you are a human visitor and to prevent automated spam submissions. Math question * ${sum} = Solve this simple math problem and enter the result. E.g. for ${example}.`;
  const longest = captcha("12 + 15", "1+3, enter 4");
  const tooLong = captcha("2 + 15", "11+3, enter 14");
  assert.is(longest.length, 220);
  assert.is(tooLong.length, 221);
  assert.equal(read(longest), { kinds: ["form", "label"], strong: true });
  assert.is(readFurniture(tooLong), undefined);
});

lines.run();
