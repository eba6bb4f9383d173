import { suite } from "uvu";
import * as assert from "uvu/assert";
import { escapeText, htmlToBlocks, textToBlocks } from "../../src/sources/html-blocks.ts";

const blocks = suite("htmlToBlocks");

blocks("splits wire HTML into typed blocks", () => {
  const html = `<p>The port reopened on <em>Tuesday</em>.</p>
<h2>Cranes return</h2>
<blockquote><p>“We are back,” she said.</p></blockquote>
<ol><li>Grain</li><li>Fuel</li></ol>
<h4>Small print</h4>`;
  const result = htmlToBlocks(html, "a.json", "body_html");
  assert.equal(result.blocks, [
    { type: "paragraph", html: "The port reopened on <em>Tuesday</em>." },
    { type: "heading", level: 2, html: "Cranes return" },
    { type: "quote", html: "<p>“We are back,” she said.</p>" },
    { type: "list", ordered: true, items: ["Grain", "Fuel"] },
    { type: "heading", level: 4, html: "Small print" },
  ]);
  assert.equal(result.problems, []);
});

blocks("an image alone in a paragraph is a figure; its title gives caption and credit", () => {
  const result = htmlToBlocks(`<p><img src="cranes.svg" alt="Cranes at dusk" title="The terminal on Tuesday. [Jane Doe/AFP]"></p>`, "a.md", "body");
  assert.equal(result.blocks, [
    { type: "figure", figure: { field: "body", src: "cranes.svg", alt: "Cranes at dusk", caption: "The terminal on Tuesday.", credit: "Jane Doe/AFP" } },
  ]);
});

blocks("a <figure> takes caption and credit from its <figcaption>", () => {
  const result = htmlToBlocks(`<figure><img src="https://img.example.com/a.jpg" alt="A" width="800" height="600"><figcaption>Boats at dawn. [Omar Haddad/Ledger]</figcaption></figure>`, "a.json", "body_html");
  assert.equal(result.blocks, [
    { type: "figure", figure: { field: "body_html", src: "https://img.example.com/a.jpg", alt: "A", caption: "Boats at dawn.", credit: "Omar Haddad/Ledger", width: 800, height: 600 } },
  ]);
});

blocks("removes scripts, event handlers and dangerous URLs, and says so", () => {
  const html = `<p onclick="steal()">Hello <a href="javascript:alert(1)">there</a> <a href="https://example.com/x">link</a></p><script>alert(1)</script><style>p{}</style><p><a href="data:text/html;base64,PHNjcmlwdD4=">data</a><iframe src="https://evil.example"></iframe></p>`;
  const result = htmlToBlocks(html, "bad.json", "body_html");
  const all = JSON.stringify(result.blocks);
  for (const bad of ["script", "onclick", "javascript:", "data:", "iframe", "steal", "alert"]) assert.not.ok(all.includes(bad), `${bad} survived: ${all}`);
  assert.equal(result.blocks[0], { type: "paragraph", html: `Hello <a rel="nofollow noopener">there</a> <a href="https://example.com/x" rel="nofollow noopener">link</a>` });
  assert.is(result.problems.length, 1);
  assert.is(result.problems[0]!.severity, "warning");
  assert.is(result.problems[0]!.field, "body_html");
  assert.match(result.problems[0]!.message, /onclick= attribute.*javascript: URL.*<script>/);
});

blocks("text and inline markup outside any block become a paragraph; wrappers are unwrapped", () => {
  const result = htmlToBlocks(`Loose <b>text</b><div class="story"><section><p>Inside</p></section></div>`, "a.json", "body_html");
  assert.equal(result.blocks, [
    { type: "paragraph", html: "Loose <b>text</b>" },
    { type: "paragraph", html: "Inside" },
  ]);
});

blocks("an image inside running text is removed with a warning, the text kept", () => {
  const result = htmlToBlocks(`<p>Before <img src="x.jpg" alt="x"> after</p>`, "a.md", "body");
  assert.equal(result.blocks, [{ type: "paragraph", html: "Before  after" }]);
  assert.match(result.problems[0]!.message, /image inside a paragraph/);
});

blocks("empty paragraphs and headings are dropped; entities stay escaped", () => {
  const result = htmlToBlocks(`<p> </p><h2></h2><p>Fish &amp; chips &lt;3</p>`, "a.json", "body_html");
  assert.equal(result.blocks, [{ type: "paragraph", html: "Fish &amp; chips &lt;3" }]);
});

