// Markdown rendered with typographic punctuation in the article's language: markdown-it's
// smartquotes with the language's quotation marks, and the dashes and ellipses wire text gets.
// markdown-it only ever hands these rules text tokens, so code spans, code blocks, link
// targets and raw HTML stay exactly as typed.
import MarkdownIt from "markdown-it";
type StateCore = Parameters<Parameters<InstanceType<typeof MarkdownIt>["core"]["ruler"]["push"]>[1]>[0];
import { smartenDashes, smartenEllipses } from "./typography.ts";

const NBSP = "\u00A0";

type Markdown = InstanceType<typeof MarkdownIt>;

/**
 * Outer open, outer close, inner open, inner close, by language (the primary subtag, or the
 * whole tag where a region or script writes them differently). English marks for the rest.
 */
const QUOTES: Readonly<Record<string, readonly [string, string, string, string]>> = {
  en: ["“", "”", "‘", "’"],
  fr: [`«${NBSP}`, `${NBSP}»`, "“", "”"],
  de: ["„", "“", "‚", "‘"],
  cs: ["„", "“", "‚", "‘"],
  sk: ["„", "“", "‚", "‘"],
  pl: ["„", "”", "«", "»"],
  hu: ["„", "”", "»", "«"],
  ru: ["«", "»", "„", "“"],
  uk: ["«", "»", "„", "“"],
  be: ["«", "»", "„", "“"],
  es: ["«", "»", "“", "”"],
  ca: ["«", "»", "“", "”"],
  it: ["«", "»", "“", "”"],
  pt: ["«", "»", "“", "”"],
  "pt-br": ["“", "”", "‘", "’"],
  el: ["«", "»", "“", "”"],
  nb: ["«", "»", "‘", "’"],
  no: ["«", "»", "‘", "’"],
  nn: ["«", "»", "‘", "’"],
  da: ["»", "«", "›", "‹"],
  sv: ["”", "”", "’", "’"],
  fi: ["”", "”", "’", "’"],
  ar: ["«", "»", "“", "”"],
  fa: ["«", "»", "“", "”"],
  ja: ["「", "」", "『", "』"],
  "zh-hant": ["「", "」", "『", "』"],
  "zh-tw": ["「", "」", "『", "』"],
  "zh-hk": ["「", "」", "『", "』"],
  zh: ["“", "”", "‘", "’"],
};

/** The quotation marks for a BCP 47 tag: the most specific entry that exists, else English. */
export function quotesFor(lang: string | undefined): readonly [string, string, string, string] {
  const parts = (lang ?? "en").trim().toLowerCase().split(/[-_]/);
  for (let length = parts.length; length > 0; length--) {
    const found = QUOTES[parts.slice(0, length).join("-")];
    if (found) return found;
  }
  return QUOTES.en!;
}

// One configured parser per set of quotation marks, built on first use.
const cache = new Map<string, Markdown>();

/** A markdown-it instance for the article's language. Raw HTML passes to the sanitiser. */
export function markdownFor(lang: string | undefined): Markdown {
  const quotes = quotesFor(lang);
  const key = quotes.join("");
  let instance = cache.get(key);
  if (!instance) {
    instance = new MarkdownIt({ html: true, linkify: false, typographer: true, quotes: [...quotes] });
    // markdown-it's replacements turn `(c)` into © and `--` into an en dash; wire text makes `--`
    // an em dash and leaves `(c)` (a list item's letter) alone, so ours run instead.
    instance.disable("replacements");
    instance.core.ruler.after("smartquotes", "dateline_punctuation", punctuationRule(lang));
    cache.set(key, instance);
  }
  return instance;
}

/** ASCII punctuation Markdown would read as markup; quotes, hyphens and dots stay live for typography. */
const MARKUP = /[!#$%&()*+,/:;<=>?@[\\\]^_`{|}~]/g;

/**
 * A one-line front matter field (headline, dek) punctuated like the body, read as plain text:
 * every character Markdown could take for markup is escaped first, so `*` and `<` stay as typed.
 */
export function smartenText(text: string, lang: string | undefined): string {
  const [line] = markdownFor(lang).parseInline(text.replace(MARKUP, "\\$&"), {});
  return (line?.children ?? []).map((token) => (token.type === "softbreak" || token.type === "hardbreak" ? "\n" : token.content)).join("");
}

/** Dashes and ellipses in text tokens; French also gets no-break spaces inside typed guillemets. */
function punctuationRule(lang: string | undefined) {
  const french = quotesFor(lang)[0].startsWith("«") && quotesFor(lang)[1].startsWith(NBSP);
  return (state: StateCore): void => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      let inAutolink = false;
      for (const token of block.children) {
        if (token.type === "link_open" && token.markup === "autolink") inAutolink = true;
        else if (token.type === "link_close" && token.markup === "autolink") inAutolink = false;
        else if (token.type === "text" && !inAutolink) token.content = punctuate(token.content, french);
      }
    }
  };
}

/** A bare URL typed in running text keeps its `--` and `...`. */
const BARE_URL = /\b(?:https?:\/\/|www\.)\S+/giu;
/** Stands in for a URL while the text around it is punctuated: a private-use character, never typed. */
const PLACEHOLDER = /\uE000(\d+)\uE001/gu;

function punctuate(text: string, french: boolean): string {
  const urls: string[] = [];
  const masked = text.replace(BARE_URL, (url) => `\uE000${urls.push(url) - 1}\uE001`);
  let smart = smartenEllipses(smartenDashes(masked));
  if (french) smart = smart.replace(/« +/gu, `«${NBSP}`).replace(/ +»/gu, `${NBSP}»`);
  return smart.replace(PLACEHOLDER, (placeholder, index: string) => urls[Number(index)] ?? placeholder);
}
