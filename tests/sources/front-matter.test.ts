// Front matter as editors and other generators write it, and as they get it wrong: the fences
// (YAML `---`, Hugo's TOML `+++`, Eleventy's `---json` and `---js`), and for a broken block the
// one problem an editor needs, on the line of the file where the fault opens. The mistakes are
// the common hand-written ones (a colon in an unquoted title, a quote that never closes, an
// apostrophe in single quotes), in the shapes of Hugo's and Jekyll's documented front matter.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ParseResult } from "../../src/model/types.ts";
import { readFrontMatter } from "../../src/sources/front-matter.ts";
import { parseMarkdown } from "../../src/sources/markdown.ts";

const PATH = "content/articles/gas-leak.md";
const parse = (text: string) => parseMarkdown(text, PATH);
const read = (text: string) => readFrontMatter(text, PATH, "title, date");

/** The one problem of a refused file, checked to be an error on the front matter; its message. */
function refusal(result: ParseResult): string {
  if (result.kind !== "rejected") throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  assert.equal(result.problems.map((problem) => [problem.severity, problem.field, problem.path]), [["error", "front matter", PATH]]);
  const { message } = result.problems[0]!;
  assert.ok(message.trim().length > 20, `a refusal says what to fix: ${JSON.stringify(message)}`);
  return message;
}
const headline = (result: ParseResult) => (result.kind === "article" ? result.input.headline : `(${result.kind})`);

const fences = suite("front matter: fences");

fences("YAML, ---yaml, ---yml, Hugo's TOML and Eleventy's JSON all give the same fields and body", () => {
  const forms = [
    "---\ntitle: Gas leak closes town centre\ndate: 2026-11-18\n---\nStreets were closed.\n",
    "---yaml\ntitle: Gas leak closes town centre\ndate: 2026-11-18\n---\nStreets were closed.\n",
    "---YML \ntitle: Gas leak closes town centre\ndate: 2026-11-18\n---\nStreets were closed.\n",
    '+++\ntitle = "Gas leak closes town centre"\ndate = "2026-11-18"\n+++\nStreets were closed.\n',
    '---json\n{ "title": "Gas leak closes town centre", "date": "2026-11-18" }\n---\nStreets were closed.\n',
  ];
  for (const text of forms) {
    assert.equal(read(text), { ok: true, fields: { title: "Gas leak closes town centre", date: "2026-11-18" }, body: "Streets were closed.\n" }, text);
  }
});

fences("Windows line ends, and fences with trailing spaces, close as well", () => {
  assert.equal(read("---\r\ntitle: Gas leak\r\ndate: 2026-11-18\r\n---  \r\nStreets were closed.\r\n"), { ok: true, fields: { title: "Gas leak", date: "2026-11-18" }, body: "Streets were closed.\r\n" });
  assert.equal(read("--- \ntitle: Gas leak\n--- \t\nStreets were closed."), { ok: true, fields: { title: "Gas leak" }, body: "Streets were closed." });
  assert.equal(read('+++\ntitle = "Gas leak"\n+++ \nStreets were closed.'), { ok: true, fields: { title: "Gas leak" }, body: "Streets were closed." });
  // A file that ends at the closing fence has an empty body.
  assert.equal(read("---\ntitle: Gas leak\n---"), { ok: true, fields: { title: "Gas leak" }, body: "" });
});

fences("a Markdown horizontal rule further down is no front matter", () => {
  const message = refusal(parse("Streets were closed on Tuesday.\n\n---\ntitle: Gas leak\n---\nMore text.\n"));
  assert.match(message, /start the file with a `---` line/);
});

fences("an empty block is closed at once: it has no fields, it is not left open", () => {
  for (const text of ["---\n---\nStreets were closed.\n", "---\r\n---\r\nStreets were closed.\r\n"]) {
    const message = refusal(parse(text));
    assert.not.match(message, /never closed/, text);
    assert.match(message, /field: value/, text);
  }
});

fences("front matter that is a list, a lone line of text, a JSON list or JSON text is refused", () => {
  for (const text of ["---\n- Gas leak\n- 2026-11-18\n---\nx", "---\nGas leak closes town centre\n---\nx", '---json\n["Gas leak"]\n---\nx', '---json\n"Gas leak"\n---\nx']) {
    assert.match(refusal(parse(text)), /field: value/, text);
  }
});

