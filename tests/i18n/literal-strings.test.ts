// No template prints a word of its own: every word a reader sees comes from a message catalogue
// (messages/<language>.json) in the page's language. This reads the templates and the browser
// scripts as text and fails on any word outside a catalogue call:
// - text between tags and template tags (`<h1>Search</h1>`);
// - attributes readers see or hear (`aria-label="Topics"`, `title`, `alt`, `placeholder`, `label`);
// - string literals inside `{{ … }}` that are not message keys (`{{ "Pictures" if … }}`);
// - message keys that the English catalogue lacks (a typo would throw at build time);
// - string literals of two or more words in the browser scripts (`"Thank you."`).
// Punctuation and symbols between tags (`·`, `*`, `:`) are not words and pass.
// tests/i18n/interface-text.test.ts checks the built pages themselves.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { catalogues } from "../helpers/page-language.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const TEMPLATES = join(ROOT, "templates");
const english = catalogues.byLanguage.get("en")!;

/** Attributes whose value a reader sees or a screen reader says. */
const SPOKEN_ATTRIBUTES = /\s(aria-label|aria-description|aria-roledescription|aria-valuetext|title|alt|placeholder|label)="([^"]*)"/g;
/** A message key: `comments.count`, `listing.section`. */
const KEY = /^[a-z][a-zA-Z]*(?:\.[a-zA-Z][\w/-]*)+$/;
const LETTER = /\p{L}/u;

async function filesUnder(dir: string, ending: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(ending)).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/** What a Nunjucks template prints literally, and the expressions it prints, as found. */
export function literalWords(template: string): { text: string[]; attributes: string[]; strings: string[]; keys: string[] } {
  const source = template.replace(/\{#[\s\S]*?#\}/g, "");
  const expressions = [...source.matchAll(/\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}/g)].map((match) => match[1] ?? match[2] ?? "");
  // Template tags stand in as a neutral mark so text on either side stays apart.
  const plain = source.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, "\u0000");
  const attributes = [...plain.matchAll(SPOKEN_ATTRIBUTES)].map((match) => match[2]!).filter((value) => LETTER.test(value));
  const between = plain
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, "\u0000")
    .replace(/<[^>]*>/g, "\u0000")
    .split("\u0000")
    .map((text) => text.trim())
    .filter((text) => LETTER.test(text));
  const strings: string[] = [];
  const keys: string[] = [];
  for (const expression of expressions) {
    for (const match of expression.matchAll(/"([^"]*)"|'([^']*)'/g)) {
      const value = match[1] ?? match[2] ?? "";
      if (KEY.test(value)) keys.push(value);
      // Words a reader would read: a space between letters, a capital, or a letter outside ASCII.
      else if (/\p{L}\s+\p{L}/u.test(value) || /^\p{Lu}/u.test(value) || /[^\x00-\x7f]/.test(value.replace(/[←→·–—]/g, ""))) strings.push(value);
    }
  }
  return { text: between, attributes, strings, keys };
}

const literal = suite("templates print no words of their own");

literal("the check finds each kind of literal word", () => {
  const found = literalWords(`<h1>Search</h1><nav aria-label="Topics">{{ "Pictures" if a else ui.t("credits.everyPicture") }}</nav>
<p>{{ ui.t("comments.count", { count: n }) }} · <span title="{{ x }}">*</span></p>{# a comment with words #}<script>var a = "x";</script>`);
  assert.equal(found.text, ["Search"]);
  assert.equal(found.attributes, ["Topics"]);
  assert.equal(found.strings, ["Pictures"]);
  assert.equal(found.keys, ["credits.everyPicture", "comments.count"]);
});

const templates = await filesUnder(TEMPLATES, ".njk");

literal("there are templates to read", () => {
  assert.ok(templates.length >= 40, `${templates.length} templates`);
});

for (const file of templates) {
  const name = relative(ROOT, file);
  literal(name, async () => {
    const found = literalWords(await readFile(file, "utf8"));
    assert.equal(found.text, [], `${name} prints words between its tags: give them a key in messages/en.json and print ui.t("key")`);
    assert.equal(found.attributes, [], `${name} has words in an attribute readers hear: use ui.t("key")`);
    assert.equal(found.strings, [], `${name} prints a string literal: use ui.t("key")`);
    const unknown = found.keys.filter((key) => !english.has(key));
    assert.equal(unknown, [], `${name} asks for keys messages/en.json does not have`);
  });
}

literal.run();

const scripts = suite("browser scripts take their words from the page");

scripts("no string literal of two or more words in templates/assets/*.js", async () => {
  for (const file of await filesUnder(join(TEMPLATES, "assets"), ".js")) {
    const code = (await readFile(file, "utf8")).replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
    const sentences = [...code.matchAll(/"([^"\n]*)"|'([^'\n]*)'|`([^`]*)`/g)]
      .map((match) => match[1] ?? match[2] ?? match[3] ?? "")
      .filter((value) => /\p{L}{2,}[\s,.:;!?]+\p{L}{2,}/u.test(value) && !isSelector(value));
    assert.equal(sentences, [], `${relative(ROOT, file)} has words of its own: put them in the page from the catalogue (a data- attribute or a hidden element) and read them there`);
  }
});

/** A script's directive or a CSS selector, not words: `use strict`, `form[data-comment-form], form[data-reaction-form]`. */
function isSelector(value: string): boolean {
  return value === "use strict" || isCssSelector(value);
}

/** A CSS selector, not words: `form[data-comment-form], form[data-reaction-form]`, `button[data-search-language]`. */
function isCssSelector(value: string): boolean {
  return /^[a-z]+\[[\w-]+(="[^"]*")?\](,\s*[a-z]+\[[\w-]+(="[^"]*")?\])*$/.test(value);
}

scripts.run();
