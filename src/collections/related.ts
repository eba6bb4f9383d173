// Related articles: in the article's own language first (then its base language, then others
// only to fill the list: language-first.ts), within that the most tags shared first, then the
// same section, then the newest; never the article itself, nor its translations, which the page
// links already. Candidates are the articles published around the same time in each of the
// article's tags and in its section (a window either side of it in each group's timeline), so the
// work per article is bounded however large the archive and its commonest tags grow: scoring
// every article that shares a tag made this step grow with the square of the archive (7 s of a
// 10,000-article build). Readers of a story are also best served by what was written around it.
// When that window holds too few stories in the article's language (a story in a newsroom's
// smaller language, among hundreds in its main one), the same window is taken again in each
// group's timeline of that language alone.
import type { Article } from "../model/types.ts";
import type { Group } from "./groups.ts";
import { baseLanguage } from "./language-first.ts";
import { translationGroupKey, translationsOf } from "./translations.ts";

/** Articles taken from each side of an article in each of its groups' timelines. */
export const RELATED_WINDOW = 60;

export function relatedArticles(
  articles: readonly Article[],
  tags: readonly Group[],
  sections: readonly Group[],
  limit: number,
  window = RELATED_WINDOW,
): Map<string, Article[]> {
  // Articles are numbered by their place in `articles` (newest first).
  const order = new Map(articles.map((article, index) => [article, index]));
  const { lang, base } = languageNumbers(articles);
  const tagPlaces = placesInGroups(tags, order, lang);
  const sectionPlaces = placesInGroups(sections, order, lang);
  const translations = translationsOf(articles);
  const scores = new Scores(articles.length, sectionNumbers(articles), lang, base);
  const related = new Map<string, Article[]>();
  articles.forEach((article, self) => {
    const versions = translations[article.id];
    scores.start(self, versions ? versions.map((translation) => order.get(translation)!) : []);
    for (const place of tagPlaces[self]!) for (const index of around(place, window)) scores.shareTag(index);
    for (const place of sectionPlaces[self]!) for (const index of around(place, limit)) scores.shareSection(index);
    if (scores.ownLanguage < limit) {
      // A story near in both timelines of a tag shares that tag once: the first loop counted it.
      for (const place of tagPlaces[self]!) for (const index of fartherInLanguage(place, window)) scores.shareTag(index);
      for (const place of sectionPlaces[self]!) for (const index of fartherInLanguage(place, limit)) scores.shareSection(index);
    }
    related.set(article.id, scores.best(limit).map((index) => articles[index]!));
  });
  return related;
}

/**
 * One article's candidates at a time, by number: scores in one typed array, reset for the next
 * article, instead of a map per article (10,000 articles with ~500 candidates each made that the
 * costliest step of the collections).
 */
class Scores {
  private readonly score: Int32Array;
  /** The candidate's language beside the article's: 0 the same, 1 the same base language, 2 another. */
  private readonly tier: Uint8Array;
  /** The article's translations, marked with its own number plus one. */
  private readonly blocked: Int32Array;
  private readonly touched: number[] = [];
  private self = -1;
  /** Whether the article has translations to leave out: most have none, and need no look at `blocked`. */
  private guarded = false;
  /** How many candidates so far are in the article's own language. */
  ownLanguage = 0;

  constructor(
    size: number,
    /**
     * Each article's section as a number, read from one typed array: reading it from the
     * candidate's article object missed the processor's caches once per candidate, since objects
     * lie scattered across the heap. At 100,000 articles this step took 6.5 s that way, about 2 s
     * this way.
     */
    private readonly sectionOf: Int32Array,
    private readonly lang: Int32Array,
    private readonly base: Int32Array,
  ) {
    this.score = new Int32Array(size);
    this.tier = new Uint8Array(size);
    this.blocked = new Int32Array(size);
  }

  start(self: number, translations: readonly number[]): void {
    for (const index of this.touched) this.score[index] = 0;
    this.touched.length = 0;
    this.self = self;
    this.ownLanguage = 0;
    this.guarded = translations.length > 0;
    for (const index of translations) this.blocked[index] = self + 1;
  }

  shareTag(index: number): void {
    if (!this.isCandidate(index)) return;
    if (this.score[index] === 0) {
      this.meet(index);
      // Once per candidate: the same section adds 1 to the 2 per shared tag.
      if (this.sectionOf[index] === this.sectionOf[this.self]) this.score[index] = 1;
    }
    this.score[index] = this.score[index]! + 2;
  }

