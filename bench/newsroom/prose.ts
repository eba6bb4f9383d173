// News prose from the word pools: sentences, paragraphs, a dek, and a body of a given length.
// Plain ASCII text with no Markdown or HTML specials, so every format can carry it as it is.
import type { Random } from "./random.ts";
import {
  ACTIONS, CLAIMS, CONNECTORS, MEASURES, OBJECTS, PERIODS, PROJECTS, QUOTED_NAMES, QUOTES, REASONS, ROLES, SOURCES, SUBHEADS, SUBJECTS, TRENDS, WHEN,
  type City,
} from "./vocabulary.ts";

/** The body as the generator plans it; each format writes it its own way. */
export type TextBlock =
  | { type: "paragraph"; text: string }
  | { type: "heading"; text: string }
  | { type: "quote"; text: string };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** No subject in the pools is a proper name, so inside a sentence each starts in lower case. */
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}

/** One sentence of running text, 10 to about 35 words. */
export function sentence(r: Random, city: City): string {
  switch (r.int(0, 9)) {
    case 0:
      return `${r.pick(SUBJECTS)} ${r.pick(ACTIONS)} ${r.pick(OBJECTS)} ${r.pick(WHEN)}, ${r.pick(REASONS)}.`;
    case 1:
      return `${r.pick(SUBJECTS)} said ${r.pick(CLAIMS)}.`;
    case 2:
      return `"${r.pick(QUOTES)}," said ${r.pick(QUOTED_NAMES)}, ${r.pick(ROLES)}.`;
    case 3:
      return `${r.pick(QUOTED_NAMES)}, ${r.pick(ROLES)}, said ${r.pick(CLAIMS)}.`;
    case 4:
      return `According to ${r.pick(SOURCES)}, ${r.pick(MEASURES)} ${r.pick(TRENDS)} by ${r.int(2, 38)} per cent ${r.pick(PERIODS)}.`;
    case 5:
      return `Critics argue that ${r.pick(CLAIMS)}, while supporters say ${r.pick(CLAIMS)}.`;
    case 6:
      return `The ${r.pick(PROJECTS)} is expected to cost about ${r.int(3, 480)} million and to be finished by ${r.int(2027, 2034)}.`;
    case 7:
      return `${r.pick(CONNECTORS)} ${lower(r.pick(SUBJECTS))} ${r.pick(ACTIONS)} ${r.pick(OBJECTS)}.`;
    case 8:
      return `In ${city.name}, ${r.pick(MEASURES)} ${r.pick(TRENDS)} ${r.pick(PERIODS)}, and ${lower(r.pick(SUBJECTS))} said ${r.pick(CLAIMS)}.`;
    default:
      return `A final decision is expected in ${r.pick(MONTHS)}, although ${r.pick(CLAIMS)}.`;
  }
}

/** The story's opening sentence: what happened, where, when, why. */
export function leadSentence(r: Random, city: City): string {
  return `${r.pick(SUBJECTS)} in ${city.name} ${r.pick(ACTIONS)} ${r.pick(OBJECTS)} ${r.pick(WHEN)}, ${r.pick(REASONS)}.`;
}

export function dekOf(r: Random): string {
  return `${r.pick(SUBJECTS)} ${r.pick(ACTIONS)} ${r.pick(OBJECTS)}, ${r.pick(REASONS)}.`;
}

/**
 * A body of `target` words or a little more (at most one sentence more): a lead paragraph,
 * paragraphs of two to four sentences, up to three subheads, and sometimes a pulled quote; the
 * last block is always a paragraph.
 */
export function bodyText(r: Random, city: City, target: number): TextBlock[] {
  const blocks: TextBlock[] = [{ type: "paragraph", text: leadSentence(r, city) }];
  let words = wordCount(blocks[0]!.text);
  const subheads = r.sample(SUBHEADS, r.int(1, 3));
  const subheadAt = subheads.map((_, index) => Math.round((target * (index + 1)) / (subheads.length + 1)));
  let quoted = !r.chance(0.4);
  while (words < target) {
    const nextSubhead = subheadAt[0];
    if (nextSubhead !== undefined && words >= nextSubhead && words < target - 60 && blocks.at(-1)?.type === "paragraph") {
      subheadAt.shift();
      const text = subheads.shift()!;
      blocks.push({ type: "heading", text });
      words += wordCount(text);
      continue;
    }
    if (!quoted && words > target / 2 && words < target - 60 && blocks.at(-1)?.type === "paragraph") {
      quoted = true;
      const text = `${r.pick(QUOTES)}.`;
      blocks.push({ type: "quote", text });
      words += wordCount(text);
      continue;
    }
    const sentences: string[] = [];
    const wanted = r.int(2, 4);
    while (sentences.length < wanted && words < target) {
      const next = sentence(r, city);
      sentences.push(next);
      words += wordCount(next);
    }
    blocks.push({ type: "paragraph", text: sentences.join(" ") });
  }
  return blocks;
}

export function bodyWords(blocks: readonly TextBlock[]): number {
  return blocks.reduce((sum, block) => sum + wordCount(block.text), 0);
}
