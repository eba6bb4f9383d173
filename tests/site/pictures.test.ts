// The sample site's pictures as a browser sees them: <picture> with AVIF and WebP sources and a
// JPEG (PNG for graphics) <img> with width and height, `sizes` that match the layout, the lead
// loading first and every other picture lazily; sharing cards, feeds and JSON-LD use derivatives.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { load, type Cheerio, type CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import sharp from "sharp";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { PICTURE_SIZES } from "../../src/images/picture-sizes.ts";
import { buildSite } from "./build-site.ts";
import { htmlFiles, readPage } from "./site-check.ts";

const site = await buildSite();
const NAIROBI = "/2026/11/03/kenyan-flower-growers-bet-on-a-shared-cold-store-to-cut-losses-on-the-way/";
const BEIRUT = "/2026/11/18/beiruts-container-terminal-reopens-after-eight-month-refit/";
const NEW_YORK = "/2026/11/23/new-york-delivery-zones-explained/";

async function page(url: string): Promise<CheerioAPI> {
  return load(await site.read(url));
}

/** The widths a srcset offers, in its order. */
function widths(srcset: string | undefined): number[] {
  return (srcset ?? "").split(",").map((candidate) => Number(/ (\d+)w$/.exec(candidate.trim())?.[1]));
}

/** Every srcset URL names a built file, and each file is as wide as its descriptor says. */
async function checkFiles(srcset: string | undefined): Promise<void> {
  for (const candidate of (srcset ?? "").split(",")) {
    const [url, descriptor] = candidate.trim().split(" ");
    const file = join(site.dir, url!);
    assert.ok(existsSync(file), url);
    assert.is(`${(await sharp(file).metadata()).width}w`, descriptor, url);
  }
}

function assertPicture($: CheerioAPI, picture: Cheerio<Element>, originalWidth: number, sizes: string): void {
  const sources = picture.children("source");
  assert.equal(sources.map((_, source) => $(source).attr("type")).get(), ["image/avif", "image/webp"]);
  const img = picture.children("img");
  assert.is(img.length, 1);
  const offered = widths(img.attr("srcset"));
  assert.ok(offered.length >= 2, `${offered.length} widths`);
  assert.equal(offered, [...offered].sort((a, b) => a - b), "narrowest first");
  assert.ok(offered.every((width) => width <= originalWidth), `never wider than the ${originalWidth} px original: ${offered}`);
  for (const source of sources.toArray()) {
    assert.equal(widths($(source).attr("srcset")), offered, "every format at every width");
    assert.is($(source).attr("sizes"), sizes);
  }
  assert.is(img.attr("sizes"), sizes);
  assert.is(img.attr("src")!.replace(/.*-(\d+)\.\w+$/, "$1"), String(offered.at(-1)), "the <img> src is the widest");
  assert.is(img.attr("width"), String(offered.at(-1)));
  assert.ok(Number(img.attr("height")) > 0);
}

const markup = suite("<picture> markup");

markup("the lead photo: AVIF and WebP sources, a JPEG <img> with dimensions, loaded first", async () => {
  const $ = await page(NAIROBI);
  const picture = $("figure.figure--lead > picture");
  assertPicture($, picture, 1600, PICTURE_SIZES.article);
  const img = picture.children("img");
  assert.match(img.attr("src")!, /^\/img\/nairobi-greenhouse-[\w-]{10}-1280\.jpeg$/);
  assert.equal([img.attr("width"), img.attr("height")], ["1280", "853"]);
  assert.is(img.attr("fetchpriority"), "high");
  assert.is(img.attr("loading"), undefined, "eager");
  assert.is(img.attr("alt"), "Rows of red and orange roses inside a plastic-covered greenhouse as a worker carries a crate");
  await checkFiles(img.attr("srcset"));
  for (const source of picture.children("source").toArray()) await checkFiles($(source).attr("srcset"));
});

markup("an inline photo loads lazily and decodes off the main thread", async () => {
  const $ = await page(BEIRUT);
  const picture = $(".article__body figure > picture").first();
  assertPicture($, picture, 1600, PICTURE_SIZES.article);
  const img = picture.children("img");
  assert.equal([img.attr("loading"), img.attr("decoding"), img.attr("fetchpriority")], ["lazy", "async", undefined]);
});

