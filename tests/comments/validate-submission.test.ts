// What the intake server keeps of a comment or reaction form, field by field: checkComment,
// checkReaction and checkTarget (src/comments/validate-submission.ts), called as the server calls
// them with the fields a browser posts.
//
// The forms imitate what readers type into a newsroom's comment box: the fields of WordPress's
// comment form (wp-comments-post.php: author, email, comment, plus a hidden field), under
// Dateline's names (name, email, comment, website as the honeypot), and the mistakes such forms
// meet in practice: an address pasted from a mail client as `Name <address>`, two addresses, a
// name pasted with a right-to-left override, a form posted twice by a script.
//
// The checks name messages (a catalogue key and its values); the server words them in the reader's
// language. Here they are read as an English reader gets them, from messages/en.json.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { IntakeLanguages } from "../../src/comments/intake-language.ts";
import type { IntakeMessage } from "../../src/comments/intake-messages.ts";
import { characterCount, checkComment, checkReaction, checkTarget, EMAIL_MAX, maxCommentLength, NAME_MAX, type FieldErrors } from "../../src/comments/validate-submission.ts";
import { catalogues } from "../helpers/page-language.ts";
import { makeTestSite } from "../helpers/test-site.ts";

const speaker = new IntakeLanguages(catalogues, makeTestSite(), (line) => assert.unreachable(line)).forSite();
/** A message as an English reader reads it. */
const english = (problem: IntakeMessage | undefined): string => (problem ? speaker.say(problem) : "");

const ARTICLE = "beirut-port-reopens";
const URL_PATH = "/2026/11/18/beirut-port-reopens/";

/** A form as the article page's comment box posts it (the honeypot sent empty). */
function commentForm(overrides: Record<string, string | string[] | undefined> = {}): URLSearchParams {
  const fields: Record<string, string | string[] | undefined> = {
    article: ARTICLE,
    url: URL_PATH,
    name: "Maya Haddad",
    email: "maya.haddad@example.com",
    comment: "The port authority said the cranes were back in service on Tuesday.",
    website: "",
    ...overrides,
  };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, one);
  }
  return params;
}

function reactionForm(overrides: Record<string, string | string[] | undefined> = {}): URLSearchParams {
  return commentForm({ name: undefined, email: undefined, comment: undefined, choice: "yes", ...overrides });
}

function errorsOf(fields: URLSearchParams, maxLength = 1500): FieldErrors {
  const checked = checkComment(fields, maxLength);
  assert.is(checked.ok, false, `expected a refusal for ${fields.toString()}`);
  return checked.ok ? {} : checked.errors;
}

/** A refusal names exactly these fields, each with a sentence the reader can act on. */
function refusedOn(errors: FieldErrors, fields: string[], label: string): void {
  assert.equal(Object.keys(errors).sort(), [...fields].sort(), label);
  for (const [field, problem] of Object.entries(errors)) assert.ok(english(problem).trim().length > 10, `${label}: the message on ${field} says what to fix`);
}

function accepted(fields: URLSearchParams, maxLength = 1500) {
  const checked = checkComment(fields, maxLength);
  if (!checked.ok) assert.unreachable(`refused: ${JSON.stringify(checked.errors)}`);
  return checked.ok ? checked.value : undefined!;
}

// ---------------------------------------------------------------------------------------------

const target = suite("checkTarget: which article, and where to send the reader back");

