import { suite } from "uvu";
import * as assert from "uvu/assert";
import { imageMimeType } from "../../src/feeds/mime-type.ts";

const mime = suite("imageMimeType");

mime("from the file extension, in any case", () => {
  assert.is(imageMimeType({ src: "/media/harbour.svg", renditions: [] }), "image/svg+xml");
  assert.is(imageMimeType({ src: "/media/harbour.JPG", renditions: [] }), "image/jpeg");
  assert.is(imageMimeType({ src: "/media/photos/boats.jpeg", renditions: [] }), "image/jpeg");
  assert.is(imageMimeType({ src: "/media/chart.png", renditions: [] }), "image/png");
  assert.is(imageMimeType({ src: "/media/crowd.webp", renditions: [] }), "image/webp");
});

mime("ignores a URL's query and fragment", () => {
  assert.is(imageMimeType({ src: "https://images.example.com/a/b.avif?w=1200#x", renditions: [] }), "image/avif");
});

mime("a rendition of the same file that names its type wins", () => {
  assert.is(imageMimeType({ src: "https://images.example.com/123", renditions: [{ href: "https://images.example.com/123", mimetype: "image/jpeg" }] }), "image/jpeg");
});

mime("undefined without a file or a known extension", () => {
  assert.is(imageMimeType({ renditions: [] }), undefined);
  assert.is(imageMimeType({ src: "https://images.example.com/123", renditions: [] }), undefined);
  assert.is(imageMimeType({ src: "/media/notes.txt", renditions: [] }), undefined);
});

mime.run();
