// Pictures in body HTML as CMSs and agencies send them: WordPress's block editor (galleries,
// images with stray spaces), AP and Reuters ninjs `body_html` with <figure>s, newsletters'
// tracking pixels and spacer rules. What becomes a figure, what is removed, and the one warning
// per kind of removal an editor reads.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { htmlToBlocks } from "../../src/sources/html-blocks.ts";

const blocksOf = (html: string) => htmlToBlocks(html, "content/articles/quay.json", "body_html");
const messages = (html: string) => blocksOf(html).problems.map((problem) => `${problem.severity} ${problem.field}: ${problem.message}`);
const FIX_IN_TEXT = "put a picture in a paragraph of its own to make it a figure with caption and credit";
const FIX_REFUSED = 'a picture must be an https:// address or a file in content/media/ (like "harbour.jpg")';
const PIXELS = "(pictures of 2×2 pixels or less) removed: they show readers nothing and tell a third party who read the story";

const figures = suite("body pictures: what becomes a figure");

figures("a picture with spaces around it, in its src, title and alt, is a figure with tidy fields", () => {
  const result = blocksOf(`<p>\n  <img src=" harbour.jpg " alt=" Boats at the quay" title=" The quay at dawn,\n   before the market.  [Samir Aoun/The Ledger] " width="1200" height="800">\n</p>`);
  assert.equal(result.blocks, [
    { type: "figure", figure: { field: "body_html", src: "harbour.jpg", alt: "Boats at the quay", caption: "The quay at dawn, before the market.", credit: "Samir Aoun/The Ledger", width: 1200, height: 800 } },
  ]);
  assert.equal(result.problems, []);
});

figures("a <figure> with no <figcaption> takes its caption from the picture's title", () => {
  assert.equal(blocksOf(`<figure><img src="https://img.example.com/quay.jpg" alt="Quay" title="Crews at work. [AP Photo/Hussein Malla]"></figure>`).blocks, [
    { type: "figure", figure: { field: "body_html", src: "https://img.example.com/quay.jpg", alt: "Quay", caption: "Crews at work.", credit: "AP Photo/Hussein Malla" } },
  ]);
});

figures("a figcaption written over several lines reads as one line", () => {
  assert.equal(blocksOf(`<figure>\n  <img src="quay.jpg" alt="Quay">\n  <figcaption>\n    Crews at work\n    on the breakwater. [Leila Khoury]\n  </figcaption>\n</figure>`).blocks, [
    { type: "figure", figure: { field: "body_html", src: "quay.jpg", alt: "Quay", caption: "Crews at work on the breakwater.", credit: "Leila Khoury" } },
  ]);
});

figures("WordPress's gallery (figures inside list items) gives one figure per picture, captions kept", () => {
  const html = `<ul class="wp-block-gallery"><li class="blocks-gallery-item"><figure><img src="quay-1.jpg" alt="Nets"><figcaption>Nets drying. [Samir Aoun]</figcaption></figure></li><li class="blocks-gallery-item"><figure><img src="quay-2.jpg" alt="Crates"><figcaption>Crates of sardines. [Samir Aoun]</figcaption></figure></li></ul>`;
  const result = blocksOf(html);
  assert.equal(result.blocks, [
    { type: "figure", figure: { field: "body_html", src: "quay-1.jpg", alt: "Nets", caption: "Nets drying.", credit: "Samir Aoun" } },
    { type: "figure", figure: { field: "body_html", src: "quay-2.jpg", alt: "Crates", caption: "Crates of sardines.", credit: "Samir Aoun" } },
  ]);
  assert.equal(result.problems, []);
});

figures("a list that ends with a picture ends with the figure, no empty list after it", () => {
  assert.equal(blocksOf(`<ol><li>Nets</li><li><img src="nets.jpg" alt="Nets"></li></ol>`).blocks, [
    { type: "list", ordered: true, items: ["Nets"] },
    { type: "figure", figure: { field: "body_html", src: "nets.jpg", alt: "Nets" } },
  ]);
});

figures("sizes that are not whole pixels above zero are left out; the figure stays", () => {
  assert.equal(blocksOf(`<p><img src="quay.jpg" alt="Quay" width="1199.5" height="0"></p>`).blocks, [{ type: "figure", figure: { field: "body_html", src: "quay.jpg", alt: "Quay" } }]);
  assert.equal(blocksOf(`<p><img src="quay.jpg" alt="Quay" width="100%" height="auto"></p>`).blocks, [{ type: "figure", figure: { field: "body_html", src: "quay.jpg", alt: "Quay" } }]);
});

figures.run();

const pixels = suite("body pictures: tracking pixels");

