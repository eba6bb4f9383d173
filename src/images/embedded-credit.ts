// The credit fields a picture file carries, from what exifr read out of it. exifr does the
// parsing (EXIF IFD0, IPTC-IIM, XMP); this only picks the fields the model asks about and turns
// their values into plain strings. Which field wins is the model's decision (src/model/figures.ts).
import type { EmbeddedField, EmbeddedMetadata } from "../model/figures.ts";

/** exifr's output with `mergeOutput: false`: one object per block, XMP by namespace prefix. */
export type ExifrSegments = Record<string, Record<string, unknown> | undefined>;

const FIELDS: readonly [EmbeddedField, string, string][] = [
  ["IPTC Credit", "iptc", "Credit"],
  ["IPTC By-line", "iptc", "Byline"],
  ["IPTC CopyrightNotice", "iptc", "CopyrightNotice"],
  ["XMP photoshop:Credit", "photoshop", "Credit"],
  ["XMP dc:creator", "dc", "creator"],
  ["XMP dc:rights", "dc", "rights"],
  ["EXIF Artist", "ifd0", "Artist"],
  ["EXIF Copyright", "ifd0", "Copyright"],
];

export function embeddedCredit(segments: ExifrSegments | undefined): EmbeddedMetadata {
  const found: EmbeddedMetadata = {};
  for (const [field, block, key] of FIELDS) {
    const value = textOf(segments?.[block]?.[key]);
    if (value) found[field] = value;
  }
  return found;
}

/**
 * XMP gives a string, a list (`dc:creator` is an rdf:Seq) or language alternatives (`dc:rights`
 * is an rdf:Alt: `{ lang, value }`); IPTC and EXIF give strings.
 */
function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return repairUtf8(value).trim() || undefined;
  if (Array.isArray(value)) {
    const parts = value.map(textOf).filter((part): part is string => part !== undefined);
    return parts.length > 0 ? parts.join("; ") : undefined;
  }
  if (value !== null && typeof value === "object" && "value" in value) return textOf((value as { value: unknown }).value);
  return undefined;
}

/**
 * exifr decodes IPTC (and EXIF "ASCII") text as Latin-1, but photo desks write UTF-8 (IPTC 1:90
 * says so, and exifr ignores it): "Â©" is "©" read the wrong way. Text that decodes cleanly as
 * UTF-8 is taken as UTF-8; anything else stays as read.
 */
export function repairUtf8(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  const decoded = Buffer.from(text, "latin1").toString("utf8");
  return decoded.includes("\uFFFD") ? text : decoded;
}
