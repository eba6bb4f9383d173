// The line a comment layout prints above each reader comment, rule by rule: which lines are a
// header, who wrote the comment, and the wall-clock time the page showed. Each line is written
// the way the named layout prints it (WordPress's comment templates, Drupal's core comment module,
// Disqus's embed, news CMS comment lists) or the way a comment's own text reads.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isName, readCommentHeader, type CommentHeader } from "../../src/sources/comment-header.ts";

const dates = suite("readCommentHeader: dates as layouts print them");

dates("month-first, day-first, numeric and ISO dates, with and without a time", () => {
  const cases: [line: string, expected: CommentHeader, layout: string][] = [
    // WordPress: the date format is the site's (Settings → General), the time format too.
    ["Monday, November 18, 2019 at 9:41 am", { posted: "2019-11-18 09:41" }, "WordPress `l, F j, Y` with the weekday"],
    ["January 5, 2020 at 8:02 am", { posted: "2020-01-05 08:02" }, "WordPress, January"],
    ["December 24, 2019 at 11:59 pm", { posted: "2019-12-24 23:59" }, "WordPress, December"],
    ["November 18, 2019 at 1:05 am", { posted: "2019-11-18 01:05" }, "one in the morning"],
    ["November 18, 2019 at 12:30 pm", { posted: "2019-11-18 12:30" }, "half past noon"],
    ["November 18, 2019 at 12:05 AM", { posted: "2019-11-18 00:05" }, "five past midnight, capitals"],
    ["NOVEMBER 18, 2019", { posted: "2019-11-18" }, "a theme that sets dates in capitals"],
    ["Nov 8th, 2019", { posted: "2019-11-08" }, "an ordinal day"],
    // Day first, as British and European themes print it.
    ["Monday 18 November 2019 9:41pm", { posted: "2019-11-18 21:41" }, "day-first with a glued pm"],
    ["3 March 2021 at 07:05", { posted: "2021-03-03 07:05" }, "day-first, 24-hour clock"],
    ["18 NOV 2019", { posted: "2019-11-18" }, "day-first, capitals"],
    // Drupal's default medium date is month first; a day above 12 can only be day first.
    ["Wed, 12/11/2019 - 08:15", { posted: "2019-12-11 08:15" }, "Drupal, December 11th"],
    ["Sat, 02/01/2020 - 23:40", { posted: "2020-02-01 23:40" }, "Drupal, February 1st"],
    ["13/11/2019 09:30", { posted: "2019-11-13 09:30" }, "day-first numeric, the 13th"],
    ["18/11/2019 9:30 pm", { posted: "2019-11-18 21:30" }, "day-first numeric, pm"],
    ["25/12/2019", { posted: "2019-12-25" }, "day-first numeric, no time"],
    // ISO dates from custom CMSs and exports.
    ["2019-11-18T09:41", { posted: "2019-11-18 09:41" }, "ISO with a T"],
    ["2019-11-18 9:41 PM", { posted: "2019-11-18 21:41" }, "ISO with a 12-hour time"],
    ["2019-01-07", { posted: "2019-01-07" }, "ISO date alone"],
  ];
  for (const [line, expected, layout] of cases) assert.equal(readCommentHeader(line), expected, `${layout}: ${line}`);
});

dates("a date no calendar or clock has gives no header, not a wrong date", () => {
  for (const line of [
    // MySQL's zero date, which WordPress and Drupal print for a comment with no date saved.
    "0000-00-00 00:00",
    "00/00/0000 - 00:00",
    "2019-13-01",
    "November 18, 2019 at 0:15 am",
    "November 18, 2019 at 13:30 pm",
  ]) {
    assert.is(readCommentHeader(line), undefined, line);
  }
});

dates("relative times say a comment was posted, with no date to give", () => {
  for (const line of ["12 years ago", "an hour ago", "one week ago", "3h", "5 min", "2 hrs ago", "just now", "Yesterday", "edited", "•3 days ago", "· 2y"]) {
    assert.equal(readCommentHeader(line), {}, line);
  }
  // A sentence that ends or starts with a relative time is comment text.
  assert.is(readCommentHeader("We moved to the harbour 2 years ago"), undefined);
  assert.is(readCommentHeader("2 years ago we moved to the harbour"), undefined);
});

