// ArticleInput → Article: every rule for every format, in one place. A source with any error
// becomes its problems and no article; warnings travel with a published article.
import type { DateTime } from "luxon";
import type { Site } from "../site.ts";
import { ARTICLE_ID, articleId } from "./article-id.ts";
import { namelessPieces, organizationCredit, parseByline, type AuthorAliases } from "./byline.ts";
import { parseDateline } from "./dateline.ts";
import { parseSourceDate, type ParsedDate } from "./dates.ts";
import { normalizeFigure, type MediaLibrary } from "./figures.ts";
import { renumberHeadings } from "./heading-levels.ts";
import { canonicalLanguage, directionOf } from "./language.ts";
import { error, hasErrors, warning, type Problem } from "./problem.ts";
import { scriptLanguageProblems } from "./script-language.ts";
import { isSlug, urlSegment, type SlugMode } from "./slug.ts";
import { tagPagesOf, tagSlugsOf, type TagAliases } from "./tag-aliases.ts";
import { editionOf } from "../i18n/editions.ts";
import { withSafeText } from "./text-hygiene.ts";
import type { Article, ArticleInput, Block, BlockInput, Comment, Dateline, Figure, FigureInput, Note, Status, StoryNote } from "./types.ts";
import { isZone, zoneForDateline } from "./zones.ts";

export interface NormalizeContext {
  site: Site;
  /** Other spellings of bylined names; absent when the newsroom lists none. */
  authors?: AuthorAliases;
  /** Other spellings of tags (_data/tag-spellings.ts); absent when the newsroom lists none. */
  tags?: TagAliases;
  /** The build time: later publication dates are scheduled, later embargoes hold. */
  now: DateTime;
  media: MediaLibrary;
}

export type Normalized =
  | { kind: "published"; article: Article; problems: Problem[] }
  | { kind: "held"; article: Article; reason: string; problems: Problem[] }
  | { kind: "rejected"; problems: Problem[] };

const STATUS_WORDS: Record<string, "published" | "draft"> = { published: "published", publish: "published", live: "published", draft: "draft" };

/** Where a source sits: the first folder under content/articles/, if any (`world/x.json` → `world`). */
export interface SourceLocation {
  folder?: string;
}