  shareSection(index: number): void {
    if (!this.isCandidate(index) || this.score[index] !== 0) return;
    this.score[index] = 1;
    this.meet(index);
  }

  /** The `limit` best: the reader's language first, then the highest score, ties to the newest (the lower index); without sorting them all. */
  best(limit: number): number[] {
    const { score, tier } = this;
    const ahead = (a: number, b: number) => tier[a]! - tier[b]! || score[b]! - score[a]! || a - b;
    const kept: number[] = [];
    if (limit <= 0) return kept;
    for (const candidate of this.touched) {
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

  private isCandidate(index: number): boolean {
    return index !== this.self && !(this.guarded && this.blocked[index] === this.self + 1);
  }

  private meet(index: number): void {
    this.touched.push(index);
    const tier = this.lang[index] === this.lang[this.self] ? 0 : this.base[index] === this.base[this.self] ? 1 : 2;
    this.tier[index] = tier;
    if (tier === 0) this.ownLanguage++;
  }
}

/** Each article's language and base language (`fr-CA` → `fr`) as numbers, for comparing in typed arrays. */
function languageNumbers(articles: readonly Article[]): { lang: Int32Array; base: Int32Array } {
  const numbers = new Map<string, number>();
  const number = (tag: string) => {
    let known = numbers.get(tag);
    if (known === undefined) numbers.set(tag, (known = numbers.size));
    return known;
  };
  // Base languages are numbered apart from tags: "fr" the tag and "fr" the base of "fr-CA" are one base.
  const bases = new Map<string, number>();
  const baseNumber = (tag: string) => {
    const name = baseLanguage(tag);
    let known = bases.get(name);
    if (known === undefined) bases.set(name, (known = bases.size));
    return known;
  };
  return { lang: Int32Array.from(articles, (article) => number(article.lang)), base: Int32Array.from(articles, (article) => baseNumber(article.lang)) };
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

/** Where an article stands in a group's newest-first timeline, the timeline as article numbers. */
interface Place {
  members: Int32Array;
  index: number;
  /** In a group of several languages: where it stands in the group's timeline of its own language. */
  own?: {
    members: Int32Array;
    index: number;
    /** Each of those members' index in the whole timeline. */
    at: Int32Array;
  };
}

/** For each article (by number), its place in every group it belongs to. */
function placesInGroups(groups: readonly Group[], order: ReadonlyMap<Article, number>, lang: Int32Array): Place[][] {
  const places: Place[][] = Array.from({ length: order.size }, () => []);
  for (const group of groups) {
    const members = Int32Array.from(group.articles, (article) => order.get(article)!);
    // Most groups are in one language: no timelines of their languages to make.
    if (members.every((member) => lang[member] === lang[members[0]!])) {
      members.forEach((member, index) => places[member]!.push({ members, index }));
      continue;
    }
    const byLanguage = new Map<number, number[]>();
    members.forEach((member, index) => {
      const positions = byLanguage.get(lang[member]!);
      if (positions) positions.push(index);
      else byLanguage.set(lang[member]!, [index]);
    });
    for (const positions of byLanguage.values()) {
      const at = Int32Array.from(positions);
      const own = Int32Array.from(positions, (position) => members[position]!);
      positions.forEach((position, index) => places[members[position]!]!.push({ members, index: position, own: { members: own, index, at } }));
    }
  }
  return places;
}

function around({ members, index }: Place, window: number): Int32Array {
  return members.subarray(Math.max(0, index - window), index + window + 1);
}

/** The window in the timeline of the article's own language, less what `around` already gave. */
function* fartherInLanguage({ index: position, own }: Place, window: number): Generator<number> {
  if (!own) return;
  for (let index = Math.max(0, own.index - window); index <= Math.min(own.members.length - 1, own.index + window); index++) {
    if (Math.abs(own.at[index]! - position) > window) yield own.members[index]!;
  }
}

/**
 * Preview: related lists depend only on each article's place in time, tags, section, language and
 * translations, which an edit to a story's text or headline leaves alone; then the last build's
 * lists are used again (with this build's article objects) instead of scoring the archive once more.
 */
export class RelatedMemo {
  private key = "";
  private ids = new Map<string, string[]>();

  related(articles: readonly Article[], tags: readonly Group[], sections: readonly Group[], limit: number): Map<string, Article[]> {
    // The path too: two versions in one language are linked or not by which comes first (translations.ts).
    const key = `${limit}\n${articles.map((article) => `${article.id}\t${article.lang}\t${translationGroupKey(article) ?? ""}\t${article.source.path}\t${article.section}\t${article.tags.join("\t")}`).join("\n")}`;
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
