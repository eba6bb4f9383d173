// Site search: builds the sample newsroom spread over three years (multi-year-newsroom.ts),
// indexes it with Pagefind one partition at a time (src/search/index-site.ts: each year, the
// newest month apart), then queries the indexes with Pagefind's own search code, merged as the
// search page merges them.
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "cheerio";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { indexSite, SearchIndexError, UI_FILES } from "../../src/search/index-site.ts";
import { buildSite } from "../site/build-site.ts";
import { MOVED, multiYearNewsroom } from "./multi-year-newsroom.ts";
import { openPagefind, pageIndexes, type PagefindClient } from "./pagefind-client.ts";
import { monthOfUrl, partitionByMonth, partitionsOfUrls } from "../../src/search/partitions.ts";

const ORCHARD = "community-orchard"; // content/articles/leeds-community-orchard-saved.txt (2026)
/** The year folders of the built site. */
const YEARS = ["2026", "2025", "2024"];
/** Its search partitions: the sample's newest month (November 2026) apart from its year. */
const INDEXES = ["2026-11", "2026", "2025", "2024"];

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

/** Every file under `dir` with its bytes, to compare two bundles byte for byte. */
async function tree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())) {
    const path = join(file.parentPath, file.name);
    files.set(path.slice(dir.length), (await readFile(path)).toString("base64"));
  }
  return files;
}

/** What a reader can get out of the search: every page, a word, the filters. */
async function answers(siteDir: string, indexes?: string[]): Promise<string> {
  const client = await openPagefind(siteDir, indexes);
  try {
    return JSON.stringify({ all: await client.search(null), word: await client.search("Bernadette"), filters: await client.filters() });
  } finally {
    await client.close();
  }
}

/** The URLs of the pages a search for `term` finds, the site's indexes merged as its search page merges them. */
async function hitUrls(siteDir: string, term: string): Promise<string[]> {
  const client = await openPagefind(siteDir);
  try {
    return (await client.search(term)).map((hit) => hit.url);
  } finally {
    await client.close();
  }
}

/** Temporary folders this file makes, removed when it is done. */
const temporary: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

const content = await multiYearNewsroom();
temporary.push(content);
const site = await buildSite(content);
temporary.push(site.dir);
const before = await filesOutsideBundle(site.dir);
const cacheDir = await tempDir("dateline-search-cache-");
const indexed = await indexSite(site.dir, { cacheDir });
const after = await filesOutsideBundle(site.dir);
const articles = await articleUrls(site.dir);
const pages = await pageUrls(site.dir);
const pagefind: PagefindClient = await openPagefind(site.dir);

const index = suite("the search index of the sample site, one per year and the newest month");

index("one index per year, the newest month apart, newest first, all indexed on a cold cache", () => {
  assert.equal(
    indexed.partitions.map((partition) => partition.name),
    INDEXES,
  );
  const holding = partitionByMonth(partitionsOfUrls(articles));
  for (const partition of indexed.partitions) {
    assert.is(partition.outcome, "indexed", partition.name);
    assert.is(partition.bundleDir, join(site.dir, "pagefind", partition.name));
    const inside = articles.filter((url) => holding.get(monthOfUrl(url)!) === partition.name).length;
    assert.ok(inside > 0, `${partition.name} has articles`);
    assert.is(partition.pages, inside, `${partition.name}: pages`);
    assert.is(partition.files, inside, `${partition.name}: files read`);
  }
  assert.ok(articles.some((url) => url.startsWith("/2026/10/")) && articles.some((url) => url.startsWith("/2026/11/")), "2026 has October and November");
});

index("the search page loads exactly the indexes there are", async () => {
  assert.equal(await pageIndexes(site.dir), INDEXES);
  assert.equal(pagefind.indexes, INDEXES);
});

