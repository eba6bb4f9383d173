// The credits index: every picture the published articles show, with its credit, where the
// credit came from and the articles it appears in; and one page per name in a credit, so a
// newsroom can answer "where did we use this agency's pictures?" or "this photographer's?".
//
// A credit names people and organisations separated by slashes, as wires write them:
// "Jane Doe/AFP" is Jane Doe's picture and an AFP picture, so it is listed on both /credits/jane-doe/
// and /credits/afp/. A credit without a slash ("Reuters", "Graphic: Dana Whitfield") is one name.
//
// Both lists are cut into pages here, once per build (credits-pages.ts says how), so no page grows
// with the archive.
import { articleFigures } from "../model/figures.ts";
import { urlSegment, type SlugMode } from "../model/slug.ts";
import type { Article, Picture } from "../model/types.ts";
import { CREDITS_PAGE_SIZE, creditsPages, type CreditsPage } from "./credits-pages.ts";

export const CREDITS_URL = "/credits/";
export const CREDITS_TITLE = "Picture credits";

export interface CreditLink {
  name: string;
  url: string;
}

export interface CreditedArticle {
  headline: string;
  url: string;
  lang: string;
  dir: "ltr" | "rtl";
}

/** One picture under one credit. A file shown with two different credits is two entries: worth a look. */
export interface CreditedPicture {
  /** The figure's file: `/media/x.jpg` or a remote URL. */
  src: string;
  picture?: Picture;
  alt: string;
  /** The caption where it was first used (newest article). */
  caption?: string;
  credit: string;
  /** `source`, or the embedded field the credit was read from. */
  creditSource: string;
  /** The embedded field the credit was read from (`IPTC Credit`), for readers; none when the source gave it. */
  creditField?: string;
  /** Each name in the credit that has a page. */
  names: CreditLink[];
  /** Newest first, each once. */
  articles: CreditedArticle[];
}

export interface CreditName extends CreditLink {
  slug: string;
  pictures: CreditedPicture[];
}

export interface CreditsIndex {
  /** Sorted by credit. */
  pictures: CreditedPicture[];
  /** Sorted by name. */
  names: CreditName[];
  /** `pictures` as pages: `/credits/`, `/credits/page/2/`, ... */
  pages: CreditsPage[];
  /** Every name's pictures as pages, names in order: `/credits/afp/`, `/credits/afp/page/2/`, ... */
  namePages: CreditsPage[];
}

/**
 * The names a credit gives, in its order: "Jane Doe/AFP" → Jane Doe, AFP. A label before a colon
 * says what kind of picture it is, not who made it: "Graphic: Dana Whitfield" → Dana Whitfield.
 */
export function creditNames(credit: string, mode: SlugMode = "ascii"): string[] {
  return creditParts(credit).filter((part) => urlSegment("credit", part, mode).ok);
}

/** Every part of a credit between slashes, label cut off, even those with no letters to make a page of (`..`). */
export function creditParts(credit: string): string[] {
  return credit
    .split("/")
    .map((part) => part.replace(/^[\p{L} ]{1,24}:\s*/u, "").trim())
    .filter((part) => part !== "");
}

/** The file's metadata field the credit was read from (`IPTC Credit`); undefined when the source gave it. */
function creditField(creditSource: string): string | undefined {
  return creditSource.startsWith("embedded ") ? creditSource.slice("embedded ".length) : undefined;
}

/** `pageSize`: (picture, article) entries per page; tests pass a small one. `mode`: the site's slugs (Site.slugs). */
export function creditsIndex(articles: readonly Article[], pageSize = CREDITS_PAGE_SIZE, mode: SlugMode = "ascii"): CreditsIndex {
  const pictures = new Map<string, CreditedPicture>();
  const names = new Map<string, CreditName>();
  for (const article of articles) {
    for (const figure of articleFigures(article)) {
      if (!figure.src) continue;
      const key = `${figure.src}\n${figure.credit}`;
      let entry = pictures.get(key);
      if (!entry) {
        const creditSource = figure.creditSource ?? "source";
        entry = { src: figure.src, alt: figure.alt, credit: figure.credit, creditSource, names: [], articles: [] };
        const field = creditField(creditSource);
        if (field) entry.creditField = field;
        if (figure.picture) entry.picture = figure.picture;
        if (figure.caption) entry.caption = figure.caption;
        for (const name of creditNames(figure.credit, mode)) {
          const segment = urlSegment("credit", name, mode);
          if (!segment.ok) continue;
          const slug = segment.slug;
          // Names that differ only in case or accents ("AFP", "Afp") share a page, titled as first met.
          const page = names.get(slug) ?? { slug, name, url: `${CREDITS_URL}${slug}/`, pictures: [] };
          names.set(slug, page);
          // A credit naming one name twice ("AFP/Afp") lists the picture on that name's page once.
          if (entry.names.some((link) => link.url === page.url)) continue;
          page.pictures.push(entry);
          entry.names.push({ name: page.name, url: page.url });
        }
        pictures.set(key, entry);
      }
      // An article's figures are all met before the next article's, so only the last entry can be
      // this article: a file photo shown in thousands of stories made a search of the whole list
      // grow with the square of the archive.
      if (entry.articles.at(-1)?.url !== article.url) entry.articles.push({ headline: article.headline, url: article.url, lang: article.lang, dir: article.dir });
    }
  }
  const byCredit = (a: CreditedPicture, b: CreditedPicture) => a.credit.localeCompare(b.credit);
  for (const page of names.values()) page.pictures.sort(byCredit);
  const sortedPictures = [...pictures.values()].sort(byCredit);
  const sortedNames = [...names.values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    pictures: sortedPictures,
    names: sortedNames,
    pages: creditsPages(CREDITS_TITLE, CREDITS_URL, sortedPictures, pageSize),
    namePages: sortedNames.flatMap((name) => creditsPages(name.name, name.url, name.pictures, pageSize, { name: CREDITS_TITLE, url: CREDITS_URL })),
  };
}
