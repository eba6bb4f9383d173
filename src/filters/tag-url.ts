// A tag's page in the page's edition, at the address the model gave it (Article.tagSlugs, in the
// site's slug mode), which the tag groups use too; empty when the tag has no letters to make one.
import { listingUrl } from "../collections/pagination.ts";
import { tagSlug } from "../model/tag-aliases.ts";
import type { Article } from "../model/types.ts";

export function tagUrl(tag: string, edition: { url(path: string): string }, article: Pick<Article, "tagSlugs">): string {
  const slug = tagSlug(article, tag);
  return slug === undefined ? "" : edition.url(listingUrl("tag", slug));
}
