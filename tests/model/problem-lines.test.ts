// What an editor's report line and a page's text are made safe from (src/model/problem.ts,
// control-characters.ts), and the small rules the model reads every source through: language
// tags (language.ts) and article ids from file names (article-id.ts). Inputs are what wire feeds
// and files really carry: ANPA 1312 control codes (SOH, STX, BEL, ESC, DEL, as in the corpus's AP
// `.tst` transmissions), text-direction characters pasted from Arabic and Hebrew copy, Hugo's
// `_index.md` and Jekyll's dated file names.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { hasUnsafeCharacters, withoutControlCharacters, withoutUnsafeCharacters, withVisibleControls } from "../../src/model/control-characters.ts";
import { ARTICLE_ID, articleId } from "../../src/model/article-id.ts";
import { canonicalLanguage, directionOf } from "../../src/model/language.ts";
import { error, formatProblem, hasErrors, thrownProblem, warning } from "../../src/model/problem.ts";

const controls = suite("control characters");

controls("withoutControlCharacters: C0 controls and DEL go; tab, line feed and carriage return stay", () => {
  const cases: [raw: string, clean: string][] = [
    // An ANPA 1312 header line: SOH and STX around the selector, BEL for a bulletin, DEL padding.
    ["\u0001a0123 \u0002BC-Harbour\u0007 Reopens\u007f", "a0123 BC-Harbour Reopens"],
    ["Line one\r\n\tLine two\n", "Line one\r\n\tLine two\n"],
    ["ESC\u001b[2J cleared", "ESC[2J cleared"],
    ["\u000bvertical\u000cform feed", "verticalform feed"],
    // C1 controls and direction characters are another rule's business (withoutUnsafeCharacters).
    ["caf\u0085e \u202eok", "caf\u0085e \u202eok"],
  ];
  for (const [raw, clean] of cases) assert.is(withoutControlCharacters(raw), clean, JSON.stringify(raw));
});

controls("hasUnsafeCharacters: controls, C1, embeddings, overrides and isolates; not marks, joiners or line breaks", () => {
  const cases: [text: string, unsafe: boolean][] = [
    ["Harbour reopens", false],
    ["Line one\r\n\tLine two", false],
    ["\u200fمرحبا\u200e \u061c می\u200cخواهم 👩\u200d💻", false],
    ["Bell\u0007", true],
    ["cp1252 leftover \u0092", true],
    ["\u202enimdA ffatS", true],
    ["\u2067עברית\u2069", true],
  ];
  for (const [text, unsafe] of cases) assert.is(hasUnsafeCharacters(text), unsafe, JSON.stringify(text));
});

controls("an isolate opening a text is kept with its pop; every kind of line break ends the isolates open on a line", () => {
  const removed = new Set<string>();
  // Hebrew quoted at the very start of a line, as an Israeli desk's copy opens.
  assert.is(withoutUnsafeCharacters("\u2067עברית\u2069 said the minister", removed), "\u2067עברית\u2069 said the minister");
  assert.equal([...removed], []);
  // Windows (CR LF), old Mac (CR), and the Unicode line and paragraph separators JSON feeds carry.
  for (const lineBreak of ["\r\n", "\r", "\n", "\u2028", "\u2029"]) {
    const found = new Set<string>();
    const text = `one \u2067open${lineBreak}and \u2069closed`;
    assert.is(withoutUnsafeCharacters(text, found), `one open${lineBreak}and closed`, JSON.stringify(lineBreak));
    assert.equal([...found].sort(), ["U+2067", "U+2069"], JSON.stringify(lineBreak));
  }
  // Other spacing is no line break: the isolate stays matched across it.
  assert.is(withoutUnsafeCharacters("one \u2067open\tand \u2069closed", new Set()), "one \u2067open\tand \u2069closed");
  // A vertical tab is removed, but it breaks no line: the isolate around it stays.
  assert.is(withoutUnsafeCharacters("one \u2067open\u000band \u2069closed", new Set()), "one \u2067openand \u2069closed");
});

controls("withVisibleControls: every steering character is written out, the rest of the text kept", () => {
  const cases: [raw: string, shown: string][] = [
    ["\u001b[2J\u001b]0;pwned\u0007", "<U+001B>[2J<U+001B>]0;pwned<U+0007>"],
    ["title\nsecond line\r", "title<U+000A>second line<U+000D>"],
    ["tab\tstays", "tab\tstays"],
    ["\u202enimdA ffatS", "<U+202E>nimdA ffatS"],
    ["\u2066x\u2069 \u009b", "<U+2066>x<U+2069> <U+009B>"],
    ["café – naïve", "café – naïve"],
  ];
  for (const [raw, shown] of cases) assert.is(withVisibleControls(raw), shown, JSON.stringify(raw));
});

