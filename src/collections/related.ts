// Related articles: the most tags shared first, then the same section, then the newest;
// never the article itself. Candidates are the articles published around the same time in
// each of the article's tags and in its section (a window either side of it in each group's
// timeline), so the work per article is bounded however large the archive and its commonest
// tags grow: scoring every article that shares a tag made this step grow with the square of
// the archive (7 s of a 10,000-article build). Readers of a story are also best served by
// what was written around it.
import type { Article } from "../model/types.ts";
import type { Group } from "./groups.ts";

/** Articles taken from each side of an article in each of its groups' timelines. */
export const RELATED_WINDOW = 60;

export function relatedArticles(
  articles: readonly Article[],
  tags: readonly Group[],
  sections: readonly Group[],
  limit: number,
  window = RELATED_WINDOW,
): Map<string, Article[]> {
  const order = new Map(articles.map((article, index) => [article, index]));
  const tagPlaces = placesInGroups(tags);
  const sectionPlaces = placesInGroups(sections);
  const related = new Map<string, Article[]>();
  for (const article of articles) {
    const shared = new Map<Article, number>();
    for (const place of tagPlaces.get(article) ?? []) {
      for (const other of around(place, window)) {
        if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const score = new Map<Article, number>();
    for (const [other, count] of shared) score.set(other, count * 2 + (other.section === article.section ? 1 : 0));
    for (const place of sectionPlaces.get(article) ?? []) {
      for (const other of around(place, limit)) if (other !== article && !score.has(other)) score.set(other, 1);
    }
    related.set(article.id, best(score, order, limit));
  }
  return related;
}

/** Where an article stands in a group's newest-first list. */
interface Place {
  articles: readonly Article[];
  index: number;
}

function placesInGroups(groups: readonly Group[]): Map<Article, Place[]> {
  const places = new Map<Article, Place[]>();
  for (const group of groups) {
    group.articles.forEach((article, index) => {
      const list = places.get(article);
      if (list) list.push({ articles: group.articles, index });
      else places.set(article, [{ articles: group.articles, index }]);
    });
  }
  return places;
}

function around({ articles, index }: Place, window: number): readonly Article[] {
  return articles.slice(Math.max(0, index - window), index + window + 1);
}

/** The `limit` highest scores, ties to the newest, without sorting every candidate. */
function best(score: ReadonlyMap<Article, number>, order: ReadonlyMap<Article, number>, limit: number): Article[] {
  const ahead = (a: Article, b: Article) => score.get(b)! - score.get(a)! || order.get(a)! - order.get(b)!;
  const kept: Article[] = [];
  if (limit <= 0) return kept;
  for (const candidate of score.keys()) {
    if (kept.length === limit && ahead(candidate, kept[limit - 1]!) >= 0) continue;
    let at = kept.length === limit ? limit - 1 : kept.length;
    kept[at] = candidate;
    while (at > 0 && ahead(kept[at]!, kept[at - 1]!) < 0) {
      [kept[at], kept[at - 1]] = [kept[at - 1]!, kept[at]!];
      at--;
    }
  }
  return kept;
}
