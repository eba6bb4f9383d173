import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { commentParagraphs } from "../../src/comments/comment-html.ts";
import { commentThreads } from "../../src/comments/comment-threads.ts";
import { commentCount } from "../../src/filters/comment-count.ts";
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

threads.run();

const count = suite("commentCount");

count("words for none, one and many in the site's language", () => {
  assert.is(commentCount(0, "en"), "No comments yet");
  assert.is(commentCount(1, "en"), "1 comment");
  assert.is(commentCount(3, "en"), "3 comments");
  assert.is(commentCount(1500, "en"), "1,500 comments");
  assert.is(commentCount(1, "fr"), "1 commentaire");
  assert.is(commentCount(2, "sv"), "2 kommentarer");
  assert.is(commentCount(2, "ja"), "2 comments", "languages without words fall back to English");
});

count.run();
