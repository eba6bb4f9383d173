// Which search index an article is in: one per language, because Pagefind stems each index's
// words with one language's stemmer, and the search page loads the index of the language a
// reader picks (see index-site.ts). Articles are grouped by their primary language subtag
// (`en-GB` and `en` share the English index): Pagefind's stemmers are chosen by it anyway, and a
// reader looking for English stories wants them all in one list.
import { autonym } from "../i18n/autonym.ts";


/** The search index of an article's language (a canonical BCP 47 tag): `en-GB` → `en`. */
export function searchLanguage(lang: string): string {
  const primary = lang.split("-")[0]?.toLowerCase() ?? "";
  if (!SEARCH_LANGUAGE.test(primary)) throw new Error(`Internal error: "${lang}" is not a language tag`);
  return primary;
}

/** A search index's name, which is also its folder under /pagefind/: a primary language subtag. */
export const SEARCH_LANGUAGE = /^[a-z]{2,8}$/;

export interface SearchLanguage {
  /** Its index's name (searchLanguage). */
  code: string;
  /** The language's own name for itself, as a reader of it looks for it: `English`, `Français`, `العربية`. */
  name: string;
  /** Articles in it. */
  articles: number;
}

/**
 * The languages of `langs` (one per article), as the search page offers them: the site's own
 * language first (the page is in it), then by how many articles each has, then by code.
 */
export function searchLanguages(langs: Iterable<string>, siteLang: string): SearchLanguage[] {
  const counts = new Map<string, number>();
  for (const lang of langs) {
    const code = searchLanguage(lang);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const site = searchLanguage(siteLang);
  const order = (code: string) => (code === site ? 0 : 1);
  return [...counts]
    .sort(([a, countA], [b, countB]) => order(a) - order(b) || countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, articles]) => ({ code, name: autonym(code), articles }));
}

