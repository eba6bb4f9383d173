// Figures: every picture keeps its credit, has alt text, and points at a file inside
// content/media/ or at an https URL (an http one is asked for over https, with a warning). A
// path from a source never leaves the media folder; a local file must be a readable picture. A
// credit the source leaves out is read from the file's embedded metadata, and the figure
// records where its credit came from.
import { posix } from "node:path";
import { withoutUnsafeCharacters } from "./control-characters.ts";
import { error, warning, type Problem } from "./problem.ts";
import type { Article, Figure, FigureInput, Rendition } from "./types.ts";

export const MEDIA_URL_PREFIX = "/media/";

/** The size of a picture file, or what is wrong with it as a phrase that follows its name ("is not a picture (…)"). */
export type PictureSize = { width: number; height: number } | { error: string };

/** Credit fields embedded in a picture file, by the names reports use (IPTC Photo Metadata, XMP, EXIF). */
export type EmbeddedField =
  | "IPTC Credit"
  | "XMP photoshop:Credit"
  | "IPTC By-line"
  | "XMP dc:creator"
  | "EXIF Artist"
  | "IPTC CopyrightNotice"
  | "XMP dc:rights"
  | "EXIF Copyright";

export type EmbeddedMetadata = Partial<Record<EmbeddedField, string>>;

/**
 * Which embedded field answers which question, best first. The Credit Line is the wording the
 * provider asks to be printed; else the creator (photographer); else the copyright notice, which at
 * least names the owner. IPTC before XMP before EXIF: photo desks fill IPTC, cameras fill EXIF.
 */
const CREDIT_LINE: readonly EmbeddedField[] = ["IPTC Credit", "XMP photoshop:Credit"];
const CREATOR: readonly EmbeddedField[] = ["IPTC By-line", "XMP dc:creator", "EXIF Artist"];
const COPYRIGHT_NOTICE: readonly EmbeddedField[] = ["IPTC CopyrightNotice", "XMP dc:rights", "EXIF Copyright"];

export interface MediaLibrary {
  /** Whether `name` (a path inside content/media/, already made safe) is a file there. */
  has(name: string): boolean;
  /** The pixel size of a file there, read from the file itself; an error when it is not a usable picture. */
  size(name: string): PictureSize;
  /** Credit fields embedded in a file there; empty when it carries none. */
  embedded(name: string): EmbeddedMetadata;
}

export type FigureResult = { figure?: Figure; problems: Problem[] };

export function normalizeFigure(input: FigureInput, path: string, media: MediaLibrary): FigureResult {
  const problems: Problem[] = [];
  const field = input.field;
  const src = input.src === undefined || input.src.trim() === "" ? undefined : resolveSrc(input.src, path, field, media, problems);
  const name = src === undefined ? undefined : mediaNameOf(src);
  const size = name === undefined ? undefined : media.size(name);
  if (size !== undefined && "error" in size) {
    problems.push(error(path, field, `content/media/${name} ${size.error}`));
    return { problems };
  }
  const embedded = name === undefined ? {} : safeEmbedded(media.embedded(name), name, path, field, problems);
  const caption = clean(input.caption);
  const given = clean(input.credit);
  const found = given ? undefined : firstOf(embedded, CREDIT_LINE) ?? firstOf(embedded, CREATOR) ?? firstOf(embedded, COPYRIGHT_NOTICE);
  const credit = given ?? found?.value;
  let alt = clean(input.alt);
  if (!credit) {
    const place = name === undefined ? "" : `, and content/media/${name} carries none in its IPTC, XMP or EXIF metadata`;
    problems.push(error(path, field, `figure has no credit${place}: every picture must name its photographer or agency (a \`credit\`, or \`[Credit]\` at the end of the caption)`));
  }
  if (!alt) {
    if (caption) {
      alt = caption;
      problems.push(warning(path, field, "figure has no alt text; its caption is used instead — describe what the picture shows for readers who cannot see it"));
    } else {
      problems.push(error(path, field, "figure has neither alt text nor caption: describe what the picture shows"));
    }
  }
  if (!credit || !alt) return { problems };
  const renditions = (input.renditions ?? [])
    .map((rendition) => resolveRendition(rendition, path, field, media, problems))
    .filter((rendition): rendition is Rendition => rendition !== undefined);
  const figure: Figure = { alt, credit, creditSource: found ? `embedded ${found.field}` : "source", renditions, field };
  if (src) figure.src = src;
  if (caption) figure.caption = caption;
  const creator = clean(input.creator) ?? firstOf(embedded, CREATOR)?.value;
  if (creator) figure.creator = creator;
  const copyrightNotice = clean(input.copyrightNotice) ?? firstOf(embedded, COPYRIGHT_NOTICE)?.value;
  if (copyrightNotice) figure.copyrightNotice = copyrightNotice;
  const width = input.width ?? size?.width;
  const height = input.height ?? size?.height;
  if (width) figure.width = width;
  if (height) figure.height = height;
  return { figure, problems };
}

// Articles are not changed once made, and the credits, the report and the picture step each ask
// for every article's figures on every build: the list is kept per article object.
const figuresOf = new WeakMap<Pick<Article, "lead" | "body">, readonly Figure[]>();

