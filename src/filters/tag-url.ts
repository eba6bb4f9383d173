// A tag's page, by the same address the tag groups use; empty when the tag has no letters to make one.
import { listingUrl } from "../collections/pagination.ts";
import { urlSegment } from "../model/slug.ts";

export function tagUrl(tag: string): string {
  const segment = urlSegment("tag", tag);
  return segment.ok ? listingUrl("tag", segment.slug) : "";
}
