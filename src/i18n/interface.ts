// Every page's words come from here: one PageLanguage per language a page is in, made once a
// build from the catalogues and the site's editions, and shared by every page in that language.
import type { Site } from "../site.ts";
import { directionOf } from "../model/language.ts";
import type { Catalogues } from "./catalogues.ts";
import { editionFor, editionsOf, type Edition } from "./editions.ts";
import { languageChain, ownMatch } from "./language-chain.ts";
import { PageLanguage } from "./page-language.ts";

export class Interface {
  readonly editions: readonly Edition[];
  private readonly pages = new Map<string, PageLanguage>();
  private readonly available: ReadonlySet<string>;

  constructor(
    private readonly catalogues: Catalogues,
    private readonly site: Site,
  ) {
    this.editions = editionsOf(site);
    this.available = new Set(catalogues.byLanguage.keys());
  }

  /**
   * A page in `lang`: an article's own language, or an edition's. A language with no catalogue
   * of its own (nor of its base language) gets the site's words and is marked as the site's
   * language; the story inside keeps its own `lang`.
   */
  page(lang: string): PageLanguage {
    let page = this.pages.get(lang);
    if (!page) {
      const spoken = ownMatch(lang, this.available) ? lang : languageChain(lang, this.site.lang).find((tag) => this.available.has(tag))!;
      const chain = languageChain(spoken, this.site.lang)
        .filter((tag) => this.available.has(tag))
        .map((tag) => ({ lang: tag, catalogue: this.catalogues.byLanguage.get(tag)! }));
      page = new PageLanguage(spoken, directionOf(spoken), { chain, edition: editionFor(this.editions, lang), site: this.site, other: (other) => this.page(other) });
      this.pages.set(lang, page);
    }
    return page;
  }

  /** The page language of each edition, the site's own first. */
  editionPages(): PageLanguage[] {
    return this.editions.map((edition) => this.page(edition.lang));
  }
}