markup("a graphic falls back to PNG; a portrait photo keeps its shape", async () => {
  const chart = (await page(NEW_YORK))("figure.figure--lead > picture > img");
  assert.match(chart.attr("src")!, /\.png$/);
  const $ = await page("/2026/10/09/valparaisos-hillside-lifts-climb-again-as-two-century-old-funiculars-reopen/");
  const portrait = $("figure.figure--lead > picture");
  assertPicture($, portrait, 1067, PICTURE_SIZES.article);
  assert.ok(Number(portrait.children("img").attr("height")) > Number(portrait.children("img").attr("width")));
});

markup("an SVG graphic is used as it is, with its size", async () => {
  const $ = await page(BEIRUT);
  const img = $("figure.figure--lead > img");
  assert.equal([img.attr("src"), img.attr("width"), img.attr("height"), img.attr("srcset")], ["/media/beirut-terminal.svg", "800", "500", undefined]);
  assert.is($("figure.figure--lead picture").length, 0);
});

markup("the front page's lead is wider and eager; story thumbnails are lazy at column width", async () => {
  const $ = await page("/");
  const lead = $(".lead-story img");
  assert.is(lead.attr("fetchpriority"), "high");
  if (lead.attr("srcset")) assert.is(lead.attr("sizes"), PICTURE_SIZES.front);
  const thumbnails = $(".story-list .story__picture");
  assert.ok(thumbnails.length > 3);
  for (const img of thumbnails.toArray()) {
    assert.equal([$(img).attr("loading"), $(img).attr("fetchpriority")], ["lazy", undefined]);
    if ($(img).attr("srcset")) assert.is($(img).attr("sizes"), PICTURE_SIZES.story);
  }
  assert.ok(thumbnails.toArray().some((img) => $(img).parent().is("picture")), "photos are <picture>s in lists too");
});

markup("every picture on every page has width and height, and no inline style", async () => {
  for (const file of await htmlFiles(site.dir)) {
    const $ = load(await readPage(site.dir, file));
    for (const img of $("main img").toArray()) {
      assert.ok($(img).attr("width") && $(img).attr("height"), `${file}: ${$(img).attr("src")}`);
      assert.is($(img).attr("style"), undefined);
    }
  }
});

markup.run();

const elsewhere = suite("pictures outside the page");

elsewhere("sharing cards and JSON-LD name a JPEG derivative with its size, and the credit's details", async () => {
  const $ = await page(NAIROBI);
  const og = (property: string) => $(`meta[property="${property}"]`).attr("content");
  assert.match(og("og:image")!, /^http:\/\/localhost:8080\/img\/nairobi-greenhouse-[\w-]{10}-1280\.jpeg$/);
  assert.equal([og("og:image:width"), og("og:image:height")], ["1280", "853"]);
  const data = JSON.parse($('script[type="application/ld+json"]').text()) as { image: Record<string, unknown>[] };
  assert.equal(data.image[0], {
    "@type": "ImageObject",
    contentUrl: og("og:image"),
    caption: "A worker carries cut stems to the packing shed at a cooperative member's farm east of the city.",
    creditText: "Wanjiru Kamau",
    creator: { "@type": "Person", name: "Wanjiru Kamau" },
    copyrightNotice: "Copyright 2026 The Meridian Ledger",
    width: 1280,
    height: 853,
  });
});

elsewhere("the feeds carry the derivative and the credit read from the file", async () => {
  const atom = await site.read("/feed.xml");
  const entry = atom.slice(atom.indexOf(`<id>http://localhost:8080${NAIROBI}</id>`));
  assert.match(entry.slice(0, entry.indexOf("</entry>")), /<media:content url="http:\/\/localhost:8080\/img\/nairobi-greenhouse-[\w-]{10}-1280\.jpeg" medium="image" type="image\/jpeg" width="1280" height="853">[\s\S]*<media:credit>Wanjiru Kamau<\/media:credit>/);
});

elsewhere("a photo's original is not published (its EXIF stays home); SVG graphics are", () => {
  assert.not.ok(existsSync(join(site.dir, "media", "nairobi-greenhouse.jpg")));
  assert.ok(existsSync(join(site.dir, "media", "beirut-terminal.svg")));
});

elsewhere.run();