export function normalizeArticle(source: ArticleInput, context: NormalizeContext, location: SourceLocation = {}): Normalized {
  // Every rule below reads text already free of control and direction-override characters.
  const { input, problems } = withSafeText(source);
  const path = input.path;
  const name = (field: keyof ArticleInput) => input.fieldNames[field] ?? field;
  const fail = (field: keyof ArticleInput, message: string) => problems.push(error(path, name(field), message));

  const headline = oneLine(input.headline);
  if (!headline) fail("headline", "missing headline: every article needs one");

  const dateline = datelineOf(input.dateline);
  if (input.dateline !== undefined && !dateline) fail("dateline", `"${String(input.dateline)}" is not a dateline: write it like "BEIRUT, Lebanon" or "LONDON (Reuters)"`);

  const zone = zoneOf(input, dateline, context.site, fail);
  const published = dateField(input.published, "published", zone, input, problems);
  if (input.published === undefined) fail("published", "missing publication date: give the date the article was (or will be) published");
  let updated = dateField(input.updated, "updated", zone, input, problems);
  if (published && updated && updated.value <= published.value) {
    problems.push(warning(path, name("updated"), "is not later than the publication date, so no \"Updated\" line is shown"));
    updated = undefined;
  }
  // Read with the other dates, so an unreadable embargo is reported with the source's other problems.
  const embargo = dateField(input.embargoedUntil, "embargoedUntil", zone, input, problems);

  const lang = input.lang === undefined ? context.site.lang : canonicalLanguage(input.lang);
  if (!lang) fail("lang", `"${input.lang}" is not a language tag: use a BCP 47 tag such as "en", "sv" or "ar"`);

  const section = sectionOf(input.section, location.folder, context.site);
  if (!section) fail("section", `"${input.section}" is not a section of this site: use one of ${context.site.sections.map((s) => s.slug).join(", ")}`);

  // Every address this article makes (its own, its authors', its tags') in the site's mode; unset is ASCII.
  const slugs = context.site.slugs ?? "ascii";
  const slug = slugOf(input, headline, slugs, fail, (field, message) => problems.push(warning(path, name(field), message)));
  const status = statusOf(input, fail);

  const lead = input.lead ? figureOf(input.lead, path, context.media, problems) : undefined;
  const body = bodyOf(input.body, path, context.media, problems);
  if (!body.some((block) => block.type !== "figure")) fail("body", "the article has no text: an empty body is not published");
  if (lang) problems.push(...scriptLanguageProblems({ path, field: name("lang"), lang, declared: input.lang !== undefined, headline, body }));

  const comments = commentsOf(input, zone, problems);
  const corrections = correctionsOf(input, zone, problems);
  const translationKey = translationKeyOf(input, name("translationKey"), problems);
  for (const piece of namelessPieces(input.byline)) {
    problems.push(warning(path, name("byline"), `"${piece}" has no letter or digit to name anyone, so it is left out of the byline: write the name, or remove it`));
  }

  if (hasErrors(problems)) return { kind: "rejected", problems };
  // Each value missing above was reported as an error, so from here on every one is there.
  const publishedAt = published!.value;
  const article: Article = {
    id: articleId(path),
    slug: slug!,
    // An article in another edition's language lives under that edition's prefix (`/ar/2026/…`).
    url: `${editionOf(context.site, lang!).prefix}/${publishedAt.toFormat("yyyy/LL/dd")}/${slug!}/`,
    lang: lang!,
    dir: directionOf(lang!),
    headline: headline!,
    byline: parseByline(input.byline, context.authors, slugs),
    published: publishedAt,
    publishedPrecision: published!.precision,
    zone,
    status: status!,
    section: section!,
    tags: tagsOf(input.tags),
    body,
    comments,
    commentsOpen: commentsOpenFor(input, problems),
    corrections,
    source: { path, format: input.format },
  };
  const dek = oneLine(input.dek);
  if (dek) article.dek = dek;
  const kicker = oneLine(input.kicker);
  if (kicker) article.kicker = kicker;
  const credit = article.byline.length === 0 ? oneLine(organizationCredit(input.byline)) : undefined;
  if (credit) article.bylineCredit = credit;
  if (dateline) article.dateline = dateline;
  const tagPages = tagPagesOf(article.tags, context.tags);
  if (tagPages) article.tagPages = tagPages;
  const tagSlugs = tagSlugsOf(article, slugs);
  if (tagSlugs) article.tagSlugs = tagSlugs;
  if (updated) article.updated = updated.value;
  if (lead) article.lead = lead;
  const notes = notesOf(input);
  if (notes.length > 0) article.notes = notes;
  if (translationKey) article.translationKey = translationKey;

  const reason = holdReason(article, input, embargo, context.now);
  if (reason) return { kind: "held", article: { ...article, status: reason.status }, reason: reason.text, problems };
  return { kind: "published", article, problems };
}


/** Comments are open unless the source closes them, or the file name cannot carry them. */
function commentsOpenFor(input: ArticleInput, problems: Problem[]): boolean {
  if (input.commentsOpen === false) return false;
  const id = articleId(input.path);
  if (ARTICLE_ID.test(id)) return true;
  problems.push(warning(input.path, "file", `the file name "${id}" cannot carry comments (letters, digits, -, _ and . only): comments stay closed until the file is renamed`));
  return false;
}

/** Runs of whitespace as one space, trimmed; undefined when nothing is left. */
function oneLine(text: string | undefined): string | undefined {
  return text?.replace(/\s+/g, " ").trim() || undefined;
}

