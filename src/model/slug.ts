// URL slugs from text in any script. By default (`ascii`) they are transliterated to ASCII: Arabic,
// Cyrillic, Greek, Chinese and kana by the schemes in romanize.ts (`رنا حداد` → `rana-hadad`,
// `北京大学` → `beijing-daxue`), the rest by the `transliteration` library (`Militärövning i
// jätteformat` → `militarovning-i-jatteformat`). The rule, for every page kind: only a-z, 0-9 and
// single hyphens, at most 80 characters cut at a word boundary, never ending on a small joining
// word. Apostrophes are dropped (`Beirut's` → `beiruts`, not `beirut-s`) and the dots of
// abbreviations too (`U.S.` → `us`); any other punctuation separates words, so no slug can hold
// `.`, `..` or end like a file name (`index.html` → `index-html`).
//
// A site may ask for `unicode` slugs instead (Site.slugs): the text's own letters and digits, in any
// script, in lower case and NFKC (`/tag/لبنان/`, `/author/рана-хаддад/`; compatibility forms such
// as full-width `ＧＤＰ` or Arabic presentation forms are the letters they stand for), with the same
// rule for punctuation, apostrophes, hyphens and length; no control, format (bidi, zero-width) or
// other default-ignorable character, no mark without its letter, and at most 80 characters and 200
// bytes of UTF-8 (a file name holds 255). Percent-encoding them is the URL layer's business.
//
// Accents stay (`théâtre`, `zürich`): a Unicode slug is the word as its language writes it, and
// accents tell words apart (French `côte`, `coté`, `côté`; Vietnamese tones). Folding them away is
// what ASCII slugs are for. What a Unicode slug leaves out is what the word's spelling does not
// need: Arabic's tatweel (a stretch for justifying, `بيـــروت`) and its optional vowel signs
// (tashkeel, `مُحَمَّد`), and Hebrew's points (niqqud), which writers add or leave out for one word.
import { slugify } from "transliteration";
import { romanize } from "./romanize.ts";

/** How a site's addresses are made from text: transliterated to ASCII, or in the text's own script. */
export type SlugMode = "ascii" | "unicode";

const MAX_SLUG_LENGTH = 80;
/** A Unicode slug is a folder name on disk: 200 bytes leave room under the usual 255. */
const MAX_SLUG_BYTES = 200;
/** A cut at a phrase boundary may shorten a long slug to this, no further. */
const MIN_PHRASE_CUT = 48;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NON_ASCII = /[^\x00-\x7f]/;
/** Invisible characters a Unicode slug never holds: controls, formats (bidi, zero-width) and other default-ignorables (variation selectors, the Hangul filler). */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/**
 * Optional in the spelling, so one word does not get two addresses: Arabic tatweel, tashkeel
 * (fathatan to sukun) and the superscript alef; Hebrew cantillation and points, not its
 * punctuation (maqaf, paseq, sof pasuq, nun hafukha), which separates words as any other does.
 */
