// content/comments/<article-id>.json, rule by rule: what the build keeps of each comment a
// newsroom files by hand or imports from an older system, and which field each refusal names.
// The inputs imitate what such imports really carry: Disqus exports (numeric ids, `null`
// authors, times such as "2013-04-23T13:59:50Z"), WordPress (`comment_date_gmt`
// "2026-11-18 15:02:09", `comment_author`, `comment_approved` "1"), and form services
// (Netlify / Formspree dumps with `created_at` and extra keys).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseCommentsFile, serializeCommentsFile, type StoredComment } from "../../src/comments/comments-file.ts";

const PATH = "content/comments/beirut-port-reopens.json";
const ARTICLE = "beirut-port-reopens";

/** A comment as `approve` files it: the sample newsroom's first Beirut comment. */
const MAYA = { id: "c-7f3a9e", author: "Maya", posted: "2026-11-18T17:02:00+02:00", text: "The port matters to every family here." };

function parseOne(comment: unknown) {
  const result = parseCommentsFile(JSON.stringify({ article: ARTICLE, comments: [comment] }), PATH, ARTICLE);
  if (!result.ok) throw new Error("the file itself should be readable");
  return result;
}

const rules = suite("a comment's fields");

// [what an editor or an import wrote, the comment the build keeps, or the field the error names]
const TABLE: [string, unknown, StoredComment | string][] = [
  ["as approve writes it", MAYA, MAYA],
  ["Disqus time, UTC with Z", { ...MAYA, posted: "2013-04-23T13:59:50Z" }, { ...MAYA, posted: "2013-04-23T13:59:50Z" }],
  ["offset without a colon (+0200, as many form services write it)", { ...MAYA, posted: "2026-11-18T17:02:00+0200" }, { ...MAYA, posted: "2026-11-18T17:02:00+0200" }],
  ["minutes only, negative offset (New York)", { ...MAYA, posted: "2026-11-18T10:02-05:00" }, { ...MAYA, posted: "2026-11-18T10:02-05:00" }],
  ["WordPress comment_date_gmt: a wall clock without a zone", { ...MAYA, posted: "2026-11-18 15:02:09" }, "comments[0].posted"],
  ["ISO time without an offset", { ...MAYA, posted: "2026-11-18T15:02:09" }, "comments[0].posted"],
  ["a signed expanded year but no offset at the end", { ...MAYA, posted: "+002026-11-18T15:02:09" }, "comments[0].posted"],
  ["the hour alone, no minutes", { ...MAYA, posted: "2026-11-18T17+02:00" }, "comments[0].posted"],
  ["a date, no time", { ...MAYA, posted: "2026-11-18" }, "comments[0].posted"],
  ["Unix time from a form dump", { ...MAYA, posted: 1763478129 }, "comments[0].posted"],
  ["no time at all", { id: MAYA.id, author: MAYA.author, text: MAYA.text }, "comments[0].posted"],
  ["an impossible date with an offset", { ...MAYA, posted: "2026-02-30T17:02:00+02:00" }, "comments[0].posted"],
  ["Disqus numeric id", { ...MAYA, id: 4711 }, "comments[0].id"],
  ["no id", { author: MAYA.author, posted: MAYA.posted, text: MAYA.text }, "comments[0].id"],
  ["an id that starts with a dash", { ...MAYA, id: "-c7f3a9e" }, "comments[0].id"],
  ["an id with a path after it", { ...MAYA, id: "c-7f3a9e/../../etc" }, "comments[0].id"],
  ["an id with a space", { ...MAYA, id: "c 7f3a9e" }, "comments[0].id"],
  ["an id of 64 characters is the longest", { ...MAYA, id: `c${"0".repeat(63)}` }, { ...MAYA, id: `c${"0".repeat(63)}` }],
  ["an id of 65 characters", { ...MAYA, id: `c${"0".repeat(64)}` }, "comments[0].id"],
  ["digits and underscores, as WordPress ids become", { ...MAYA, id: "wp_1042" }, { ...MAYA, id: "wp_1042" }],
  ["WordPress comment_author instead of author", { id: "wp_1042", comment_author: "Maya", posted: MAYA.posted, text: MAYA.text }, "comments[0].comment_author"],
  ["a form dump's extra key", { ...MAYA, created_at: "2026-11-18T15:02:09.000Z" }, "comments[0].created_at"],
  ["empty text", { ...MAYA, text: "" }, "comments[0].text"],
  ["text of spaces and a line break", { ...MAYA, text: " \n " }, "comments[0].text"],
  ["text given as a number", { ...MAYA, text: 42 }, "comments[0].text"],
  ["a text with a NUL byte", { ...MAYA, text: "Good\u0000news" }, "comments[0].text"],
  ["a text with line breaks and a tab keeps them", { ...MAYA, text: "Line one\r\n\r\n\tLine two" }, { ...MAYA, text: "Line one\r\n\r\n\tLine two" }],
  ["Disqus anonymous author: null", { ...MAYA, author: null }, "comments[0].author"],
  ["an author given as a number", { ...MAYA, author: 7 }, "comments[0].author"],
  ["an author with a bell character", { ...MAYA, author: "Ma\u0007ya" }, "comments[0].author"],
  ["an empty author is left out (shown as Anonymous)", { ...MAYA, author: "" }, { id: MAYA.id, posted: MAYA.posted, text: MAYA.text }],
  ["an author of spaces is left out", { ...MAYA, author: "   " }, { id: MAYA.id, posted: MAYA.posted, text: MAYA.text }],
  ["no author", { id: MAYA.id, posted: MAYA.posted, text: MAYA.text }, { id: MAYA.id, posted: MAYA.posted, text: MAYA.text }],
  ["WordPress comment_approved-style pick: \"1\"", { ...MAYA, pick: "1" }, "comments[0].pick"],
  ["pick: null", { ...MAYA, pick: null }, "comments[0].pick"],
  ["pick: false is simply no pick", { ...MAYA, pick: false }, MAYA],
  ["pick: true", { ...MAYA, pick: true }, { ...MAYA, pick: true }],
  ["a reply to a numeric Disqus parent", { ...MAYA, replyTo: 4711 }, "comments[0].replyTo"],
  ["a reply to an empty id", { ...MAYA, replyTo: "" }, "comments[0].replyTo"],
  ["a reply to a path", { ...MAYA, replyTo: "../c-1" }, "comments[0].replyTo"],
  ["a list where a comment belongs", [MAYA], "comments[0]"],
  ["null where a comment belongs", null, "comments[0]"],
  ["a string where a comment belongs", "Great article!", "comments[0]"],
];

