// `npm run media`: draws the sample newsroom's raster pictures into content/media/. Each picture
// is a function of the pixel position (no fonts, no randomness, no SVG renderer), encoded by the
// pinned sharp, so a rerun writes the same bytes. Three photos carry their credit only in
// embedded metadata (EXIF, IPTC, XMP) and their articles give none: the build reads it from there.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import sharp from "sharp";
import { IPTC, withJpegMetadata, type JpegMetadata } from "./lib/jpeg-metadata.ts";

type Rgb = readonly [number, number, number];
/** A scene paints one pixel from its position, u across and v down, both 0..1. */
type Scene = (u: number, v: number) => Rgb;

interface SamplePicture {
  file: string;
  width: number;
  height: number;
  scene: Scene;
  exif?: { Artist?: string; Copyright?: string };
  metadata?: JpegMetadata;
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
const shade = (c: Rgb, f: number): Rgb => [c[0] * f, c[1] * f, c[2] * f];
const inBox = (u: number, v: number, left: number, top: number, right: number, bottom: number) => u >= left && u < right && v >= top && v < bottom;
const inEllipse = (u: number, v: number, cu: number, cv: number, ru: number, rv: number) => ((u - cu) / ru) ** 2 + ((v - cv) / rv) ** 2 < 1;

/** Rows of roses under the arches of a plastic greenhouse, a worker carrying a crate. */
const greenhouse: Scene = (u, v) => {
  const arch = 0.18 + 0.08 * Math.abs(Math.sin(u * Math.PI * 4));
  if (v < arch) return mix([222, 232, 236], [196, 214, 222], v / arch);
  if (inBox(u, v, 0.62, 0.42, 0.68, 0.78)) return [52, 60, 84];
  if (inEllipse(u, v, 0.65, 0.38, 0.025, 0.04)) return [92, 62, 44];
  if (inBox(u, v, 0.6, 0.55, 0.72, 0.62)) return [176, 128, 70];
  if (v > 0.45) {
    const row = Math.sin(v * 90) > 0.2 && Math.sin(u * 120 + v * 40) > 0;
    if (row) return v > 0.7 ? [196, 38, 44] : [232, 118, 40];
    return mix([70, 110, 52], [44, 78, 36], (v - 0.45) / 0.55);
  }
  return mix([236, 238, 230], [206, 214, 200], (v - arch) / (0.45 - arch));
};

/** Sacks of grain stacked on pallets against a warehouse wall. */
const grainSacks: Scene = (u, v) => {
  if (v > 0.86) return mix([120, 112, 100], [92, 86, 78], (v - 0.86) / 0.14);
  const column = Math.floor(u * 7);
  const layer = Math.floor((v - 0.3) / 0.11);
  if (v > 0.3 && v < 0.82 && column >= 1 && column <= 5) {
    const cu = (column + 0.5) / 7;
    const cv = 0.3 + (layer + 0.5) * 0.11;
    if (inEllipse(u, v, cu, cv, 0.068, 0.052)) return shade([226, 206, 160], 0.82 + 0.18 * (1 - Math.abs(v - cv) / 0.052));
    return [70, 58, 44];
  }
  if (v >= 0.82 && v < 0.86 && u > 0.12 && u < 0.86) return [134, 92, 52];
  return mix([150, 136, 118], [122, 110, 96], Math.abs(Math.sin(u * 40)) * 0.3 + v * 0.4);
};

/** A yellow and grey commuter train at a platform at dawn. */
const commuterTrain: Scene = (u, v) => {
  if (v < 0.42) return mix([246, 170, 96], [86, 112, 160], 1 - v / 0.42);
  if (inBox(u, v, 0.08, 0.36, 0.92, 0.66)) {
    if (inBox(u, v, 0.08, 0.36, 0.92, 0.41)) return [96, 100, 108];
    const window = Math.sin(u * 70) > 0.1 && v > 0.44 && v < 0.53;
    if (window) return [54, 70, 88];
    return v > 0.58 ? [112, 116, 124] : [236, 190, 40];
  }
  if (v > 0.66 && v < 0.7) return [60, 56, 52];
  return mix([170, 166, 158], [128, 124, 118], (v - 0.42) / 0.58);
};

/** A small red funicular car on a rail up a hillside of painted houses (portrait). */
const funicular: Scene = (u, v) => {
  const rail = Math.abs(v - (0.95 - u * 0.8));
  if (inBox(u, v, 0.46, 0.5, 0.6, 0.6) && rail < 0.09) return [196, 40, 36];
  if (rail < 0.012) return [64, 60, 58];
  if (v < 0.2) return mix([150, 196, 232], [206, 226, 240], v / 0.2);
  const palette: Rgb[] = [[232, 186, 64], [70, 150, 190], [214, 96, 84], [120, 176, 110], [238, 230, 214], [160, 110, 170]];
  const cell = Math.floor(u * 6) * 7 + Math.floor(v * 14);
  const inHouse = (u * 6) % 1 > 0.1 && (v * 14) % 1 > 0.2;
  if (v > 0.2 + (1 - u) * 0.1 && inHouse) return palette[(cell * 5) % palette.length]!;
  return mix([88, 120, 76], [60, 84, 56], v);
};

/** A library reading room with tables, a hot orange sun glaring in the windows. */
const readingRoom: Scene = (u, v) => {
  const window = inBox(u, v, 0.1, 0.12, 0.9, 0.5) && (u * 8) % 1 > 0.08;
  if (window) return inEllipse(u, v, 0.72, 0.26, 0.07, 0.1) ? [255, 170, 60] : mix([250, 214, 150], [240, 150, 90], (v - 0.12) / 0.38);
  if (inBox(u, v, 0.12, 0.66, 0.46, 0.7) || inBox(u, v, 0.54, 0.66, 0.88, 0.7)) return [140, 92, 56];
  if (inEllipse(u, v, 0.25, 0.6, 0.03, 0.05) || inEllipse(u, v, 0.7, 0.6, 0.03, 0.05)) return [64, 72, 96];
  if (v > 0.7) return mix([200, 190, 176], [164, 150, 134], (v - 0.7) / 0.3);
  return mix([244, 240, 230], [226, 220, 206], v);
};

/** A bar chart of kerbside loading zones by borough: flat colours, so a PNG graphic. */
const deliveryChart: Scene = (u, v) => {
  const bars = [0.7, 0.45, 0.3, 0.2, 0.12];
  if (inBox(u, v, 0.1, 0.88, 0.92, 0.895) || inBox(u, v, 0.1, 0.1, 0.107, 0.895)) return [40, 40, 40];
  for (const [index, height] of bars.entries()) {
    const left = 0.15 + index * 0.155;
    if (inBox(u, v, left, 0.88 - height, left + 0.11, 0.88)) return index === 0 ? [138, 28, 28] : [94, 120, 150];
  }
  if (v < 0.88 && Math.abs(((0.88 - v) / 0.1) % 1) < 0.012) return [226, 226, 226];
  return [253, 252, 249];
};

const LEDGER = "The Meridian Ledger";

export const SAMPLE_PICTURES: readonly SamplePicture[] = [
  { file: "nairobi-greenhouse.jpg", width: 1600, height: 1067, scene: greenhouse, exif: { Artist: "Wanjiru Kamau", Copyright: `Copyright 2026 ${LEDGER}` } },
  {
    file: "beirut-grain-sacks.jpg",
    width: 1600,
    height: 1067,
    scene: grainSacks,
    metadata: { iptc: { [IPTC.credit]: `Omar Saleh/${LEDGER}`, [IPTC.byline]: "Omar Saleh", [IPTC.copyrightNotice]: `© 2026 ${LEDGER}` } },
  },
  {
    file: "johannesburg-commuter-train.jpg",
    width: 1600,
    height: 900,
    scene: commuterTrain,
    metadata: { xmp: { credit: `Thandiwe Mokoena/${LEDGER}`, creator: "Thandiwe Mokoena", rights: `© 2026 ${LEDGER}` } },
  },
  // The source gives a credit and so does the file: the source's wins (the report says "source").
  { file: "valparaiso-funicular.jpg", width: 1067, height: 1600, scene: funicular, exif: { Artist: "C. Fuentes", Copyright: `Copyright 2026 ${LEDGER}` } },
  { file: "sydney-reading-room.jpg", width: 1600, height: 1067, scene: readingRoom },
  { file: "new-york-delivery-zones.png", width: 1200, height: 800, scene: deliveryChart },
];

async function render(picture: SamplePicture): Promise<Buffer> {
  const { width, height, scene } = picture;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [r, g, b] = scene(x / width, y / height);
      const at = (y * width + x) * 3;
      pixels[at] = Math.round(r);
      pixels[at + 1] = Math.round(g);
      pixels[at + 2] = Math.round(b);
    }
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });
  if (picture.file.endsWith(".png")) return image.png({ palette: true, compressionLevel: 9 }).toBuffer();
  const jpeg = await (picture.exif ? image.withExif({ IFD0: picture.exif }) : image).jpeg({ quality: 72, mozjpeg: true }).toBuffer();
  return picture.metadata ? withJpegMetadata(jpeg, picture.metadata) : jpeg;
}

export async function makeSampleMedia(mediaDir: string): Promise<string[]> {
  return Promise.all(
    SAMPLE_PICTURES.map(async (picture) => {
      const bytes = await render(picture);
      await writeFile(join(mediaDir, picture.file), bytes);
      return `${picture.file} (${Math.round(bytes.length / 1024)} KB)`;
    }),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = await makeSampleMedia(join(process.cwd(), "content", "media"));
  console.log(`Wrote content/media/: ${written.join(", ")}`);
}
