// Related articles: the most tags shared first, then the same section, then the newest;
// never the article itself. Candidates come from the tag and section groups, not from a
// scan of the whole archive, so the cost follows the size of an article's groups.
import type { Article } from "../model/types.ts";
import type { Group } from "./groups.ts";
import { slugFor } from "../model/slug.ts";

export function relatedArticles(articles: readonly Article[], tags: readonly Group[], sections: readonly Group[], limit: number): Map<string, Article[]> {
  const byTag = new Map(tags.map((group) => [group.slug, group.articles]));
  const bySection = new Map(sections.map((group) => [group.slug, group.articles]));
  const order = new Map(articles.map((article, index) => [article, index]));
  const related = new Map<string, Article[]>();
  for (const article of articles) {
    const shared = new Map<Article, number>();
    for (const tag of article.tags) {
      for (const other of byTag.get(slugFor(tag)) ?? []) {
        if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const score = (other: Article) => (shared.get(other) ?? 0) * 2 + (other.section === article.section ? 1 : 0);
    const sameSection = (bySection.get(article.section) ?? []).filter((other) => other !== article).slice(0, limit);
    const candidates = new Set([...shared.keys(), ...sameSection]);
    related.set(
      article.id,
      [...candidates].sort((a, b) => score(b) - score(a) || order.get(a)! - order.get(b)!).slice(0, limit),
    );
  }
  return related;
}
