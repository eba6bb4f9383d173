// One synthetic article as the generator plans it, before any format writes it: headline,
// people, place, time, tags, pictures and body. Each article draws from its own seeded stream,
// so article i is the same whatever N is.
import { DateTime } from "luxon";
import { bodyText, bodyWords, dekOf, type TextBlock } from "./prose.ts";
import { createRandom, type Random } from "./random.ts";
import {
  AGENCY, BYLINE_NAMES, CITIES, HEADLINE_DOES, HEADLINE_WHAT, HEADLINE_WHO, HEADLINE_WHY, KICKERS, PHOTOGRAPHERS, PUBLICATION, SCENES, TAGS, WEEKDAYS,
  type City,
} from "./vocabulary.ts";

export type SourceFormat = "markdown" | "ninjs" | "wire";
/** How a Markdown source writes its date: with an offset, as local wall-clock time, or as a calendar date. */
export type DateStyle = "offset" | "local" | "date";

export interface PlannedFigure {
  /** Which of the shared picture files (0 to PICTURE_COUNT - 1). */
  picture: number;
  alt: string;
  caption: string;
  credit: string;
  photographer: string;
}

export type PlannedBlock = TextBlock | { type: "figure"; figure: PlannedFigure };

export interface PlannedArticle {
  index: number;
  format: SourceFormat;
  /** File name without extension; also the slug Dateline derives from the headline. */
  slug: string;
  headline: string;
  dek: string;
  kicker?: string;
  section: string;
  tags: string[];
  byline: string[];
  city: City;
  /** Wire copy: the agency in the dateline, `LONDON (Ledger Wire) --`. */
  agency?: string;
  published: DateTime;
  dateStyle: DateStyle;
  /** Markdown: also name the zone in the front matter. */
  statesZone: boolean;
  updated?: DateTime;
  commentsOpen: boolean;
  lead: PlannedFigure;
  body: PlannedBlock[];
  /** Words of body text: paragraphs, subheads and quotes (not captions, not the dateline). */
  words: number;
}

/** How many picture files the newsroom shares among all its figures. */
export const PICTURE_COUNT = 20;
export const PICTURE_WIDTH = 1200;
export const PICTURE_HEIGHT = 800;
export const MIN_WORDS = 600;
export const MAX_WORDS = 900;
const SPAN_DAYS = Math.round(5 * 365.25);
/**
 * Tags are drawn with weight 1 / rank^TAG_SKEW: the commonest is on about one article in nine,
 * the rarest on about one in eighty, as in a newsroom's archive.
 */
const TAG_SKEW = 0.4;
const MAX_SLUG_LENGTH = 80;

export interface PlanContext {
  seed: number;
  /** The build time: every article is published before it, over the five years up to it. */
  now: DateTime;
  sections: readonly string[];
  /** Slugs taken by earlier articles: headlines are unique, as a newsroom's are. */
  slugs: Set<string>;
}

/** Every tenth-but-three article is ninjs and every tenth-but-seven wire text: 80 / 10 / 10. */
export function formatOf(index: number): SourceFormat {
  const rest = index % 10;
  return rest === 3 ? "ninjs" : rest === 7 ? "wire" : "markdown";
}

/** Article `index` of the seed's stream; `format` overrides the one its index gives (a new story is Markdown). */
export function planArticle(index: number, context: PlanContext, format = formatOf(index)): PlannedArticle {
  const r = createRandom(articleSeed(context.seed, index));
  const city = r.pick(CITIES);
  const { headline, slug } = uniqueHeadline(r, city, context.slugs);
  const published = publishedTime(r, city, context.now);
  const target = r.int(MIN_WORDS, MAX_WORDS - 40);
  const text = bodyText(r, city, target);
  const article: PlannedArticle = {
    index,
    format,
    slug,
    headline,
    dek: dekOf(r),
    section: r.pick(context.sections),
    tags: r.sample(TAGS, r.int(3, 6), TAG_SKEW),
    byline: r.sample(BYLINE_NAMES, r.chance(0.15) ? 2 : 1, 0.5),
    city,
    published,
    dateStyle: format !== "markdown" ? "offset" : r.chance(0.6) ? "offset" : r.chance(0.85) ? "local" : "date",
    statesZone: r.chance(0.2),
    commentsOpen: !r.chance(0.1),
    lead: figure(r, city),
    body: withFigures(r, city, text, r.int(0, 2)),
    words: bodyWords(text),
  };
  if (r.chance(0.5)) article.kicker = r.pick(KICKERS);
  if (format === "wire" && r.chance(0.5)) article.agency = AGENCY;
  if (r.chance(0.15)) {
    const updated = published.plus({ minutes: r.int(20, 36 * 60) });
    if (updated < context.now) article.updated = updated;
  }
  return article;
}

