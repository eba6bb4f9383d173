// Bad picture files in a newsroom: a missing file, a file that is not a picture, a truncated one
// and one over the pixel limit. Each is an error naming the article, the field and the file; the
// article is not published; no other article is lost. Also a remote picture with renditions.
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { load } from "cheerio";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatProblem } from "../../src/model/problem.ts";
import { loadNewsroom } from "../../src/newsroom.ts";
import { BUILD_TIME, buildSite } from "../site/build-site.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import { tempFolder, writePhoto, writeTruncated } from "../helpers/pictures.ts";

const content = await tempFolder("dateline-bad-pictures-");
const articles = join(content, "articles");
const media = join(content, "media");
await mkdir(articles, { recursive: true });
await writePhoto(join(media, "quay.jpg"), { width: 900, height: 600, exif: { Artist: "Ann Lee" } });
await writePhoto(join(media, "large.jpg"), { width: 1400, height: 1000 });
await writeTruncated(join(media, "half.jpg"), join(media, "quay.jpg"));
await writeFile(join(media, "notes.jpg"), "Pictures to follow. Credit: Jane Doe\n");

function markdown(file: string, headline: string, picture: string): Promise<void> {
  const text = `---\nheadline: ${headline}\ndate: 2026-11-20\nbyline: Ann Lee\nlead:\n  src: ${picture}\n  alt: The quay\n  credit: Ann Lee/The Ledger\n---\nThe quay reopened.\n`;
  return writeFile(join(articles, file), text);
}
await markdown("missing.md", "A picture that is not there", "gone.jpg");
await markdown("not-a-picture.md", "A text file named like a photo", "notes.jpg");
await markdown("truncated.md", "A photo cut off in the middle", "half.jpg");
await markdown("too-large.md", "A photo too large to publish", "large.jpg");
// The good article takes its credit from the photo's EXIF: nothing in the source.
await writeFile(join(articles, "good.md"), "---\nheadline: The quay reopens\ndate: 2026-11-21\nbyline: Ann Lee\nlead:\n  src: quay.jpg\n  alt: The quay at dawn\n---\nThe quay reopened.\n");
await writeFile(
  join(articles, "wire-picture.json"),
  JSON.stringify({
    uri: "urn:test:ferry",
    type: "text",
    headline: "Ferries run again",
    versioncreated: "2026-11-19T10:00:00Z",
    byline: "Bo Ek",
    body_html: "<p>Ferries run again.</p>",
    associations: {
      featureimage: {
        type: "picture",
        description_text: "The first ferry leaves.",
        byline: "Bo Ek/TT",
        renditions: {
          large: { href: "https://photos.example.com/ferry-1600.jpg", width: 1600, height: 1067, mimetype: "image/jpeg" },
          medium: { href: "https://photos.example.com/ferry-800.jpg", width: 800, height: 533, mimetype: "image/jpeg" },
          master: { href: "https://photos.example.com/ferry-5000.jpg", width: 5000, height: 3333, mimetype: "image/jpeg" },
        },
      },
    },
  }),
);
const path = (file: string) => `${relative(process.cwd(), articles)}/${file}`;
const mediaPath = "content/media";

// A pixel limit of one megapixel makes the 1.4 megapixel photo "absurdly large" here.
const newsroom = await loadNewsroom({ contentDir: content, root: process.cwd(), site: makeTestSite({ images: { widths: [320, 640], formats: ["webp", "auto"], maxPixels: 1_000_000 } }), now: DateTime.fromISO(BUILD_TIME) });
const problems = newsroom.problems.map(formatProblem);

const bad = suite("bad picture files");

bad("each is an error naming the article, the field and the file", () => {
  // libvips's own words for a truncated JPEG ("VipsJpeg: Premature end of input file") come from a
  // per-thread error buffer and read "Unknown error" when other decodes run at the same time, as
  // on a busy machine: the detail in parentheses is libvips's, the rest of the message is ours.
  const vendorDetail = (problem: string) => problem.replace(/is damaged or truncated \(.+\):/, "is damaged or truncated (…):");
  assert.equal(problems.filter((problem) => !problem.startsWith(path("wire-picture.json"))).map(vendorDetail), [
    `${path("missing.md")}: lead: picture file ${mediaPath}/gone.jpg does not exist: add the file or correct the name`,
    `${path("not-a-picture.md")}: lead: ${mediaPath}/notes.jpg is not a picture (Input file contains unsupported image format): use a JPEG, PNG, WebP, AVIF, GIF or SVG file`,
    `${path("too-large.md")}: lead: ${mediaPath}/large.jpg is 1.4 megapixels (1400 × 1000), over the limit of 1 set by images.maxPixels in _data/site.ts: scale it down before publishing`,
    `${path("truncated.md")}: lead: ${mediaPath}/half.jpg is damaged or truncated (…): export or download it again`,
  ]);
  assert.ok(newsroom.problems.filter((problem) => !problem.path.endsWith("wire-picture.json")).every((problem) => problem.severity === "error"));
});

bad("no other article is lost", () => {
  assert.equal(newsroom.rejected.sort(), [path("missing.md"), path("not-a-picture.md"), path("too-large.md"), path("truncated.md")]);
  assert.equal(newsroom.articles.map((article) => article.source.path), [path("good.md"), path("wire-picture.json")]);
  assert.equal([newsroom.articles[0]!.lead?.credit, newsroom.articles[0]!.lead?.creditSource], ["Ann Lee", "embedded EXIF Artist"]);
});

bad.run();

const built = suite("a preview build of that newsroom");

const log: string[] = [];
const site = await buildSite(content, { DATELINE_STRICT: "false" }, log);

built("publishes the good pages with their pictures, and lists the problems", async () => {
  const good = load(await site.read("/2026/11/21/the-quay-reopens/"));
  assert.equal(good("figure.figure--lead picture source").map((_, source) => good(source).attr("type")).get(), ["image/avif", "image/webp"]);
  assert.is(good("figure.figure--lead .figure__credit").text(), "Ann Lee");
  const problemsPage = await site.read("/_problems/");
  for (const file of ["gone.jpg", "notes.jpg", "half.jpg"]) assert.ok(problemsPage.includes(file), file);
  assert.match(log.join("\n"), /credit "Ann Lee" from embedded EXIF Artist in content\/media\/quay\.jpg/);
});

built("a remote picture's renditions become its srcset, the print master left out; nothing is downloaded", async () => {
  const $ = load(await site.read("/2026/11/19/ferries-run-again/"));
  const img = $("figure.figure--lead > img");
  assert.is($("figure.figure--lead picture").length, 0);
  assert.is(img.attr("src"), "https://photos.example.com/ferry-1600.jpg");
  assert.is(img.attr("srcset"), "https://photos.example.com/ferry-800.jpg 800w, https://photos.example.com/ferry-1600.jpg 1600w");
  assert.equal([img.attr("width"), img.attr("height"), img.attr("sizes")], ["1600", "1067", "(min-width: 40rem) 38rem, calc(100vw - 2rem)"]);
});

built.run();

const strict = suite("a production build of that newsroom");

strict("stops, and the report names every bad file", async () => {
  const report: string[] = [];
  try {
    await buildSite(content, {}, report);
    assert.unreachable("the build should stop");
  } catch (error) {
    assert.match((error as Error).message, /The build stopped on 4 errors/);
  }
  for (const file of ["gone.jpg", "notes.jpg", "half.jpg"]) assert.match(report.join("\n"), new RegExp(`error {6}.*content/media/${file}`));
});

strict.run();