const URLS: [string, string | undefined, boolean][] = [
  // [what an editor would call it, the form's url field, kept?]
  ["a dated article path", "/2026/11/18/beirut-port-reopens/", true],
  ["a path with percent-encoded UTF-8 (an Arabic slug)", "/2026/11/18/%D8%A8%D9%8A%D8%B1%D9%88%D8%AA/", true],
  // A site with Unicode slugs (Site.slugs) prints its addresses as they are: the form sends them so.
  ["the same path as the page writes it (a site's Unicode slugs)", "/ar/2026/11/18/بيروت/", true],
  ["a raw accented letter (a French Unicode slug)", "/fr/2026/11/18/théâtre/", true],
  ["the unreserved characters - . _ ~", "/live/2026-11-18_port.update~1/", true],
  ["an absolute URL to another site", "https://evil.example/2026/11/18/beirut-port-reopens/", false],
  ["a protocol-relative URL (another host)", "//evil.example/2026/", false],
  ["a backslash, which browsers read as //", "/\\evil.example/2026/", false],
  ["a host and path without a scheme", "news.example.com/2026/11/18/beirut-port-reopens/", false],
  ["a path climbing out with ..", "/2026/../../admin/", false],
  ["a path ending in ..", "/2026/11/..", false],
  ["a query string (not a page of its own)", "/2026/11/18/beirut-port-reopens/?utm_source=newsletter", false],
  ["a fragment", "/2026/11/18/beirut-port-reopens/#comments", false],
  ["a raw space", "/2026/11/18/beirut port/", false],
  ["a path climbing out with percent-encoded dots", "/2026/%2e%2e/%2E%2E/admin/", false],
  ["a percent-encoded backslash", "/%5Cevil.example/2026/", false],
  ["a right-to-left override", "/2026/11/18/\u202Egnp.exe/", false],
  ["a right-to-left override, encoded", "/2026/11/18/%E2%80%AEgnp.exe/", false],
  ["a zero-width space", "/2026/11/18/bei\u200Brut/", false],
  ["a percent sign left after decoding (double encoding)", "/2026/11/18/%2541/", false],
  ["a malformed percent-encoding", "/2026/11/18/%E2%80/", false],
  ["javascript:", "javascript:alert(document.cookie)//", false],
  ["empty", "", false],
  ["absent", undefined, false],
];

target("the article's address: a path on this site only, no host, no climbing out", () => {
  for (const [label, url, kept] of URLS) {
    const errors: FieldErrors = {};
    const found = checkTarget(commentForm({ url }), errors);
    if (kept) {
      assert.equal(found, { article: ARTICLE, url }, label);
      assert.equal(errors, {}, label);
    } else {
      assert.is(found, undefined, label);
      refusedOn(errors, ["url"], label);
    }
  }
});

target("the address is at most 512 characters", () => {
  const at = (length: number) => `/${"a".repeat(length - 2)}/`;
  assert.is(at(512).length, 512);
  assert.equal(checkTarget(commentForm({ url: at(512) }), {}), { article: ARTICLE, url: at(512) });
  const errors: FieldErrors = {};
  assert.is(checkTarget(commentForm({ url: at(513) }), errors), undefined);
  refusedOn(errors, ["url"], "513 characters");
});

const ARTICLES: [string, string | undefined, boolean][] = [
  ["a slug", "beirut-port-reopens", true],
  ["an agency id with dots and underscores (AP-style)", "ap.2026_11_18.port-reopens", true],
  ["128 characters", `a${"b".repeat(127)}`, true],
  ["129 characters", `a${"b".repeat(128)}`, false],
  ["a path", "../content/comments/beirut-port-reopens", false],
  ["a leading dash", "-beirut", false],
  ["a space", "beirut port", false],
  ["empty", "", false],
  ["absent", undefined, false],
];

target("the article id: letters, digits, - _ . and at most 128", () => {
  for (const [label, article, kept] of ARTICLES) {
    const errors: FieldErrors = {};
    const found = checkTarget(commentForm({ article }), errors);
    if (kept) assert.equal(found, { article, url: URL_PATH }, label);
    else {
      assert.is(found, undefined, label);
      refusedOn(errors, ["article"], label);
    }
  }
});

target("both wrong: both named; one wrong: no target, the other field not blamed", () => {
  const both: FieldErrors = {};
  assert.is(checkTarget(commentForm({ article: "../x", url: "//evil.example/" }), both), undefined);
  refusedOn(both, ["article", "url"], "both");
  const articleOnly: FieldErrors = {};
  assert.is(checkTarget(commentForm({ article: "../x" }), articleOnly), undefined);
  refusedOn(articleOnly, ["article"], "article only");
  const urlOnly: FieldErrors = {};
  assert.is(checkTarget(commentForm({ url: "//evil.example/" }), urlOnly), undefined);
  refusedOn(urlOnly, ["url"], "url only");
});

target("a missing article or address is told apart from a wrong one", () => {
  const messages = (overrides: Record<string, string | undefined>) => {
    const errors: FieldErrors = {};
    checkTarget(commentForm(overrides), errors);
    return errors;
  };
  assert.is.not(english(messages({ article: undefined }).article), english(messages({ article: "../x" }).article));
  assert.is.not(english(messages({ url: undefined }).url), english(messages({ url: "//evil.example/" }).url));
  assert.is(english(messages({ url: "" }).url), english(messages({ url: undefined }).url), "an empty address is a missing one");
});

