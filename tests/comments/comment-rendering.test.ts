import { readFile } from "node:fs/promises";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { commentParagraphs } from "../../src/comments/comment-html.ts";
import { commentThreads } from "../../src/comments/comment-threads.ts";
import type { Comment } from "../../src/model/types.ts";

const html = suite("commentParagraphs");

html("escapes everything and never reads markup", () => {
  assert.equal(commentParagraphs(`<script>alert(1)</script> <b onclick="x()">bold</b> &amp; "quotes"`), [
    "&lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick=&quot;x()&quot;&gt;bold&lt;/b&gt; &amp;amp; &quot;quotes&quot;",
  ]);
});

html("paragraphs on blank lines, line breaks kept, CRLF too", () => {
  assert.equal(commentParagraphs("First line\r\nsecond line\r\n\r\n\r\nNew paragraph\n"), ["First line<br>second line", "New paragraph"]);
});

html("bare web addresses become links with rel=nofollow ugc noopener; other schemes stay text", () => {
  assert.equal(commentParagraphs("See https://example.org/a?b=1&c=2 or www.example.com."), [
    'See <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc noopener">https://example.org/a?b=1&amp;c=2</a> or <a href="http://www.example.com" rel="nofollow ugc noopener">www.example.com</a>.',
  ]);
  const [text] = commentParagraphs("javascript:alert(1) data:text/html,x mailto:a@b.c ftp://files.example.org");
  assert.not.ok(text!.includes("<a"), text);
});

html("a link cannot break out of its attribute", () => {
  const [text] = commentParagraphs('https://evil.example/"onmouseover="alert(1)');
  assert.not.match(text!, /" onmouseover|"onmouseover/);
  assert.match(text!, /&quot;onmouseover=&quot;alert\(1\)/);
});

// Comments as readers type them into a site's form (and as WordPress and Disqus exports carry
// them): line endings of every platform, indented paragraphs, blank lines before and after.
const TYPED: [string, string, string[]][] = [
  ["two paragraphs", "First point.\n\nSecond point.", ["First point.", "Second point."]],
  ["old Mac line ends (CR alone)", "Line one\rLine two\r\rNew paragraph", ["Line one<br>Line two", "New paragraph"]],
  ["Windows line ends", "Line one\r\nLine two", ["Line one<br>Line two"]],
  ["a blank line holding spaces and a tab", "First.\n  \t\nSecond.", ["First.", "Second."]],
  ["an indented paragraph", "First.\n\n    Indented second.", ["First.", "Indented second."]],
  ["blank lines before and after", "\n\n\nOnly this.\n\n\n", ["Only this."]],
  ["spaces at the ends", "   Padded.   ", ["Padded."]],
  ["only whitespace", " \n\n \t ", []],
  ["nothing", "", []],
  ["an apostrophe and an ampersand", "Rock 'n' roll & more", ["Rock &#39;n&#39; roll &amp; more"]],
  ["a bare IP address is not a link", "Try 192.168.0.1/admin", ["Try 192.168.0.1/admin"]],
  ["an IP address with its scheme is", "Try http://192.168.0.1/admin", ['Try <a href="http://192.168.0.1/admin" rel="nofollow ugc noopener">http://192.168.0.1/admin</a>']],
  ["a protocol-relative address is not a link", "See //evil.example/x", ["See //evil.example/x"]],
  ["an e-mail address is not a link", "Write to maya@example.com", ["Write to maya@example.com"]],
  ["two links on one line, text around them", "HTTPS://A.EXAMPLE/x and https://b.example/y!", ['<a href="HTTPS://A.EXAMPLE/x" rel="nofollow ugc noopener">HTTPS://A.EXAMPLE/x</a> and <a href="https://b.example/y" rel="nofollow ugc noopener">https://b.example/y</a>!']],
  ["a link on its own line in a paragraph", "Source:\nhttps://news.example/2026/11/18/beirut-port-reopens/", ['Source:<br><a href="https://news.example/2026/11/18/beirut-port-reopens/" rel="nofollow ugc noopener">https://news.example/2026/11/18/beirut-port-reopens/</a>']],
];

for (const [name, text, expected] of TYPED) html(name, () => assert.equal(commentParagraphs(text), expected));

html("DOMPurify's XSS payloads: never markup, and every character the reader typed is shown", async () => {
  const { vectors } = JSON.parse(await readFile("../shared/corpus/xss/dompurify-vectors.json", "utf8")) as { vectors: { id: string; payload: string }[] };
  const ours = /<a href="https?:\/\/[^"<>]*" rel="nofollow ugc noopener">|<\/a>|<br>/gi;
  for (const { id, payload } of vectors) {
    const paragraphs = commentParagraphs(payload);
    const visible = paragraphs.map((paragraph) => paragraph.replace(ours, "")).join("");
    assert.not.match(visible, /[<>]/, id);
    const shown = visible.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[name]!);
    // Whitespace is where paragraphs and lines are cut; control characters are dropped.
    const typed = payload.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/\s+/g, "");
    assert.is(shown.replace(/\s+/g, ""), typed, id);
  }
});

html.run();

const threads = suite("commentThreads");

const comment = (id: string, extra: Partial<Comment> = {}): Comment => ({ id, text: id, posted: DateTime.fromISO("2026-11-18T10:00:00Z"), ...extra });

threads("replies sit under their parent, in order; a reply without its parent stands alone", () => {
  const result = commentThreads([comment("a"), comment("b"), comment("a1", { replyTo: "a" }), comment("c"), comment("b1", { replyTo: "b" }), comment("a2", { replyTo: "a" }), comment("x1", { replyTo: "gone" })]);
  assert.equal(
    result.map((thread) => [thread.comment.id, thread.replies.map((reply) => reply.id)]),
    [["a", ["a1", "a2"]], ["b", ["b1"]], ["c", []], ["x1", []]],
  );
});

threads("a reply filed before its parent (a merged Disqus export) still sits under it; a thread of top-level comments only", () => {
  const result = commentThreads([comment("a1", { replyTo: "a" }), comment("b"), comment("a"), comment("a2", { replyTo: "a" })]);
  assert.equal(
    result.map((thread) => [thread.comment.id, thread.replies.map((reply) => reply.id)]),
    [["b", []], ["a", ["a1", "a2"]]],
  );
  assert.equal(commentThreads([]), []);
  assert.equal(commentThreads([comment("solo")]).map((thread) => thread.comment.id), ["solo"]);
});

threads.run();

