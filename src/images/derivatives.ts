// The responsive derivatives of one local photo, made by @11ty/eleventy-img (sharp) into
// <output>/img/ with names that hash the file's bytes and the encoder settings. A derivative that
// is already there is the same picture made the same way, so it is reused, never encoded again:
// the output folder is the cache (a build may write nothing outside it).
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, extname } from "node:path";
import eleventyImage from "@11ty/eleventy-img";
import sharp from "sharp";
import { slugFor } from "../model/slug.ts";
import type { Picture } from "../model/types.ts";
import type { ImageFormat, ImageSettings } from "../site.ts";

/** One planned output file, as eleventy-img describes it. */
interface Stat {
  format: string;
  width: number;
  height: number;
  url: string;
  sourceType: string;
  outputPath: string;
}

type StatsByFormat = Record<string, Stat[] | undefined>;

/** The parts of eleventy-img 6.0.4 used here (it ships no types). */
interface EleventyImage {
  (src: string, options: Record<string, unknown>): Promise<StatsByFormat>;
  Image: new (src: string, options: Record<string, unknown>) => { getFullStats(metadata: sharp.Metadata): StatsByFormat };
}

const image = eleventyImage as unknown as EleventyImage;

export const IMAGE_URL_PATH = "/img/";

export interface DerivativeOptions {
  /** Absolute path of `<output>/img/`. */
  outputDir: string;
  images: ImageSettings;
}

export interface Derivatives {
  picture: Picture;
  /** Absolute paths of every file the picture uses. */
  files: string[];
  encoded: number;
  reused: number;
}

/**
 * Encoder settings. They are part of every file name's hash, so changing one makes new files.
 * AVIF effort 2 instead of sharp's 4: on the sample photos it encodes about three times faster
 * for files a few per cent larger, and AVIF is most of a cold build's time. mozjpeg makes the
 * fallback JPEGs smaller than libjpeg's at the same quality.
 */
const ENCODERS = {
  sharpAvifOptions: { effort: 2 },
  sharpWebpOptions: { quality: 78 },
  sharpJpegOptions: { quality: 78, mozjpeg: true },
  sharpPngOptions: { compressionLevel: 9, palette: true },
};

/** The derivatives of a raster picture (made or reused); undefined for SVG, which is used as it is. */
export async function makeDerivatives(file: string, { outputDir, images }: DerivativeOptions): Promise<Derivatives | undefined> {
  const metadata = await sharp(file, { limitInputPixels: images.maxPixels }).metadata();
  if (metadata.format === "svg") return undefined;
  const formats = outputFormats(images.formats, metadata);
  const options = {
    ...ENCODERS,
    widths: images.widths,
    formats,
    outputDir,
    urlPath: IMAGE_URL_PATH,
    // The pixel limit was enforced when the file was inspected; a constant here keeps it out of
    // the names' hash, so changing the limit does not re-encode every photo.
    sharpOptions: { limitInputPixels: false },
    // The model chose formats for transparency already; animated pictures are published still.
    formatFiltering: [],
    // Reuse is decided here, from the files on disk: eleventy-img's own caches live for the whole
    // process and would answer for an output folder that has since been emptied or changed.
    useCache: false,
    filenameFormat: (hash: string, src: string, width: number, format: string) => `${slugFor(basename(src, extname(src))) || "picture"}-${hash}-${width}.${format}`,
  };
  const planned = new image.Image(file, options).getFullStats({ ...metadata });
  const stats = formats.flatMap((format) => planned[format] ?? []);
  const missing = stats.filter((stat) => !existsSync(stat.outputPath));
  if (missing.length > 0) {
    await mkdir(outputDir, { recursive: true });
    for (const format of new Set(missing.map((stat) => stat.format))) {
      await image(file, { ...options, formats: [format], widths: missing.filter((stat) => stat.format === format).map((stat) => stat.width) });
    }
    const unmade = missing.filter((stat) => !existsSync(stat.outputPath));
    if (unmade.length > 0) throw new Error(`Internal error: eleventy-img did not write ${unmade.map((stat) => stat.outputPath).join(", ")} for ${file}`);
  }
  return { picture: pictureOf(formats, planned), files: stats.map((stat) => stat.outputPath), encoded: missing.length, reused: stats.length - missing.length };
}

/**
 * The site's formats with "auto" made concrete: JPEG for photos, PNG for graphics (a PNG or GIF
 * original) and for anything with transparency, which a JPEG would fill with black.
 */
export function outputFormats(configured: readonly ImageFormat[], metadata: Pick<sharp.Metadata, "format" | "hasAlpha">): string[] {
  const graphic = metadata.hasAlpha === true || metadata.format === "png" || metadata.format === "gif";
  const fallback = (format: ImageFormat) => (format === "auto" ? (graphic ? "png" : "jpeg") : format === "jpeg" && metadata.hasAlpha ? "png" : format);
  return [...new Set(configured.map(fallback))];
}

/** `<source>`s for every format but the last; the `<img>` is the last (the fallback) at its largest width. */
function pictureOf(formats: string[], planned: StatsByFormat): Picture {
  const srcset = (stats: Stat[]) => stats.map((stat) => `${stat.url} ${stat.width}w`).join(", ");
  const fallback = planned[formats[formats.length - 1]!] ?? [];
  const largest = fallback[fallback.length - 1];
  if (!largest) throw new Error(`Internal error: eleventy-img planned no ${formats[formats.length - 1]} file`);
  return {
    sources: formats.slice(0, -1).flatMap((format) => {
      const stats = planned[format] ?? [];
      return stats.length > 0 ? [{ type: stats[0]!.sourceType, srcset: srcset(stats) }] : [];
    }),
    img: { src: largest.url, srcset: srcset(fallback), width: largest.width, height: largest.height, type: largest.sourceType },
    files: fallback.map((stat) => ({ url: stat.url, width: stat.width, height: stat.height })),
  };
}