/** A new story goes out a few hours before the build time: `min` h to `max` h 59 min. */
export const NEW_STORY_HOURS = { min: 1, max: 4 };

/**
 * Article `index` of the stream as the story a newsroom publishes on the build day: Markdown,
 * a few hours (NEW_STORY_HOURS) before `now` in its dateline city's zone, not updated yet.
 * `index` past the newsroom's own articles and `context.slugs` holding their slugs give it a
 * slug of its own.
 */
export function planNewStory(index: number, context: PlanContext): PlannedArticle {
  const story = planArticle(index, context, "markdown");
  // How long before comes from the planned time's hour and minute: drawn from the article's own
  // stream like everything else, so the same seed and index give the same story.
  const { min, max } = NEW_STORY_HOURS;
  const before = { hours: min + (story.published.hour % (max - min + 1)), minutes: story.published.minute };
  story.published = context.now.setZone(story.city.zone).minus(before).startOf("minute");
  delete story.updated;
  // A calendar date alone would read as midnight, the day before in zones west of UTC: a story out today gives its time.
  if (story.dateStyle === "date") story.dateStyle = "local";
  return story;
}

/** A different stream per article from one seed (a 32-bit mix of the two numbers). */
function articleSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

function uniqueHeadline(r: Random, city: City, slugs: Set<string>): { headline: string; slug: string } {
  for (;;) {
    const why = r.pick(HEADLINE_WHY);
    const headline = `${city.name} ${r.pick(HEADLINE_WHO)} ${r.pick(HEADLINE_DOES)} ${r.pick(HEADLINE_WHAT)}${why ? ` ${why}` : ""}`;
    const slug = slugOf(headline);
    if (!slugs.has(slug)) {
      slugs.add(slug);
      return { headline, slug };
    }
  }
}

/** What Dateline's slugFor makes of an ASCII headline: words joined by hyphens, cut at 80 characters on a word boundary. */
export function slugOf(headline: string): string {
  const slug = headline.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf("-"));
}

/**
 * A day in the five years before `now`, at a wall-clock time between 06:00 and 22:59 in the
 * dateline city's zone: never in a clock change's gap or overlap, which are at night everywhere.
 */
function publishedTime(r: Random, city: City, now: DateTime): DateTime {
  const day = now.setZone(city.zone).minus({ days: r.int(0, SPAN_DAYS) });
  const time = day.set({ hour: r.int(6, 22), minute: r.int(0, 59), second: 0, millisecond: 0 });
  return time < now ? time : time.minus({ days: 1 });
}

function figure(r: Random, city: City): PlannedFigure {
  const scene = r.pick(SCENES);
  const photographer = r.pick(PHOTOGRAPHERS);
  return {
    picture: r.int(0, PICTURE_COUNT - 1),
    alt: `${scene} in ${city.name}`,
    caption: `${scene} in ${city.name} on ${r.pick(WEEKDAYS)}.`,
    credit: `${photographer}/${r.chance(0.7) ? PUBLICATION : AGENCY}`,
    photographer,
  };
}

/** Places `count` inline figures after paragraphs in the body's second half. */
function withFigures(r: Random, city: City, text: TextBlock[], count: number): PlannedBlock[] {
  const blocks: PlannedBlock[] = [...text];
  const slots = text.flatMap((block, index) => (block.type === "paragraph" && index > 0 && index < text.length - 1 ? [index] : []));
  const chosen = r.sample(slots, Math.min(count, slots.length)).sort((a, b) => b - a);
  for (const index of chosen) blocks.splice(index + 1, 0, { type: "figure", figure: figure(r, city) });
  return blocks;
}
