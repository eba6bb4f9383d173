// A warning when an article's text is plainly written in a script its language does not use:
// an Arabic story published as `en` (the site's default) gets English quotation marks, an
// English hyphenation dictionary, the wrong text direction and the wrong screen-reader voice.
// The language's scripts come from CLDR's likely subtags (Intl.Locale#maximize), so any BCP 47
// tag works without a table of languages here.
import { warning, type Problem } from "./problem.ts";
import type { Block } from "./types.ts";

/** Scripts worth telling apart, by ISO 15924 code, as Unicode's Script property names them. */
const SCRIPTS: Readonly<Record<string, { name: string; pattern: RegExp; example: string }>> = {
  Latn: { name: "Latin", pattern: /\p{Script=Latin}/gu, example: "en" },
  Arab: { name: "Arabic", pattern: /\p{Script=Arabic}/gu, example: "ar" },
  Cyrl: { name: "Cyrillic", pattern: /\p{Script=Cyrillic}/gu, example: "ru" },
  Grek: { name: "Greek", pattern: /\p{Script=Greek}/gu, example: "el" },
  Hebr: { name: "Hebrew", pattern: /\p{Script=Hebrew}/gu, example: "he" },
  Hani: { name: "Chinese (Han)", pattern: /\p{Script=Han}/gu, example: "zh" },
  Kana: { name: "Japanese kana", pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, example: "ja" },
  Hang: { name: "Korean (Hangul)", pattern: /\p{Script=Hangul}/gu, example: "ko" },
  Deva: { name: "Devanagari", pattern: /\p{Script=Devanagari}/gu, example: "hi" },
  Beng: { name: "Bengali", pattern: /\p{Script=Bengali}/gu, example: "bn" },
  Thai: { name: "Thai", pattern: /\p{Script=Thai}/gu, example: "th" },
  Geor: { name: "Georgian", pattern: /\p{Script=Georgian}/gu, example: "ka" },
  Armn: { name: "Armenian", pattern: /\p{Script=Armenian}/gu, example: "hy" },
  Ethi: { name: "Ethiopic", pattern: /\p{Script=Ethiopic}/gu, example: "am" },
};

/** Scripts that write a language whose likely script is the key (Japanese mixes three). */
const WRITES: Readonly<Record<string, readonly string[]>> = {
  Jpan: ["Hani", "Kana"],
  Kore: ["Hang", "Hani"],
  Hans: ["Hani"],
  Hant: ["Hani"],
};

/**
 * Enough letters to know a text's script: long articles are not read to the end. 3,000 letters
 * cost about 0.2 ms an article (2 s at 10,000, in the bench's profile), 1,000 about 67 µs; 400
 * are the headline and a paragraph or two, enough to see which script dominates, at about 14 µs.
 */
const MAX_LETTERS = 400;
const MARKUP = /<[^>]*>|&[#\w]+;/g;
const NOT_LETTERS = /\P{L}/gu;
/** Fewer letters than this say too little about a text's script. */
const MIN_LETTERS = 20;
/** A script "plainly" dominates when it writes more than this share of the letters... */
const DOMINANT = 0.6;
/** ...and the language's own scripts write less than this share. */
const EXPECTED_AT_MOST = 0.2;

export interface ScriptCheck {
  path: string;
  /** The source's name for the language field (`lang`, `language`). */
  field: string;
  /** The article's language (canonical BCP 47). */
  lang: string;
  /** Whether the source named the language, or the site's default applied. */
  declared: boolean;
  headline: string | undefined;
  body: readonly Block<unknown>[];
}

export function scriptLanguageProblems(check: ScriptCheck): Problem[] {
  const expected = scriptsOf(check.lang);
  if (!expected) return [];
  const sample = letterSample([check.headline ?? "", ...check.body.flatMap(blockTexts)]);
  if (sample.length < MIN_LETTERS) return [];
  // Most articles stop here, after one scan: their own script is well represented.
  const own = expected.reduce((sum, code) => sum + count(sample, code), 0);
  if (own / sample.length >= EXPECTED_AT_MOST) return [];
  const [found, most] = Object.keys(SCRIPTS)
    .map((code) => [code, count(sample, code)] as const)
    .reduce((best, next) => (next[1] > best[1] ? next : best));
  if (most / sample.length <= DOMINANT) return [];
  const script = SCRIPTS[found]!;
  const given = check.declared ? `the article says ${check.field}: ${check.lang}` : `no ${check.field} is given, so the site's language (${check.lang}) applies`;
  return [
    warning(check.path, check.field, `the text is mostly in ${script.name} script but ${given}: set ${check.field} to the language it is written in (such as ${check.field}: ${script.example}) so the page gets the right direction, quotation marks and voice`),
  ];
}

/**
 * The script that writes most of the letters of a short text (a name, a tag), by ISO 15924 code
 * (`Latn`, `Arab`, `Cyrl`, …; Japanese kana as `Kana`); undefined when it has no letter of a script
 * told apart here.
 */
export function writingScript(text: string): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const code of Object.keys(SCRIPTS)) {
    const letters = count(text, code);
    if (letters > most) [best, most] = [code, letters];
  }
  return best;
}

/** The scripts a language is written in; undefined when CLDR does not know it or it uses a script not told apart here. */
function scriptsOf(lang: string): readonly string[] | undefined {
  if (!scriptsByLanguage.has(lang)) scriptsByLanguage.set(lang, likelyScripts(lang));
  return scriptsByLanguage.get(lang);
}

// Asked once per language tag: CLDR's answer does not change, and every article asks.
const scriptsByLanguage = new Map<string, readonly string[] | undefined>();

function likelyScripts(lang: string): readonly string[] | undefined {
  let script: string | undefined;
  try {
    script = new Intl.Locale(lang).maximize().script;
  } catch {
    return undefined;
  }
  if (script === undefined) return undefined;
  const scripts = WRITES[script] ?? [script];
  return scripts.every((code) => code in SCRIPTS) ? scripts : undefined;
}

/** The HTML of a block's text (figures carry no story text of their own). */
function blockTexts(block: Block<unknown>): string[] {
  if (block.type === "list") return block.items;
  return block.type === "figure" ? [] : [block.html];
}

/** The first letters of the text, markup and entities left out: one replace a block, no arrays. */
function letterSample(texts: readonly string[]): string {
  let sample = "";
  for (const text of texts) {
    if (sample.length >= MAX_LETTERS) break;
    sample += text.slice(0, MAX_LETTERS * 2).replace(MARKUP, "").replace(NOT_LETTERS, "");
  }
  return sample.slice(0, MAX_LETTERS);
}

/** How many letters of the sample a script writes: what deleting them takes away. */
function count(sample: string, code: string): number {
  return sample.length - sample.replace(SCRIPTS[code]!.pattern, "").length;
}
