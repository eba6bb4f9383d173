// One tag page for every spelling of a topic, across scripts: _data/tag-spellings.ts maps the name
// the page shows to the other spellings articles tag it with (`{ "Lebanon": ["لبنان", "Liban"] }`).
// An article keeps its tags as written; the model notes, for each tag the table names, the page
// it belongs to (Article.tagPages), and the address of that page in the site's slug mode
// (Article.tagSlugs). Whatever titles a tag's page asks tagPageName; whatever links to it or
// lists it asks tagSlug, so every part of the site agrees with the model on a tag's address.
import { slugFor, urlSegment, type SlugMode } from "./slug.ts";
import type { Article } from "./types.ts";

/** Every spelling of a listed topic (its page name too), by ASCII slug, to the name its page shows. */
export type TagAliases = ReadonlyMap<string, string>;

export function tagAliases(table: Readonly<Record<string, readonly string[]>>): TagAliases {
  // The page's own name is listed too, so `lebanon` on an English story titles the page as `لبنان` does: Lebanon.
  return new Map(Object.entries(table).flatMap(([name, spellings]) => [name, ...spellings].map((spelling) => [slugFor(spelling), name] as const)));
}

/** The pages of an article's tags that the table names, by the tag as written; undefined when it names none. */
export function tagPagesOf(tags: readonly string[], aliases: TagAliases | undefined): Record<string, string> | undefined {
  if (!aliases || aliases.size === 0) return undefined;
  // Own properties only (fromEntries defines them), so a tag such as `__proto__` is a key like any other.
  const pages = tags.flatMap((tag) => {
    const page = aliases.get(slugFor(tag));
    return page === undefined ? [] : [[tag, page] as const];
  });
  return pages.length > 0 ? Object.fromEntries(pages) : undefined;
}

/** The name a tag's page is made from and titled with: the table's, else the tag as written. */
export function tagPageName(article: Pick<Article, "tagPages">, tag: string): string {
  const pages = article.tagPages;
  // A tag is untrusted text: `constructor` must not find Object's.
  return pages && Object.hasOwn(pages, tag) ? pages[tag]! : tag;
}

/** Each tag's page address in `mode`, by the tag as written; undefined when no tag has one (none has letters or digits). */
export function tagSlugsOf(article: Pick<Article, "tags" | "tagPages">, mode: SlugMode): Record<string, string> | undefined {
  const slugs = article.tags.flatMap((tag) => {
    const segment = urlSegment("tag", tagPageName(article, tag), mode);
    return segment.ok ? [[tag, segment.slug] as const] : [];
  });
  // Own properties only, as tagPagesOf's.
  return slugs.length > 0 ? Object.fromEntries(slugs) : undefined;
}

/** The address segment of a tag's page, as the model made it; undefined when the tag has none. */
export function tagSlug(article: Pick<Article, "tagSlugs">, tag: string): string | undefined {
  const slugs = article.tagSlugs;
  return slugs && Object.hasOwn(slugs, tag) ? slugs[tag] : undefined;
}
