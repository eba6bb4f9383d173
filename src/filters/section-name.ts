// A section's display name from its slug, as _data/site.ts spells it.
import type { Site } from "../site.ts";

export function sectionName(slug: string, site: Site): string {
  return site.sections.find((section) => section.slug === slug)?.name ?? slug;
}
