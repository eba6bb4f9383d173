import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { CreditedArticle, CreditedPicture } from "../../src/collections/credits.ts";
import { CREDITS_PAGE_SIZE, creditsPages, type CreditsPage } from "../../src/collections/credits-pages.ts";
import { pageUrl } from "../../src/collections/pagination.ts";

function used(slug: string): CreditedArticle {
  return { headline: slug, url: `/2026/11/20/${slug}/`, lang: "en", dir: "ltr" };
}

/** A picture used in `uses` articles, `<name>-1` newest. */
function picture(name: string, uses: number): CreditedPicture {
  const articles = Array.from({ length: uses }, (_, index) => used(`${name}-${index + 1}`));
  return { src: `/media/${name}.jpg`, alt: name, credit: `${name}/AFP`, creditSource: "source", names: [], articles };
}

/** Each page as [url, [picture src, article slugs]...]. */
function layout(pages: readonly CreditsPage[]): [string, [string, string[]][]][] {
  return pages.map((page) => [page.url, page.pictures.map((item) => [item.src, item.articles.map((article) => article.headline)] as [string, string[]])]);
}

const pages = suite("creditsPages");

pages("cuts (picture, article) uses into pages with stable URLs and neighbours", () => {
  const result = creditsPages("AFP", "/credits/afp/", [picture("a", 2), picture("b", 1), picture("c", 2)], 2);
  assert.equal(layout(result), [
    ["/credits/afp/", [["/media/a.jpg", ["a-1", "a-2"]]]],
    ["/credits/afp/page/2/", [["/media/b.jpg", ["b-1"]], ["/media/c.jpg", ["c-1"]]]],
    ["/credits/afp/page/3/", [["/media/c.jpg", ["c-2"]]]],
  ]);
  assert.equal(
    result.map((page) => [page.pageNumber, page.pageCount, page.previousUrl, page.nextUrl]),
    [
      [1, 3, undefined, "/credits/afp/page/2/"],
      [2, 3, "/credits/afp/", "/credits/afp/page/3/"],
      [3, 3, "/credits/afp/page/2/", undefined],
    ],
  );
  assert.ok(result.every((page) => page.total === 3 && page.firstUrl === "/credits/afp/" && page.title === "AFP"));
});

pages("a picture used more often than a page holds continues over pages; no page lists more than the page size", () => {
  const wire = picture("wire", 2_500);
  const result = creditsPages("Picture credits", "/credits/", [picture("a", 1), wire, picture("z", 1)], 40);
  assert.is(result.length, Math.ceil(2_502 / 40));
  for (const page of result) assert.ok(page.pictures.reduce((sum, item) => sum + item.articles.length, 0) <= 40, page.url);
  assert.equal(layout(result)[0]![1].map(([src, slugs]) => [src, slugs.length]), [["/media/a.jpg", 1], ["/media/wire.jpg", 39]]);
  assert.equal(layout(result).at(-1)![1].map(([src, slugs]) => [src, slugs.length]), [["/media/wire.jpg", 21], ["/media/z.jpg", 1]]);
  const wireUses = result.flatMap((page) => page.pictures.filter((item) => item.src === wire.src).flatMap((item) => item.articles));
  assert.equal(wireUses, wire.articles, "every use listed once, newest first, across the pages");
  assert.is(wire.articles.length, 2_500, "the index's own picture is not cut");
});

pages("a picture shown whole keeps everything the index has for it: caption, names, origin", () => {
  const a = { ...picture("a", 1), caption: "Cranes at dawn.", names: [{ name: "AFP", url: "/credits/afp/" }] };
  assert.equal(creditsPages("AFP", "/credits/afp/", [a], 5)[0]!.pictures, [a]);
});

pages("an empty list still has its first page; a name's pages know the index they belong to", () => {
  assert.equal(layout(creditsPages("Picture credits", "/credits/", [])), [["/credits/", []]]);
  const parent = { name: "Picture credits", url: "/credits/" };
  assert.equal(creditsPages("AFP", "/credits/afp/", [picture("a", 3)], 2, parent).map((page) => page.parent), [parent, parent]);
  assert.is(creditsPages("Picture credits", "/credits/", [picture("a", 3)], 2)[0]!.parent, undefined);
});

pages("without a page size, pages hold CREDITS_PAGE_SIZE uses", () => {
  assert.is(creditsPages("Picture credits", "/credits/", [picture("a", CREDITS_PAGE_SIZE)]).length, 1);
  assert.is(creditsPages("Picture credits", "/credits/", [picture("a", CREDITS_PAGE_SIZE + 1)]).length, 2);
});

pages("a page size that is not a whole number of at least one is refused", () => {
  assert.throws(() => creditsPages("AFP", "/credits/afp/", [picture("a", 1)], 0), /at least 1/);
  assert.throws(() => creditsPages("AFP", "/credits/afp/", [picture("a", 1)], 2.5), /whole number/);
});

pages("page 1 is the list's own URL; later pages sit under page/N/ like /section/<s>/page/N/", () => {
  assert.is(pageUrl("/credits/", 1), "/credits/");
  assert.is(pageUrl("/credits/", 7), "/credits/page/7/");
  assert.is(pageUrl("/credits/jane-doe/", 2), "/credits/jane-doe/page/2/");
});

pages.run();
