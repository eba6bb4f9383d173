// The picture files every figure points at: a few shared files in content/media/. SVG graphics
// by default (cheap: served as they are); with --images, JPEG photos with grain, which Dateline
// turns into responsive AVIF/WebP/JPEG derivatives.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { PICTURE_COUNT, PICTURE_HEIGHT, PICTURE_WIDTH } from "./article-plan.ts";
import { createRandom } from "./random.ts";
import { pictureFile } from "./source-text.ts";

/** Writes PICTURE_COUNT pictures into `dir`; returns their file names. */
export async function writePictures(dir: string, photos: boolean, seed: number): Promise<string[]> {
  const names: string[] = [];
  for (let picture = 0; picture < PICTURE_COUNT; picture++) {
    const name = pictureFile(picture, photos);
    const svg = pictureSvg(picture, seed);
    await writeFile(join(dir, name), photos ? await photoFrom(svg, picture, seed) : svg);
    names.push(name);
  }
  return names;
}

/** A landscape of coloured bands and shapes, different for each number. */
export function pictureSvg(picture: number, seed: number): string {
  const r = createRandom(seed + 7919 * (picture + 1));
  const colour = () => `rgb(${r.int(30, 230)},${r.int(30, 230)},${r.int(30, 230)})`;
  const shapes = Array.from({ length: 6 }, () =>
    r.chance(0.5)
      ? `<circle cx="${r.int(0, PICTURE_WIDTH)}" cy="${r.int(0, PICTURE_HEIGHT)}" r="${r.int(40, 220)}" fill="${colour()}" fill-opacity="0.8"/>`
      : `<rect x="${r.int(0, PICTURE_WIDTH)}" y="${r.int(0, PICTURE_HEIGHT)}" width="${r.int(60, 500)}" height="${r.int(60, 400)}" fill="${colour()}" fill-opacity="0.8"/>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${PICTURE_HEIGHT}" viewBox="0 0 ${PICTURE_WIDTH} ${PICTURE_HEIGHT}">`,
    `<rect width="${PICTURE_WIDTH}" height="${PICTURE_HEIGHT * 0.6}" fill="${colour()}"/>`,
    `<rect y="${PICTURE_HEIGHT * 0.6}" width="${PICTURE_WIDTH}" height="${PICTURE_HEIGHT * 0.4}" fill="${colour()}"/>`,
    ...shapes,
    "</svg>",
    "",
  ].join("\n");
}

/** The graphic over camera-like grain (from the seeded stream, so the bytes repeat), as a JPEG photo. */
async function photoFrom(svg: string, picture: number, seed: number): Promise<Buffer> {
  const r = createRandom(seed + 104729 * (picture + 1));
  const grain = Buffer.alloc(PICTURE_WIDTH * PICTURE_HEIGHT * 3);
  for (let index = 0; index < grain.length; index++) grain[index] = 96 + Math.floor(r.next() * 64);
  const raw = { width: PICTURE_WIDTH, height: PICTURE_HEIGHT, channels: 3 as const };
  return sharp(Buffer.from(svg))
    .composite([{ input: grain, raw, blend: "soft-light" }])
    .jpeg({ quality: 85 - (picture % 5) })
    .toBuffer();
}
