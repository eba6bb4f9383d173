// A signature of each article's model, so a publish can tell which articles differ from the last
// build's without keeping the articles themselves: a hash of the article as JSON. The model is
// plain data (luxon DateTimes write themselves as ISO 8601 with their offset, and the zone they
// are shown in is the article's `zone`), so equal JSON means an equal page body. What joins an
// article from elsewhere (related articles, reactions, settings) is compared separately
// (src/eleventy/render-selection.ts).
import { createHash } from "node:crypto";
import type { Article } from "../model/types.ts";

/** Article id → sha1 of its model as JSON (not a security boundary: a change detector). */
export function articleSignatures(articles: readonly Article[]): Map<string, string> {
  const signatures = new Map<string, string>();
  for (const article of articles) signatures.set(article.id, createHash("sha1").update(JSON.stringify(article)).digest("base64"));
  return signatures;
}
