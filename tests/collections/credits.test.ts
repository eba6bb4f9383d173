import { suite } from "uvu";
import * as assert from "uvu/assert";
import { creditNames, creditsIndex } from "../../src/collections/credits.ts";
import type { Article, Figure } from "../../src/model/types.ts";
import { article, newestFirst } from "../helpers/articles.ts";

const names = suite("creditNames");

names("a slash separates photographer and agency; a label before a colon is no name", () => {
  assert.equal(creditNames("Jane Doe/AFP"), ["Jane Doe", "AFP"]);
  assert.equal(creditNames("Reuters"), ["Reuters"]);
  assert.equal(creditNames("Graphic: Dana Whitfield/The Ledger"), ["Dana Whitfield", "The Ledger"]);
  assert.equal(creditNames(" / — "), []);
});

names.run();

/** An article whose lead and body figures are given, credited as `creditSource` says. */
function withFigures(slug: string, published: string, figures: Partial<Figure>[]): Article {
  const [lead, ...inline] = figures.map((figure) => ({ alt: "A picture", credit: "Staff", creditSource: "source", renditions: [], ...figure }) as Figure);
  const base = article({ slug, published });
  return { ...base, lead, body: [...base.body, ...inline.map((figure) => ({ type: "figure" as const, figure }))] };
}

const index = suite("creditsIndex");

const articles = newestFirst([
  withFigures("harbour-reopens", "2026-11-20", [
    { src: "/media/cranes.jpg", credit: "Jane Doe/AFP", caption: "Cranes at dawn." },
    { src: "/media/grain.jpg", credit: "Omar Saleh/The Ledger", creditSource: "embedded IPTC Credit" },
  ]),
  withFigures("harbour-strike", "2026-11-22", [
    { src: "/media/cranes.jpg", credit: "Jane Doe/AFP", caption: "The cranes stood still." },
    { src: "https://photos.example.com/pickets.jpg", credit: "John Roe/AFP" },
  ]),
  withFigures("ferry-timetable", "2026-11-21", [{ credit: "Ann Lee/The Ledger" }]),
]);

index("every picture once per credit, with the articles it appears in, newest first", () => {
  const { pictures } = creditsIndex(articles);
  assert.equal(
    pictures.map((picture) => [picture.src, picture.credit, picture.articles.map((used) => used.url)]),
    [
      ["/media/cranes.jpg", "Jane Doe/AFP", ["/2026/11/22/harbour-strike/", "/2026/11/20/harbour-reopens/"]],
      ["https://photos.example.com/pickets.jpg", "John Roe/AFP", ["/2026/11/22/harbour-strike/"]],
      ["/media/grain.jpg", "Omar Saleh/The Ledger", ["/2026/11/20/harbour-reopens/"]],
    ],
  );
  assert.is(pictures[0]!.caption, "The cranes stood still.", "the caption of the newest use");
  assert.equal(pictures[2]!.creditField, "IPTC Credit");
  assert.equal(pictures[0]!.creditField, undefined);
});

index("a page per photographer and per agency: where did we use AFP's pictures?", () => {
  const { names: pages } = creditsIndex(articles);
  assert.equal(
    pages.map((page) => [page.url, page.name, page.pictures.map((picture) => picture.src)]),
    [
      ["/credits/afp/", "AFP", ["/media/cranes.jpg", "https://photos.example.com/pickets.jpg"]],
      ["/credits/jane-doe/", "Jane Doe", ["/media/cranes.jpg"]],
      ["/credits/john-roe/", "John Roe", ["https://photos.example.com/pickets.jpg"]],
      ["/credits/omar-saleh/", "Omar Saleh", ["/media/grain.jpg"]],
      ["/credits/the-ledger/", "The Ledger", ["/media/grain.jpg"]],
    ],
  );
  assert.equal(creditsIndex(articles).pictures[0]!.names, [{ name: "Jane Doe", url: "/credits/jane-doe/" }, { name: "AFP", url: "/credits/afp/" }]);
});

