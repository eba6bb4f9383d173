// Responsive derivatives of one local picture: widths never beyond the original, modern formats
// first and a JPEG (PNG for graphics) fallback, hashed names, and nothing encoded twice.
import { readdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { makeDerivatives, outputFormats } from "../../src/images/derivatives.ts";
import type { ImageSettings } from "../../src/site.ts";
import { tempFolder, writePhoto } from "../helpers/pictures.ts";

const images: ImageSettings = { widths: [320, 640, 960, 1280], formats: ["avif", "webp", "auto"], maxPixels: 50_000_000 };
const media = await tempFolder();
await writePhoto(join(media, "harbour dawn.jpg"), { width: 700, height: 467 });
await writePhoto(join(media, "chart.png"), { width: 400, height: 300, png: { alpha: true } });

const formats = suite("outputFormats");

formats("auto is JPEG for photos, PNG for graphics and for anything transparent", () => {
  assert.equal(outputFormats(["avif", "webp", "auto"], { format: "jpeg", hasAlpha: false }), ["avif", "webp", "jpeg"]);
  assert.equal(outputFormats(["avif", "webp", "auto"], { format: "png", hasAlpha: false }), ["avif", "webp", "png"]);
  assert.equal(outputFormats(["webp", "auto"], { format: "webp", hasAlpha: false }), ["webp", "jpeg"]);
  assert.equal(outputFormats(["webp", "jpeg"], { format: "webp", hasAlpha: true }), ["webp", "png"]);
});

formats.run();

const made = suite("makeDerivatives");

made("a 700 px photo: 320 and 640 px in AVIF, WebP and JPEG, the JPEG as the <img>", async () => {
  const output = join(await tempFolder(), "img");
  const result = await makeDerivatives(join(media, "harbour dawn.jpg"), { outputDir: output, images });
  assert.ok(result);
  assert.is(result.encoded, 6);
  assert.is(result.reused, 0);
  const { sources, img, files } = result.picture;
  assert.equal(sources.map((source) => source.type), ["image/avif", "image/webp"]);
  for (const source of sources) assert.match(source.srcset, /^\/img\/harbour-dawn-[\w-]{10}-320\.\w+ 320w, \/img\/harbour-dawn-[\w-]{10}-640\.\w+ 640w$/);
  assert.match(img.src, /^\/img\/harbour-dawn-[\w-]{10}-640\.jpeg$/);
  assert.equal([img.width, img.height, img.type], [640, 426, "image/jpeg"]);
  assert.equal(files.map((file) => [file.width, file.height]), [[320, 213], [640, 426]]);
  assert.equal((await readdir(output)).length, 6);
});

made("a graphic with transparency falls back to PNG", async () => {
  const result = await makeDerivatives(join(media, "chart.png"), { outputDir: join(await tempFolder(), "img"), images });
  assert.equal(result?.picture.sources.map((source) => source.type), ["image/avif", "image/webp"]);
  assert.equal([result?.picture.img.type, result?.picture.img.width], ["image/png", 320]);
});

made("a second run reuses every file and writes nothing", async () => {
  const output = join(await tempFolder(), "img");
  const first = await makeDerivatives(join(media, "harbour dawn.jpg"), { outputDir: output, images });
  const times = await Promise.all((first?.files ?? []).map(async (file) => (await stat(file)).mtimeMs));
  const second = await makeDerivatives(join(media, "harbour dawn.jpg"), { outputDir: output, images });
  assert.equal([second?.encoded, second?.reused], [0, 6]);
  assert.equal(second?.picture, first?.picture);
  assert.equal(await Promise.all((second?.files ?? []).map(async (file) => (await stat(file)).mtimeMs)), times);
});

made("a missing derivative alone is made again", async () => {
  const output = join(await tempFolder(), "img");
  const first = await makeDerivatives(join(media, "harbour dawn.jpg"), { outputDir: output, images });
  await rm(first!.files.find((file) => file.endsWith("-640.avif"))!);
  const second = await makeDerivatives(join(media, "harbour dawn.jpg"), { outputDir: output, images });
  assert.equal([second?.encoded, second?.reused], [1, 5]);
});

made("an SVG has no derivatives: it is used as it is", async () => {
  await writeFile(join(media, "map.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200"/></svg>');
  assert.is(await makeDerivatives(join(media, "map.svg"), { outputDir: join(await tempFolder(), "img"), images }), undefined);
});

made.run();
