// The pieces every transmission reader (src/sources/anpa1312.ts, iptc7901.ts) produces and shares.
import type { Problem } from "../model/problem.ts";
import type { ArticleInput, StoryNote } from "../model/types.ts";
import type { SourceLine } from "./wire-header.ts";

export type TransmissionFormat = "ANPA 1312" | "IPTC 7901";

export interface Transmission {
  format: TransmissionFormat;
  headline?: string;
  dek?: string;
  byline: string[];
  /** The transmission's keywords (slug words), as tags. */
  tags: string[];
  /** An ISO 8601 instant built from the transmission's date-time. */
  published?: string;
  /** The story's lines, numbered as in the file. */
  lines: SourceLine[];
  notes: StoryNote[];
  /** Why the item is not a story to publish (a table, a service message). */
  heldBack?: string;
  problems: Problem[];
  /** The format's own names for the fields it filled, for the model's problems. */
  fieldNames: ArticleInput["fieldNames"];
}

export type TransmissionRead = { kind: "transmission"; transmission: Transmission } | { kind: "refused"; problem: Problem };

/** Raw lines of a transmission, numbered as an editor shows them. */
export function numberedLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((line, index) => ({ text: line, number: index + 1 }));
}

/** Control characters inside a line (ANPA's DLE, RS, US between table cells) become spaces. */
export function withoutControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
}

/** Keyword lines (`Germany-football/Munich/`, `Argentina-Cancer Beauty`) as tags. */
export function keywordTags(keywords: string): string[] {
  return keywords
    .split("/")
    .flatMap((part) => (/\s/.test(part.trim()) ? [part] : part.split("-")))
    .map((tag) => tag.trim())
    .filter((tag) => /\p{L}/u.test(tag));
}
