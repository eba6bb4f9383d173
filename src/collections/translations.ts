// Translations: the published versions of one story in different languages. Sources link them
// by a key they share (Markdown `translationKey`, the wire header `Translation-Key`, a ninjs
// `altIds` entry with the role `translationKey`); Markdown written the Hugo way is linked by its
// file names too (`harbour.md`, `harbour.fr.md` in one folder), unless it names a key. Pages,
// the sitemap and JSON-LD link the versions both ways; related lists leave them out.
import { error, type Problem } from "../model/problem.ts";
import type { Article } from "../model/types.ts";
import type { Site } from "../site.ts";
import { pathWithoutLanguage } from "../sources/front-matter-file-name.ts";
import { absoluteUrl } from "../urls.ts";

/** Which versions an article belongs with: its key, else (Markdown) its file name without language; none for other sources. */
export function translationGroupKey(article: Article): string | undefined {
  if (article.translationKey !== undefined) return `key\n${article.translationKey}`;
  return article.source.format === "markdown" ? `file\n${pathWithoutLanguage(article.source.path)}` : undefined;
}

interface Linked {
  /** Groups of two or more versions, each at most one per language. */
  groups: Article[][];
  problems: Problem[];
}

/**
 * Each group keeps one article per language: the first in path order. A later one in the same
 * language stays published but unlinked, and is an error naming both files: the sources disagree
 * about which article is the story's version in that language, and linking either would tell
 * readers and search engines something the newsroom did not decide. Strict builds stop on it,
 * as they do when two sources claim one address.
 */
function link(articles: readonly Article[]): Linked {
  const byKey = new Map<string, Article[]>();
  for (const article of articles) {
    const key = translationGroupKey(article);
    if (key === undefined) continue;
    const group = byKey.get(key);
    if (group) group.push(article);
    else byKey.set(key, [article]);
  }
  const groups: Article[][] = [];
  const problems: Problem[] = [];
  for (const members of byKey.values()) {
    if (members.length < 2) continue;
    const byLanguage = new Map<string, Article>();
    for (const article of [...members].sort((a, b) => compare(a.source.path, b.source.path))) {
      const first = byLanguage.get(article.lang);
      if (first) problems.push(sameLanguage(article, first));
      else byLanguage.set(article.lang, article);
    }
    if (byLanguage.size > 1) groups.push([...byLanguage.values()].sort(byLanguageTag));
  }
  return { groups, problems };
}

/** Where each format writes the key (the model keeps no source's own field names). */
const KEY_FIELD: Readonly<Record<Article["source"]["format"], string>> = { markdown: "translationKey", "wire-text": "Translation-Key", ninjs: "altIds[role=translationKey]" };

function sameLanguage(article: Article, first: Article): Problem {
  if (article.translationKey === undefined) {
    return error(article.source.path, "file", `has the same name as ${first.source.path} in the same language (${article.lang}), and a story has one version per language, so this one is linked to no translation: rename one of the files, or give each its translationKey`);
  }
  return error(
    article.source.path,
    KEY_FIELD[article.source.format],
    `"${article.translationKey}" is also the key of ${first.source.path}, in the same language (${article.lang}): a story has one version per language, so this one is linked to no translation; give it its own key, or correct its language`,
  );
}

/** By language tag, then address: the same order on every page, whatever the order of the sources. */
function byLanguageTag(a: Article, b: Article): number {
  return compare(a.lang, b.lang) || compare(a.url, b.url);
}

/** Code-point order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By article id, the other published versions of its story, by language tag; absent for an article with none. */
export function translationsOf(articles: readonly Article[]): Record<string, Article[]> {
  const translations: Record<string, Article[]> = {};
  for (const group of link(articles).groups) {
    for (const article of group) translations[article.id] = group.filter((other) => other !== article);
  }
  return translations;
}

/** Two published articles that claim to be one story's version in one language (see link). */
export function translationProblems(articles: readonly Article[]): Problem[] {
  return link(articles).problems;
}

/**
 * The version the others translate: the first published (the story was written in that language
 * and translated after), on a tie the first by source path. An article with no translations is
 * its own original.
 */
export function originalOf(article: Article, translations: readonly Article[] = []): Article {
  return [article, ...translations].reduce((first, other) => {
    const earlier = other.published.toMillis() - first.published.toMillis();
    return earlier < 0 || (earlier === 0 && compare(other.source.path, first.source.path) < 0) ? other : first;
  });
}

export interface Alternate {
  /** A BCP 47 tag, or `x-default` for the version shown to readers of any other language. */
  hreflang: string;
  /** Site-relative, like `Article.url`. */
  url: string;
}

/**
 * The alternates of an article's page: every version, itself included, by language tag, then
 * `x-default` naming the original. None for an article with no translations: a page that is the
 * only version of its story has no alternates to name.
 */
export function alternatesOf(article: Article, translations: readonly Article[] | undefined): Alternate[] {
  if (!translations || translations.length === 0) return [];
  const versions = [article, ...translations].sort(byLanguageTag);
  return [...versions.map((version) => ({ hreflang: version.lang, url: version.url })), { hreflang: "x-default", url: originalOf(article, translations).url }];
}

/** `<link rel="alternate" hreflang href>` for an article's `<head>`: the alternates with absolute addresses, as search engines require. */
export function alternateLinks(article: Article, translations: readonly Article[] | undefined, site: Pick<Site, "url" | "pathPrefix">): { hreflang: string; href: string }[] {
  return alternatesOf(article, translations).map(({ hreflang, url }) => ({ hreflang, href: absoluteUrl(site, url) }));
}
