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
  // Articles are numbered by their place in `articles` (newest first), so scores live in one
  // typed array, reset after each article, instead of a map per article (10,000 articles with
  // ~500 candidates each made that the costliest step of the collections).
  const order = new Map(articles.map((article, index) => [article, index]));
  const tagPlaces = placesInGroups(tags, order);
  const sectionPlaces = placesInGroups(sections, order);
  // Each article's section as a number, read from one typed array: reading it from the
  // candidate's article object missed the processor's caches once per candidate, since objects
  // lie scattered across the heap. At 100,000 articles this step took 6.5 s that way, about 2 s
  // this way.
  const sectionOf = sectionNumbers(articles);
  const score = new Int32Array(articles.length);
  const touched: number[] = [];
  const related = new Map<string, Article[]>();
  articles.forEach((article, self) => {
    for (const place of tagPlaces[self]!) {
      for (const index of around(place, window)) {
        if (index === self) continue;
        if (score[index] === 0) {
          touched.push(index);
          // Once per candidate: the same section adds 1 to the 2 per shared tag.
          if (sectionOf[index] === sectionOf[self]) score[index] = 1;
        }
        score[index] = score[index]! + 2;
      }
    }
    for (const place of sectionPlaces[self]!) {
      for (const index of around(place, limit)) {
        if (index !== self && score[index] === 0) {
          score[index] = 1;
          touched.push(index);
        }
      }
    }
    related.set(article.id, best(touched, score, limit).map((index) => articles[index]!));
    for (const index of touched) score[index] = 0;
    touched.length = 0;
  });
  return related;
}

/** Each article's section, numbered in the order sections are first met. */
function sectionNumbers(articles: readonly Article[]): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(articles, ({ section }) => {
    const known = numbers.get(section);
    if (known !== undefined) return known;
    numbers.set(section, numbers.size);
    return numbers.size - 1;
  });
}

/** Where an article stands in a group's newest-first list, the group as article numbers. */
interface Place {
  members: Int32Array;
  index: number;
}

/** For each article (by number), its place in every group it belongs to. */
function placesInGroups(groups: readonly Group[], order: ReadonlyMap<Article, number>): Place[][] {
  const places: Place[][] = Array.from({ length: order.size }, () => []);
  for (const group of groups) {
    const members = Int32Array.from(group.articles, (article) => order.get(article)!);
    members.forEach((member, index) => places[member]!.push({ members, index }));
  }
  return places;
}

function around({ members, index }: Place, window: number): Int32Array {
  return members.subarray(Math.max(0, index - window), index + window + 1);
}

/** The `limit` highest scores, ties to the newest (the lower index), without sorting every candidate. */
function best(candidates: readonly number[], score: Int32Array, limit: number): number[] {
  const ahead = (a: number, b: number) => score[b]! - score[a]! || a - b;
  const kept: number[] = [];
  if (limit <= 0) return kept;
  for (const candidate of candidates) {
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

/**
 * Preview: related lists depend only on each article's place in time, tags and section, which an
 * edit to a story's text or headline leaves alone; then the last build's lists are used again
 * (with this build's article objects) instead of scoring the archive once more.
 */
export class RelatedMemo {
  private key = "";
  private ids = new Map<string, string[]>();

  related(articles: readonly Article[], tags: readonly Group[], sections: readonly Group[], limit: number): Map<string, Article[]> {
    const key = `${limit}\n${articles.map((article) => `${article.id}\t${article.section}\t${article.tags.join("\t")}`).join("\n")}`;
    if (key === this.key) {
      const byId = new Map(articles.map((article) => [article.id, article]));
      return new Map([...this.ids].map(([id, others]) => [id, others.map((other) => byId.get(other)!)]));
    }
    const related = relatedArticles(articles, tags, sections, limit);
    this.key = key;
    this.ids = new Map([...related].map(([id, others]) => [id, others.map((other) => other.id)]));
    return related;
  }
}