fences("Eleventy's ---js and ---javascript are code and are never run", () => {
  for (const fence of ["---js", "---javascript", "---JS"]) {
    const message = refusal(parse(`${fence}\nglobalThis.frontMatterRan = true;\nmodule.exports = { title: "x" };\n---\nText.`));
    assert.match(message, /JavaScript front matter/, fence);
    assert.is((globalThis as { frontMatterRan?: boolean }).frontMatterRan, undefined, fence);
  }
});

fences("another language after the fence is refused, naming it", () => {
  for (const fence of ["---toml", "---coffee"]) {
    assert.match(refusal(parse(`${fence}\ntitle = "Gas leak"\n---\nText.`)), new RegExp(`\`${fence}\` front matter cannot be read`), fence);
  }
});

fences("broken JSON front matter is refused as JSON", () => {
  assert.match(refusal(parse('---json\n{ "title": "Gas leak", }\n---\nText.')), /the JSON front matter cannot be read/);
});

fences.run();

const yaml = suite("front matter: YAML mistakes, on the file's own lines");

yaml("a double-quoted title folded over two lines is fine; the colon after it is the fault", () => {
  const message = refusal(parse('---\ntitle: "Gas leak closes\n  town centre streets"\ndek: Residents: stay indoors\n---\nText.'));
  assert.is(message, 'line 4 (`dek: Residents: stay indoors`) has a colon inside an unquoted value: put the dek in quotes: dek: "Residents: stay indoors"');
});

yaml("the suggested quoting escapes quotes already in the value", () => {
  const message = refusal(parse('---\ntitle: Breaking: "gas leak" closes streets\n---\nText.'));
  assert.is(message, 'line 2 (`title: Breaking: "gas leak" closes streets`) has a colon inside an unquoted value: put the title in quotes: title: "Breaking: \\"gas leak\\" closes streets"');
});

yaml("spaces typed after the value are not part of the suggested fix", () => {
  assert.is(refusal(parse("---\ntitle: Breaking: gas leak   \n---\nText.")), 'line 2 (`title: Breaking: gas leak`) has a colon inside an unquoted value: put the title in quotes: title: "Breaking: gas leak"');
  assert.match(refusal(parse("---\ntitle: 'Market's last trader'  \n---\nText.")), /use double quotes instead: title: "Market's last trader"$/);
});

yaml("an apostrophe inside single quotes is named on its line", () => {
  const message = refusal(parse("---\ndate: 2026-11-18\ntitle: 'Market's last trader hands back the keys'\n---\nText."));
  assert.is(message, 'line 3 (`title: \'Market\'s last trader hands back the keys\'`) has an apostrophe inside single quotes: use double quotes instead: title: "Market\'s last trader hands back the keys"');
});

yaml("text after a closed double quote is the parser's fault, said plainly, not an apostrophe", () => {
  const message = refusal(parse(`---\ntitle: "Market's" last stall closes\n---\nText.`));
  assert.is(message, "the YAML cannot be read at line 2, column 19 of the file: Unexpected scalar at node end");
});

yaml("the unclosed quote is found past quoted lines that do close, in either quote style", () => {
  const message = refusal(parse(`---\nheadline: "Gas leak closes streets"\nkicker: 'Rock ''n'' roll'\ndek: "Residents told to stay indoors\ndate: 2026-11-18\n---\nText.`));
  assert.is(message, 'the quote opened at line 4 (`dek: "Residents told to stay indoors`) is never closed: end the value with " on that line');
  const single = refusal(parse(`---\nheadline: "Gas leak closes streets"\ndek: 'Residents told to stay indoors\ndate: 2026-11-18\n---\nText.`));
  assert.is(single, "the quote opened at line 3 (`dek: 'Residents told to stay indoors`) is never closed: end the value with ' on that line");
});

yaml("an unclosed quote in a list item is shown trimmed, with its line", () => {
  const message = refusal(parse('---\ntitle: Gas leak\ntags:\n  - "fishing\n  - ports\n---\nText.'));
  assert.is(message, 'the quote opened at line 4 (`- "fishing`) is never closed: end the value with " on that line');
});

yaml("a quote that never closes in a bracketed list is reported on its own line, not where the parser gave up", () => {
  const message = refusal(parse('---\ntitle: Gas leak\ntags: ["fishing, ports]\ndate: 2026-11-17\n---\nText.'));
  assert.is(message, 'the quote opened at line 3 (`tags: ["fishing, ports]`) is never closed: end the value with " on that line');
});

