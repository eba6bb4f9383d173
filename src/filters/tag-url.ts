// A tag's page in the page's edition, by the same address the tag groups use (the page the tag
// spellings table names, src/model/tag-aliases.ts); empty when the tag has no letters to make one.
import { listingUrl } from "../collections/pagination.ts";
import { urlSegment } from "../model/slug.ts";
import { tagPageName } from "../model/tag-aliases.ts";
import type { Article } from "../model/types.ts";

export function tagUrl(tag: string, edition: { url(path: string): string }, article: Pick<Article, "tagPages">): string {
  const segment = urlSegment("tag", tagPageName(article, tag));
  return segment.ok ? edition.url(listingUrl("tag", segment.slug)) : "";
}
