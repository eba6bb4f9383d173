// Editions: a site in several languages has one edition per language, each with its own front
// page, sections, feeds and search. The site's own language keeps the site's addresses; every
// other edition lives under its language (`/ar/`, `/fr/`). A site that declares no editions
// has one, and today's addresses.
import { directionOf } from "../model/language.ts";
import { ownMatch } from "./language-chain.ts";

/** An edition as `_data/site.ts` declares it under `editions`. */
export interface EditionSettings {
  /** BCP 47 tag of the edition's language: articles in it (or a regional form of it) belong here. */
  lang: string;
  /** The site's name as this edition prints it; the site's `name` when unset. */
  name?: string;
  /** Digits for numbers and dates: a Unicode numbering system such as "latn" or "arab"; the language's default when unset. */
  digits?: string;
}

export interface Edition {
  lang: string;
  dir: "ltr" | "rtl";
  name: string;
  digits?: string;
  /** `""` for the site's own language, else `/ar` (no trailing slash): prefixed to every address of the edition. */
  prefix: string;
  isDefault: boolean;
}

/** The site's own edition first, then the others in the order the settings give. */
export function editionsOf(site: { lang: string; name: string; digits?: string; editions?: readonly EditionSettings[] }): Edition[] {
  const own: Edition = { lang: site.lang, dir: directionOf(site.lang), name: site.name, prefix: "", isDefault: true, ...(site.digits ? { digits: site.digits } : {}) };
  return [
    own,
    ...(site.editions ?? []).map((settings) => ({
      lang: settings.lang,
      dir: directionOf(settings.lang),
      name: settings.name ?? site.name,
      prefix: `/${settings.lang.toLowerCase()}`,
      isDefault: false,
      ...(settings.digits ? { digits: settings.digits } : {}),
    })),
  ];
}

/**
 * The editions' front pages are one another's versions: each names them all, with the site's own
 * as `x-default` (for readers of any other language). None for a site of one edition.
 */
export function frontPageAlternates(editions: readonly Pick<Edition, "lang" | "prefix">[]): { hreflang: string; url: string }[] {
  if (editions.length < 2) return [];
  return [...editions.map((edition) => ({ hreflang: edition.lang, url: `${edition.prefix}/` })), { hreflang: "x-default", url: `${editions[0]!.prefix}/` }];
}

// Settings are checked once a build and not changed after: their editions are worked out once.
const editionsBySite = new WeakMap<object, Edition[]>();

/** The edition of `lang` in `site`, for code that has the settings at hand (the model). */
export function editionOf(site: Parameters<typeof editionsOf>[0], lang: string): Edition {
  let editions = editionsBySite.get(site);
  if (!editions) editionsBySite.set(site, (editions = editionsOf(site)));
  return editionFor(editions, lang);
}

/** The edition an article in `lang` belongs to: its language's, else its base language's (`fr-CA` → `fr`), else the site's own. */
export function editionFor(editions: readonly Edition[], lang: string): Edition {
  const match = ownMatch(lang, new Set(editions.map((edition) => edition.lang)));
  return editions.find((edition) => edition.lang === match) ?? editions[0]!;
}