target("a field sent twice (a script posting the form twice over) is refused on that field", () => {
  const errors: FieldErrors = {};
  assert.is(checkTarget(commentForm({ article: [ARTICLE, "other-story"] }), errors), undefined);
  refusedOn(errors, ["article"], "article twice");
  const urlTwice: FieldErrors = {};
  assert.is(checkTarget(commentForm({ url: [URL_PATH, URL_PATH] }), urlTwice), undefined);
  refusedOn(urlTwice, ["url"], "url twice, even the same value");
});

target.run();

// ---------------------------------------------------------------------------------------------

const comments = suite("checkComment: what a reader typed, as it is kept");

comments("a plain comment is kept as typed, with no replyTo and not trapped", () => {
  const value = accepted(commentForm());
  assert.equal(value, {
    article: ARTICLE,
    url: URL_PATH,
    name: "Maya Haddad",
    email: "maya.haddad@example.com",
    text: "The port authority said the cranes were back in service on Tuesday.",
    trapped: false,
  });
  assert.not.ok("replyTo" in value);
});

const NAMES: [string, string, string][] = [
  // [what it is, as typed, as kept]
  ["spaces around", "  Maya Haddad  ", "Maya Haddad"],
  ["several spaces, a tab and a line break between words", "Maya \t  Haddad\r\n Jr.", "Maya Haddad Jr."],
  ["a non-breaking space (pasted from a word processor)", "Maya\u00a0Haddad", "Maya Haddad"],
  ["a right-to-left override pasted in", "\u202eMaya Haddad\u202c", "Maya Haddad"],
  ["isolates around an Arabic name", "\u2067مايا حداد\u2069", "مايا حداد"],
  ["e + combining acute becomes é (NFC)", "Rene\u0301e Dubois", "Renée Dubois"],
  ["80 characters of emoji (160 UTF-16 units)", "🙂".repeat(NAME_MAX), "🙂".repeat(NAME_MAX)],
];

comments("names: whitespace collapsed, bidi controls removed, NFC; counted in characters", () => {
  for (const [label, typed, kept] of NAMES) assert.is(accepted(commentForm({ name: typed })).name, kept, label);
});

comments("names refused: empty once cleaned, over 80 characters, absent, control characters", () => {
  const cases: [string, string | undefined][] = [
    ["empty", ""],
    ["spaces only", "   "],
    ["bidi controls only", "\u202e\u2066\u2069"],
    ["81 characters", "n".repeat(NAME_MAX + 1)],
    ["81 emoji", "🙂".repeat(NAME_MAX + 1)],
    ["absent", undefined],
    ["a BEL character", "Maya\u0007"],
  ];
  for (const [label, name] of cases) refusedOn(errorsOf(commentForm({ name })), ["name"], label);
  assert.match(english(errorsOf(commentForm({ name: "n".repeat(81) })).name), /it has 81/);
});

const EMAILS: [string, string, string | undefined][] = [
  // [what it is, as typed, as kept (undefined: refused)]
  ["plain", "maya@example.com", "maya@example.com"],
  ["spaces around (pasted)", "  maya@example.com \n", "maya@example.com"],
  ["a sub-address and a country domain", "first.last+comments@news.example.co.uk", "first.last+comments@news.example.co.uk"],
  ["an internationalised domain, as typed", "maya@bücher.example", "maya@bücher.example"],
  ["no domain dot (an intranet name)", "maya@localhost", undefined],
  ["two @", "maya@@example.com", undefined],
  ["a space inside", "maya haddad@example.com", undefined],
  ["pasted from a mail client with the name", "Maya Haddad <maya@example.com>", undefined],
  ["two addresses", "maya@example.com, desk@example.com", undefined],
  ["two addresses with a space", "maya@example.com desk@example.com", undefined],
  ["an empty domain label", "maya@example..com", undefined],
  ["a domain starting with a dot", "maya@.example.com", undefined],
  ["a trailing dot", "maya@example.com.", undefined],
  ["no local part", "@example.com", undefined],
  ["no @ at all", "maya.example.com", undefined],
  ["empty", "", undefined],
  ["spaces only", "   ", undefined],
];