const OPTIONAL_SIGNS = /[\u0640\u064b-\u0652\u0670\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/gu;
/** Anything but letters, marks and decimal digits separates words in a Unicode slug. */
const NOT_UNICODE_SLUG = /[^\p{L}\p{M}\p{Nd}]+/gu;
/** A mark at a word's start belongs to no letter (its letter was punctuation, now a hyphen). */
const ORPHAN_MARKS = /(^|-)\p{M}+/gu;

/** Apostrophes and the letters that stand for one (U+02BC, U+2019, U+0027, U+2018, U+02B9, U+0060, U+00B4). */
const APOSTROPHES = /['’‘ʼʹ`´]/gu;
/** Abbreviations written with dots: `U.S.`, `e.g.`, `U.N.`: one letter, a dot, at least twice. */
const ABBREVIATION = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu;
const NOT_SLUG = /[^a-z0-9]+/g;
/** Where Chinese, Japanese or Korean meets Latin with no space (`Cambrios被Gartner`): a word boundary all the same. */
const SCRIPT_BOUNDARY = /(?<=\p{Script=Latin}|\p{N})(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])(?=\p{Script=Latin}|\p{N})/gu;
/**
 * Words a cut slug must not end on: it reads as a phrase cut short (`…-tower-and`). English and the
 * languages the sample newsrooms publish in; transliterated, so Latin letters only.
 */
const DANGLING = new Set([
  "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "but", "than", "that",
  "de", "la", "le", "les", "des", "du", "et", "en", "und", "der", "die", "das", "von", "och", "i", "av", "og", "y", "el", "al",
]);

// Transliterating is slow and the same texts (tags, names) come back on every article: slugs are
// kept, up to a bound (headlines are many and seldom come back).
const slugs: Record<SlugMode, Map<string, string>> = { ascii: new Map(), unicode: new Map() };
const KEPT_SLUGS = 20_000;

/**
 * An ASCII slug for `text`, cut at a word boundary; empty when the text has no letter or digit to
 * make one of. One argument, so `names.map(slugFor)` stays right: the mode is slugIn's.
 */
export function slugFor(text: string): string {
  return slugIn("ascii", text);
}

/** A slug for `text` in the site's mode. */
export function slugIn(mode: SlugMode, text: string): string {
  const kept = slugs[mode];
  let slug = kept.get(text);
  if (slug === undefined) {
    slug = mode === "ascii" ? cutSlug(toSlug(text)) : cutUnicodeSlug(toUnicodeSlug(text));
    if (kept.size >= KEPT_SLUGS) kept.clear();
    kept.set(text, slug);
  }
  return slug;
}

/** What both modes do first: words apart where scripts meet, apostrophes and abbreviations' dots gone. */
function words(text: string): string {
  return text.replace(SCRIPT_BOUNDARY, " ").replace(APOSTROPHES, "").replace(ABBREVIATION, (abbreviation) => abbreviation.replaceAll(".", ""));
}

function toSlug(text: string): string {
  const latin = romanize(words(text));
  // Text already in ASCII needs no library, which takes some 8 µs a headline to give the same as
  // lower case does. The library keeps `.` and `_`; the rule does not, so whatever is left outside
  // a-z0-9 separates. (Its `trim` option is not needed: leading and trailing separators go either way.)
  const ascii = NON_ASCII.test(latin) ? slugify(latin, { lowercase: true, separator: "-" }) : latin.toLowerCase();
  return ascii.replace(NOT_SLUG, "-").replace(/^-+|-+$/g, "");
}

function toUnicodeSlug(text: string): string {
  const visible = text.normalize("NFKC").replace(INVISIBLE, "").replace(OPTIONAL_SIGNS, "");
  // `İ` lowers to `i` and a combining dot without the Turkish locale: the dot goes, as Turkish lowers it.
  return words(visible).toLowerCase().replaceAll("i\u0307", "i").replace(NOT_UNICODE_SLUG, "-").replace(ORPHAN_MARKS, "$1").replace(/^-+|-+$/g, "").normalize("NFKC");
}

/**
 * A slug over the limit keeps its whole words up to it, then ends where a phrase ends: before the
 * last joining word, when that keeps most of the slug (`…-boundaries-with-smallest-tower`, not
 * `…-smallest-tower-and-most`), and never on a joining word.
 */
function cutSlug(slug: string, length = (text: string) => text.length, first = (word: string, limit: number) => word.slice(0, limit)): string {
  if (length(slug) <= MAX_SLUG_LENGTH) return slug;
  const pieces = slug.split("-");
  const words: string[] = [];
  // Whole words while they fit, and the one the cut falls in (dropped below unless it is the first).
  for (const word of pieces) {
    words.push(word);
    if (length(words.join("-")) > MAX_SLUG_LENGTH) break;
  }
  // The last piece is whole only if the cut fell on a hyphen; one word longer than the limit is cut.
  if (words.length === 1) return first(slug, MAX_SLUG_LENGTH);
  words.pop();
  let joiner = words.length - 1;
  while (joiner > 0 && !DANGLING.has(words[joiner]!)) joiner--;
  if (joiner > 0 && length(words.slice(0, joiner).join("-")) >= MIN_PHRASE_CUT) words.length = joiner;
  while (words.length > 1 && DANGLING.has(words[words.length - 1]!)) words.pop();
  return words.join("-");
}

/**
 * A Unicode slug over the limits, cut as an ASCII one is, counting characters; then, if its
 * bytes are still too many (CJK is three bytes a character), whole characters (graphemes, so no
 * letter loses its marks) come off its end.
 */
function cutUnicodeSlug(slug: string): string {
  const cut = cutSlug(slug, (text) => [...text].length, firstGraphemes);
  if (utf8Length(cut) <= MAX_SLUG_BYTES) return cut;
  const kept = [...graphemeSegmenter().segment(cut)].map(({ segment }) => segment);
  while (kept.length > 0 && utf8Length(kept.join("")) > MAX_SLUG_BYTES) kept.pop();
  return kept.join("").replace(/-+$/, "");
}

let graphemes: Intl.Segmenter | undefined;

function graphemeSegmenter(): Intl.Segmenter {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  return graphemes;
}

/** The first whole characters of a word too long for the limit alone. */
function firstGraphemes(word: string, limit: number): string {
  let out = "";
  for (const { segment } of graphemeSegmenter().segment(word)) {
    if ([...out].length + [...segment].length > limit) break;
    out += segment;
  }
  return out;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** A slug given by a source is used as it is only if it is already a clean slug (in the site's mode). */
export function isSlug(text: string, mode: SlugMode = "ascii"): boolean {
  if (mode === "unicode") return text !== "" && slugIn("unicode", text) === text;
  return SLUG.test(text) && text.length <= MAX_SLUG_LENGTH;
}

/** The kinds of page whose address ends in a segment made from text. */
export type SegmentKind = "article" | "section" | "tag" | "author" | "credit" | "page";

/**
 * Folders and files the site writes at its top level: a content page (`/<slug>/`) may not take
 * one. Years are the articles' folders (`/2026/11/20/…`) and are refused apart.
 */
export const TOP_LEVEL_NAMES: ReadonlySet<string> = new Set(["section", "tag", "tags", "author", "archive", "search", "credits", "media", "assets", "img", "pagefind"]);

/**
 * Names the site itself uses beside a kind's pages. Under /credits/ the index's own pages are
 * /credits/page/2/, … so a name whose slug is `page` would sit in that folder. Tags, authors and
 * sections have their folder to themselves (their pages go one level down, `/tag/x/page/2/`),
 * and an article's date folder holds only articles.
 */
const RESERVED: Readonly<Partial<Record<SegmentKind, ReadonlySet<string>>>> = {
  credit: new Set(["page"]),
  page: TOP_LEVEL_NAMES,
};

export type Segment = { ok: true; slug: string; repaired?: string } | { ok: false; reason: string };

/** Why text that makes an empty slug has no page: the reason urlSegment gives. */
export const NO_LETTERS = "has no letters or digits to make an address from";

/**
 * The one way to make the last segment of a page's address from text, for every kind of page:
 * a clean slug (never `.`, `..` or a file-like ending, see slugFor), never empty (text with no
 * letters or digits is refused with the reason), never a name the site uses itself beside it (that
 * is repaired by naming the kind after it, `page` → `page-credit`, and `repaired` says why).
 */
export function urlSegment(kind: SegmentKind, text: string, mode: SlugMode = "ascii"): Segment {
  const slug = slugIn(mode, text);
  if (!slug) return { ok: false, reason: NO_LETTERS };
  if (isReserved(kind, slug)) {
    const repaired = `${slug}-${kind}`;
    return { ok: true, slug: repaired, repaired: `"${slug}" is an address the site uses itself, so its page is at "${repaired}"` };
  }
  return { ok: true, slug };
}

/** Whether `slug` is taken by the site's own pages where a page of this kind would go. */
export function isReserved(kind: SegmentKind, slug: string): boolean {
  if (kind === "page" && /^\d{4}$/.test(slug)) return true;
  return RESERVED[kind]?.has(slug) ?? false;
}