function datelineOf(raw: ArticleInput["dateline"]): Dateline | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === "string") return parseDateline(raw);
  // A dateline given already split is printed as it is: only its whitespace is tidied.
  const city = oneLine(raw.city);
  if (!city) return undefined;
  const dateline: Dateline = { ...raw, city };
  for (const part of ["region", "agency"] as const) {
    const text = oneLine(raw[part]);
    if (text) dateline[part] = text;
    else delete dateline[part];
  }
  return dateline;
}

/** The zone the source names, else the dateline city's, else the site's. */
function zoneOf(input: ArticleInput, dateline: Dateline | undefined, site: Site, fail: (field: keyof ArticleInput, message: string) => void): string {
  if (input.zone !== undefined) {
    if (isZone(input.zone.trim())) return input.zone.trim();
    fail("zone", `"${input.zone}" is not an IANA time zone: use a name such as "Asia/Beirut" or "America/New_York"`);
  }
  return (dateline && zoneForDateline(dateline, site.datelineZones)) ?? site.zone;
}

function dateField(raw: string | undefined, field: "published" | "updated" | "embargoedUntil", zone: string, input: ArticleInput, problems: Problem[]): Extract<ParsedDate, { ok: true }> | undefined {
  if (raw === undefined) return undefined;
  const name = input.fieldNames[field] ?? field;
  const parsed = parseSourceDate(raw, zone);
  if (!parsed.ok) {
    problems.push(error(input.path, name, parsed.message));
    return undefined;
  }
  if (parsed.note) problems.push(warning(input.path, name, parsed.note));
  return parsed;
}

/**
 * The section the source names; else the section its folder is named after, so a wire feed
 * dropped into content/articles/world/ lands in World; else the site's default section.
 */
function sectionOf(raw: string | undefined, folder: string | undefined, site: Site): string | undefined {
  const find = (name: string) => {
    const wanted = name.trim().toLowerCase();
    return site.sections.find((section) => section.slug === wanted || section.name.toLowerCase() === wanted)?.slug;
  };
  if (raw !== undefined && raw.trim() !== "") return find(raw);
  return (folder === undefined ? undefined : find(folder)) ?? site.defaultSection;
}

type Report = (field: keyof ArticleInput, message: string) => void;

function slugOf(input: ArticleInput, headline: string | undefined, mode: SlugMode, fail: Report, warn: Report): string | undefined {
  if (input.slug !== undefined) {
    const given = input.slug.trim();
    if (isSlug(given, mode)) return given;
    // Hugo and Jekyll slugs come with capitals, dots and underscores (`My_Post.html`): the page
    // keeps its words under the slug rule, and the report says so.
    const repaired = urlSegment("article", given, mode);
    if (repaired.ok) {
      const rule = mode === "unicode" ? "lower-case letters of any script, digits and single hyphens" : "lower-case letters, digits and single hyphens";
      warn("slug", `"${given}" is not a URL slug (${rule}), so "${repaired.slug}" is used: write that in the source to silence this`);
      return repaired.slug;
    }
    fail("slug", `"${given}" has no letters or digits to make a URL from: give a slug such as "harbour-reopens", or leave it out to use the headline`);
    return undefined;
  }
  if (!headline) return undefined;
  // The one rule for every address segment (slug.ts): an article's never meets a reserved name.
  const segment = urlSegment("article", headline, mode);
  if (!segment.ok) fail("slug", "the headline has no letters or digits to make a URL from: add a slug");
  return segment.ok ? segment.slug : undefined;
}

function statusOf(input: ArticleInput, fail: (field: keyof ArticleInput, message: string) => void): "published" | "draft" | undefined {
  if (input.status === undefined) return "published";
  const status = STATUS_WORDS[input.status.trim().toLowerCase()];
  if (!status) fail("status", `"${input.status}" is not a status: use "published" or "draft" (a future date schedules an article by itself)`);
  return status;
}

