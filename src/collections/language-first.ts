// Lists a reader sees beside a story ("related", "more in this section") offer it in the reader's
// language first: the same language, then the same base language (`fr-CA` for a `fr` reader),
// and others only to fill the list.

/** 0 for the same language, 1 for the same base language, 2 for any other. */
export type LanguageTier = 0 | 1 | 2;

const bases = new Map<string, string>();

/** `pt-BR` → `pt`, `zh-Hant` → `zh`: the language without script or region. */
export function baseLanguage(tag: string): string {
  let base = bases.get(tag);
  if (base === undefined) {
    base = new Intl.Locale(tag).language;
    bases.set(tag, base);
  }
  return base;
}

export function languageTier(reader: string, other: string): LanguageTier {
  if (other === reader) return 0;
  return baseLanguage(other) === baseLanguage(reader) ? 1 : 2;
}

/**
 * The first `limit` of `articles` (in their order) with the reader's language first, then its
 * base language, then the rest: for an edition's "more in this section", where the list is
 * already ordered (newest first) and only the language decides what comes before what.
 */
export function inLanguageFirst<T extends { lang: string }>(articles: readonly T[], lang: string, limit: number): T[] {
  const tiers: T[][] = [[], [], []];
  for (const article of articles) {
    const tier = tiers[languageTier(lang, article.lang)]!;
    // Enough of the best tier already: nothing later can come before it.
    if (tiers[0]!.length >= limit) break;
    tier.push(article);
  }
  return tiers.flat().slice(0, Math.max(0, limit));
}
