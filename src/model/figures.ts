// Figures: every picture keeps its credit, has alt text, and points at a file inside
// content/media/ or at an http(s) URL. A path from a source never leaves the media folder.
import { posix } from "node:path";
import { withoutControlCharacters } from "./control-characters.ts";
import { error, warning, type Problem } from "./problem.ts";
import type { Figure, FigureInput, Rendition } from "./types.ts";

export const MEDIA_URL_PREFIX = "/media/";

export type PictureSize = { width: number; height: number } | { error: string };

export interface MediaLibrary {
  /** Whether `name` (a path inside content/media/, already made safe) is a file there. */
  has(name: string): boolean;
  /** The pixel size of a file there, read from the file itself. */
  size(name: string): PictureSize;
}

export type FigureResult = { figure?: Figure; problems: Problem[] };

export function normalizeFigure(input: FigureInput, path: string, media: MediaLibrary): FigureResult {
  const problems: Problem[] = [];
  const field = input.field;
  const src = input.src === undefined || input.src.trim() === "" ? undefined : resolveSrc(input.src, path, field, media, problems);
  const size = src && !input.width && !input.height ? localSize(src, path, field, media, problems) : undefined;
  const caption = clean(input.caption);
  const credit = clean(input.credit);
  let alt = clean(input.alt);
  if (!credit) {
    problems.push(error(path, field, "figure has no credit: every picture must name its photographer or agency (a `credit`, or `[Credit]` at the end of the caption)"));
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
  const figure: Figure = { alt, credit, renditions };
  if (src) figure.src = src;
  if (caption) figure.caption = caption;
  const creator = clean(input.creator);
  if (creator) figure.creator = creator;
  const width = input.width ?? size?.width;
  const height = input.height ?? size?.height;
  if (width) figure.width = width;
  if (height) figure.height = height;
  return { figure, problems };
}

/** Width and height of a picture in content/media/, so pages reserve its space and cards can state it. */
function localSize(src: string, path: string, field: string, media: MediaLibrary, problems: Problem[]): { width: number; height: number } | undefined {
  if (!src.startsWith(MEDIA_URL_PREFIX)) return undefined;
  const name = src.slice(MEDIA_URL_PREFIX.length).split("/").map(decodeURIComponent).join("/");
  const size = media.size(name);
  if ("error" in size) {
    problems.push(warning(path, field, `cannot read the size of content/media/${name} (${size.error}): is it a picture?`));
    return undefined;
  }
  return size;
}

function resolveRendition(rendition: Rendition, path: string, field: string, media: MediaLibrary, problems: Problem[]): Rendition | undefined {
  const href = resolveSrc(rendition.href, path, `${field}.renditions`, media, problems);
  return href === undefined ? undefined : { ...rendition, href };
}

/**
 * `harbour.svg`, `media/harbour.svg` and `/media/harbour.svg` all name content/media/harbour.svg;
 * http(s) URLs are used as they are. Anything else (other schemes, `..`, backslashes) is refused.
 */
function resolveSrc(raw: string, path: string, field: string, media: MediaLibrary, problems: Problem[]): string | undefined {
  const src = raw.trim();
  if (/^https?:\/\//i.test(src)) {
    try {
      return new URL(src).href;
    } catch {
      problems.push(error(path, field, `"${src}" is not a valid URL`));
      return undefined;
    }
  }
  const refuse = () => {
    problems.push(error(path, field, `"${src}" must name a file inside content/media/ (like "harbour.jpg") or be an http(s) URL`));
    return undefined;
  };
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.includes("\\") || src.includes("\0") || src.startsWith("//")) return refuse();
  const name = posix.normalize(src.replace(/^\/?(?:media\/)?/, ""));
  if (name.startsWith("..") || name.startsWith("/") || name === "." || name.split("/").includes("..")) return refuse();
  if (!media.has(name)) {
    problems.push(error(path, field, `picture file content/media/${name} does not exist: add the file or correct the name`));
    return undefined;
  }
  return MEDIA_URL_PREFIX + name.split("/").map(encodeURIComponent).join("/");
}

function clean(text: string | undefined): string | undefined {
  const cleaned = text === undefined ? undefined : withoutControlCharacters(text).replace(/\s+/g, " ").trim();
  return cleaned ? cleaned : undefined;
}
