// Reads what the model needs to know about one picture file before any page uses it: that it is
// a picture at all, whole (not truncated), not absurdly large, its size, and the credit fields it
// carries. sharp reads the header and decodes the picture; exifr reads EXIF, IPTC and XMP.
import exifr from "exifr";
import sharp from "sharp";
import type { EmbeddedMetadata } from "../model/figures.ts";
import { embeddedCredit, type ExifrSegments } from "./embedded-credit.ts";

export type Inspection =
  | { width: number; height: number; format: string; embedded: EmbeddedMetadata }
  /** A phrase that follows the file's name in a problem: "is not a picture (…)". */
  | { error: string };

/** Formats exifr reads metadata from; others (SVG) carry none it knows. */
const METADATA_FORMATS = new Set(["jpeg", "png", "webp", "tiff", "heif", "avif", "gif"]);

export async function inspectPicture(file: string, maxPixels: number): Promise<Inspection> {
  let metadata: sharp.Metadata;
  try {
    // The header alone: no pixel limit yet, so an oversized file is reported as such below.
    metadata = await sharp(file, { limitInputPixels: false }).metadata();
  } catch (cause) {
    return { error: `is not a picture (${reason(cause)}): use a JPEG, PNG, WebP, AVIF, GIF or SVG file` };
  }
  const { format } = metadata;
  if (!metadata.width || !metadata.height || !format) return { error: "is not a picture (it states no size)" };
  // EXIF orientations 5 to 8 turn the picture a quarter: it is shown with width and height swapped.
  const turned = (metadata.orientation ?? 1) >= 5;
  const width = turned ? metadata.height : metadata.width;
  const height = turned ? metadata.width : metadata.height;
  if (format !== "svg") {
    // Vector graphics are served as they are, so only raster pictures have a pixel cost.
    const pixels = width * height;
    if (pixels > maxPixels) {
      return { error: `is ${megapixels(pixels)} megapixels (${width} × ${height}), over the limit of ${megapixels(maxPixels)} set by images.maxPixels in _data/site.ts: scale it down before publishing` };
    }
    try {
      // Decoding every byte is the only way to find a truncated file; a tiny output keeps it quick
      // (JPEG decodes at 1/8 scale). `truncated` fails on damage but not on harmless warnings.
      await sharp(file, { failOn: "truncated", limitInputPixels: maxPixels }).resize(32, 32, { fit: "inside" }).raw().toBuffer();
    } catch (cause) {
      return { error: `is damaged or truncated (${reason(cause)}): export or download it again` };
    }
  }
  return { width, height, format, embedded: METADATA_FORMATS.has(format) ? await readCredit(file) : {} };
}

async function readCredit(file: string): Promise<EmbeddedMetadata> {
  try {
    const segments = (await exifr.parse(file, { tiff: true, exif: false, gps: false, interop: false, ifd1: false, iptc: true, xmp: true, icc: false, jfif: false, ihdr: false, mergeOutput: false })) as ExifrSegments | undefined;
    return embeddedCredit(segments);
  } catch {
    // Metadata the reader cannot parse is as good as none: the picture itself is fine.
    return {};
  }
}

function megapixels(pixels: number): string {
  return `${Math.round(pixels / 100_000) / 10}`;
}

function reason(cause: unknown): string {
  return (cause instanceof Error ? cause.message : String(cause)).replace(/\s+/g, " ").trim();
}
