// Times as feeds and sitemaps print them: ISO 8601 / RFC 3339 with the offset of the article's
// zone (the W3C datetime profile sitemaps ask for is the same form).
import type { DateTime } from "luxon";
import type { Article } from "./model/types.ts";

/** `2026-11-18T15:10:00+02:00`; `Z` for UTC. */
export function isoTime(value: DateTime): string {
  const text = value.toISO({ suppressMilliseconds: true });
  if (text === null) throw new Error(`Internal error: an invalid time reached a feed or sitemap (${value.invalidExplanation ?? "no reason given"})`);
  return text;
}

/** When an article last changed: its update, else its publication. */
export function lastChange(article: Article): DateTime {
  return article.updated ?? article.published;
}

/** The latest change among `articles`, or `fallback` when there are none. */
export function newestChange(articles: readonly Article[], fallback: DateTime): DateTime {
  let newest: DateTime | undefined;
  for (const article of articles) {
    const changed = lastChange(article);
    if (newest === undefined || changed > newest) newest = changed;
  }
  return newest ?? fallback;
}