controls.run();

const problems = suite("problems");

problems("errors and warnings carry their severity; one error among warnings is an error", () => {
  const e = error("content/articles/a.md", "date", "is not a date");
  const w = warning("content/articles/a.md", "lastmod", "is not later");
  assert.equal(e, { path: "content/articles/a.md", field: "date", message: "is not a date", severity: "error" });
  assert.equal(w, { path: "content/articles/a.md", field: "lastmod", message: "is not later", severity: "warning" });
  const cases: [list: ReturnType<typeof error>[], errors: boolean][] = [
    [[], false],
    [[w], false],
    [[w, w], false],
    [[e], true],
    [[w, e, w], true],
  ];
  for (const [list, errors] of cases) assert.is(hasErrors(list), errors, list.map((p) => p.severity).join());
});

problems("a report line names the file and field, with a quoted source's controls written out", () => {
  const line = formatProblem(error("content/articles/wire.txt", "headline line", "\"BC-Harbour\u001b[2J\u202e\" is not a headline"));
  assert.is(line, "content/articles/wire.txt: headline line: \"BC-Harbour<U+001B>[2J<U+202E>\" is not a headline");
});

problems("a source whose step threw: too deep is the source's doing; anything else is reported with its first line", () => {
  const overflow = thrownProblem("content/articles/deep.html", "body", "parsing", new RangeError("Maximum call stack size exceeded"));
  assert.equal([overflow.severity, overflow.field, overflow.path], ["error", "body", "content/articles/deep.html"]);
  assert.match(overflow.message, /^parsing stopped: it nests too deeply/);
  const cases: [caught: unknown, said: string][] = [
    [new TypeError("Cannot read properties of undefined (reading 'city')\n    at datelineOf (src/model/normalize.ts:140:3)"), "TypeError: Cannot read properties of undefined (reading 'city')"],
    [new RangeError("Invalid time value"), "RangeError: Invalid time value"],
    ["a thrown string", "a thrown string"],
    [42, "42"],
  ];
  for (const [caught, said] of cases) {
    const problem = thrownProblem("content/articles/a.json", "file", "modelling", caught);
    assert.is(problem.severity, "error");
    assert.ok(problem.message.startsWith(`modelling failed (${said}): `), problem.message);
  }
});

problems.run();

const tags = suite("language tags and article ids");

tags("canonicalLanguage: BCP 47 tags in their canonical form, underscores read as hyphens; nothing for what is no tag", () => {
  const cases: [tag: string, canonical: string | undefined][] = [
    ["en", "en"],
    ["EN-gb", "en-GB"],
    [" en_GB ", "en-GB"],
    ["zh_hant_TW", "zh-Hant-TW"],
    ["sv-SE", "sv-SE"],
    ["english!", undefined],
    ["", undefined],
  ];
  for (const [tag, canonical] of cases) assert.is(canonicalLanguage(tag), canonical, JSON.stringify(tag));
});

tags("directionOf: right to left for Arabic, Hebrew, Persian and Urdu; left to right otherwise, asked again and again", () => {
  const cases: [tag: string, dir: string][] = [["ar", "rtl"], ["he-IL", "rtl"], ["fa", "rtl"], ["ur", "rtl"], ["en-GB", "ltr"], ["sv", "ltr"], ["ar", "rtl"], ["en-GB", "ltr"]];
  for (const [tag, dir] of cases) assert.is(directionOf(tag), dir, tag);
});

tags("articleId: the file name without its last extension, whatever folder; ARTICLE_ID: which ids can carry comments", () => {
  const cases: [path: string, id: string, carriesComments: boolean][] = [
    ["content/articles/harbour.md", "harbour", true],
    ["content/articles/world/harbour.v2.json", "harbour.v2", true],
    ["content/articles/2026-11-17-harbour-reopens.markdown", "2026-11-17-harbour-reopens", true],
    ["harbour.txt", "harbour", true],
    ["content/articles/ap/a0123_BC-Harbour.txt", "a0123_BC-Harbour", true],
    // Hugo's section index, a dotfile and a name with spaces cannot name a comments file.
    ["content/articles/world/_index.md", "_index", false],
    ["content/articles/.draft.md", ".draft", false],
    ["content/articles/Kärnkraft i Forsmark.md", "Kärnkraft i Forsmark", false],
    ["content/articles/harbour reopens.md", "harbour reopens", false],
    [`content/articles/${"a".repeat(128)}.md`, "a".repeat(128), true],
    [`content/articles/${"a".repeat(129)}.md`, "a".repeat(129), false],
  ];
  for (const [path, id, carriesComments] of cases) {
    assert.is(articleId(path), id, path);
    assert.is(ARTICLE_ID.test(id), carriesComments, path);
  }
});

tags.run();