index("a figure without a file is no picture: its credit has no entry", () => {
  assert.not.ok(creditsIndex(articles).pictures.some((picture) => picture.credit === "Ann Lee/The Ledger"));
});

index("one file under two credits is listed twice, so the mismatch shows", () => {
  const twice = [...articles, withFigures("old-story", "2026-10-01", [{ src: "/media/cranes.jpg", credit: "J. Doe" }])];
  assert.equal(creditsIndex(twice).pictures.filter((picture) => picture.src === "/media/cranes.jpg").map((picture) => picture.credit), ["J. Doe", "Jane Doe/AFP"]);
});

index("an article showing one file twice is one of its articles, between the other articles that show it", () => {
  const reused = newestFirst([
    withFigures("file-photo-new", "2026-11-24", [{ src: "/media/minister.jpg", credit: "Ann Lee" }]),
    withFigures("file-photo-twice", "2026-11-23", [
      { src: "/media/minister.jpg", credit: "Ann Lee" },
      { src: "/media/podium.jpg", credit: "Ann Lee" },
      { src: "/media/minister.jpg", credit: "Ann Lee" },
    ]),
    withFigures("file-photo-old", "2026-11-22", [{ src: "/media/minister.jpg", credit: "Ann Lee" }]),
  ]);
  const minister = creditsIndex(reused).pictures.find((picture) => picture.src === "/media/minister.jpg")!;
  assert.equal(minister.articles.map((used) => used.url), ["/2026/11/24/file-photo-new/", "/2026/11/23/file-photo-twice/", "/2026/11/22/file-photo-old/"]);
});

index("a credit naming one name twice lists the picture on that name's page once", () => {
  const twice = [withFigures("agency-twice", "2026-11-23", [{ src: "/media/pier.jpg", credit: "AFP/Afp" }])];
  const { names: pages } = creditsIndex(twice);
  assert.equal(pages.map((page) => [page.url, page.pictures.length]), [["/credits/afp/", 1]]);
  assert.equal(creditsIndex(twice).pictures[0]!.names, [{ name: "AFP", url: "/credits/afp/" }]);
});

index("the index and every name's pictures come cut into pages of (picture, article) uses", () => {
  // Uses by credit: Jane Doe/AFP 2, John Roe/AFP 1, Omar Saleh/The Ledger 1.
  const { pages, namePages } = creditsIndex(articles, 2);
  assert.equal(
    pages.map((page) => [page.url, page.title, page.pageCount, page.pictures.map((picture) => picture.src), page.nextUrl]),
    [
      ["/credits/", "Picture credits", 2, ["/media/cranes.jpg"], "/credits/page/2/"],
      ["/credits/page/2/", "Picture credits", 2, ["https://photos.example.com/pickets.jpg", "/media/grain.jpg"], undefined],
    ],
  );
  assert.ok(pages.every((page) => page.parent === undefined && page.total === 3));
  assert.equal(
    namePages.map((page) => [page.url, page.title, page.pageNumber, page.pageCount, page.parent?.url]),
    [
      ["/credits/afp/", "AFP", 1, 2, "/credits/"],
      ["/credits/afp/page/2/", "AFP", 2, 2, "/credits/"],
      ["/credits/jane-doe/", "Jane Doe", 1, 1, "/credits/"],
      ["/credits/john-roe/", "John Roe", 1, 1, "/credits/"],
      ["/credits/omar-saleh/", "Omar Saleh", 1, 1, "/credits/"],
      ["/credits/the-ledger/", "The Ledger", 1, 1, "/credits/"],
    ],
  );
});

index("by default a small index is one page, and each name one page", () => {
  const { pages, namePages, names: all } = creditsIndex(articles);
  assert.equal(pages.map((page) => page.url), ["/credits/"]);
  assert.equal(namePages.map((page) => page.url), all.map((name) => name.url));
});

index.run();