yaml("a quote no line can be seen to open is reported where the parser found it", () => {
  // A key typed in quotes as in JSON, its quote never closed.
  const message = refusal(parse('---\n"title: Gas leak\ndate: 2026-11-17\n---\nText.'));
  assert.match(message, /^the YAML cannot be read at line \d+, column \d+ of the file: Missing closing "quote$/);
});

yaml("a long line is cut to 57 characters and an ellipsis; one of 60 is shown whole", () => {
  const long = 'title: "Gas leak closes the town centre for the second day running';
  assert.is(long.length, 66);
  assert.match(refusal(parse(`---\n${long}\n---\nText.`)), new RegExp(`\\(\`${long.slice(0, 57).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.\\.\\.\`\\)`));
  const sixty = long.slice(0, 60);
  assert.match(refusal(parse(`---\n${sixty}\n---\nText.`)), new RegExp(`\\(\`${sixty}\`\\)`));
  const sixtyOne = long.slice(0, 61);
  assert.match(refusal(parse(`---\n${sixtyOne}\n---\nText.`)), new RegExp(`\\(\`${sixtyOne.slice(0, 57)}\\.\\.\\.\`\\)`));
});

yaml("a fault past line 10 is named once, in the file's numbering", () => {
  const front = ["title: Gas leak closes town centre", "date: 2026-11-18", "updated: 2026-11-18T15:00:00Z", "section: news", "kicker: Emergency", "dek: Streets shut", "lang: en", "zone: Europe/London", "dateline: LEEDS, England", "byline: Morag Duncan", "tags: [gas, roads"].join("\n");
  const message = refusal(parse(`---\n${front}\n---\nText.`));
  assert.is(message, "the YAML cannot be read at line 12, column 18 of the file: Flow sequence in block collection must be sufficiently indented and end with a ]");
});

yaml("an alias may be used 50 times; a 51st is refused as an alias bomb", () => {
  const uses = (count: number) => `---\ntitle: Gas leak\nauthor: &desk Morag Duncan\n${Array.from({ length: count }, (_, index) => `credit${index}: *desk`).join("\n")}\n---\nText.`;
  const fifty = parse(uses(50));
  assert.is(fifty.kind, "article");
  assert.is(headline(fifty), "Gas leak");
  assert.match(refusal(parse(uses(51))), /repeats its aliases \(`\*name`\) more than 50 times/);
});

yaml("an alias with no anchor names the alias", () => {
  assert.match(refusal(parse("---\ntitle: Gas leak\nbyline: *editor\n---\nText.")), /alias `\*editor` names no anchor \(`&editor`\)/);
});

yaml.run();

const toml = suite("front matter: Hugo's TOML");

toml("tables and arrays of tables keep their dates as the text written", () => {
  const result = parse('+++\ntitle = "Tram depot fire"\ndate = 2026-11-18T07:00:00+02:00\n\n[lead]\nsrc = "depot.jpg"\nalt = "Smoke over the depot roof"\ncredit = "Katarina Lind"\n\n[[corrections]]\ntext = "The fire started in a workshop, not the main hall."\ndate = 2026-11-19\n+++\nText.');
  if (result.kind !== "article") throw new Error(JSON.stringify(result));
  assert.is(result.input.published, "2026-11-18T07:00:00.000+02:00");
  assert.equal(result.input.lead, { field: "lead", src: "depot.jpg", alt: "Smoke over the depot roof", credit: "Katarina Lind" });
  assert.equal(result.input.corrections, [{ text: "The fire started in a workshop, not the main hall.", date: "2026-11-19" }]);
  assert.equal(result.problems, []);
});

toml("text after a closed string is the parser's fault, not an unclosed quote", () => {
  assert.is(refusal(parse('+++\ntitle = "Tram" depot fire\n+++\nx')), 'the TOML cannot be read at line 2, column 16 of the file (`title = "Tram" depot fire`): each key-value declaration must be followed by an end-of-line');
  assert.is(refusal(parse("+++\ntitle = Tram depot fire\n+++\nx")), "the TOML cannot be read at line 2, column 9 of the file (`title = Tram depot fire`): invalid value");
});

toml("an indented line that never closes its quote is shown trimmed", () => {
  assert.is(refusal(parse('+++\ntitle = "Tram"\n  date = "2026\n+++\nx')), 'the TOML cannot be read at line 3, column 10 of the file (`date = "2026`): the quote opened on that line is never closed; end the value with "');
});

toml.run();
