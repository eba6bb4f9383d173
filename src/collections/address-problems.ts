// What the published articles' tags, bylines and credits do to the site's addresses, said to the
// newsroom: a tag or credited name with no letters gets no page, a name the site uses itself is
// moved aside, two spellings that share a page share it knowingly, and two that differ only in
// accents or case but have two pages (Unicode slugs keep accents) are pointed out. Nothing is
// dropped, merged or split without a warning naming the source and the field.
import { articleFigures } from "../model/figures.ts";
import { NO_LETTERS, urlSegment, type SegmentKind, type SlugMode } from "../model/slug.ts";
import { warning, type Problem } from "../model/problem.ts";
import type { Article } from "../model/types.ts";
import { tagPageName, tagSlug } from "../model/tag-aliases.ts";
import { CREDITS_URL, creditParts } from "./credits.ts";
import { LISTING_PATHS } from "./pagination.ts";

const FOLDERS: Readonly<Partial<Record<SegmentKind, string>>> = { tag: LISTING_PATHS.tag, author: LISTING_PATHS.author, credit: CREDITS_URL };

/**
 * Articles newest first, as the collections meet them: the first spelling met titles a page.
 * Tags' and authors' addresses are the model's (Article.tagSlugs, Person.slug); credited names'
 * are made here in `mode`, the site's slugs, as the credits pages make them (credits.ts).
 */
export function addressProblems(articles: readonly Article[], mode: SlugMode = "ascii"): Problem[] {
  const problems: Problem[] = [];
  const spellings = new SharedPages(problems);
  for (const article of articles) {
    const path = article.source.path;
    for (const tag of article.tags) {
      // The page the tag spellings table joins it to (`لبنان` → Lebanon): a deliberate alias, not a clash.
      const slug = tagSlug(article, tag);
      if (slug === undefined) problems.push(warning(path, "tags", `"${tag}" ${NO_LETTERS}, so it has no tag page and no link: write the tag in words, or remove it`));
      else spellings.meet("tag", slug, tagPageName(article, tag), path, "tags");
    }
    for (const person of article.byline) spellings.meet("author", person.slug, person.pageName ?? person.name, path, "byline");
    for (const figure of articleFigures(article)) {
      if (!figure.src) continue;
      const field = figure.field ?? "credit";
      // The same parts, and the same addresses, as creditNames gives the credits pages.
      for (const part of creditParts(figure.credit)) {
        const segment = urlSegment("credit", part, mode);
        if (!segment.ok) {
          problems.push(warning(path, field, `the credit "${figure.credit}" names "${part}", which ${segment.reason}, so it has no credits page: correct the credit`));
          continue;
        }
        if (segment.repaired) spellings.repaired("credit", segment.slug, part, path, field, segment.repaired);
        spellings.meet("credit", segment.slug, part, path, field);
      }
    }
  }
  return problems;
}

/** How to join two spellings of one name into one page, by the kind of page. */
const JOIN: Readonly<Partial<Record<SegmentKind, string>>> = {
  tag: "list one as the other's spelling in _data/tag-spellings.ts, or spell them alike",
  author: "list one as the other's spelling in _data/authors.ts, or spell them alike",
  credit: "spell the credits alike",
};

/** The first spelling of each page's name, and which later, different spellings were warned of. */
class SharedPages {
  private readonly first = new Map<string, { spelling: string; folded: string; path: string }>();
  /** The first page of each name as readers tell it apart (`fold`), by kind. */
  private readonly firstFolded = new Map<string, { slug: string; spelling: string; path: string }>();
  private readonly said = new Set<string>();

  constructor(private readonly problems: Problem[]) {}

  meet(kind: SegmentKind, slug: string, spelling: string, path: string, field: string): void {
    const key = `${kind}\0${slug}`;
    const first = this.first.get(key);
    if (!first) {
      const folded = fold(spelling);
      this.first.set(key, { spelling, folded, path });
      this.splitPages(kind, slug, spelling, folded, path, field);
      return;
    }
    // The same spelling again is the common case, and needs no folding.
    if (first.spelling === spelling) return;
    const folded = fold(spelling);
    // "Climate" and "climate", "Zürich" and "Zurich" are one name on purpose: only spellings that
    // differ in more than case, accents and spacing are worth a word (`C++` and `C`).
    if (first.folded === folded || this.said.has(`${key}\0${folded}`)) return;
    this.said.add(`${key}\0${folded}`);
    const url = `${FOLDERS[kind]}${slug}/`;
    this.problems.push(warning(path, field, `"${spelling}" shares the page ${url} with "${first.spelling}" (${first.path}), because both make the address "${slug}": the page is titled "${first.spelling}"; spell them alike, or make them differ in letters or digits`));
  }

  /**
   * A new page whose name readers cannot tell from an earlier page's (`Zürich` and `Zurich` with
   * Unicode slugs, which keep accents; `مُحَمَّد` and `محمد` with ASCII ones, which read the vowels).
   */
  private splitPages(kind: SegmentKind, slug: string, spelling: string, folded: string, path: string, field: string): void {
    const key = `${kind}\0${folded}`;
    const other = this.firstFolded.get(key);
    if (!other) {
      this.firstFolded.set(key, { slug, spelling, path });
      return;
    }
    this.problems.push(warning(path, field, `"${spelling}" has the page ${FOLDERS[kind]}${slug}/ and "${other.spelling}" (${other.path}) the page ${FOLDERS[kind]}${other.slug}/: they differ only in accents, marks or case, so readers take them for one name; ${JOIN[kind]}`));
  }

  repaired(kind: SegmentKind, slug: string, spelling: string, path: string, field: string, why: string): void {
    const key = `${kind}\0${slug}\0repaired`;
    if (this.said.has(key)) return;
    this.said.add(key);
    this.problems.push(warning(path, field, `"${spelling}": ${why} (${FOLDERS[kind]}${slug}/)`));
  }
}

/** A name as readers tell it apart: no case, accents, apostrophes, or difference between spaces, hyphens and underscores. */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘ʼ`´]/gu, "")
    .replace(/[\s_-]+/gu, " ")
    .trim();
}
