// Site search: builds the sample newsroom, indexes it with Pagefind (src/search/index-site.ts),
// then queries the index with Pagefind's own search code, as a reader's browser would.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "cheerio";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { indexSite, SearchIndexError } from "../../src/search/index-site.ts";
import { buildSite } from "../site/build-site.ts";
import { openPagefind, type PagefindClient } from "./pagefind-client.ts";

const ORCHARD = "community-orchard"; // content/articles/leeds-community-orchard-saved.txt

/** Every HTML page of a built site as its URL path (`/`, `/archive/`, `/404.html`). */
async function pageUrls(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"));
  return files.map((file) => `/${file.split("\\").join("/")}`.replace(/(^|\/)index\.html$/, "$1")).sort();
}

/** Article pages, known by the markup contract: one schema.org NewsArticle each. */
async function articleUrls(dir: string): Promise<string[]> {
  const articles: string[] = [];
  for (const url of await pageUrls(dir)) {
    const html = await readFile(join(dir, url.endsWith("/") ? `${url}index.html` : url), "utf8");
    const $ = load(html);
    const types = $('script[type="application/ld+json"]')
      .map((_, script) => (JSON.parse($(script).text()) as { "@type"?: string })["@type"])
      .get();
    if (types.includes("NewsArticle")) articles.push(url);
  }
  return articles.sort();
}

/** Files of the site outside the search bundle, with their modification times. */
async function filesOutsideBundle(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => !file.startsWith("pagefind")).sort();
  return Promise.all(files.map(async (file) => `${file} ${(await stat(join(dir, file))).mtimeMs}`));
}

/** Temporary folders this file makes, removed when it is done. */
const temporary: string[] = [];

const site = await buildSite();
temporary.push(site.dir);
const before = await filesOutsideBundle(site.dir);
const indexed = await indexSite(site.dir);
const after = await filesOutsideBundle(site.dir);
const articles = await articleUrls(site.dir);
const pages = await pageUrls(site.dir);
const pagefind: PagefindClient = await openPagefind(site.dir);

const index = suite("the search index of the sample site");

index("covers exactly the article pages", async () => {
  assert.ok(articles.length > 10, `${articles.length} article pages`);
  assert.is(indexed.pages, articles.length);
  assert.is(indexed.files, pages.length);
  const urls = (await pagefind.search(null)).map((hit) => hit.url).sort();
  assert.equal(urls, articles);
});

index("leaves out the front page, listings, the archive and the search page", async () => {
  const urls = new Set((await pagefind.search(null)).map((hit) => hit.url));
  for (const url of ["/", "/archive/", "/search/", "/tags/", "/404.html", "/section/news/"]) {
    assert.ok(pages.includes(url), `${url} was built`);
    assert.not.ok(urls.has(url), `${url} is not in the index`);
  }
});

index("finds an article by a word of its body", async () => {
  const hits = await pagefind.search("Bernadette");
  assert.ok(hits.some((hit) => hit.url.includes(ORCHARD)), hits.map((hit) => hit.url).join(", "));
});

index("does not find words that appear only in reader comments", async () => {
  const orchard = articles.find((url) => url.includes(ORCHARD));
  assert.ok(orchard, "the orchard article was built");
  const html = await site.read(orchard!);
  // The words are on the page, in the comments: the index must not have them.
  for (const word of ["trolleys", "mattresses", "grandkids"]) {
    assert.ok(html.includes(word), `"${word}" is on the page`);
    assert.equal(await pagefind.search(word), [], `"${word}" finds nothing`);
  }
});

index("every result carries its title and publication date", async () => {
  for (const hit of await pagefind.search(null)) {
    assert.ok(hit.meta.title, `${hit.url} has a title`);
    assert.match(hit.meta.date ?? "", /^\d{4}-\d{2}-\d{2}$/, `${hit.url} has a date`);
  }
});

index("filters by section: every article in exactly one", async () => {
  const filters = await pagefind.filters();
  assert.ok(filters.section, `filters: ${Object.keys(filters).join(", ")}`);
  const counts = Object.values(filters.section);
  assert.ok(counts.length > 1, "more than one section");
  assert.is(
    counts.reduce((sum, count) => sum + count, 0),
    articles.length,
  );
  for (const hit of await pagefind.search(null)) assert.is(hit.filters.section?.length, 1, hit.url);
});