pixels("a picture of 2×2 or less is a pixel; a thin rule or a 3×3 picture is not", () => {
  assert.equal(messages(`<p><img src="https://track.example/p.gif" width="2" height="2" alt=""></p>`), [`warning body_html: a tracking pixel ${PIXELS}`]);
  assert.equal(blocksOf(`<p><img src="rule.png" alt="" width="600" height="2"></p>`).blocks, [{ type: "figure", figure: { field: "body_html", src: "rule.png", alt: "", width: 600, height: 2 } }]);
  assert.equal(blocksOf(`<p><img src="rule.png" alt="" width="2" height="600"></p>`).blocks, [{ type: "figure", figure: { field: "body_html", src: "rule.png", alt: "", width: 2, height: 600 } }]);
  assert.equal(blocksOf(`<p><img src="dot.png" alt="" width="3" height="3"></p>`).blocks, [{ type: "figure", figure: { field: "body_html", src: "dot.png", alt: "", width: 3, height: 3 } }]);
});

pixels("several pixels are counted in one warning", () => {
  const html = `<p>Story.</p><p><img src="https://a.example/p.gif" width="1" height="1"></p><p><img src="https://b.example/p.gif" width="0" height="0"></p>`;
  assert.equal(messages(html), [`warning body_html: 2 tracking pixels ${PIXELS}`]);
  assert.equal(blocksOf(html).blocks, [{ type: "paragraph", html: "Story." }]);
});

pixels.run();

const inText = suite("body pictures: pictures inside text");

inText("two pictures in one paragraph are both removed, counted under the paragraph", () => {
  const html = `<p><img src="a.jpg" alt="A"><img src="b.jpg" alt="B"></p><p>Crews <img src="c.jpg" alt="C"> returned.</p>`;
  const result = blocksOf(html);
  assert.equal(result.blocks, [{ type: "paragraph", html: "Crews  returned." }]);
  assert.equal(messages(html), [`warning body_html: 3 images inside a paragraph removed: ${FIX_IN_TEXT}`]);
});

inText("one picture in a heading's text names the heading alone, not the paragraphs around it", () => {
  for (const tag of ["h1", "h3", "h5", "h6"]) {
    const html = `<p>The quay reopened.</p><${tag}>Tides <img src="tide.jpg" alt="Tide"></${tag}><p>Crews returned.</p>`;
    assert.equal(messages(html), [`warning body_html: an image inside a heading removed: ${FIX_IN_TEXT}`], tag);
  }
});

inText("pictures in text in two kinds of place are named with `and`", () => {
  const html = `<blockquote>Said <img src="a.jpg"></blockquote><p>One <img src="b.jpg"> two</p>`;
  assert.equal(messages(html), [`warning body_html: 2 images inside a quote and a paragraph removed: ${FIX_IN_TEXT}`]);
});

inText("a <figure> with a second picture keeps the first, and the report names the second", () => {
  const html = `<figure><img src="a.jpg" alt="A"><img src="b.jpg" alt="B"><figcaption>Quay. [Samir Aoun]</figcaption></figure>`;
  assert.equal(blocksOf(html).blocks, [{ type: "figure", figure: { field: "body_html", src: "a.jpg", alt: "A", caption: "Quay.", credit: "Samir Aoun" } }]);
  assert.equal(messages(html), [`warning body_html: an image inside a <figure> after its first picture removed: ${FIX_IN_TEXT}`]);
});

inText.run();

const refused = suite("body pictures: refused addresses");

refused("one refused picture is named by its address", () => {
  assert.equal(messages(`<p><img src="../secret.jpg" alt="x"></p>`), [`warning body_html: a picture removed, at "../secret.jpg": ${FIX_REFUSED}`]);
});

refused("a picture takes only http and https: a mailto: or tel: address is named as refused", () => {
  for (const src of ["mailto:desk@example.com", "tel:+441234567890"]) {
    const result = messages(`<p><img src="${src}" alt="Contact the desk"></p>`);
    assert.equal(result[0], `warning body_html: removed markup that is unsafe or has no place in an article body: ${src.split(":")[0]}: URL; the text around it is kept`, src);
    assert.equal(blocksOf(`<p><img src="${src}" alt="Contact the desk"></p>`).blocks, [], src);
  }
});

refused("a protocol-relative picture is removed by the sanitiser, and named as unsafe", () => {
  const result = messages(`<p><img src="//evil.example/p.jpg" alt="x"></p>`);
  assert.ok(result.includes(`warning body_html: a picture removed, at an address removed as unsafe: ${FIX_REFUSED}`), result.join("\n"));
});

refused("three refused pictures are all named; a fourth is counted", () => {
  const three = ["/etc/passwd", "../a.jpg", "../../b.jpg"].map((src) => `<p><img src="${src}" alt="x"></p>`).join("");
  assert.equal(messages(three), [`warning body_html: 3 pictures removed, at "/etc/passwd", "../a.jpg", "../../b.jpg": ${FIX_REFUSED}`]);
  const four = `${three}<p><img src="../d.jpg" alt="x"></p>`;
  assert.equal(messages(four), [`warning body_html: 4 pictures removed, at "/etc/passwd", "../a.jpg", "../../b.jpg" and 1 more: ${FIX_REFUSED}`]);
});

refused.run();
