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