blocks.run();

const pictures = suite("htmlToBlocks: pictures anywhere in the body");

/** Every HTML string of the blocks: no <img> may hide in any of them. */
const htmlOf = (result: ReturnType<typeof htmlToBlocks>) => result.blocks.flatMap((block) => ("html" in block ? [block.html] : "items" in block ? block.items : []));

pictures("a picture alone in a list item, heading, link, table cell or deep wrapper becomes a figure under the figure rules", () => {
  const html = `<ul><li>Grain</li><li><img src="a.jpg" alt="A" title="Quay. [Jane Doe]"></li><li>Fuel</li></ul>
<h2><img src="b.jpg" alt="B"></h2>
<a href="https://example.com/"><img src="https://img.example.com/c.jpg" alt="C"></a>
<table><tr><td><img src="d.jpg" alt="D"></td></tr></table>
<div><section><div><p><strong><img src="e.jpg" alt="E"></strong></p></div></section></div>`;
  const result = htmlToBlocks(html, "a.json", "body_html");
  assert.equal(result.blocks, [
    { type: "list", ordered: false, items: ["Grain"] },
    { type: "figure", figure: { field: "body_html", src: "a.jpg", alt: "A", caption: "Quay.", credit: "Jane Doe" } },
    { type: "list", ordered: false, items: ["Fuel"] },
    { type: "figure", figure: { field: "body_html", src: "b.jpg", alt: "B" } },
    { type: "figure", figure: { field: "body_html", src: "https://img.example.com/c.jpg", alt: "C" } },
    { type: "figure", figure: { field: "body_html", src: "d.jpg", alt: "D" } },
    { type: "figure", figure: { field: "body_html", src: "e.jpg", alt: "E" } },
  ]);
});

pictures("a picture inside the text of a list item, heading, quote or link is removed, with one warning naming the places", () => {
  const html = `<ul><li>Grain <img src="a.jpg" alt="A"></li></ul><h2>Head <img src="b.jpg"></h2><blockquote>Said <img src="c.jpg"></blockquote><a href="https://example.com/">Go <img src="d.jpg"></a><p>One <img src="e.jpg"> two</p>`;
  const result = htmlToBlocks(html, "a.json", "body_html");
  for (const text of htmlOf(result)) assert.not.match(text, /<img/i, text);
  assert.equal(result.blocks.map((block) => block.type), ["list", "heading", "quote", "paragraph", "paragraph"]);
  assert.equal(result.problems.map((problem) => [problem.severity, problem.field]), [["warning", "body_html"]]);
  assert.match(result.problems[0]!.message, /^5 images inside a list item, a heading, a quote, running text and a paragraph removed: put a picture in a paragraph of its own/);
});

