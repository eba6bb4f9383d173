// A built site's month folders, a partition's pages, and the hash that decides whether a
// partition's index is reused (src/search/partition-pages.ts).
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { hashPages, monthPages, partitionPages } from "../../src/search/partition-pages.ts";

const y2026 = { year: "2026", months: ["01", "11"] };

const test = suite("partition pages");
let site: string;

test.before.each(async () => {
  site = await mkdtemp(join(tmpdir(), "dateline-year-pages-"));
  const files: [string, string][] = [
    ["2026/11/20/b/index.html", "<p>b</p>"],
    ["2026/01/02/a/index.html", "<p>a</p>"],
    ["2026/01/02/a/notes.txt", "not a page"],
    ["2025/05/05/c/index.html", "<p>c</p>"],
    ["2025/notes/index.html", "<p>not a month</p>"],
    ["archive/2026/11/index.html", "<p>listing</p>"],
    ["12345/index.html", "<p>not a year</p>"],
  ];
  for (const [path, html] of files) {
    await mkdir(join(site, path, ".."), { recursive: true });
    await writeFile(join(site, path), html);
  }
});
test.after.each(() => rm(site, { recursive: true, force: true }));

test("month folders: two-digit folders of the four-digit top-level folders, newest first, with their HTML files", async () => {
  assert.equal(
    [...(await monthPages(site))],
    [
      ["2026/11", ["2026/11/20/b/index.html"]],
      ["2026/01", ["2026/01/02/a/index.html"]],
      ["2025/05", ["2025/05/05/c/index.html"]],
    ],
  );
});

test("a partition's pages: the HTML files of its months, site-relative, in code-unit order", async () => {
  const byMonth = await monthPages(site);
  assert.equal(partitionPages(byMonth, y2026), ["2026/01/02/a/index.html", "2026/11/20/b/index.html"]);
  assert.equal(partitionPages(byMonth, { year: "2026", months: ["11"] }), ["2026/11/20/b/index.html"]);
});

test("the hash changes with a page's bytes, its path, the salt; not with nothing", async () => {
  const pages = partitionPages(await monthPages(site), y2026);
  const first = await hashPages(site, pages, "salt");
  assert.match(first, /^[0-9a-f]{64}$/);
  assert.is(await hashPages(site, pages, "salt"), first, "the same input, the same hash");
  assert.is.not(await hashPages(site, pages, "other salt"), first, "salt");

  await writeFile(join(site, "2026/01/02/a/index.html"), "<p>a!</p>");
  const edited = await hashPages(site, pages, "salt");
  assert.is.not(edited, first, "bytes");

  await rename(join(site, "2026/01/02/a"), join(site, "2026/01/02/a2"));
  assert.is.not(await hashPages(site, partitionPages(await monthPages(site), y2026), "salt"), edited, "path");
});

test("with article pages, the hash follows what Pagefind indexes, not the rest of the page", async () => {
  const article = (body: string, related: string) => `<html lang="en"><body><article data-pagefind-body><h1>A</h1><p>${body}</p></article><aside>${related}</aside></body></html>`;
  const file = join(site, "2026/01/02/a/index.html");
  await writeFile(file, article("Harbour", "Related one"));
  const first = await hashPages(site, partitionPages(await monthPages(site), y2026), "salt");
  await writeFile(file, article("Harbour", "Related two"));
  assert.is(await hashPages(site, partitionPages(await monthPages(site), y2026), "salt"), first, "related list");
  await writeFile(join(site, "2026/01/index.html"), "<h1>January 2026</h1>");
  assert.is(await hashPages(site, partitionPages(await monthPages(site), y2026), "salt"), first, "a month listing added");
  await writeFile(file, article("Harbours", "Related two"));
  assert.is.not(await hashPages(site, partitionPages(await monthPages(site), y2026), "salt"), first, "the article's text");
});

test.run();
