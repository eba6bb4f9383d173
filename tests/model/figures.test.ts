// Figures as the model makes them (src/model/figures.ts): where a picture is looked for, what is
// refused, where its credit comes from, and what a page is given. Inputs are pictures in the
// shapes sources send them: IPTC ninjs picture items (AP's own example, read in place from the
// corpus), Hugo/Jekyll front matter image paths, <img> addresses in scraped pages, and files whose
// IPTC/XMP/EXIF fields are filled the way photo desks and cameras fill them.
import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { articleFigures, isPictureAddress, mediaNameIn, mediaNameOf, normalizeFigure, type EmbeddedMetadata, type MediaLibrary, type PictureSize } from "../../src/model/figures.ts";
import type { Block, Figure } from "../../src/model/types.ts";

const PATH = "content/articles/harbour.md";

/** A content/media/ folder: its files, their size (or why they are no picture) and their embedded fields. */
const FILES: Record<string, { size: PictureSize; embedded?: EmbeddedMetadata }> = {
  "harbour.jpg": { size: { width: 1600, height: 1067 } },
  "harbour-small.jpg": { size: { width: 640, height: 427 } },
  // A photo desk's export: IPTC Credit Line filled, in a folder, with spaces in the name.
  "photos/harbour at dawn.jpg": { size: { width: 1200, height: 800 }, embedded: { "IPTC Credit": "Omar Saleh/AFP", "IPTC By-line": "Omar Saleh" } },
  // Straight from a camera: EXIF Artist and Copyright are written as blanks padded with spaces.
  "camera.jpg": { size: { width: 6000, height: 4000 }, embedded: { "EXIF Artist": "                    ", "EXIF Copyright": "   " } },
  // Lightroom fills XMP dc:creator; the camera body's owner string stays in EXIF Artist.
  "lightroom.jpg": { size: { width: 2048, height: 1365 }, embedded: { "XMP dc:creator": "Lena Berg", "EXIF Artist": "Canon EOS R5", "XMP dc:rights": "© 2026 Lena Berg" } },
  // An agency picture whose IPTC Credit is blank and whose XMP Credit Line is filled.
  "wire-photo.jpg": { size: { width: 3000, height: 2000 }, embedded: { "IPTC Credit": "  ", "XMP photoshop:Credit": "REUTERS/Thandiwe Mokoena" } },
  "scan.pdf": { size: { error: "is not a picture (unsupported image format): use a JPEG, PNG, WebP, AVIF, GIF or SVG file" } },
};

/** Like the newsroom's library: it answers only for files that are there, and says so otherwise. */
const media: MediaLibrary = {
  has: (name) => name in FILES,
  size: (name) => {
    const file = FILES[name];
    if (!file) throw new Error(`asked for the size of ${String(name)}, which is not in content/media/`);
    return file.size;
  },
  embedded: (name) => {
    const file = FILES[name];
    if (!file) throw new Error(`asked for the metadata of ${String(name)}, which is not in content/media/`);
    return file.embedded ?? {};
  },
};

const kinds = (problems: { severity: string; field: string }[]) => problems.map((problem) => `${problem.severity} ${problem.field}`);

const figures = suite("normalizeFigure: what a page is given");