function holdReason(article: Article, input: ArticleInput, embargo: Extract<ParsedDate, { ok: true }> | undefined, now: DateTime): { status: Status; text: string } | undefined {
  if (article.status === "draft") return { status: "draft", text: "draft" };
  if (input.heldBack) return { status: "draft", text: input.heldBack };
  if (embargo && embargo.value > now) return { status: "embargoed", text: `embargoed until ${embargo.value.toISO({ suppressMilliseconds: true })}` };
  if (article.published > now) return { status: "scheduled", text: `scheduled for ${article.published.toISO({ suppressMilliseconds: true })}` };
  return undefined;
}

function figureOf(input: FigureInput, path: string, media: MediaLibrary, problems: Problem[]): Figure | undefined {
  const result = normalizeFigure(input, path, media);
  problems.push(...result.problems);
  return result.figure;
}

function bodyOf(blocks: BlockInput[], path: string, media: MediaLibrary, problems: Problem[]): Block[] {
  const body: Block[] = [];
  let leadMarked = false;
  for (const block of renumberHeadings(blocks)) {
    if (block.type === "figure") {
      const figure = figureOf(block.figure, path, media, problems);
      if (figure) body.push({ type: "figure", figure });
    } else if (block.type === "paragraph" && !leadMarked) {
      // The dateline opens the story's first paragraph; mark it so the page knows where.
      body.push({ ...block, lead: true });
      leadMarked = true;
    } else {
      body.push(block);
    }
  }
  return body;
}

function commentsOf(input: ArticleInput, zone: string, problems: Problem[]): Comment[] {
  return input.comments.flatMap((comment, index) => {
    const text = comment.text.trim();
    const field = `comments[${index}]`;
    if (!text) {
      problems.push(warning(input.path, field, "an empty comment was left out"));
      return [];
    }
    // Comments scraped from wire text carry no id; they are numbered in file order.
    const result: Comment = { id: comment.id ?? `reader-${index + 1}`, text };
    if (comment.replyTo) result.replyTo = comment.replyTo;
    if (comment.pick) result.pick = true;
    const author = oneLine(comment.author);
    if (author) result.author = author;
    if (comment.posted !== undefined) {
      const posted = parseSourceDate(comment.posted, zone);
      if (posted.ok) result.posted = posted.value;
      else problems.push(warning(input.path, `${field}.posted`, `${posted.message}; the comment is shown without a date`));
    }
    return [result];
  });
}

function correctionsOf(input: ArticleInput, zone: string, problems: Problem[]): Note[] {
  return input.corrections.map((correction, index) => {
    const note: Note = { text: correction.text.trim() };
    if (correction.date !== undefined) {
      const date = parseSourceDate(correction.date, zone);
      if (date.ok) note.date = date.value;
      else problems.push(error(input.path, `corrections[${index}].date`, date.message));
    }
    return note;
  });
}

/**
 * The key as written, on one line (control characters are already gone, with a warning, like any
 * field's). Keys are matched exactly, so an empty one would link nothing: it is said so.
 */
function translationKeyOf(input: ArticleInput, field: string, problems: Problem[]): string | undefined {
  if (input.translationKey === undefined) return undefined;
  const key = oneLine(input.translationKey);
  if (!key) problems.push(warning(input.path, field, "is empty, so the article is linked to no translation: write the key its versions in other languages share, or remove the field"));
  return key;
}

/** Editor's notes and contributor lines on one line each; empty ones left out. */
function notesOf(input: ArticleInput): StoryNote[] {
  return (input.notes ?? []).flatMap((note) => {
    const text = oneLine(note.text);
    return text ? [{ kind: note.kind, text }] : [];
  });
}

function tagsOf(raw: string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of raw) {
    const cleaned = tag.replace(/\s+/g, " ").trim();
    const key = cleaned.toLowerCase();
    if (cleaned && !seen.has(key)) {
      seen.add(key);
      tags.push(cleaned);
    }
  }
  return tags;
}
