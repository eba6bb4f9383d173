// A tag's page, by the same slug the tag groups use; empty when the tag has no letters to slug.
import { listingUrl } from "../collections/pagination.ts";
import { slugFor } from "../model/slug.ts";

export function tagUrl(tag: string): string {
  const slug = slugFor(tag);
  return slug ? listingUrl("tag", slug) : "";
}