for (const [name, input, expected] of TABLE) {
  rules(name, () => {
    const result = parseOne(input);
    if (typeof expected === "string") {
      assert.equal(result.file.comments, [], "the comment at fault is left out");
      assert.equal(result.problems.map((problem) => [problem.severity, problem.path, problem.field]), [["error", PATH, expected]]);
      assert.ok(result.problems[0]!.message.length > 0, "the editor is told what is wrong");
    } else {
      assert.equal(result.problems, []);
      assert.equal(result.file.comments, [expected]);
      // Exactly these keys: nothing undefined is carried along.
      assert.equal(Object.keys(result.file.comments[0]!).sort(), Object.keys(expected).sort());
    }
  });
}

rules("an unknown field's error lists the fields a comment may have", () => {
  const [problem] = parseOne({ ...MAYA, comment_content: "from WordPress" }).problems;
  assert.match(problem!.message, /id, author, posted, text, replyTo, pick/);
});

rules.run();

const files = suite("the file as a whole");

files("what is not an object with a comments list is one error naming the comments field", () => {
  // A WordPress REST API answer is a bare list; a Disqus export wrapped differently; nothing.
  for (const text of ["[]", '[{"id":1042,"author_name":"Maya"}]', "null", '"comments"', "{}", '{"comments":{}}', '{"comments":null}', '{"article":"beirut-port-reopens"}']) {
    const result = parseCommentsFile(text, PATH, ARTICLE);
    assert.is(result.ok, false, text);
    assert.equal(result.problems.map((problem) => [problem.severity, problem.path, problem.field]), [["error", PATH, "comments"]], text);
  }
});

