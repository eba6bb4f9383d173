// Site pages (content/pages/<slug>.md: the comment policy, about, corrections policy) get the
// same text hygiene as articles: no control or text-direction override reaches their title, meta
// description or body. The page below is the sample's comment policy as a CMS export pastes it:
// a right-to-left override hidden in the title (the "Staff Admin" trick of issue 20), a
// form-feed left by a word processor in the description, and an escape sequence in the body.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parsePage } from "../src/pages.ts";

const PATH = "content/pages/comment-policy.md";

function blocksText(blocks: unknown): string {
  return JSON.stringify(blocks);
}

test("a page's title, description and body lose control and override characters, each field warned once", () => {
  const text = [
    "---",
    "title: \"Comment policy \u202enimdA ffatS\"",
    "description: \"How we moderate\fcomments\"",
    "---",
    "Every comment is read \u001b[31mbefore it appears.",
    "",
    "## What we will not publish",
    "",
    "- Personal attacks\u0007.",
  ].join("\n");
  const { page, problems } = parsePage(text, PATH, "comment-policy");
  assert.ok(page, "the page still publishes");
  assert.is(page.title, "Comment policy nimdA ffatS");
  assert.is(page.description, "How we moderatecomments");
  const body = blocksText(page.body);
  assert.not.match(body, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e]/);
  assert.match(body, /before it appears/);
  assert.match(body, /Personal attacks\./);
  const warned = problems.map((problem) => `${problem.severity} ${problem.path} ${problem.field}`).sort();
  assert.equal(warned, [`warning ${PATH} body`, `warning ${PATH} description`, `warning ${PATH} title`]);
});

test("Arabic text keeps its marks and matched isolates; an unmatched isolate is removed", () => {
  // An Arabic "about" page: the right-to-left mark (U+200F) and a matched first-strong isolate
  // around a Latin name are what right-to-left text needs and stay; an isolate left open does not.
  const text = ["---", "title: \"من نحن\u200F\"", "---", "يكتب \u2068The Meridian Ledger\u2069 من بيروت \u2067 منذ 1998."].join("\n");
  const { page, problems } = parsePage(text, "content/pages/about.md", "about");
  assert.ok(page);
  assert.is(page.title, "من نحن\u200F");
  const body = blocksText(page.body);
  assert.ok(body.includes("\u2068The Meridian Ledger\u2069"), "the matched isolate stays");
  assert.not.ok(body.includes("\u2067"), "the unmatched isolate is removed");
  assert.equal(problems.map((problem) => problem.field), ["body"]);
});

test("a clean page has no hygiene warning and is the same page as before", () => {
  const text = ["---", "title: Corrections policy", "description: How we correct our mistakes.", "---", "We correct errors promptly."].join("\n");
  const { page, problems } = parsePage(text, "content/pages/corrections.md", "corrections");
  assert.equal(problems, []);
  assert.is(page?.title, "Corrections policy");
  assert.is(page?.description, "How we correct our mistakes.");
  assert.match(blocksText(page?.body), /We correct errors promptly\./);
});

test.run();