comments("e-mail addresses: one plain address, trimmed; anything else refused on `email`", () => {
  for (const [label, typed, kept] of EMAILS) {
    if (kept !== undefined) assert.is(accepted(commentForm({ email: typed })).email, kept, label);
    else refusedOn(errorsOf(commentForm({ email: typed })), ["email"], label);
  }
  refusedOn(errorsOf(commentForm({ email: undefined })), ["email"], "absent");
});

comments("an e-mail address of 254 characters is kept, 255 refused", () => {
  const address = (length: number) => {
    const domain = "newsroom.example.com";
    const local = "r".repeat(64);
    const labels = "l".repeat(length - local.length - 1 - domain.length - 1);
    return `${local}@${labels}.${domain}`;
  };
  assert.is(address(EMAIL_MAX).length, 254);
  assert.is(accepted(commentForm({ email: address(EMAIL_MAX) })).email, address(EMAIL_MAX));
  refusedOn(errorsOf(commentForm({ email: address(EMAIL_MAX + 1) })), ["email"], "255 characters");
});

comments("the comment: kept as written (tabs, HTML, blank lines), CRLF and CR become LF, NFC", () => {
  const written = "First point.\r\n\r\n\t<b>Second</b> point\rby Rene\u0301e";
  assert.is(accepted(commentForm({ comment: written })).text, "First point.\n\n\t<b>Second</b> point\nby Renée");
  assert.is(accepted(commentForm({ comment: "  indented reply\n" })).text, "  indented reply\n", "only the check trims, not the text");
});

comments("the comment's length is the site's limit, in characters; the message gives the numbers", () => {
  assert.is(maxCommentLength({ comments: { maxLength: 1200 } }), 1200);
  assert.is(accepted(commentForm({ comment: "x".repeat(20) }), 20).text.length, 20);
  assert.is(accepted(commentForm({ comment: "😀".repeat(20) }), 20).text, "😀".repeat(20));
  const over = errorsOf(commentForm({ comment: "😀".repeat(23) }), 20);
  refusedOn(over, ["comment"], "23 emoji, limit 20");
  assert.is(english(over.comment), "Your comment has 23 characters; the limit is 20. Please shorten it by 3 characters.");
  // Counts travel as numbers, so each language's plural rules pick the words.
  assert.equal(over.comment, { key: "intake.commentTooLong", values: { length: 23, limit: 20, over: 3 } });
  assert.is(english(errorsOf(commentForm({ comment: "😀".repeat(21) }), 20).comment), "Your comment has 21 characters; the limit is 20. Please shorten it by 1 character.");
  for (const [label, comment] of [["empty", ""], ["whitespace only", " \r\n\t "], ["absent", undefined]] as const) {
    refusedOn(errorsOf(commentForm({ comment })), ["comment"], label);
  }
});

comments("control characters: refused on the field they are in; tab, LF, CR and NBSP are text", () => {
  const refused = ["\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u000e", "\u001b[31m", "\u001f", "\u007f", "\u0085", "\u009b", "\u009f"];
  for (const control of refused) {
    const label = `U+${control.codePointAt(0)!.toString(16).padStart(4, "0")}`;
    refusedOn(errorsOf(commentForm({ comment: `Fine text ${control} here` })), ["comment"], `${label} in the comment`);
    refusedOn(errorsOf(commentForm({ name: `Maya${control}` })), ["name"], `${label} in the name`);
  }
  for (const text of ["tab\there", "line\nbreak", "return\rhere", "non\u00a0breaking", "tilde ~ and é", "\u00a0"]) {
    assert.ok(checkComment(commentForm({ comment: `${text} and more` }), 1500).ok, JSON.stringify(text));
  }
});

comments("a control-character message names the field the way the reader knows it", () => {
  const names: [string, RegExp][] = [
    ["article", /article id/],
    ["url", /article address/],
    ["name", /Your name contains/],
    ["email", /Your e-mail address contains/],
    ["comment", /Your comment contains/],
    ["replyTo", /Your reply contains/],
  ];
  for (const [field, words] of names) {
    const errors = errorsOf(commentForm({ [field]: "bad\u0000value" }));
    assert.ok(field in errors, field);
    assert.match(english(errors[field]), words, field);
  }
  const reaction = checkReaction(reactionForm({ choice: "yes\u0007" }));
  assert.match(reaction.ok ? "" : english(reaction.errors.choice), /Your answer contains/);
});

