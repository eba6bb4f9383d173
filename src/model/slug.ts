// URL slugs from text in any script, transliterated to ASCII by the `transliteration` library
// (`Militärövning i jätteformat` → `militarovning-i-jatteformat`).
import { slugify } from "transliteration";

const MAX_SLUG_LENGTH = 80;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Transliterating is slow and the same texts (tags, names) come back on every article: slugs are
// kept, up to a bound (headlines are many and seldom come back).
const slugs = new Map<string, string>();
const KEPT_SLUGS = 20_000;

/** A slug for `text`, cut at a word boundary; empty when the text has nothing to transliterate. */
export function slugFor(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = cutSlug(slugify(text, { lowercase: true, separator: "-", trim: true }));
    if (slugs.size >= KEPT_SLUGS) slugs.clear();
    slugs.set(text, slug);
  }
  return slug;
}

function cutSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf("-");
  return lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH);
}

/** A slug given by a source is used as it is only if it is already a clean slug. */
export function isSlug(text: string): boolean {
  return SLUG.test(text) && text.length <= MAX_SLUG_LENGTH;
}
