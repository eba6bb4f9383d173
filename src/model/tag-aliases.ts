// One tag page for every spelling of a topic, across scripts: _data/tag-spellings.ts maps the name
// the page shows to the other spellings articles tag it with (`{ "Lebanon": ["لبنان", "Liban"] }`).
// An article keeps its tags as written; the model notes, for each tag the table names, the page
// it belongs to (Article.tagPages), and everything that makes a tag's address or title asks
// tagPageName for it.
import { slugFor } from "./slug.ts";
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