comments("replyTo: a comment id, trimmed; empty means a top-level comment; anything else refused", () => {
  assert.is(accepted(commentForm({ replyTo: "c-0a1b2c3d4e5f" })).replyTo, "c-0a1b2c3d4e5f");
  assert.is(accepted(commentForm({ replyTo: " c-0a1b2c3d4e5f " })).replyTo, "c-0a1b2c3d4e5f");
  assert.is(accepted(commentForm({ replyTo: "wp-comment-4711" })).replyTo, "wp-comment-4711", "ids imported from WordPress");
  for (const empty of ["", "   "]) assert.not.ok("replyTo" in accepted(commentForm({ replyTo: empty })), JSON.stringify(empty));
  for (const bad of ["../c-0a1b2c3d4e5f", "c 0a1b", "-c-0a1b", "c-0a1b2c3d4e5f\"><script>", "x".repeat(65)]) {
    refusedOn(errorsOf(commentForm({ replyTo: bad })), ["replyTo"], bad);
  }
  refusedOn(errorsOf(commentForm({ replyTo: ["c-0a1b2c3d4e5f", "c-0a1b2c3d4e60"] })), ["replyTo"], "sent twice");
});

comments("the honeypot: empty or absent is a person; anything in it a robot, answered as usual", () => {
  assert.is(accepted(commentForm({ website: "" })).trapped, false);
  assert.is(accepted(commentForm({ website: undefined })).trapped, false);
  assert.is(accepted(commentForm({ website: "http://cheap-pills.example" })).trapped, true);
  assert.is(accepted(commentForm({ website: " " })).trapped, true);
  refusedOn(errorsOf(commentForm({ website: ["", ""] })), ["website"], "the honeypot sent twice");
  refusedOn(errorsOf(commentForm({ website: ["", "http://spam.example"] })), ["website"], "the honeypot sent twice, once filled");
});

comments("every field missing: each named once, nothing else", () => {
  refusedOn(errorsOf(new URLSearchParams()), ["article", "url", "name", "email", "comment"], "an empty post");
  refusedOn(errorsOf(commentForm({ name: ["Maya", "Maya"], email: ["a@example.com", "a@example.com"], comment: ["x", "y"] })), ["name", "email", "comment"], "each sent twice");
});

comments("characterCount counts code points", () => {
  assert.is(characterCount("Beyrouth"), 8);
  assert.is(characterCount("😀😀"), 2);
  assert.is(characterCount("e\u0301"), 2);
});

comments.run();

// ---------------------------------------------------------------------------------------------

const reactions = suite("checkReaction: a Yes or No answer");

reactions("yes and no are kept with the article; anything else is refused on `choice`", () => {
  for (const choice of ["yes", "no"] as const) {
    const checked = checkReaction(reactionForm({ choice }));
    assert.equal(checked, { ok: true, value: { article: ARTICLE, url: URL_PATH, choice, trapped: false } }, choice);
  }
  const honeypot = checkReaction(reactionForm({ website: "x" }));
  assert.equal(honeypot.ok ? honeypot.value.trapped : undefined, true);
  for (const choice of ["Yes", "NO", "maybe", "", "yes ", undefined, ["yes", "no"], ["yes", "yes"]]) {
    const checked = checkReaction(reactionForm({ choice }));
    assert.is(checked.ok, false, JSON.stringify(choice));
    if (!checked.ok) refusedOn(checked.errors, ["choice"], JSON.stringify(choice));
  }
});

reactions("an answer for a bad target is refused on the target, with the answer", () => {
  const checked = checkReaction(reactionForm({ url: "//evil.example/", choice: "maybe" }));
  assert.is(checked.ok, false);
  if (!checked.ok) refusedOn(checked.errors, ["url", "choice"], "both");
  const honeypotTwice = checkReaction(reactionForm({ website: ["", ""] }));
  assert.is(honeypotTwice.ok, false);
  if (!honeypotTwice.ok) refusedOn(honeypotTwice.errors, ["website"], "honeypot twice");
});

reactions.run();
