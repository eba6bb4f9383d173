// A picture association's renditions: the files it offers, and the one a page uses as `src`.
import type { Rendition } from "../model/types.ts";
import { httpsOf, isPlainHttp } from "./ninjs-https.ts";
import { describe, IGNORED, type NinjsReader } from "./ninjs-reader.ts";
import { isJsonObject, type Association, type JsonValue, type RenditionKind } from "./ninjs-types.ts";

/**
 * Agencies ship print masters (TT: 4724 px and 10 MB; AP "main": 3000 px) beside web sizes. The
 * figure's `src` is the largest rendition up to this width; every rendition stays in `renditions`.
 */
const MAX_SRC_WIDTH = 2048;
/** Rendition names to try, in order, when no rendition gives its width (Superdesk, then AP). */
const SRC_NAMES = ["baseimage", "viewimage", "main", "original", "preview"];

export interface FoundRendition {
  name: string;
  rendition: Rendition;
  kind: RenditionKind;
  /** TT's feed offers watermarked previews beside the clean ones; those are for browsing, not publishing. */
  watermark: boolean;
  /** The http:// address the provider gave, when `rendition.href` is its https:// upgrade. */
  insecure?: string;
}

/** `renditions` is an object keyed by name in 1.x (and Superdesk) and an array of named entries in 2.x and 3.x. */
export function renditionsOf(association: Association, read: NinjsReader): FoundRendition[] {
  const raw = association.item.renditions;
  const at = `${association.field}.renditions`;
  let entries: [string, string, JsonValue][] = [];
  if (Array.isArray(raw)) entries = raw.map((entry, index) => [isJsonObject(entry) && typeof entry.name === "string" ? entry.name : String(index), `${at}[${index}]`, entry]);
  else if (isJsonObject(raw)) entries = Object.entries(raw).map(([name, entry]) => [name, `${at}.${name}`, entry]);
  else if (raw !== undefined && raw !== null) read.warn(at, `must be an object keyed by name (1.x) or an array (2.x, 3.x), not ${describe(raw)}, ${IGNORED}`);

  return entries.flatMap(([name, field, entry]): FoundRendition[] => {
    if (!isJsonObject(entry)) {
      read.warn(field, `must be an object with an "href", not ${describe(entry)}, ${IGNORED}`);
      return [];
    }
    // The ninjs guide's examples list renditions by name alone; without an href there is no file to use.
    const href = typeof entry.href === "string" ? entry.href.trim() : "";
    if (href === "") return [];
    // 1.x `mimetype` (also in TT's 2.0 feed), 2.x `contenttype`, 3.x `contentType`.
    const mimetype = [entry.mimetype, entry.contenttype, entry.contentType].find((value): value is string => typeof value === "string" && value.trim() !== "")?.trim();
    const kind: RenditionKind = mimetype === undefined ? "unknown" : mimetype.toLowerCase().startsWith("image/") ? "image" : "other";
    // AP lists the caption as an XML "rendition" of the picture: it is not a picture file.
    if (kind === "other") return [];
    const rendition: Rendition = { href: httpsOf(href) };
    const width = pixels(entry.width);
    const height = pixels(entry.height);
    if (width) rendition.width = width;
    if (height) rendition.height = height;
    if (mimetype) rendition.mimetype = mimetype;
    const labels = [name, entry.title, entry.format, entry.variant].filter((label): label is string => typeof label === "string");
    const found: FoundRendition = { name, rendition, kind, watermark: labels.some((label) => /watermark/i.test(label)) };
    if (isPlainHttp(href)) found.insecure = href;
    return [found];
  });
}

function pixels(value: JsonValue | undefined): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
}

/** The largest clean rendition up to MAX_SRC_WIDTH, else the narrowest; without widths, by name. */
export function srcRendition(renditions: FoundRendition[]): FoundRendition {
  const clean = renditions.filter((rendition) => !rendition.watermark);
  const pool = clean.length > 0 ? clean : renditions;
  const sized = pool.filter((rendition) => rendition.rendition.width !== undefined);
  const width = (rendition: FoundRendition) => rendition.rendition.width ?? 0;
  if (sized.length > 0) {
    const fitting = sized.filter((rendition) => width(rendition) <= MAX_SRC_WIDTH);
    if (fitting.length > 0) return fitting.reduce((best, rendition) => (width(rendition) > width(best) ? rendition : best));
    return sized.reduce((best, rendition) => (width(rendition) < width(best) ? rendition : best));
  }
  for (const name of SRC_NAMES) {
    const named = pool.find((rendition) => rendition.name.toLowerCase() === name);
    if (named) return named;
  }
  return pool[0]!;
}