files("broken JSON is one error naming json", () => {
  const result = parseCommentsFile('{"article":"beirut-port-reopens","comments":[{"id":"c-1",', PATH, ARTICLE);
  assert.is(result.ok, false);
  assert.equal(result.problems.map((problem) => [problem.severity, problem.field]), [["error", "json"]]);
});

files("the article line: absent or matching is fine; another id or null is an error and the comments still count", () => {
  const cases: [unknown, string[]][] = [
    [undefined, []],
    [ARTICLE, []],
    ["beirut-port-reopened", ["article"]],
    [null, ["article"]],
    ["", ["article"]],
  ];
  for (const [article, fields] of cases) {
    const result = parseCommentsFile(JSON.stringify({ article, comments: [MAYA] }), PATH, ARTICLE);
    assert.ok(result.ok);
    if (!result.ok) return;
    assert.equal(result.problems.map((problem) => problem.field), fields, String(article));
    assert.is(result.file.article, ARTICLE, "filed by the file's name");
    assert.equal(result.file.comments, [MAYA]);
  }
});

files("an id used twice: the first is kept, the second named; replies must answer a top-level comment of the same file", () => {
  const comments = [
    MAYA,
    { id: "c-81b2c0", author: "Karim", posted: "2026-11-18T18:40:00+02:00", text: "Agreed.", replyTo: "c-7f3a9e" },
    { id: "c-7f3a9e", author: "Imposter", posted: "2026-11-18T19:00:00+02:00", text: "Same id." },
    { id: "c-9d0e11", author: "Lina", posted: "2026-11-18T19:10:00+02:00", text: "A reply to a reply.", replyTo: "c-81b2c0" },
    { id: "c-a0b1c2", author: "Omar", posted: "2026-11-18T19:20:00+02:00", text: "A reply to a deleted comment.", replyTo: "c-deleted" },
    { id: "c-b1c2d3", posted: "2026-11-18T19:30:00+02:00", text: "Top level, no author." },
    { id: "c-c2d3e4", author: "Rana", posted: "2026-11-18T19:40:00+02:00", text: "A reply to a later comment.", replyTo: "c-b1c2d3" },
  ];
  const result = parseCommentsFile(JSON.stringify({ article: ARTICLE, comments }), PATH, ARTICLE);
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.equal(result.file.comments.map((comment) => comment.id), ["c-7f3a9e", "c-81b2c0", "c-b1c2d3", "c-c2d3e4"]);
  assert.is(result.file.comments[0]!.author, "Maya", "the first of the two c-7f3a9e is the one kept");
  assert.equal(result.problems.map((problem) => [problem.severity, problem.field]), [
    ["error", "comments[2].id"],
    ["error", "comments[3].replyTo"],
    ["error", "comments[4].replyTo"],
  ]);
  assert.match(result.problems[1]!.message, /is itself a reply/);
  assert.match(result.problems[2]!.message, /is not a comment in this file/);
});

files("serialized as approve writes it: two-space JSON, fixed key order, absent fields left out, a final newline", () => {
  const text = serializeCommentsFile({
    article: ARTICLE,
    comments: [
      { text: "Reply", replyTo: "c-7f3a9e", posted: "2026-11-18T18:40:00+02:00", id: "c-81b2c0", pick: true },
      { ...MAYA },
    ],
  });
  assert.is(
    text,
    [
      "{",
      '  "article": "beirut-port-reopens",',
      '  "comments": [',
      "    {",
      '      "id": "c-81b2c0",',
      '      "posted": "2026-11-18T18:40:00+02:00",',
      '      "text": "Reply",',
      '      "replyTo": "c-7f3a9e",',
      '      "pick": true',
      "    },",
      "    {",
      '      "id": "c-7f3a9e",',
      '      "author": "Maya",',
      '      "posted": "2026-11-18T17:02:00+02:00",',
      '      "text": "The port matters to every family here."',
      "    }",
      "  ]",
      "}",
      "",
    ].join("\n"),
  );
});

files.run();
