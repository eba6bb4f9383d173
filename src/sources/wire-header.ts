// The `Key: value` header block of a wire-text file. Only known keys make a header, so a
// headline with a colon (`Breaking: Storm hits coast`) stays a headline; an unknown key inside
// a block of known ones is reported, never dropped silently. Values are kept raw.
import { warning, type Problem } from "../model/problem.ts";
import type { ArticleInput } from "../model/types.ts";

export interface SourceLine {
  /** The line without its end-of-line characters and trailing spaces. */
  text: string;
  /** 1-based, as an editor shows it. */
  number: number;
}

type HeaderField = "published" | "updated" | "zone" | "byline" | "section" | "tags" | "slug" | "lang" | "dek" | "kicker" | "status" | "commentsOpen" | "translationKey";

/** The keys a header may use, as the docs spell them, and the field each fills. */
const KEYS: Readonly<Record<string, HeaderField>> = {
  Date: "published",
  Updated: "updated",
  Zone: "zone",
  Byline: "byline",
  Section: "section",
  Tags: "tags",
  Slug: "slug",
  Lang: "lang",
  Dek: "dek",
  Kicker: "kicker",
  Status: "status",
  Comments: "commentsOpen",
  // Hugo's translationKey in a header's spelling: hyphenated like Image-2-Alt, and named for what
  // the value is (a key the story's versions share), not for a language or an address.
  "Translation-Key": "translationKey",
};
const BY_LOWER = new Map(Object.entries(KEYS).map(([key, field]) => [key.toLowerCase(), { key, field }]));
/** `Image-3` names figure 3's file, `Image-3-Alt` says what it shows for readers who cannot see it. */
const IMAGE_KEY = /^image-([1-9]\d*)(-alt)?$/i;
const KEY_LINE = /^([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)[ \t]*:[ \t]*(.*)$/;
const COMMENTS_WORDS: Readonly<Record<string, boolean>> = { open: true, yes: true, on: true, true: true, closed: false, close: false, no: false, off: false, false: false };

/** What the header gives the article: fields for the ArticleInput, picture files by figure number. */
export interface WireHeader {
  fields: Partial<Pick<ArticleInput, Exclude<HeaderField, "byline" | "tags">>> & { byline: string[]; tags: string[] };
  /** `Image-N` and `Image-N-Alt` values by N, with the keys as the file writes them. */
  images: Map<number, WireImage>;
  fieldNames: ArticleInput["fieldNames"];
  problems: Problem[];
}

export interface WireImage {
  src?: string;
  /** The `Image-N` key, or the `Image-N-Alt` key when the file gives only that. */
  key: string;
  alt?: string;
}

interface Entry {
  name: string;
  value: string;
  line: number;
}

/**
 * Reads the block of lines from `start` up to the next blank line as a header, if it is one:
 * every line a `Key: value`, at least one key known. Returns the header and the index after it.
 */
export function readHeaderBlock(lines: readonly SourceLine[], start: number, path: string): { header: WireHeader; next: number } | undefined {
  const entries: Entry[] = [];
  let index = start;
  for (; index < lines.length && lines[index]!.text.trim() !== ""; index++) {
    const match = KEY_LINE.exec(lines[index]!.text.trim());
    if (!match) return undefined;
    entries.push({ name: match[1]!, value: match[2]!.trim(), line: lines[index]!.number });
  }
  if (!entries.some((entry) => isKnown(entry.name))) return undefined;
  return { header: headerOf(entries, path), next: index };
}

/** The header names of every field, so model problems say `Date` where the file says `Date:`. */
export function defaultFieldNames(): ArticleInput["fieldNames"] {
  return Object.fromEntries(Object.entries(KEYS).map(([key, field]) => [field, key]));
}

/** The key of a `Key: value` line with a known key, as the line writes it. */
export function knownKeyOf(line: string): string | undefined {
  const key = KEY_LINE.exec(line.trim())?.[1];
  return key !== undefined && isKnown(key) ? key : undefined;
}

function isKnown(name: string): boolean {
  return BY_LOWER.has(name.toLowerCase()) || IMAGE_KEY.test(name);
}

function headerOf(entries: readonly Entry[], path: string): WireHeader {
  const header: WireHeader = { fields: { byline: [], tags: [] }, images: new Map(), fieldNames: defaultFieldNames(), problems: [] };
  const seen = new Set<string>();
  const knownKeys = [...Object.keys(KEYS), "Image-1", "Image-1-Alt", "Image-2", "…"].join(", ");
  for (const [position, entry] of entries.entries()) {
    const image = IMAGE_KEY.exec(entry.name);
    const lower = entry.name.toLowerCase();
    const spec = BY_LOWER.get(lower);
    if (!image && !spec) {
      const hint = position === 0 ? `; if "${entry.name}: ${entry.value}" is the headline, put a blank line after it, before the header` : "";
      header.problems.push(warning(path, entry.name, `unknown header on line ${entry.line}, ignored: the headers Dateline reads are ${knownKeys}${hint}`));
      continue;
    }
    if (seen.has(lower) && spec?.field !== "byline" && spec?.field !== "tags") {
      header.problems.push(warning(path, entry.name, `is given twice (again on line ${entry.line}): the first value is used`));
      continue;
    }
    seen.add(lower);
    if (image) {
      if (!entry.value) continue;
      const number = Number(image[1]);
      const known = header.images.get(number);
      if (image[2]) header.images.set(number, { key: entry.name, ...known, alt: entry.value });
      else header.images.set(number, { ...known, src: entry.value, key: entry.name });
    } else {
      // Not an image key, so a known one (unknown keys were passed over above).
      header.fieldNames[spec!.field] = entry.name;
      applyEntry(header, spec!.field, entry, path);
    }
  }
  return header;
}

function applyEntry(header: WireHeader, field: HeaderField, entry: Entry, path: string): void {
  const { fields } = header;
  if (entry.value === "") return;
  switch (field) {
    case "byline":
      fields.byline.push(entry.value);
      return;
    case "tags":
      fields.tags.push(...entry.value.split(",").map((tag) => tag.trim()).filter((tag) => tag !== ""));
      return;
    case "commentsOpen": {
      const open = COMMENTS_WORDS[entry.value.toLowerCase()];
      if (open === undefined) header.problems.push(warning(path, entry.name, `"${entry.value}" is not "open" or "closed", ignored`));
      else fields.commentsOpen = open;
      return;
    }
    default:
      fields[field] = entry.value;
  }
}
