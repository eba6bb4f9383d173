// Pages every edition has once (front page, archive, topics, search, 404): one template, paginated
// over the editions, each page at its edition's prefix (`/archive/`, `/ar/archive/`) and in its
// edition's language (`ui`), listing its edition's collections (`here`).
import type { EditionCollections } from "../collections/site-collections.ts";
import type { Edition } from "../i18n/editions.ts";
import type { PageLanguage } from "../i18n/page-language.ts";
import { plainMeta, type PageMeta } from "../seo/page-meta.ts";
import type { Site } from "../site.ts";
import type { NewsroomData } from "./prepare-newsroom.ts";

export interface EditionPageData {
  site: Site;
  newsroom?: NewsroomData;
  edition: Edition;
  ui: PageLanguage;
}

/** The page's title and description in its language; no title for the front page. */
export type PageWords = (ui: PageLanguage) => { title?: string; description: string };

/** Data for a template with one page per edition at `path` under the edition's prefix. */
export function editionPages(path: string, words: PageWords, extra: Record<string, (data: EditionPageData) => unknown> = {}) {
  return {
    layout: "base.njk",
    pagination: { data: "newsroom.i18n.editions", size: 1, alias: "edition", addAllPagesToCollections: false },
    permalink: (data: EditionPageData) => `${data.edition.prefix}${path}`,
    eleventyExcludeFromCollections: true,
    eleventyComputed: {
      // Eleventy first calls these with stand-ins for the data to see what they read: nothing is there yet.
      ui: (data: EditionPageData): PageLanguage | undefined => data.newsroom?.i18n?.page(data.edition?.lang),
      here: (data: EditionPageData): EditionCollections | undefined => (data.edition ? data.newsroom?.collections?.editions[data.edition.lang] : undefined),
      meta: (data: EditionPageData): PageMeta | undefined => {
        const ui = data.newsroom?.i18n?.page(data.edition?.lang);
        if (!ui || !data.site) return undefined;
        const { title, description } = words(ui);
        return plainMeta(data.site, `${data.edition.prefix}${path}`, title, description, ui);
      },
      ...extra,
    },
  };
}