figures("AP's ninjs picture item: http renditions are asked for over https, each with a warning naming its field", () => {
  // IPTC's ninjs 3.0 example of an AP picture, read where it is: its renditions come over http.
  const item = JSON.parse(readFileSync("../shared/corpus/ninjs/iptc-newsinjson/examples/3.0/ap_image.json", "utf8")) as {
    descriptions: { role: string; value: string }[];
    renditions: { name: string; href: string; width?: number; height?: number; contentType: string }[];
  };
  const caption = item.descriptions.find((d) => d.role === "caption")!.value;
  const credit = item.descriptions.find((d) => d.role === "creditline")!.value;
  const pictures = item.renditions.filter((r) => r.contentType.startsWith("image/"));
  const main = pictures.find((r) => r.name === "main")!;
  const field = "associations.featureimage";
  const result = normalizeFigure(
    { field, src: main.href, caption, credit, renditions: pictures.map((r) => ({ href: r.href, width: r.width, height: r.height, mimetype: r.contentType })) },
    PATH,
    media,
  );
  const https = (href: string) => href.replace(/^http:/, "https:");
  assert.equal(result.figure, {
    alt: caption,
    credit: "ASSOCIATED PRESS",
    creditSource: "source",
    renditions: pictures.map((r) => ({ href: https(r.href), width: r.width, height: r.height, mimetype: "image/jpeg" })),
    field,
    src: https(main.href),
    caption,
  });
  // The main picture's address, its alt taken from the caption, then one warning per rendition.
  assert.equal(kinds(result.problems), [`warning ${field}`, `warning ${field}`, ...pictures.map(() => `warning ${field}.renditions`)]);
  assert.ok(result.problems[0]!.message.includes(https(main.href)), "the warning says where the picture is loaded from");
});

figures("an https picture is used as it is, with no warning, and is not measured: its size is what the source gives", () => {
  const given = normalizeFigure({ field: "lead", src: "https://images.example.com/2026/harbour.jpg", alt: "Cranes", credit: "Jane Doe/The Ledger", width: 3000, height: 2208 }, PATH, media);
  assert.equal(given, { figure: { alt: "Cranes", credit: "Jane Doe/The Ledger", creditSource: "source", renditions: [], field: "lead", src: "https://images.example.com/2026/harbour.jpg", width: 3000, height: 2208 }, problems: [] });
  const unsized = normalizeFigure({ field: "lead", src: "https://images.example.com/2026/harbour.jpg", alt: "Cranes", credit: "Jane Doe" }, PATH, media);
  assert.equal(unsized.figure, { alt: "Cranes", credit: "Jane Doe", creditSource: "source", renditions: [], field: "lead", src: "https://images.example.com/2026/harbour.jpg" });
  assert.equal(unsized.problems, []);
});

figures("a local picture: its address inside /media/, its size read from the file", () => {
  // Hugo's `images: [media/harbour.jpg]` and a scraped page's /media/ path name the same kind of file.
  const cases: [src: string, figure: Partial<Figure>][] = [
    ["media/harbour.jpg", { src: "/media/harbour.jpg", width: 1600, height: 1067 }],
    ["harbour.jpg", { src: "/media/harbour.jpg", width: 1600, height: 1067 }],
    ["  harbour-small.jpg", { src: "/media/harbour-small.jpg", width: 640, height: 427 }],
    ["/media/photos/harbour at dawn.jpg", { src: "/media/photos/harbour%20at%20dawn.jpg", width: 1200, height: 800 }],
  ];
  for (const [src, expected] of cases) {
    const result = normalizeFigure({ field: "image", src, alt: "Fishing boats in the harbour", credit: "Jane Doe/The Ledger" }, PATH, media);
    assert.equal(result.problems, [], src);
    assert.equal(result.figure, { alt: "Fishing boats in the harbour", credit: "Jane Doe/The Ledger", creditSource: "source", renditions: [], field: "image", ...expected, ...(src.includes("dawn") ? { creator: "Omar Saleh" } : {}) }, src);
  }
});

figures("a figure that names no file (an empty or blank src) is kept without an address and without a problem", () => {
  // A wire caption item with its credit but no picture file attached.
  for (const src of [undefined, "", "   "]) {
    const result = normalizeFigure({ field: "body line 12", src, alt: "Rescue workers at the quay", credit: "dpa" }, PATH, media);
    assert.equal(result, { figure: { alt: "Rescue workers at the quay", credit: "dpa", creditSource: "source", renditions: [], field: "body line 12" }, problems: [] }, JSON.stringify(src));
  }
});