dates.run();

const who = suite("readCommentHeader: who wrote the comment");

who("each layout's header gives the author, and the date when it prints one", () => {
  const cases: [line: string, expected: CommentHeader, layout: string][] = [
    ["Omar Said says:", { author: "Omar Said" }, "WordPress Twenty Ten, a commenter whose surname is Said"],
    ["Omar Said says: November 18, 2019 at 9:41 am", { author: "Omar Said", posted: "2019-11-18 09:41" }, "WordPress, name and date on one line"],
    ["Jane Doe says November 18, 2019", { author: "Jane Doe", posted: "2019-11-18" }, "a theme that prints no colon after says"],
    ["Jane Doe said: 18 November 2019 at 09:41", { author: "Jane Doe", posted: "2019-11-18 09:41" }, "said, day-first"],
    ["Ann Lee on Monday, November 18, 2019 at 9:41 pm said:", { author: "Ann Lee", posted: "2019-11-18 21:41" }, "WordPress Twenty Eleven with a weekday"],
    ["Submitted by Jane Brook", { author: "Jane Brook" }, "Drupal with the date switched off"],
    ["Submitted by Raj Patel on Mon, 11/18/2019 - 14:05", { author: "Raj Patel", posted: "2019-11-18 14:05" }, "Drupal 7 Bartik"],
    ["Posted by Ann Lee - 18/11/2019 09:30", { author: "Ann Lee", posted: "2019-11-18 09:30" }, "news CMS, dash between name and date"],
    ["Posted on November 18, 2019", { posted: "2019-11-18" }, "WordPress entry meta without the author"],
    ["Posted on 2019-11-18 by newsdesk", { author: "newsdesk", posted: "2019-11-18" }, "entry meta with a login name"],
    ["Ann Lee •\u00a02 years ago", { author: "Ann Lee" }, "Disqus, a no-break space after the bullet"],
    ["Ann Lee, Leeds • 2 hours ago", { author: "Ann Lee, Leeds" }, "news CMS, name and town"],
    ["J. Smith | November 18, 2019 at 9:41 am", { author: "J. Smith", posted: "2019-11-18 09:41" }, "an initial with its full stop"],
  ];
  for (const [line, expected, layout] of cases) assert.equal(readCommentHeader(line), expected, `${layout}: ${line}`);
});

who("comment text that reads like a header stays comment text", () => {
  for (const line of [
    "My neighbour on the radio said: buses are late",
    "Great photo posted by Ann Lee",
    "First posted on November 18, 2019",
    "Posted on Facebook by my cousin",
    "Posted on March 3, 2018 by the council's own press office.",
    "Submitted by the residents' association on behalf of the street",
    "Ann Lee. • 2 years ago",
  ]) {
    assert.is(readCommentHeader(line), undefined, line);
  }
});

who.run();

const names = suite("isName");

names("a commenter's name as layouts print it", () => {
  const cases: [text: string, expected: boolean][] = [
    ["Ann Lee", true],
    ["J. Smith", true],
    ["Dr. Ann Lee", true],
    ["Ann Lee, Leeds", true],
    ["mike_t@home", true],
    ["O'Brien", true],
    ["Ann Lee.", false],
    ["Ann Lee, 42", false],
    ["— Jane Doe", false],
    ["“Jane Doe", false],
    ["The council has not said when the work will start", false],
    ["Reply", false],
    ["Share", false],
    ["", false],
  ];
  for (const [text, expected] of cases) assert.is(isName(text), expected, text);
});

names("a name with a town is a name up to 60 characters, not one more", () => {
  const sixty = "Hannah-Katharina Müller-Lüdenscheidt, Garmisch-Partenkirchen";
  const sixtyOne = "Johanna-Katharina Müller-Lüdenscheidt, Garmisch-Partenkirchen";
  assert.is(sixty.length, 60);
  assert.is(sixtyOne.length, 61);
  assert.is(isName(sixty), true);
  assert.is(isName(sixtyOne), false);
});

names.run();
