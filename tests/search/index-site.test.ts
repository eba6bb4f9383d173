// Site search: builds the sample newsroom spread over three years (multi-year-newsroom.ts),
// indexes it with Pagefind, one index per language (src/search/index-site.ts), then queries each
// index with Pagefind's own search code, as the search page loads it.
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
import { openPagefind, pageLanguages, type PagefindClient, type SearchHit } from "./pagefind-client.ts";
import { articlePages } from "./reference-index.ts";

const ORCHARD = "community-orchard"; // content/articles/leeds-community-orchard-saved.txt (2026)
/** The year folders of the built site. */
const YEARS = ["2026", "2025", "2024"];
/** Its languages: English, and one Arabic and one French story; most articles first, then by code. */
const LANGUAGES = ["en", "ar", "fr"];
/** A word of every article of each language, to see every article's excerpt. */
const COMMON: Record<string, string> = { en: "the", fr: "la", ar: "في" };

/** Every HTML page of a built site as its URL path (`/`, `/archive/`, `/404.html`). */
async function pageUrls(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"));
  return files.map((file) => `/${file.split("\\").join("/")}`.replace(/(^|\/)index\.html$/, "$1")).sort();
}

/** Files of the site outside the search bundles, with their modification times. */
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

/** The URLs of the pages a search in `language` finds. */
async function hitUrls(siteDir: string, term: string, language = "en"): Promise<string[]> {
  const client = await openPagefind(siteDir, language);
  try {
    return (await client.search(term)).map((hit) => hit.url);
  } finally {
    await client.close();
  }
}