figures("text fields lose their line breaks and runs of spaces, as XML wire copy indents them", () => {
  const result = normalizeFigure(
    {
      field: "Image-1",
      src: "harbour.jpg",
      alt: "\n      Fishing boats  return\tto the harbour.\n    ",
      caption: "\n      The harbour at dawn  on Tuesday.\n    ",
      credit: "  Jane Doe/The Ledger\n",
      creator: " Jane\n Doe ",
      copyrightNotice: "\n© 2026  The Ledger",
    },
    PATH,
    media,
  );
  assert.equal(result.figure, {
    alt: "Fishing boats return to the harbour.",
    credit: "Jane Doe/The Ledger",
    creditSource: "source",
    renditions: [],
    field: "Image-1",
    src: "/media/harbour.jpg",
    caption: "The harbour at dawn on Tuesday.",
    creator: "Jane Doe",
    copyrightNotice: "© 2026 The Ledger",
    width: 1600,
    height: 1067,
  });
  assert.equal(result.problems, []);
});

figures("renditions resolve like the picture; one that cannot be found is left out with an error naming the renditions", () => {
  const result = normalizeFigure(
    {
      field: "Image-1",
      src: "harbour.jpg",
      alt: "Boats",
      credit: "Jane Doe",
      renditions: [
        { href: "harbour.jpg", width: 1600, height: 1067, mimetype: "image/jpeg" },
        { href: "harbour-thumb.jpg", width: 160, mimetype: "image/jpeg" },
        { href: "media/harbour-small.jpg", width: 640 },
        { href: "https://images.example.com/harbour.webp", mimetype: "image/webp" },
      ],
    },
    PATH,
    media,
  );
  assert.equal(result.figure?.renditions, [
    { href: "/media/harbour.jpg", width: 1600, height: 1067, mimetype: "image/jpeg" },
    { href: "/media/harbour-small.jpg", width: 640 },
    { href: "https://images.example.com/harbour.webp", mimetype: "image/webp" },
  ]);
  assert.equal(kinds(result.problems), ["error Image-1.renditions"]);
  assert.match(result.problems[0]!.message, /content\/media\/harbour-thumb\.jpg/);
});

figures.run();

const refused = suite("normalizeFigure: what is refused");

