import { suite } from "uvu";
import * as assert from "uvu/assert";
import { markdownFor, quotesFor, smartenText } from "../../src/sources/markdown-typography.ts";
import { smartenPunctuation } from "../../src/sources/typography.ts";

const NBSP = "\u00A0";
const render = (text: string, lang?: string) => markdownFor(lang).render(text).trim();

const marks = suite("Markdown typography: quotation marks by language");

const BY_LANGUAGE: [string | undefined, string][] = [
  [undefined, "<p>“Go,” she said, ‘now’.</p>"],
  ["en-GB", "<p>“Go,” she said, ‘now’.</p>"],
  ["fr", `<p>«${NBSP}Go,${NBSP}» she said, “now”.</p>`],
  ["de", "<p>„Go,“ she said, ‚now‘.</p>"],
  ["de-AT", "<p>„Go,“ she said, ‚now‘.</p>"],
  ["ru", "<p>«Go,» she said, „now“.</p>"],
  ["es", "<p>«Go,» she said, “now”.</p>"],
  ["sv", "<p>”Go,” she said, ’now’.</p>"],
  ["fi", "<p>”Go,” she said, ’now’.</p>"],
  ["ja", "<p>「Go,」 she said, 『now』.</p>"],
  ["zh-Hant", "<p>「Go,」 she said, 『now』.</p>"],
  ["zh", "<p>“Go,” she said, ‘now’.</p>"],
  ["xx-unknown", "<p>“Go,” she said, ‘now’.</p>"],
];
for (const [lang, expected] of BY_LANGUAGE) {
  marks(`${lang ?? "no language"}`, () => assert.is(render(`"Go," she said, 'now'.`, lang), expected));
}

marks("French: typed guillemets get no-break spaces inside", () => {
  assert.is(render("Le mot « faux-texte » ici.", "fr"), `<p>Le mot «${NBSP}faux-texte${NBSP}» ici.</p>`);
});

marks("an apostrophe is an apostrophe in every language", () => {
  assert.is(render("L'avantage d'un texte", "fr"), "<p>L’avantage d’un texte</p>");
});

marks("quotesFor picks the most specific entry", () => {
  assert.equal(quotesFor("pt-BR"), ["“", "”", "‘", "’"]);
  assert.equal(quotesFor("pt-PT"), ["«", "»", "“", "”"]);
});

marks.run();

const punctuation = suite("Markdown typography: dashes and ellipses as wire text makes them");

punctuation("`--` between words becomes the em dash wire text makes", () => {
  const text = "the breakwater -- damaged -- held";
  assert.is(render(text), `<p>${smartenPunctuation(text)}</p>`);
  assert.is(render("then--suddenly"), "<p>then—suddenly</p>");
});

punctuation("three dots become an ellipsis; four stay", () => {
  assert.is(render("Wait... what...."), "<p>Wait… what....</p>");
});

punctuation("(c) in a list of letters is not a copyright sign", () => {
  assert.is(render("(a) one (b) two (c) three"), "<p>(a) one (b) two (c) three</p>");
});

punctuation("code spans, code blocks, link targets and bare URLs stay as typed", () => {
  assert.is(render('`"x" -- y...`'), "<p><code>&quot;x&quot; -- y...</code></p>");
  assert.is(render('```\n"x" -- y...\n```'), "<pre><code>&quot;x&quot; -- y...\n</code></pre>");
  assert.is(render("<https://example.com/a--b...c>"), '<p><a href="https://example.com/a--b...c">https://example.com/a--b...c</a></p>');
  assert.is(render("[it -- here](https://example.com/a--b)"), '<p><a href="https://example.com/a--b">it — here</a></p>');
  assert.is(render("see https://example.com/a--b... -- then"), "<p>see https://example.com/a--b... — then</p>");
});

punctuation("quotes around emphasis pair up across the markup", () => {
  assert.is(render('"*Never*," he said'), "<p>“<em>Never</em>,” he said</p>");
});

punctuation.run();

const fields = suite("Markdown typography: one-line front matter fields");

fields("a headline gets the body's quotes, dashes and ellipses in its language", () => {
  assert.is(smartenText(`Manchester's "fare" -- freeze...`, undefined), "Manchester’s “fare” — freeze…");
  assert.is(smartenText(`Le "gel" des tarifs`, "fr"), `Le «${NBSP}gel${NBSP}» des tarifs`);
});

fields("nothing in a headline is read as Markdown or HTML", () => {
  const typed = "2*3*4 <b>x</b> &amp; [link](x) `code` \\ _under_ # end";
  assert.is(smartenText(typed, "en"), typed);
});

fields.run();

// Language tags as CMSs write them, typed guillemets by language, and the edges of the URL and
// autolink rules, on text in the shape Hugo and Jekyll posts have.
const edges = suite("Markdown typography: tags, guillemets, links");

edges("language tags with underscores, capitals or stray spaces find their marks", () => {
  assert.equal(quotesFor("pt_BR"), ["“", "”", "‘", "’"]);
  assert.equal(quotesFor(" fr"), [`«${NBSP}`, `${NBSP}»`, "“", "”"]);
  assert.equal(quotesFor("DE-ch"), ["„", "“", "‚", "‘"]);
  assert.equal(quotesFor("zh-Hant-TW"), ["「", "」", "『", "』"]);
});

edges("typed guillemets get no-break spaces only in French, however many spaces were typed", () => {
  assert.is(render("Le mot «  faux-texte   » ici.", "fr"), `<p>Le mot «${NBSP}faux-texte${NBSP}» ici.</p>`);
  assert.is(render("La palabra « texto » aquí.", "es"), "<p>La palabra « texto » aquí.</p>");
  assert.is(render("Слово « текст » здесь.", "ru"), "<p>Слово « текст » здесь.</p>");
});

edges("text after an autolink is punctuated again; http and www addresses keep their dashes and dots", () => {
  assert.is(render("<https://example.com/a--b> and then -- later..."), '<p><a href="https://example.com/a--b">https://example.com/a--b</a> and then — later…</p>');
  assert.is(render("see http://example.com/a--b... -- then"), "<p>see http://example.com/a--b... — then</p>");
  assert.is(render("see www.example.com/a--b -- then"), "<p>see www.example.com/a--b — then</p>");
});

edges("a list of eleven bare addresses comes back whole", () => {
  const urls = Array.from({ length: 11 }, (_, index) => `https://example.com/report--${index + 1}`);
  assert.is(render(`Sources: ${urls.join(", ")} -- all`), `<p>Sources: ${urls.join(", ")} — all</p>`);
});

edges("a dek typed over two lines keeps its line break, soft or hard", () => {
  assert.is(smartenText(`Line one -- here\nLine "two"`, "en"), "Line one — here\nLine “two”");
  assert.is(smartenText("Line one  \nLine two", "en"), "Line one\nLine two");
});

edges.run();