/** What a reader can get out of every language's search: every page, a word, the filters. */
async function answers(siteDir: string): Promise<string> {
  const all: Record<string, unknown> = {};
  for (const language of await pageLanguages(siteDir)) {
    const client = await openPagefind(siteDir, language);
    try {
      all[language] = { all: await client.search(null), word: await client.search("Bernadette"), filters: await client.filters() };
    } finally {
      await client.close();
    }
  }
  return JSON.stringify(all);
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
const articles = await articlePages(site.dir);
const articleUrls = articles.map((article) => article.url).sort();
const pages = await pageUrls(site.dir);
const clients = new Map<string, PagefindClient>();
for (const language of LANGUAGES) clients.set(language, await openPagefind(site.dir, language));
const english = clients.get("en")!;

/** Hits of `term` in every language's index. */
async function everywhere(term: string | null): Promise<SearchHit[]> {
  return (await Promise.all(LANGUAGES.map((language) => clients.get(language)!.search(term)))).flat();
}

const index = suite("the search index of the sample site, one per language");

index("one index per language of the articles, each holding exactly its articles, all indexed on a cold cache", () => {
  assert.equal(
    indexed.languages.map((language) => language.language),
    LANGUAGES,
  );
  for (const language of indexed.languages) {
    assert.is(language.outcome, "indexed", language.language);
    assert.is(language.bundleDir, join(site.dir, "pagefind", language.language));
    const inside = articles.filter((article) => article.lang.split("-")[0] === language.language).length;
    assert.ok(inside > 0, `${language.language} has articles`);
    assert.is(language.pages, inside, `${language.language}: pages`);
  }
  assert.is(indexed.pages, articles.length);
});

index("each index is in its language, with Pagefind's stemming for it", async () => {
  for (const language of LANGUAGES) {
    const entry = JSON.parse(await readFile(join(site.dir, "pagefind", language, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { wasm: string }> };
    assert.equal(Object.keys(entry.languages), [language]);
    assert.is(entry.languages[language]!.wasm, language, `${language} is searched with its own stemmer`);
  }
  // The Arabic story has only "القمح" and "بالقمح": the bare stem finds it because Arabic
  // stemming took the prefixes off when indexing. Unstemmed, no word there begins with "قمح".
  const arabic = articles.find((article) => article.lang === "ar")!;
  assert.equal(await clients.get("ar")!.search("قمح").then((hits) => hits.map((hit) => hit.url)), [arabic.url]);
  assert.not.match(await site.read(arabic.url), /[\s>]قمح/, "no word of the page begins with the stem");
});

index("the search page offers exactly the languages there are, its own first", async () => {
  assert.equal(await pageLanguages(site.dir), ["en", "ar", "fr"]);
  const $ = load(await site.read("/search/"));
  assert.equal(
    $("button[data-search-language]")
      .map((_, button) => `${$(button).attr("data-search-language")} ${$(button).attr("lang")} ${$(button).text()}`)
      .get(),
    ["en en English", "ar ar العربية", "fr fr Français"],
  );
  assert.equal(
    $("button[data-search-language]")
      .map((_, button) => $(button).attr("aria-pressed"))
      .get(),
    ["true", "false", "false"],
  );
});

index("covers exactly the article pages, across the years", async () => {
  assert.ok(articles.length > 10, `${articles.length} article pages`);
  const urls = (await everywhere(null)).map((hit) => hit.url).sort();
  assert.equal(urls, articleUrls);
  for (const year of YEARS) assert.ok(urls.some((url) => url.startsWith(`/${year}/`)), `articles of ${year}`);
});

index("leaves out the front page, listings, the archive and the search page", async () => {
  const urls = new Set((await everywhere(null)).map((hit) => hit.url));
  for (const url of ["/", "/archive/", "/search/", "/tags/", "/404.html", "/section/news/", "/archive/2026/11/"]) {
    assert.ok(pages.includes(url), `${url} was built`);
    assert.not.ok(urls.has(url), `${url} is not in the index`);
  }
});

index("finds an article by a word of its body, whatever its year", async () => {
  const hits = await english.search("Bernadette");
  assert.equal(
    hits.map((hit) => hit.url),
    [articleUrls.find((url) => url.includes(ORCHARD))],
  );
  for (const { year, slug, word } of MOVED) {
    const found = await english.search(word);
    assert.ok(
      found.some((hit) => hit.url.startsWith(`/${year}/`) && hit.url.includes(slug)),
      `"${word}": ${found.map((hit) => hit.url).join(", ")}`,
    );
  }
});

// Split into one index per year, each answered a word it lacked with the longest beginning of it
// it had: a word of one year brought pages of the others. One index answers with the word.
index("a word of one story finds that story alone, not the pages its beginning is a word of", async () => {
  const only = async (term: string, slug: string) => {
    const urls = (await english.search(term)).map((hit) => hit.url);
    assert.equal(urls.length, 1, `"${term}": ${urls.join(", ")}`);
    assert.ok(urls[0]!.includes(slug), `"${term}": ${urls[0]}`);
  };
  await only("ascensores", "valparaiso"); // 2024
  await only("orchard", ORCHARD); // "or"
  await only("Bernadette", ORCHARD); // "be"
});

index("does not find words that appear only in reader comments", async () => {
  const orchard = articleUrls.find((url) => url.includes(ORCHARD));
  assert.ok(orchard, "the orchard article was built");
  const html = await site.read(orchard!);
  // The words are on the page, in the comments: the index must not have them.
  for (const word of ["trolleys", "mattresses", "grandkids"]) {
    assert.ok(html.includes(word), `"${word}" is on the page`);
    assert.equal(await everywhere(word), [], `"${word}" finds nothing`);
  }
});

/** What an article page shows around its story: kicker, byline, dates, credits, dateline. */
function furniture(html: string): string[] {
  const $ = load(html);
  const article = $("article[data-pagefind-body]");
  const texts = [".article__kicker", ".byline", ".article__published", ".article__updated", ".figure__credit", ".dateline"].flatMap((selector) =>
    article
      .find(selector)
      .map((_, element) => $(element).text().replace(/\s+/g, " ").trim())
      .get(),
  );
  return texts.filter((text) => text.length > 0);
}

const plain = (excerpt: string) => excerpt.replace(/<\/?mark>/g, "").replace(/\s+/g, " ");

index("every article's excerpt comes from its story: no kicker, byline, time, credit or dateline", async () => {
  for (const { url, lang } of articles) {
    const language = lang.split("-")[0]!;
    const hits = await clients.get(language)!.search(COMMON[language]!);
    const hit = hits.find((found) => found.url === url);
    assert.ok(hit, `${url} is found by "${COMMON[language]}"`);
    const shown = furniture(await site.read(url));
    assert.ok(shown.length >= 2, `${url}: ${shown.join(" | ")}`);
    for (const text of shown) assert.not.ok(plain(hit!.excerpt).includes(text), `${url}: the excerpt shows "${text}": ${hit!.excerpt}`);
  }
});

index("a word of a headline finds its story, with an excerpt of the story rather than the headline again", async () => {
  const hits = await english.search("orchard");
  const headline = hits[0]!.meta.title!.split(" ");
  assert.ok(headline.includes("orchard"), headline.join(" "));
  const excerpt = plain(hits[0]!.excerpt);
  for (let start = 0; start + 4 <= headline.length; start++) {
    const words = headline.slice(start, start + 4).join(" ");
    assert.not.ok(excerpt.includes(words), `the excerpt repeats the headline ("${words}"): ${excerpt}`);
  }
  assert.match(excerpt, /orchard/i);
});

index("a byline's names and a dateline's city find the story, though neither is in the excerpt", async () => {
  const orchard = articleUrls.find((url) => url.includes(ORCHARD))!;
  const $ = load(await site.read(orchard));
  const name = $(".byline__name").first().text();
  assert.ok(name.length > 0, "the orchard story has a named byline");
  assert.ok((await english.search(name)).some((hit) => hit.url === orchard), name);
  assert.equal((await english.search(name)).find((hit) => hit.url === orchard)?.meta.byline, name);
  const beirut = articles.find((article) => article.lang === "en" && article.url.includes("beiruts-container"))!;
  assert.is((await english.search("Beirut")).find((hit) => hit.url === beirut.url)?.meta.dateline, "BEIRUT");
});

index("every result carries its title and publication date", async () => {
  for (const hit of await everywhere(null)) {
    assert.ok(hit.meta.title, `${hit.url} has a title`);
    assert.match(hit.meta.date ?? "", /^\d{4}-\d{2}-\d{2}$/, `${hit.url} has a date`);
    assert.is(hit.meta.date!.slice(0, 4), /\/(\d{4})\//.exec(hit.url)?.[1], `${hit.url}: its date`);
  }
});

index("filters by section: every article in exactly one, counted over every year", async () => {
  const filters = await english.filters();
  assert.ok(filters.section, `filters: ${Object.keys(filters).join(", ")}`);
  const counts = Object.values(filters.section);
  assert.ok(counts.length > 1, "more than one section");
  assert.is(
    counts.reduce((sum, count) => sum + count, 0),
    articles.filter((article) => article.lang === "en").length,
  );
  for (const hit of await everywhere(null)) assert.is(hit.filters.section?.length, 1, hit.url);
});

index("filters by month of publication, months of every year", async () => {
  const filters = await english.filters();
  assert.ok(filters.month, `filters: ${Object.keys(filters).join(", ")}`);
  for (const month of Object.keys(filters.month)) assert.match(month, /^\d{4}-\d{2}$/);
  assert.equal([...new Set(Object.keys(filters.month).map((month) => month.slice(0, 4)))].sort().reverse(), YEARS);
  for (const hit of await everywhere(null)) assert.equal(hit.filters.month, [hit.meta.date!.slice(0, 7)], hit.url);
});

index("writes only the bundles, inside the output folder: each language's, and the UI beside them", async () => {
  assert.is(indexed.bundleDir, join(site.dir, "pagefind"));
  for (const file of UI_FILES) assert.ok(existsSync(join(indexed.bundleDir, file)), file);
  assert.equal((await readdir(indexed.bundleDir)).sort(), [...UI_FILES, ...LANGUAGES].sort());
  for (const name of LANGUAGES) {
    for (const file of ["pagefind.js", "pagefind-entry.json", "pagefind-ui.js"]) assert.ok(existsSync(join(indexed.bundleDir, name, file)), `${name}/${file}`);
    assert.not.ok(existsSync(join(indexed.bundleDir, name, "playground")), "no playground");
  }
  assert.equal(after, before, "nothing else in the site changed");
  assert.not.ok(existsSync("pagefind"), "nothing in the project folder");
});

index.after(async () => {
  for (const client of clients.values()) await client.close();
});
index.run();

const cache = suite("the search cache");

/** A copy of the built site (its pages and search page; no pictures) to change freely. */
async function siteCopy(): Promise<string> {
  const dir = await tempDir("dateline-search-site-");
  // The Arabic and French stories are in their editions' folders (/ar/2026/…, /fr/2026/…).
  for (const folder of [...YEARS, "search", "ar", "fr"]) await cp(join(site.dir, folder), join(dir, folder), { recursive: true });
  return dir;
}

const outcomes = (result: Awaited<ReturnType<typeof indexSite>>) => result.languages.map((language) => `${language.language} ${language.outcome}`);

cache("an unchanged site reuses every index, and answers searches byte for byte the same", async () => {
  const copy = await siteCopy();
  const dir = await tempDir("dateline-search-cache-");
  const cold = await indexSite(copy, { cacheDir: dir });
  assert.equal(outcomes(cold), ["en indexed", "ar indexed", "fr indexed"]);
  const coldAnswers = await answers(copy);
  const coldFiles = await tree(join(copy, "pagefind"));

  const warm = await indexSite(copy, { cacheDir: dir });
  assert.equal(outcomes(warm), ["en reused", "ar reused", "fr reused"]);
  assert.equal(
    warm.languages.map((language) => language.pages),
    cold.languages.map((language) => language.pages),
  );
  assert.equal(await answers(copy), coldAnswers);
  assert.equal(await tree(join(copy, "pagefind")), coldFiles, "the same files, byte for byte");
});

cache("changing one article page indexes only its language again", async () => {
  const copy = await siteCopy();
  const dir = await tempDir("dateline-search-cache-");
  await indexSite(copy, { cacheDir: dir });
  const athens = articleUrls.find((url) => url.startsWith("/2025/"))!;
  const file = join(copy, athens, "index.html");
  const html = await readFile(file, "utf8");
  await writeFile(file, html.replace('<div class="article__body"', '<p>Zephyrine correction.</p><div class="article__body"'));

  const next = await indexSite(copy, { cacheDir: dir });
  assert.equal(outcomes(next), ["en indexed", "ar reused", "fr reused"]);
  assert.equal(await hitUrls(copy, "Zephyrine"), [athens]);
});

cache("a change Pagefind does not read (related lists, comments, month listings) keeps the bundle", async () => {
  const copy = await siteCopy();
  const dir = await tempDir("dateline-search-cache-");
  await indexSite(copy, { cacheDir: dir });
  const article = articleUrls.find((url) => url.startsWith("/2025/"))!;
  const file = join(copy, article, "index.html");
  const html = await readFile(file, "utf8");
  assert.ok(html.includes('<aside class="related"'), `${article} has a related list to change`);
  await writeFile(file, html.replace('<aside class="related"', '<p>Zephyrine comment.</p><aside class="related"').replace(/(<aside class="related"[\s\S]*?)<\/ol>/, "$1<li>Another related story</li></ol>"));
  const month = (await readdir(join(copy, "2025"))).find((name) => /^\d{2}$/.test(name))!;
  await writeFile(join(copy, "2025", month, "index.html"), '<html lang="en"><body><h1>A month listing, changed</h1></body></html>');

  const next = await indexSite(copy, { cacheDir: dir });
  assert.equal(outcomes(next), ["en reused", "ar reused", "fr reused"]);
  assert.equal(await hitUrls(copy, "Zephyrine"), [], "the word outside the article is not indexed either way");
});

cache("a language whose articles are gone leaves no bundle, and the cache forgets it", async () => {
  const copy = await siteCopy();
  const dir = await tempDir("dateline-search-cache-");
  await indexSite(copy, { cacheDir: dir });
  const french = articles.find((article) => article.lang === "fr")!;
  await rm(join(copy, french.url), { recursive: true });
  const next = await indexSite(copy, { cacheDir: dir });
  assert.equal(outcomes(next), ["en reused", "ar reused"]);
  assert.not.ok(existsSync(join(copy, "pagefind", "fr")), "no French bundle");
  assert.not.ok(existsSync(join(dir, "fr")), "the cache forgets French");
});

cache("an entry without its hash file (a crash while writing it) is ignored and made again", async () => {
  const copy = await siteCopy();
  const dir = await tempDir("dateline-search-cache-");
  const cold = await indexSite(copy, { cacheDir: dir });
  const expected = await answers(copy);
  const [entry, ...others] = await readdir(join(dir, "en"));
  assert.equal(others, [], "one entry for en");
  await rm(join(dir, "en", entry!, "hash"));
  // A temporary folder from a build that died is not an entry either.
  await mkdir(join(dir, "fr", ".tmp-crashed", "bundle"), { recursive: true });

  const next = await indexSite(copy, { cacheDir: dir });
  assert.equal(outcomes(next), ["en indexed", "ar reused", "fr reused"]);
  assert.is(next.pages, cold.pages);
  assert.equal(await answers(copy), expected);
  assert.is(await readFile(join(dir, "en", entry!, "hash"), "utf8"), entry, "the entry is complete again");
  assert.equal(outcomes(await indexSite(copy, { cacheDir: dir })), ["en reused", "ar reused", "fr reused"]);
});

cache("an entry whose hash file names another hash is not used", async () => {
  const copy = await siteCopy();
  const dir = await tempDir("dateline-search-cache-");
  await indexSite(copy, { cacheDir: dir });
  const [entry] = await readdir(join(dir, "ar"));
  await writeFile(join(dir, "ar", entry!, "hash"), "0".repeat(64));
  const next = await indexSite(copy, { cacheDir: dir });
  assert.is(next.languages.find((language) => language.language === "ar")?.outcome, "indexed");
});

cache("what earlier releases kept in the cache folder (a bundle per year) goes", async () => {
  const copy = await siteCopy();
  const dir = await tempDir("dateline-search-cache-");
  await mkdir(join(dir, "2026-11", "a".repeat(64), "bundle"), { recursive: true });
  await indexSite(copy, { cacheDir: dir });
  assert.equal((await readdir(dir)).sort(), [...LANGUAGES].sort());
});

cache("without a cache folder every language is indexed and nothing is kept", async () => {
  const copy = await siteCopy();
  const first = await indexSite(copy);
  const second = await indexSite(copy);
  for (const result of [first, second]) assert.equal(outcomes(result), ["en indexed", "ar indexed", "fr indexed"]);
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

page("the language buttons are hidden until the script shows them: without it they do nothing", async () => {
  const $ = load(await site.read("/search/"));
  assert.ok($(".search__languages").is("[hidden]"));
  assert.ok($(".search__languages button").length > 1);
});

page("says without JavaScript that search needs it, and links to the archive", async () => {
  const $ = load(await site.read("/search/"));
  // With scripting on, an HTML parser keeps <noscript> content as text: parse it on its own.
  const noscript = load($("main noscript").text());
  assert.match(noscript.text(), /Search needs JavaScript/);
  assert.is(noscript('a[href="/archive/"]').length, 1);
});

page("script: finds the bundles beside itself, so a path prefix works, and opens one language's bundle", async () => {
  const script = await readFile(join(site.dir, "assets/search.js"), "utf8");
  assert.match(script, /new URL\("\.\.\/pagefind\/", here\)/);
  assert.match(script, /data-languages/);
  assert.match(script, /bundlePath: bundles \+ language \+ "\/"/);
  assert.not.match(script, /mergeIndex/, "languages are not merged into one search");
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
  assert.equal(result.languages, []);
  assert.is(result.pages, 0);
  assert.equal(await pageLanguages(built.dir), []);
  assert.equal((await readdir(result.bundleDir)).sort(), [...UI_FILES].sort());
  // The page holds its own words for it (from the catalogue), which the script shows instead of loading an index.
  const page = await readFile(join(built.dir, "search/index.html"), "utf8");
  assert.match(page, /data-search-notice="nothing" hidden>There is nothing to search yet/, "the page says so instead of loading an index");
  const script = await readFile(join(built.dir, "assets/search.js"), "utf8");
  assert.match(script, /notice\("nothing"\)/);
});

edges("a page whose body element cannot be told apart is given to Pagefind whole", async () => {
  const dir = await tempDir("dateline-search-whole-");
  const [source] = articleUrls;
  const html = await readFile(join(site.dir, source!, "index.html"), "utf8");
  // Two body elements: Pagefind indexes both, so it is given the whole page.
  const doubled = html.replace("</main>", '<div data-pagefind-body lang="en"><p>Quillwort appendix.</p></div></main>');
  await mkdir(join(dir, "2023/01/05/a"), { recursive: true });
  await writeFile(join(dir, "2023/01/05/a/index.html"), doubled);
  const result = await indexSite(dir);
  assert.equal(outcomes(result), ["en indexed"]);
  assert.equal(await hitUrls(dir, "Quillwort"), ["/2023/01/05/a/"]);
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