refused("a picture address that is no picture of this site is an error on the figure's field, and never reaches a page", () => {
  // Addresses found in scraped pages and hand-edited front matter.
  const cases: [src: string, names: RegExp][] = [
    ["javascript:void(fetch('https://evil.example/'))", /must name a file inside content\/media\//],
    ["//evil.example/harbour.jpg", /must name a file inside content\/media\//],
    ["/wp-content/uploads/2026/11/harbour.jpg", /must name a file inside content\/media\//],
    ["media/harbour-thumb.jpg", /content\/media\/harbour-thumb\.jpg does not exist/],
    ["scan.pdf", /^content\/media\/scan\.pdf is not a picture/],
    ["https://images.example.com:99999/a.jpg", /is not a valid URL/],
  ];
  for (const [src, message] of cases) {
    const result = normalizeFigure({ field: "featured_image", src, alt: "Boats", credit: "Jane Doe" }, PATH, media);
    assert.is(result.figure?.src, undefined, src);
    assert.equal(kinds(result.problems), ["error featured_image"], src);
    assert.match(result.problems[0]!.message, message, src);
  }
});

refused("no credit anywhere is an error; for a remote picture it names no file, for a local one it names the file searched", () => {
  const remote = normalizeFigure({ field: "lead", src: "https://images.example.com/a.jpg", alt: "Boats" }, PATH, media);
  assert.is(remote.figure, undefined);
  assert.equal(kinds(remote.problems), ["error lead"]);
  assert.match(remote.problems[0]!.message, /^figure has no credit: /);
  const bare = normalizeFigure({ field: "lead", alt: "Boats", credit: "   " }, PATH, media);
  assert.equal(kinds(bare.problems), ["error lead"]);
  assert.match(bare.problems[0]!.message, /^figure has no credit: /);
  // Blank EXIF fields from the camera are no credit.
  const camera = normalizeFigure({ field: "lead", src: "camera.jpg", alt: "Boats" }, PATH, media);
  assert.is(camera.figure, undefined);
  assert.equal(kinds(camera.problems), ["error lead"]);
  assert.match(camera.problems[0]!.message, /^figure has no credit, and content\/media\/camera\.jpg carries none/);
});

refused("neither alt text nor caption is an error; a caption stands in for missing alt text, with a warning", () => {
  const neither = normalizeFigure({ field: "Image-2", src: "harbour.jpg", alt: "  ", credit: "Jane Doe" }, PATH, media);
  assert.is(neither.figure, undefined);
  assert.equal(kinds(neither.problems), ["error Image-2"]);
  const caption = normalizeFigure({ field: "Image-2", src: "harbour.jpg", alt: " ", caption: "Boats at dawn.", credit: "Jane Doe" }, PATH, media);
  assert.is(caption.figure?.alt, "Boats at dawn.");
  assert.is(caption.figure?.caption, "Boats at dawn.");
  assert.equal(kinds(caption.problems), ["warning Image-2"]);
  // Neither credit nor alt: both are said, and no figure is made.
  const nothing = normalizeFigure({ field: "Image-3", src: "https://images.example.com/a.jpg" }, PATH, media);
  assert.is(nothing.figure, undefined);
  assert.equal(kinds(nothing.problems), ["error Image-3", "error Image-3"]);
});

refused.run();

const embedded = suite("normalizeFigure: credits read from the file");

embedded("each embedded field in its turn: a blank one is skipped, and the figure says which field gave the credit", () => {
  const cases: [file: string, credit: string, creditSource: string, extra: Partial<Figure>][] = [
    ["photos/harbour at dawn.jpg", "Omar Saleh/AFP", "embedded IPTC Credit", { creator: "Omar Saleh" }],
    ["wire-photo.jpg", "REUTERS/Thandiwe Mokoena", "embedded XMP photoshop:Credit", {}],
    ["lightroom.jpg", "Lena Berg", "embedded XMP dc:creator", { creator: "Lena Berg", copyrightNotice: "© 2026 Lena Berg" }],
  ];
  for (const [file, credit, creditSource, extra] of cases) {
    const result = normalizeFigure({ field: "lead", src: file, alt: "Boats" }, PATH, media);
    assert.equal(result.problems, [], file);
    const figure = result.figure!;
    assert.equal([figure.credit, figure.creditSource, figure.creator, figure.copyrightNotice], [credit, creditSource, extra.creator, extra.copyrightNotice], file);
  }
});

embedded("a blank credit in the source is no credit: the file's is used", () => {
  const result = normalizeFigure({ field: "lead", src: "wire-photo.jpg", alt: "Boats", credit: " \n " }, PATH, media);
  assert.equal([result.figure?.credit, result.figure?.creditSource], ["REUTERS/Thandiwe Mokoena", "embedded XMP photoshop:Credit"]);
});

embedded("control and direction characters in a file's metadata are removed, with one warning naming the file", () => {
  const dirty: MediaLibrary = { ...media, embedded: () => ({ "IPTC Credit": "Omar Saleh/AFP\u0000", "IPTC By-line": "\u202eOmar Saleh", "XMP dc:rights": "© 2026 AFP" }) };
  const result = normalizeFigure({ field: "lead", src: "harbour.jpg", alt: "Boats" }, PATH, dirty);
  assert.equal([result.figure?.credit, result.figure?.creator, result.figure?.copyrightNotice], ["Omar Saleh/AFP", "Omar Saleh", "© 2026 AFP"]);
  assert.equal(kinds(result.problems), ["warning lead"]);
  assert.match(result.problems[0]!.message, /characters U\+0000, U\+202E from the metadata embedded in content\/media\/harbour\.jpg/);
  const clean = normalizeFigure({ field: "lead", src: "photos/harbour at dawn.jpg", alt: "Boats" }, PATH, media);
  assert.equal(clean.problems, []);
});

embedded.run();

const addresses = suite("picture addresses");

addresses("mediaNameIn: the file inside content/media/ a source names, or nothing", () => {
  const cases: [raw: string, name: string | undefined][] = [
    // Front matter and Markdown image paths as Hugo, Jekyll and WordPress exports write them.
    ["harbour.jpg", "harbour.jpg"],
    ["media/harbour.jpg", "harbour.jpg"],
    ["/media/harbour.jpg", "harbour.jpg"],
    ["  /media/harbour.jpg  ", "harbour.jpg"],
    ["photos/./2026/../harbour at dawn.jpg", "photos/harbour at dawn.jpg"],
    // A phone's export name carries a time with a colon; it is a file name, not a URL scheme.
    ["2026-11-17T09:30 harbour.jpg", "2026-11-17T09:30 harbour.jpg"],
    // Refused: nothing, the folder itself, climbing out, other sites, other schemes, Windows paths.
    ["", undefined],
    ["   ", undefined],
    ["media/", undefined],
    ["/media/", undefined],
    [".", undefined],
    ["../secret.jpg", undefined],
    ["photos/../../secret.jpg", undefined],
    ["/media/../secret.jpg", undefined],
    ["/media//etc/passwd", undefined],
    ["media//etc/passwd", undefined],
    ["//evil.example/harbour.jpg", undefined],
    ["/etc/passwd", undefined],
    ["/wp-content/uploads/harbour.jpg", undefined],
    ["https://images.example.com/harbour.jpg", undefined],
    ["HTTP://images.example.com/harbour.jpg", undefined],
    ["data:image/png;base64,iVBORw0KGgo=", undefined],
    ["svn+ssh://files.example.com/harbour.jpg", undefined],
    ["C:\\Users\\desk\\harbour.jpg", undefined],
    ["photos\\harbour.jpg", undefined],
    ["harbour.jpg\u0000.txt", undefined],
  ];
  for (const [raw, name] of cases) assert.is(mediaNameIn(raw), name, JSON.stringify(raw));
});

addresses("mediaNameOf: the file a figure's site address names, decoded; nothing for URLs", () => {
  const cases: [src: string, name: string | undefined][] = [
    ["/media/harbour.jpg", "harbour.jpg"],
    ["/media/photos/harbour%20at%20dawn.jpg", "photos/harbour at dawn.jpg"],
    ["/media/caf%C3%A9/h%C3%A4fen.jpg", "café/häfen.jpg"],
    ["https://images.example.com/media/harbour.jpg", undefined],
    ["/img/harbour.jpg", undefined],
  ];
  for (const [src, name] of cases) assert.is(mediaNameOf(src), name, src);
});

addresses("isPictureAddress: an <img src> in a scraped page that could name a picture", () => {
  const cases: [src: string, ok: boolean][] = [
    ["https://images.example.com/harbour.jpg", true],
    ["http://images.example.com/harbour.jpg", true],
    ["HTTPS://IMAGES.EXAMPLE.COM/HARBOUR.JPG", true],
    [" https://images.example.com/harbour.jpg", true],
    ["/media/harbour.jpg", true],
    ["harbour.jpg", true],
    ["javascript:location='https://evil.example/'", false],
    ["data:image/gif;base64,R0lGODlhAQABAAAAACw=", false],
    ["ftp://files.example.com/harbour.jpg", false],
    ["/wp-content/uploads/harbour.jpg", false],
    ["", false],
  ];
  for (const [src, ok] of cases) assert.is(isPictureAddress(src), ok, JSON.stringify(src));
});

addresses.run();

const ordering = suite("articleFigures");

ordering("every figure of an article in page order, the lead first; the same list each time it is asked", () => {
  const figure = (credit: string): Figure => ({ alt: "Boats", credit, renditions: [] });
  const lead = figure("lead");
  const first = figure("first");
  const second = figure("second");
  const body: Block[] = [
    { type: "paragraph", html: "One." as never },
    { type: "figure", figure: first },
    { type: "heading", level: 2, html: "Two" as never },
    { type: "figure", figure: second },
  ];
  const article = { lead, body };
  const figures = articleFigures(article);
  assert.equal(figures.map((f) => f.credit), ["lead", "first", "second"]);
  assert.ok(articleFigures(article) === figures, "kept for the article");
  assert.equal(articleFigures({ body }).map((f) => f.credit), ["first", "second"]);
  assert.equal(articleFigures({ body: [{ type: "paragraph", html: "Text only." as never }] }), []);
});

ordering.run();

