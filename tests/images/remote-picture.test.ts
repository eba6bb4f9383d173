// A wire's renditions on its own servers become the <img>'s srcset, nothing is downloaded.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { remotePicture } from "../../src/images/remote-picture.ts";
import type { Figure } from "../../src/model/types.ts";

const BASE = "https://photos.example.com/ap/ferry";

function figure(renditions: Figure["renditions"]): Figure & { src: string } {
  return { src: `${BASE}-1400.jpg`, alt: "A ferry", credit: "Ann Lee/AP", width: 1400, height: 933, renditions };
}

const remote = suite("remotePicture");

remote("srcset from the renditions' widths, narrowest first; no <source>s", () => {
  const picture = remotePicture(
    figure([
      { href: `${BASE}-1400.jpg`, width: 1400, height: 933, mimetype: "image/jpeg" },
      { href: `${BASE}-400.jpg`, width: 400, height: 267, mimetype: "image/jpeg" },
      { href: `${BASE}-800.jpg`, width: 800, height: 533 },
    ]),
  );
  assert.equal(picture, {
    sources: [],
    img: { src: `${BASE}-1400.jpg`, width: 1400, height: 933, type: "image/jpeg", srcset: `${BASE}-400.jpg 400w, ${BASE}-800.jpg 800w, ${BASE}-1400.jpg 1400w` },
    files: [],
  });
});

remote("print masters, other crops, SVG, local files and URLs with commas stay out", () => {
  const picture = remotePicture(
    figure([
      { href: `${BASE}-1400.jpg`, width: 1400, height: 933 },
      { href: `${BASE}-4000.jpg`, width: 4000, height: 2667 },
      { href: `${BASE}-square.jpg`, width: 600, height: 600 },
      { href: `${BASE}.svg`, width: 700, height: 466, mimetype: "image/svg+xml" },
      { href: "/media/ferry-700.jpg", width: 700, height: 466 },
      { href: `${BASE},700.jpg`, width: 700, height: 466 },
      { href: `${BASE}-200.jpg`, width: 200, height: 133 },
    ]),
  );
  assert.is(picture.img.srcset, `${BASE}-200.jpg 200w, ${BASE}-1400.jpg 1400w`);
});

remote("one usable rendition gives no srcset: the <img> alone", () => {
  const picture = remotePicture(figure([{ href: `${BASE}-1400.jpg`, width: 1400, height: 933 }]));
  assert.is(picture.img.srcset, undefined);
  assert.is(picture.img.src, `${BASE}-1400.jpg`);
});

remote.run();