/** Every figure of an article in page order: the lead, then the body's. */
export function articleFigures(article: Pick<Article, "lead" | "body">): readonly Figure[] {
  let figures = figuresOf.get(article);
  if (!figures) {
    figures = [...(article.lead ? [article.lead] : []), ...article.body.flatMap((block) => (block.type === "figure" ? [block.figure] : []))];
    figuresOf.set(article, figures);
  }
  return figures;
}

/** The file inside content/media/ that a figure's site-absolute `src` (`/media/a%20b.jpg`) names; undefined for URLs. */
export function mediaNameOf(src: string): string | undefined {
  if (!src.startsWith(MEDIA_URL_PREFIX)) return undefined;
  return src.slice(MEDIA_URL_PREFIX.length).split("/").map(decodeURIComponent).join("/");
}

/**
 * The file inside content/media/ that a source's picture reference names (`harbour.jpg`,
 * `media/harbour.jpg`, `/media/harbour.jpg`), or undefined for a URL or a refused path. The newsroom
 * uses it to read the files figures will ask about before the model runs.
 */
export function mediaNameIn(raw: string): string | undefined {
  const src = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.includes("\\") || src.includes("\0")) return undefined;
  // A site path names the media folder or nothing: `/etc/passwd` is no picture of this site, nor
  // is `//evil.example/x.jpg`. An empty path normalizes to "." and is refused below.
  if (src.startsWith("/") && !src.startsWith(MEDIA_URL_PREFIX)) return undefined;
  const name = posix.normalize(src.replace(/^\/?(?:media\/)?/, ""));
  // After normalize, a `..` can only lead the path: a name that climbs out starts with it.
  if (name.startsWith("..") || name.startsWith("/") || name === ".") return undefined;
  return name;
}

/**
 * A picture file's metadata is text from outside the newsroom too: it loses the characters no
 * page may show, as source text does (src/model/text-hygiene.ts), with one warning per figure.
 */
function safeEmbedded(embedded: EmbeddedMetadata, name: string, path: string, field: string, problems: Problem[]): EmbeddedMetadata {
  const removed = new Set<string>();
  let safe: EmbeddedMetadata | undefined;
  for (const [key, value] of Object.entries(embedded) as [EmbeddedField, string | undefined][]) {
    if (value === undefined) continue;
    const clean = withoutUnsafeCharacters(value, removed);
    if (clean !== value) (safe ??= { ...embedded })[key] = clean;
  }
  if (!safe) return embedded;
  problems.push(warning(path, field, `removed invisible control or text-direction characters ${[...removed].sort().join(", ")} from the metadata embedded in content/media/${name}: correct the file's IPTC, XMP or EXIF fields`));
  return safe;
}

/** Whether `raw` could name a picture at all: an http(s) URL or a file inside content/media/ (which may still be missing). */
export function isPictureAddress(raw: string): boolean {
  return /^https?:\/\//i.test(raw.trim()) || mediaNameIn(raw) !== undefined;
}

function firstOf(embedded: EmbeddedMetadata, fields: readonly EmbeddedField[]): { field: EmbeddedField; value: string } | undefined {
  for (const field of fields) {
    const value = clean(embedded[field]);
    if (value) return { field, value };
  }
  return undefined;
}

function resolveRendition(rendition: Rendition, path: string, field: string, media: MediaLibrary, problems: Problem[]): Rendition | undefined {
  const href = resolveSrc(rendition.href, path, `${field}.renditions`, media, problems);
  return href === undefined ? undefined : { ...rendition, href };
}

/**
 * `harbour.svg`, `media/harbour.svg` and `/media/harbour.svg` all name content/media/harbour.svg;
 * https URLs are used as they are, http ones asked for over https (a page served over https that
 * loads an http picture is mixed content, blocked or marked insecure). Anything else (other
 * schemes, `..`, backslashes, site paths outside /media/) is refused.
 */
function resolveSrc(raw: string, path: string, field: string, media: MediaLibrary, problems: Problem[]): string | undefined {
  const src = raw.trim();
  if (/^https?:\/\//i.test(src)) {
    try {
      const url = new URL(src);
      if (url.protocol === "https:") return url.href;
      url.protocol = "https:";
      problems.push(warning(path, field, `gives the picture at http:// (${src}); it is loaded over https:// so the page has no mixed content: check it loads at ${url.href}, or copy it into content/media/`));
      return url.href;
    } catch {
      problems.push(error(path, field, `"${src}" is not a valid URL`));
      return undefined;
    }
  }
  const name = mediaNameIn(src);
  if (name === undefined) {
    problems.push(error(path, field, `"${src}" must name a file inside content/media/ (like "harbour.jpg") or be an https:// URL`));
    return undefined;
  }
  if (!media.has(name)) {
    problems.push(error(path, field, `picture file content/media/${name} does not exist: add the file or correct the name`));
    return undefined;
  }
  return MEDIA_URL_PREFIX + name.split("/").map(encodeURIComponent).join("/");
}

function clean(text: string | undefined): string | undefined {
  const cleaned = text === undefined ? undefined : text.replace(/\s+/g, " ").trim();
  return cleaned ? cleaned : undefined;
}
