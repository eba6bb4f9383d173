// The summary's line about pages in a publish in place: counted from the output folder's names
// before the publish, what it keeps, renders and drops (tests/site/publish-summary.test.ts checks
// it against real builds).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { pageFile } from "../../src/publish/publish-in-place.ts";
import { formatPagesPublished, pagesPublished } from "../../src/report.ts";

const before = [
  "index.html",
  "404.html",
  "feed.xml",
  "sitemap.xml",
  "pagefind/2026-11/fragment/en_1.pf_fragment",
  "assets/site.css",
  "img/quay-800.webp",
  "2026/11/20/quay-reopens/index.html",
  "2026/11/21/ferries-run-again/index.html",
  "2026/11/22/old-headline/index.html",
  "tag/ferries/index.html",
  "tag/quays/index.html",
  "section/news/index.html",
];
const kept = new Set(["2026/11/20/quay-reopens/index.html", "section/news/index.html", "img/quay-800.webp"]);

const line = suite("pages published in place");

line("sorts the pages into new, changed, written at every build, kept and removed; other files are not pages", () => {
  const pages = pagesPublished({
    before,
    keeps: (path) => kept.has(path),
    rendered: ["/2026/11/21/ferries-run-again/", "/2026/11/22/new-headline/", "/tag/ferries/"],
    vanished: ["/2026/11/22/old-headline/", "/tag/quays/"],
    fileOf: pageFile,
  });
  assert.equal(pages, { new: 1, changed: 2, everyBuild: 2, kept: 2, removed: ["/2026/11/22/old-headline/", "/tag/quays/"] });
  assert.is(
    formatPagesPublished(pages),
    "  pages      5 written (1 new, 2 changed, 2 that every build writes, such as the front page), 2 kept as they were, 2 removed as no longer in the site: /2026/11/22/old-headline/, /tag/quays/",
  );
});

line("a page dropped that the folder no longer had is not counted as removed", () => {
  const pages = pagesPublished({ before: ["index.html"], keeps: () => false, rendered: [], vanished: ["/tag/never-written/"], fileOf: pageFile });
  assert.equal(pages, { new: 0, changed: 0, everyBuild: 1, kept: 0, removed: [] });
  assert.match(formatPagesPublished(pages), /, 0 kept as they were, none removed$/);
});

line("large numbers read with separators, and a long list of removed pages is cut short", () => {
  const removed = Array.from({ length: 1_204 }, (_, index) => `/tag/t${index}/`);
  const text = formatPagesPublished({ new: 2, changed: 1_310, everyBuild: 8, kept: 20_480, removed });
  assert.is(
    text,
    "  pages      1,320 written (2 new, 1,310 changed, 8 that every build writes, such as the front page), 20,480 kept as they were, 1,204 removed as no longer in the site: /tag/t0/, /tag/t1/, /tag/t2/, /tag/t3/, /tag/t4/ and 1,199 more",
  );
});

line.run();