// Needs data-pagefind-filter="month:…" in templates/partials/article-page.njk: enable with it.
index("filters by month of publication", async () => {
  const filters = await pagefind.filters();
  assert.ok(filters.month, `filters: ${Object.keys(filters).join(", ")}`);
  for (const month of Object.keys(filters.month)) assert.match(month, /^\d{4}-\d{2}$/);
  for (const hit of await pagefind.search(null)) assert.equal(hit.filters.month, [hit.meta.date!.slice(0, 7)], hit.url);
});

index("writes only the bundle, inside the output folder", () => {
  assert.is(indexed.bundleDir, join(site.dir, "pagefind"));
  for (const file of ["pagefind.js", "pagefind-entry.json", "pagefind-ui.js", "pagefind-ui.css"]) {
    assert.ok(existsSync(join(indexed.bundleDir, file)), file);
  }
  assert.not.ok(existsSync(join(indexed.bundleDir, "playground")), "no playground");
  assert.equal(after, before, "nothing else in the site changed");
  assert.not.ok(existsSync("pagefind"), "nothing in the project folder");
});

index.after(() => pagefind.close());
index.run();

const page = suite("the search page");

page("loads Pagefind's UI from files, deferred, with no inline script", async () => {
  const $ = load(await site.read("/search/"));
  assert.is($("h1").text(), "Search");
  assert.is($("#search").length, 1);
  assert.is($('link[rel="stylesheet"][href="/pagefind/pagefind-ui.css"]').length, 1);
  const scripts = $("main script").toArray();
  assert.equal(
    scripts.map((script) => $(script).attr("src")),
    ["/pagefind/pagefind-ui.js", "/assets/search.js"],
  );
  for (const script of scripts) assert.ok($(script).is("[defer]"), `${$(script).attr("src")} is deferred`);
  for (const script of $("script").toArray()) {
    const inline = !$(script).attr("src") && $(script).attr("type") !== "application/ld+json";
    assert.not.ok(inline, `inline script: ${$(script).text().slice(0, 60)}`);
  }
  for (const file of ["pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css", "assets/search.js"]) {
    assert.ok(existsSync(join(site.dir, file)), `${file} is built`);
  }
});

page("says without JavaScript that search needs it, and links to the archive", async () => {
  const $ = load(await site.read("/search/"));
  // With scripting on, an HTML parser keeps <noscript> content as text: parse it on its own.
  const noscript = load($("main noscript").text());
  assert.match(noscript.text(), /Search needs JavaScript/);
  assert.is(noscript('a[href="/archive/"]').length, 1);
});

page("script: finds the bundle beside itself, so a path prefix works", async () => {
  const script = await readFile(join(site.dir, "assets/search.js"), "utf8");
  assert.match(script, /new URL\("\.\.\/pagefind\/", here\)/);
  assert.match(script, /showSubResults: true/);
  assert.not.match(script, /["']\/pagefind\//, "no site-absolute bundle path");
});

page.run();

const edges = suite("indexing edge cases");

edges("a site with no published article gets an empty index, not every page", async () => {
  const content = await mkdtemp(join(tmpdir(), "dateline-empty-"));
  await mkdir(join(content, "articles"));
  await mkdir(join(content, "media"));
  const empty = await buildSite(content);
  temporary.push(content, empty.dir);
  const result = await indexSite(empty.dir);
  assert.is(result.pages, 0);
  assert.ok(result.files > 3, `${result.files} pages read`);
});

edges("excerpts of hostile text come back escaped", async () => {
  const hostile = await buildSite("tests/fixtures/hostile", { DATELINE_STRICT: "false" });
  temporary.push(hostile.dir);
  await indexSite(hostile.dir);
  const client = await openPagefind(hostile.dir);
  try {
    const hits = await client.search("alert");
    assert.ok(hits.length > 0, "the hostile article is found");
    for (const hit of hits) {
      const markup = hit.excerpt.replace(/<\/?mark>/g, "");
      assert.not.match(markup, /</, `${hit.url}: ${hit.excerpt}`);
    }
    assert.equal(await client.search("comment"), [], "comment text is not indexed");
  } finally {
    await client.close();
  }
});

edges("a missing output folder is an error, and is not created", async () => {
  const missing = join(tmpdir(), `dateline-missing-${process.pid}`);
  try {
    await indexSite(missing);
    assert.unreachable("indexSite should throw");
  } catch (error) {
    assert.instance(error, SearchIndexError);
    assert.match((error as Error).message, /no built site/);
  }
  assert.not.ok(existsSync(missing));
});

edges.after(async () => {
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});
edges.run();
