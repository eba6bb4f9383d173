// Pictures for tests, made on the spot with sharp in a temporary folder: photos with and without
// embedded credits, graphics, and the bad files a newsroom meets (not a picture, truncated, huge).
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import sharp from "sharp";
import { withJpegMetadata, type JpegMetadata } from "../../scripts/lib/jpeg-metadata.ts";

export interface PhotoOptions {
  width: number;
  height: number;
  exif?: { Artist?: string; Copyright?: string };
  /** EXIF orientation: 6 stores a portrait photo sideways, to be turned a quarter when shown. */
  orientation?: number;
  metadata?: JpegMetadata;
  /** A PNG, optionally with transparency, instead of a JPEG. */
  png?: { alpha?: boolean };
}

export async function tempFolder(prefix = "dateline-pictures-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A gradient picture at `path`: a JPEG with the EXIF and IPTC/XMP given, or a PNG. */
export async function writePhoto(path: string, options: PhotoOptions): Promise<void> {
  const { width, height } = options;
  const channels = options.png?.alpha ? 4 : 3;
  const pixels = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * channels;
      pixels[at] = (x * 255) / width;
      pixels[at + 1] = (y * 255) / height;
      pixels[at + 2] = 128;
      if (channels === 4) pixels[at + 3] = x < width / 2 ? 255 : 0;
    }
  }
  const image = sharp(pixels, { raw: { width, height, channels } });
  await mkdir(dirname(path), { recursive: true });
  if (options.png) {
    await image.png().toFile(path);
    return;
  }
  if (options.orientation) image.withMetadata({ orientation: options.orientation });
  if (options.exif) image.withExifMerge({ IFD0: options.exif });
  const jpeg = await image.jpeg({ quality: 80 }).toBuffer();
  await writeFile(path, options.metadata ? withJpegMetadata(jpeg, options.metadata) : jpeg);
}

/** The first half of a real JPEG, as an interrupted download leaves it. */
export async function writeTruncated(path: string, from: string): Promise<void> {
  const bytes = await readFile(from);
  await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
}
