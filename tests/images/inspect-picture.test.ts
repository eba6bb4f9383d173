// What the build reads from a picture file before the model uses it: size, validity, and the
// credit fields it carries (EXIF, IPTC, XMP), on pictures the test makes.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { IPTC } from "../../scripts/lib/jpeg-metadata.ts";
import { repairUtf8 } from "../../src/images/embedded-credit.ts";
import { inspectPicture } from "../../src/images/inspect-picture.ts";
import { tempFolder, writePhoto, writeTruncated } from "../helpers/pictures.ts";

const dir = await tempFolder();
const LIMIT = 50_000_000;

const credits = suite("inspectPicture: embedded credit");

credits("EXIF Artist and Copyright", async () => {
  const file = join(dir, "exif.jpg");
  await writePhoto(file, { width: 80, height: 60, exif: { Artist: "Wanjiru Kamau", Copyright: "Copyright 2026 The Ledger" } });
  const found = await inspectPicture(file, LIMIT);
  assert.equal(found, { width: 80, height: 60, format: "jpeg", embedded: { "EXIF Artist": "Wanjiru Kamau", "EXIF Copyright": "Copyright 2026 The Ledger" } });
});

credits("IPTC Credit, By-line and Copyright Notice, in UTF-8", async () => {
  const file = join(dir, "iptc.jpg");
  await writePhoto(file, { width: 80, height: 60, metadata: { iptc: { [IPTC.credit]: "Omar Saleh/AFP", [IPTC.byline]: "Omar Saleh", [IPTC.copyrightNotice]: "© 2026 Agence Frédéric" } } });
  const found = await inspectPicture(file, LIMIT);
  assert.equal("embedded" in found && found.embedded, { "IPTC Credit": "Omar Saleh/AFP", "IPTC By-line": "Omar Saleh", "IPTC CopyrightNotice": "© 2026 Agence Frédéric" });
});

credits("XMP photoshop:Credit, dc:creator and dc:rights beside EXIF", async () => {
  const file = join(dir, "xmp.jpg");
  await writePhoto(file, {
    width: 80,
    height: 60,
    exif: { Artist: "T. Mokoena" },
    metadata: { xmp: { credit: "Thandiwe Mokoena/Reuters", creator: "Thandiwe Mokoena", rights: "© 2026 Reuters" } },
  });
  const found = await inspectPicture(file, LIMIT);
  assert.equal("embedded" in found && found.embedded, {
    "XMP photoshop:Credit": "Thandiwe Mokoena/Reuters",
    "XMP dc:creator": "Thandiwe Mokoena",
    "XMP dc:rights": "© 2026 Reuters",
    "EXIF Artist": "T. Mokoena",
  });
});

credits("a picture without metadata, a PNG and an SVG carry none", async () => {
  await writePhoto(join(dir, "plain.jpg"), { width: 40, height: 30 });
  await writePhoto(join(dir, "chart.png"), { width: 40, height: 30, png: {} });
  await writeFile(join(dir, "map.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200"/></svg>');
  assert.equal(await inspectPicture(join(dir, "plain.jpg"), LIMIT), { width: 40, height: 30, format: "jpeg", embedded: {} });
  assert.equal(await inspectPicture(join(dir, "chart.png"), LIMIT), { width: 40, height: 30, format: "png", embedded: {} });
  assert.equal(await inspectPicture(join(dir, "map.svg"), LIMIT), { width: 300, height: 200, format: "svg", embedded: {} });
});

credits("Latin-1 readings of UTF-8 text are repaired; real Latin-1 stays", () => {
  assert.is(repairUtf8("Â© 2026 FrÃ©dÃ©ric"), "© 2026 Frédéric");
  assert.is(repairUtf8("© 2026 Frédéric"), "© 2026 Frédéric");
  assert.is(repairUtf8("Plain"), "Plain");
});

credits.run();

const validity = suite("inspectPicture: bad files");

validity("a text file named .jpg is not a picture", async () => {
  const file = join(dir, "notes.jpg");
  await writeFile(file, "Caption: harbour at dawn. Credit: Jane Doe\n");
  const found = await inspectPicture(file, LIMIT);
  assert.ok("error" in found);
  assert.match(found.error, /^is not a picture \(.*unsupported image format\): use a JPEG, PNG, WebP, AVIF, GIF or SVG file$/);
});

validity("a JPEG cut in half is truncated", async () => {
  const whole = join(dir, "whole.jpg");
  await writePhoto(whole, { width: 400, height: 300 });
  await writeTruncated(join(dir, "half.jpg"), whole);
  const found = await inspectPicture(join(dir, "half.jpg"), LIMIT);
  assert.ok("error" in found);
  assert.match(found.error, /^is damaged or truncated \(.*Premature end of input file.*\): export or download it again$/);
});

validity("a picture over the pixel limit is refused before it is decoded", async () => {
  const file = join(dir, "huge.jpg");
  await writePhoto(file, { width: 400, height: 300 });
  const found = await inspectPicture(file, 100_000);
  assert.equal(found, { error: "is 0.1 megapixels (400 × 300), over the limit of 0.1 set by images.maxPixels in _data/site.ts: scale it down before publishing" });
});

validity("a portrait photo stored sideways (EXIF orientation 6) is as wide as it is shown", async () => {
  const file = join(dir, "turned.jpg");
  await writePhoto(file, { width: 80, height: 60, orientation: 6 });
  const found = await inspectPicture(file, LIMIT);
  assert.equal([("width" in found && found.width), "height" in found && found.height], [60, 80]);
});

validity.run();