pictures("pictures at addresses that are no picture of this site, and tracking pixels, are removed with a warning", () => {
  const html = ["/etc/passwd", "../secret.jpg", "file:///etc/passwd", "data:image/png;base64,AAAA", "//evil.example/p.jpg", "C:\\x.jpg"].map((src) => `<p><img src="${src}" alt="x"></p>`).join("") +
    `<p><img src="https://track.example/p.gif" width="1" height="1" alt=""></p><p>Text stays.</p>`;
  const result = htmlToBlocks(html, "a.json", "body_html");
  assert.equal(result.blocks, [{ type: "paragraph", html: "Text stays." }]);
  const messages = result.problems.map((problem) => `${problem.field}: ${problem.message}`).join("\n");
  assert.match(messages, /body_html: 6 pictures removed, at "\/etc\/passwd", "..\/secret.jpg", an address removed as unsafe and 3 more: a picture must be an https:\/\/ address or a file in content\/media\//);
  assert.match(messages, /body_html: a tracking pixel .* removed/);
  assert.match(messages, /file: URL, data: URL, protocol-relative URL/);
});

pictures("an http picture is left for the model, which asks for it over https", () => {
  const result = htmlToBlocks(`<p><img src="http://img.example.com/a.jpg" alt="A"></p>`, "a.md", "body");
  assert.equal(result.blocks, [{ type: "figure", figure: { field: "body", src: "http://img.example.com/a.jpg", alt: "A" } }]);
});

pictures.run();

const links = suite("htmlToBlocks: links and nesting");

links("a protocol-relative link loses its address, keeps its text, and the report says so", () => {
  for (const href of ["//evil.example/x", " //evil.example/x", "/\\evil.example/x", "\\\\evil.example/x"]) {
    const result = htmlToBlocks(`<p>See <a href="${href}">this</a>.</p>`, "a.json", "body_html");
    assert.equal(result.blocks, [{ type: "paragraph", html: `See <a rel="nofollow noopener">this</a>.` }], href);
    assert.equal(result.problems.map((problem) => problem.field), ["body_html"], href);
    assert.match(result.problems[0]!.message, /protocol-relative URL \(\/\/host, write https:\/\/host\)/, href);
  }
});

links("thousands of nested elements neither overflow the stack nor lose the text: the deep tags go, with a warning", () => {
  const html = "<div>".repeat(3000) + "Deep <b>text</b> here." + "</div>".repeat(3000) + "<p>After.</p>";
  const result = htmlToBlocks(html, "a.json", "body_html");
  assert.equal(result.blocks, [
    { type: "paragraph", html: "Deep text here." },
    { type: "paragraph", html: "After." },
  ]);
  assert.equal(result.problems.map((problem) => [problem.severity, problem.field]), [["warning", "body_html"]]);
  assert.match(result.problems[0]!.message, /^markup nested 3001 elements deep, more than 100: the text inside is kept/);
});

links("markup within the limit keeps every tag", () => {
  const html = "<div>".repeat(98) + "<p>Near <b>the</b> limit.</p>" + "</div>".repeat(98);
  const result = htmlToBlocks(html, "a.json", "body_html");
  assert.equal(result.blocks, [{ type: "paragraph", html: "Near <b>the</b> limit." }]);
  assert.equal(result.problems, []);
});

links.run();

const text = suite("textToBlocks and escapeText");

text("plain text paragraphs are escaped and unwrapped", () => {
  assert.equal(textToBlocks("First line\nwraps here.\n\n<b>Not bold</b> & more\r\n\r\n"), [
    { type: "paragraph", html: "First line wraps here." },
    { type: "paragraph", html: "&lt;b&gt;Not bold&lt;/b&gt; &amp; more" },
  ]);
});

text("escapeText escapes quotes for attributes too", () => {
  assert.is(escapeText(`"a" 'b' <c> &`), "&quot;a&quot; &#39;b&#39; &lt;c&gt; &amp;");
});

text.run();

// Issue 20: a link relative to where the source file sat cannot be resolved on the site, whose
// page addresses are not the source's. Only site paths, places on the page and full addresses
// are kept.
const relative = suite("htmlToBlocks: relative links");

const linkIn = (href: string) => htmlToBlocks(`<p>See <a href="${href}">this</a>.</p>`, "a.json", "body_html");

relative("a link relative to the source loses its address, keeps its text, and the report names the field and the fix", () => {
  for (const href of ["..", "../../../../etc/passwd", "other-post/", "./x", "x.html", "?page=2", ""]) {
    const result = linkIn(href);
    assert.equal(result.blocks, [{ type: "paragraph", html: `See <a rel="nofollow noopener">this</a>.` }], href);
    assert.equal(result.problems.map((problem) => [problem.severity, problem.field]), [["warning", "body_html"]], href);
    assert.match(result.problems[0]!.message, /relative link \(a page is not published at its source file's address: write the full https address or a site path starting with \/\)/, href);
  }
});

relative("a site path that climbs with `..`, written plainly, encoded or with backslashes, loses its address", () => {
  for (const href of ["/../x", "/news/../../etc/passwd", "/a/%2e%2e/b", "/a/%2E./b", "/a/.%2E/b", "/a\\..\\b", "/a/.."]) {
    const result = linkIn(href);
    assert.equal(result.blocks, [{ type: "paragraph", html: `See <a rel="nofollow noopener">this</a>.` }], href);
    assert.match(result.problems[0]!.message, /site path climbing with \.\. \(write the full https address or a site path starting with \/, without \.\.\)/, href);
  }
});

relative("full addresses, site paths, places on the page, mailto: and tel: are kept, with no warning", () => {
  for (const href of ["https://example.com/a/../b", "http://example.com/", "/world/", "/", "/search?q=../x", "/a/b#c", "/2026/..report/", "#notes", "mailto:desk@example.com", "tel:+441234567890"]) {
    const result = linkIn(href);
    assert.equal(result.blocks, [{ type: "paragraph", html: `See <a href="${href}" rel="nofollow noopener">this</a>.` }], href);
    assert.equal(result.problems, [], href);
  }
});

relative("several relative links make one warning that counts them", () => {
  const result = htmlToBlocks(`<p><a href="..">a</a> <a href="b/">b</a> <a href="https://example.com/">c</a></p>`, "a.md", "body");
  assert.equal(result.blocks, [{ type: "paragraph", html: `<a rel="nofollow noopener">a</a> <a rel="nofollow noopener">b</a> <a href="https://example.com/" rel="nofollow noopener">c</a>` }]);
  assert.equal(result.problems.length, 1);
  assert.match(result.problems[0]!.message, /\) ×2; the text around it is kept$/);
});

relative.run();

// Body HTML as agencies and CMSs send it (AP and Reuters ninjs `body_html`, WordPress's block
// editor, Markdown rendered by Hugo and Jekyll): which block each element becomes, and what the
// report names when markup goes.
const shapes = suite("htmlToBlocks: each element's block");

shapes("every heading level becomes the page's h2, h3 or h4", () => {
  const html = "<h1>Storm</h1><h2>Damage</h2><h3>Quay</h3><h4>Boats</h4><h5>Nets</h5><h6>Crews</h6>";
  assert.equal(htmlToBlocks(html, "a.json", "body_html").blocks, [
    { type: "heading", level: 2, html: "Storm" },
    { type: "heading", level: 2, html: "Damage" },
    { type: "heading", level: 3, html: "Quay" },
    { type: "heading", level: 4, html: "Boats" },
    { type: "heading", level: 4, html: "Nets" },
    { type: "heading", level: 4, html: "Crews" },
  ]);
});

shapes("Markdown's line breaks inside a quote and a list are trimmed; entities stay escaped", () => {
  const html = "<blockquote>\n<p>“Fish &amp; chips,” she said.</p>\n</blockquote>\n<ul>\n<li>\n<p>Grain &lt; 5%</p>\n</li>\n</ul>\n";
  assert.equal(htmlToBlocks(html, "a.md", "body").blocks, [
    { type: "quote", html: "<p>“Fish &amp; chips,” she said.</p>" },
    { type: "list", ordered: false, items: ["<p>Grain &lt; 5%</p>"] },
  ]);
});

shapes("loose text at the start of a feed's body_html is one trimmed paragraph", () => {
  assert.equal(htmlToBlocks("\n  The port reopened on Tuesday &amp; crews returned.\n<p>Second.</p>", "a.json", "body_html").blocks, [
    { type: "paragraph", html: "The port reopened on Tuesday &amp; crews returned." },
    { type: "paragraph", html: "Second." },
  ]);
});

shapes("a stray list item outside any list keeps its paragraph, and an image in its text is named as in a list item", () => {
  const result = htmlToBlocks(`<li><p>Grain prices rose.</p></li><li>Fuel <img src="fuel.jpg" alt="Fuel"></li>`, "a.json", "body_html");
  assert.equal(result.blocks, [
    { type: "paragraph", html: "<p>Grain prices rose.</p>" },
    { type: "paragraph", html: "Fuel" },
  ]);
  assert.equal(result.problems.map((problem) => problem.message), ["an image inside a list item removed: put a picture in a paragraph of its own to make it a figure with caption and credit"]);
});

shapes("a link keeps its title; links never reach back into the page", () => {
  assert.equal(htmlToBlocks(`<p>Read <a href="https://example.com/report" title="The full report (PDF)">the report</a>.</p>`, "a.json", "body_html").blocks, [
    { type: "paragraph", html: `Read <a title="The full report (PDF)" href="https://example.com/report" rel="nofollow noopener">the report</a>.` },
  ]);
});

shapes("WordPress's pull quote (a <figure> with no picture) keeps its quote, with a warning", () => {
  const result = htmlToBlocks(`<figure class="wp-block-pullquote"><blockquote><p>We will rebuild the quay stone by stone.</p><cite>Leila Khoury</cite></blockquote></figure>`, "a.json", "body_html");
  assert.equal(result.blocks, [{ type: "quote", html: "<p>We will rebuild the quay stone by stone.</p><cite>Leila Khoury</cite>" }]);
  assert.equal(result.problems.map((problem) => [problem.severity, problem.field, problem.message]), [["warning", "body_html", "a <figure> without an <img> was kept as text"]]);
  assert.equal(htmlToBlocks(`<figure><figcaption>Boats at dawn.</figcaption></figure>`, "a.json", "body_html").blocks, [{ type: "paragraph", html: "Boats at dawn." }]);
});

shapes.run();

const report = suite("htmlToBlocks: what the report names");

report("every kind of removed markup is named once, in the order it comes, with a count for repeats", () => {
  const html = `<p onclick="steal()">Hello <a href="javascript:alert(1)">there</a> <a href="https://example.com/x">link</a></p><script>alert(1)</script><style>p{}</style><p><a href="data:text/html;base64,PHNjcmlwdD4=">data</a><iframe src="https://evil.example"></iframe></p><p style="color:red" onmouseover="x()">Red</p><p style="font-weight:bold">Bold</p>`;
  const result = htmlToBlocks(html, "a.json", "body_html");
  assert.equal(result.problems.map((problem) => [problem.severity, problem.field, problem.message]), [
    ["warning", "body_html", "removed markup that is unsafe or has no place in an article body: onclick= attribute, javascript: URL, <script>, <style>, data: URL, <iframe>, style= attribute ×2, onmouseover= attribute; the text around it is kept"],
  ]);
});

report("data- and other attributes that merely contain `on` are dropped silently, as class and id are", () => {
  // Twitter's embed code, as pasted into a WordPress post.
  const result = htmlToBlocks(`<blockquote class="twitter-tweet" data-conversation="none" data-lang="en"><p>The quay is open again.</p></blockquote>`, "a.json", "body_html");
  assert.equal(result.blocks, [{ type: "quote", html: "<p>The quay is open again.</p>" }]);
  assert.equal(result.problems, []);
});

report("footnote links (`#fn:1`), as Jekyll's kramdown writes them, stay on the page", () => {
  const result = htmlToBlocks(`<p>The quay reopened.<sup id="fnref:1"><a href="#fn:1" class="footnote">1</a></sup></p>`, "a.md", "body");
  assert.equal(result.blocks, [{ type: "paragraph", html: `The quay reopened.<sup><a href="#fn:1" rel="nofollow noopener">1</a></sup>` }]);
  assert.equal(result.problems, []);
});

report("a site path with a doubled slash or a search for ../ is a site path, kept", () => {
  for (const href of ["/world//europe/", "/search?q=a/../b", "/WORLD/"]) {
    const result = linkIn(href);
    assert.equal(result.blocks, [{ type: "paragraph", html: `See <a href="${href}" rel="nofollow noopener">this</a>.` }], href);
    assert.equal(result.problems, [], href);
  }
});

report("schemes are read whatever their case and whatever a browser ignores inside them", () => {
  for (const [href, label] of [["JavaScript:alert(1)", "javascript: URL"], ["java\tscript:alert(1)", "javascript: URL"], ["HTTPS://example.com/", undefined]] as const) {
    const result = linkIn(href);
    assert.equal(result.problems.map((problem) => problem.message), label ? [`removed markup that is unsafe or has no place in an article body: ${label}; the text around it is kept`] : [], href);
  }
});

report("a picture in a file of the site is no link and raises nothing", () => {
  const result = htmlToBlocks(`<p><img src="cranes.jpg" alt="Cranes at dusk"></p>`, "a.md", "body");
  assert.equal(result.blocks, [{ type: "figure", figure: { field: "body", src: "cranes.jpg", alt: "Cranes at dusk" } }]);
  assert.equal(result.problems, []);
});

report("markup nested 101 deep is one too many: reported, the text kept", () => {
  const html = "<div>".repeat(99) + "<p>Near <b>the</b> limit.</p>" + "</div>".repeat(99);
  const result = htmlToBlocks(html, "a.json", "body_html");
  assert.equal(result.problems.map((problem) => [problem.severity, problem.field]), [["warning", "body_html"]]);
  assert.match(result.problems[0]!.message, /^markup nested 101 elements deep, more than 100:/);
});

report.run();

const plain = suite("textToBlocks: ninjs body_text");

plain("indented and hard-wrapped paragraphs are unwrapped to single spaces; a lone section mark is kept", () => {
  // body_text as the IPTC ninjs examples carry it: a leading newline, hard wraps, indents.
  assert.equal(textToBlocks("\n   The port reopened on Tuesday,\n   after  storm repairs.\n\n*\n\n\tCrews returned at dawn."), [
    { type: "paragraph", html: "The port reopened on Tuesday, after storm repairs." },
    { type: "paragraph", html: "*" },
    { type: "paragraph", html: "Crews returned at dawn." },
  ]);
});

plain.run();
