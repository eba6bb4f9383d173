// URL slugs from text in any script, transliterated to ASCII by the `transliteration` library
// (`Militärövning i jätteformat` → `militarovning-i-jatteformat`). The rule, for every page kind:
// only a-z, 0-9 and single hyphens, at most 80 characters cut at a word boundary, never ending on
// a small joining word. Apostrophes are dropped (`Beirut's` → `beiruts`, not `beirut-s`) and the
// dots of abbreviations too (`U.S.` → `us`); any other punctuation separates words, so no slug can
// hold `.`, `..` or end like a file name (`index.html` → `index-html`).
import { slugify } from "transliteration";

const MAX_SLUG_LENGTH = 80;
/** A cut at a phrase boundary may shorten a long slug to this, no further. */
const MIN_PHRASE_CUT = 48;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
const slugs = new Map<string, string>();
const KEPT_SLUGS = 20_000;

/** A slug for `text`, cut at a word boundary; empty when the text has nothing to transliterate. */
export function slugFor(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = cutSlug(toSlug(text));
    if (slugs.size >= KEPT_SLUGS) slugs.clear();
    slugs.set(text, slug);
  }
  return slug;
}

function toSlug(text: string): string {
  const joined = text.replace(SCRIPT_BOUNDARY, " ").replace(APOSTROPHES, "").replace(ABBREVIATION, (abbreviation) => abbreviation.replaceAll(".", ""));
  // The library keeps `.` and `_`; the rule does not, so whatever is left outside a-z0-9 separates.
  // (Its `trim` option is not needed: leading and trailing separators are dropped either way.)
  return slugify(joined, { lowercase: true, separator: "-" }).replace(NOT_SLUG, "-").replace(/^-+|-+$/g, "");
}

/**
 * A slug over the limit keeps its whole words up to it, then ends where a phrase ends: before the
 * last joining word, when that keeps most of the slug (`…-boundaries-with-smallest-tower`, not
 * `…-smallest-tower-and-most`), and never on a joining word.
 */
function cutSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const words = slug.slice(0, MAX_SLUG_LENGTH + 1).split("-");
  // The last piece is whole only if the cut fell on a hyphen; one word longer than the limit is cut.
  if (words.length === 1) return slug.slice(0, MAX_SLUG_LENGTH);
  words.pop();
  let joiner = words.length - 1;
  while (joiner > 0 && !DANGLING.has(words[joiner]!)) joiner--;
  if (joiner > 0 && words.slice(0, joiner).join("-").length >= MIN_PHRASE_CUT) words.length = joiner;
  while (words.length > 1 && DANGLING.has(words[words.length - 1]!)) words.pop();
  return words.join("-");
}

/** A slug given by a source is used as it is only if it is already a clean slug. */
export function isSlug(text: string): boolean {
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

/**
 * The one way to make the last segment of a page's address from text, for every kind of page:
 * a clean slug (never `.`, `..` or a file-like ending, see slugFor), never empty (text with no
 * letters or digits is refused with the reason), never a name the site uses itself beside it (that
 * is repaired by naming the kind after it, `page` → `page-credit`, and `repaired` says why).
 */
export function urlSegment(kind: SegmentKind, text: string): Segment {
  const slug = slugFor(text);
  if (!slug) return { ok: false, reason: "has no letters or digits to make an address from" };
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