index("covers exactly the article pages, across the years", async () => {
  assert.ok(articles.length > 10, `${articles.length} article pages`);
  assert.is(indexed.pages, articles.length);
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

index("finds an article by a word of its body, in any index", async () => {
  const hits = await pagefind.search("Bernadette");
  assert.ok(hits.some((hit) => hit.url.includes(ORCHARD)), hits.map((hit) => hit.url).join(", "));
  for (const { year, slug, word } of MOVED) {
    const found = await pagefind.search(word);
    assert.ok(
      found.some((hit) => hit.url.startsWith(`/${year}/`) && hit.url.includes(slug)),
      `"${word}": ${found.map((hit) => hit.url).join(", ")}`,
    );
  }
});

// A known cost of one index per year. Pagefind answers a word an index lacks with the longest
// beginning of it the index has (Pagefind#315; no option turns it off yet, Pagefind#780), and each
// year's index answers on its own: a word of one year brings partial matches from the others,
// and with a year of one article they can even rank first. One index for the whole archive does
// this only for words no year has. If this starts failing, Pagefind changed: make the most of it.
index("known limit: a word of one year also brings the other years' partial matches", async () => {
  const hits = await pagefind.search("ascensores"); // only in the 2024 article, Valparaíso
  assert.ok(hits.some((hit) => hit.url.startsWith("/2024/") && hit.url.includes("valparaiso")), "the article is found");
  const partial = hits.filter((hit) => !hit.url.startsWith("/2024/"));
  assert.ok(partial.length > 0, "other years answer with partial matches");
  for (const hit of partial) assert.not.match(hit.excerpt, /<mark>ascensores<\/mark>/i, hit.url);
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
    assert.is(hit.meta.date!.slice(0, 4), hit.url.slice(1, 5), `${hit.url} is in its year's index`);
  }
});

index("filters by section: every article in exactly one, counted over every year", async () => {
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

index("filters by month of publication, months of every year", async () => {
  const filters = await pagefind.filters();
  assert.ok(filters.month, `filters: ${Object.keys(filters).join(", ")}`);
  for (const month of Object.keys(filters.month)) assert.match(month, /^\d{4}-\d{2}$/);
  assert.equal([...new Set(Object.keys(filters.month).map((month) => month.slice(0, 4)))].sort().reverse(), YEARS);
  for (const hit of await pagefind.search(null)) assert.equal(hit.filters.month, [hit.meta.date!.slice(0, 7)], hit.url);
});

index("writes only the bundles, inside the output folder: each partition's, and the UI beside them", async () => {
  assert.is(indexed.bundleDir, join(site.dir, "pagefind"));
  for (const file of UI_FILES) assert.ok(existsSync(join(indexed.bundleDir, file)), file);
  assert.equal((await readdir(indexed.bundleDir)).sort(), [...UI_FILES, ...INDEXES].sort());
  for (const name of INDEXES) {
    for (const file of ["pagefind.js", "pagefind-entry.json", "pagefind-ui.js"]) assert.ok(existsSync(join(indexed.bundleDir, name, file)), `${name}/${file}`);
    assert.not.ok(existsSync(join(indexed.bundleDir, name, "playground")), "no playground");
  }
  assert.equal(after, before, "nothing else in the site changed");
  assert.not.ok(existsSync("pagefind"), "nothing in the project folder");
});

index.after(() => pagefind.close());
index.run();

const cache = suite("the search cache");

/** A copy of the built site (its pages and search page; no pictures) to change freely. */
async function siteCopy(): Promise<string> {
  const dir = await tempDir("dateline-search-site-");
  for (const folder of [...YEARS, "search"]) await cp(join(site.dir, folder), join(dir, folder), { recursive: true });
  return dir;
}

cache("an unchanged site reuses every index, and answers searches byte for byte the same", async () => {
  const copy = await siteCopy();
  const dir = await tempDir("dateline-search-cache-");
  const cold = await indexSite(copy, { cacheDir: dir });
  assert.equal(
    cold.partitions.map((partition) => partition.outcome),
    ["indexed", "indexed", "indexed", "indexed"],
  );
  const coldAnswers = await answers(copy);
  const coldFiles = await tree(join(copy, "pagefind"));

  const warm = await indexSite(copy, { cacheDir: dir });
  assert.equal(
    warm.partitions.map((partition) => partition.outcome),
    ["reused", "reused", "reused", "reused"],
  );
  assert.equal(
    warm.partitions.map((partition) => partition.pages),
    cold.partitions.map((partition) => partition.pages),
  );
  assert.equal(await answers(copy), coldAnswers);
  assert.equal(await tree(join(copy, "pagefind")), coldFiles, "the same files, byte for byte");
});

cache("changing one article page indexes only its partition again", async () => {
  const copy = await siteCopy();
  const dir = await tempDir("dateline-search-cache-");
  await indexSite(copy, { cacheDir: dir });
  const [athens] = (await articleUrls(copy)).filter((url) => url.startsWith("/2025/"));
  assert.ok(athens, "an article in 2025");
  const file = join(copy, athens!, "index.html");
  const html = await readFile(file, "utf8");
  await writeFile(file, html.replace("</article>", "<p>Zephyrine correction.</p></article>"));

  const next = await indexSite(copy, { cacheDir: dir });
  assert.equal(
    next.partitions.map((partition) => `${partition.name} ${partition.outcome}`),
    ["2026-11 reused", "2026 reused", "2025 indexed", "2024 reused"],
  );
  assert.equal(await hitUrls(copy, "Zephyrine"), [athens]);
});

cache("a change Pagefind does not read (related lists, comments, month listings) keeps the bundle", async () => {
  const copy = await siteCopy();
  const dir = await tempDir("dateline-search-cache-");
  await indexSite(copy, { cacheDir: dir });
  const [article] = (await articleUrls(copy)).filter((url) => url.startsWith("/2025/"));
  const file = join(copy, article!, "index.html");
  const html = await readFile(file, "utf8");
  assert.ok(html.includes('<aside class="related"'), `${article} has a related list to change`);
  await writeFile(file, html.replace('<aside class="related"', '<p>Zephyrine comment.</p><aside class="related"').replace(/(<aside class="related"[\s\S]*?)<\/ol>/, "$1<li>Another related story</li></ol>"));
  const month = (await readdir(join(copy, "2025"))).find((name) => /^\d{2}$/.test(name))!;
  await writeFile(join(copy, "2025", month, "index.html"), "<html lang=\"en\"><body><h1>A month listing, changed</h1></body></html>");

  const next = await indexSite(copy, { cacheDir: dir });
  assert.equal(
    next.partitions.map((partition) => `${partition.name} ${partition.outcome}`),
    ["2026-11 reused", "2026 reused", "2025 reused", "2024 reused"],
  );
  assert.equal(await hitUrls(copy, "Zephyrine"), [], "the word outside the article is not indexed either way");
});

cache("a year whose pages are gone leaves no bundle in the output", async () => {
  const copy = await siteCopy();
  const dir = await tempDir("dateline-search-cache-");
  await indexSite(copy, { cacheDir: dir });
  await rm(join(copy, "2024"), { recursive: true });
  const next = await indexSite(copy, { cacheDir: dir });
  assert.equal(
    next.partitions.map((partition) => `${partition.name} ${partition.outcome}`),
    ["2026-11 reused", "2026 reused", "2025 reused"],
  );
  assert.not.ok(existsSync(join(copy, "pagefind", "2024")), "no 2024 bundle");
  assert.not.ok(existsSync(join(dir, "2024")), "the cache forgets 2024");
  const urls = JSON.parse(await answers(copy, ["2026-11", "2026", "2025"])).all.map((hit: { url: string }) => hit.url) as string[];
  assert.ok(urls.length > 0);
  assert.not.ok(
    urls.some((url) => url.startsWith("/2024/")),
    urls.join(", "),
  );
});

cache("an entry without its hash file (a crash while writing it) is ignored and made again", async () => {
  const copy = await siteCopy();
  const dir = await tempDir("dateline-search-cache-");
  const cold = await indexSite(copy, { cacheDir: dir });
  const expected = await answers(copy);
  const [entry, ...others] = await readdir(join(dir, "2026-11"));
  assert.equal(others, [], "one entry for 2026-11");
  await rm(join(dir, "2026-11", entry!, "hash"));
  // A temporary folder from a build that died is not an entry either.
  await mkdir(join(dir, "2025", ".tmp-crashed", "bundle"), { recursive: true });

  const next = await indexSite(copy, { cacheDir: dir });
  assert.equal(
    next.partitions.map((partition) => `${partition.name} ${partition.outcome}`),
    ["2026-11 indexed", "2026 reused", "2025 reused", "2024 reused"],
  );
  assert.is(next.pages, cold.pages);
  assert.equal(await answers(copy), expected);
  assert.is(await readFile(join(dir, "2026-11", entry!, "hash"), "utf8"), entry, "the entry is complete again");
  const again = await indexSite(copy, { cacheDir: dir });
  assert.equal(
    again.partitions.map((partition) => partition.outcome),
    ["reused", "reused", "reused", "reused"],
  );
});

cache("an entry whose hash file names another hash is not used", async () => {
  const copy = await siteCopy();
  const dir = await tempDir("dateline-search-cache-");
  await indexSite(copy, { cacheDir: dir });
  const [entry] = await readdir(join(dir, "2024"));
  await writeFile(join(dir, "2024", entry!, "hash"), "0".repeat(64));
  const next = await indexSite(copy, { cacheDir: dir });
  assert.is(next.partitions.find((partition) => partition.name === "2024")?.outcome, "indexed");
});

cache("without a cache folder every partition is indexed and nothing is kept", async () => {
  const copy = await siteCopy();
  const first = await indexSite(copy);
  const second = await indexSite(copy);
  for (const result of [first, second]) {
    assert.equal(
      result.partitions.map((partition) => partition.outcome),
      ["indexed", "indexed", "indexed", "indexed"],
    );
  }
  assert.is(second.pages, indexed.pages);
});

cache.run();

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

page("names the indexes to search, newest first, in a data attribute", async () => {
  const $ = load(await site.read("/search/"));
  assert.is($("#search").attr("data-indexes"), INDEXES.join(" "));
});

page("says without JavaScript that search needs it, and links to the archive", async () => {
  const $ = load(await site.read("/search/"));
  // With scripting on, an HTML parser keeps <noscript> content as text: parse it on its own.
  const noscript = load($("main noscript").text());
  assert.match(noscript.text(), /Search needs JavaScript/);
  assert.is(noscript('a[href="/archive/"]').length, 1);
});

page("script: finds the bundles beside itself, so a path prefix works, and merges every index", async () => {
  const script = await readFile(join(site.dir, "assets/search.js"), "utf8");
  assert.match(script, /new URL\("\.\.\/pagefind\/", here\)/);
  assert.match(script, /data-indexes/);
  assert.match(script, /mergeIndex:/);
  assert.match(script, /showSubResults: true/);
  assert.not.match(script, /["']\/pagefind\//, "no site-absolute bundle path");
});

page.run();

const edges = suite("indexing edge cases");

edges("a site with no published article gets no index, only the UI files its search page links to", async () => {
  const empty = await tempDir("dateline-empty-");
  await mkdir(join(empty, "articles"));
  await mkdir(join(empty, "media"));
  const built = await buildSite(empty);
  temporary.push(built.dir);
  const result = await indexSite(built.dir, { cacheDir: await tempDir("dateline-search-cache-") });
  assert.equal(result.partitions, []);
  assert.is(result.pages, 0);
  assert.equal(await pageIndexes(built.dir), []);
  assert.equal((await readdir(result.bundleDir)).sort(), [...UI_FILES].sort());
  const script = await readFile(join(built.dir, "assets/search.js"), "utf8");
  assert.match(script, /nothing to search yet/, "the page says so instead of loading an index");
});

edges("an index of several months reads exactly their pages (Pagefind's brace glob)", async () => {
  const dir = await tempDir("dateline-search-months-");
  const [source] = articles;
  const html = await readFile(join(site.dir, source!, "index.html"), "utf8");
  for (const path of ["2023/01/05/a", "2023/02/07/b", "2023/02/09/c", "2023/03/01/d"]) {
    await mkdir(join(dir, path), { recursive: true });
    await writeFile(join(dir, path, "index.html"), html);
  }
  const result = await indexSite(dir);
  assert.equal(
    result.partitions.map((partition) => `${partition.name} ${partition.pages}`),
    ["2023-03 1", "2023 3"],
  );
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
