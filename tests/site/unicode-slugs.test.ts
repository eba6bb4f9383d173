// A whole site built with `slugs: "unicode"` (issue 22, part 5): a newsroom with Arabic, Russian
// and Chinese editions and a Greek and an English story (tests/site/unicode-newsroom.ts). Pages for
// headlines, names, tags and credits are at addresses in the text's own script; every internal
// link resolves to a built file; sitemaps, feeds, canonical, hreflang and JSON-LD URLs are
// percent-encoded and lead to those files; the sitemaps are valid; the forms send addresses the
// intake server takes; search indexes each article at its encoded address; nothing is written
// outside the output folder and no invisible character reaches a path; publishing in place and
// preview's page removal find the pages by their Unicode paths. Then the pages that are not news,
// whose file names are slugs in the site's mode.
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { load } from "cheerio";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";
import { htmlFiles, internalReferences, readPage, servedFile, validationErrors } from "./site-check.ts";
import { unicodeSiteSettings, writeUnicodeNewsroom } from "./unicode-newsroom.ts";
import { sitemapSchemaErrors } from "../sitemaps/sitemap-schemas.ts";
import { articleRecords } from "../../src/search/article-records.ts";
import { checkTarget, type FieldErrors } from "../../src/comments/validate-submission.ts";
import { removePages } from "../../src/eleventy/remove-pages.ts";
import { loadPages } from "../../src/pages.ts";
import { isSlug } from "../../src/model/slug.ts";
import { formatProblem } from "../../src/model/problem.ts";
import { inScratchFolder } from "../helpers/scratch-folder.ts";

const ORIGIN = "http://localhost:8080";
const root = process.cwd();
const work = await mkdtemp(join(tmpdir(), "dateline-unicode-site-"));
const content = join(work, "content");
await writeUnicodeNewsroom(content, root);
await writeFile(join(work, "site.ts"), unicodeSiteSettings(root));
const env = { DATELINE_SITE: join(work, "site.ts"), DATELINE_CACHE: join(work, "cache") };
const log: string[] = [];
// Not seeded with the pictures earlier suites made: a publish in place (below) must find the output as this build left it.
const site = await buildSite(content, env, log, { output: join(work, "site"), seed: false });
const pages = await htmlFiles(site.dir);

const ARTICLES = [
  "ar/2026/11/18/محطة-الحاويات-في-مرفأ-بيروت-تعود-إلى-العمل-بعد-ثمانية-أشهر-من-التأهيل/",
  // The company's name was in directional isolates and the headline ended on a right-to-left mark.
  "ar/2026/11/24/dp-world-تفتتح-رصيف-الحبوب-في-مرفأ-بيروت/",
  "ru/2026/11/20/московское-метро-продлит-работу-в-новогоднюю-ночь/",
  "zh/2026/11/21/北京大学图书馆延长开放时间/",
  // Greek has no edition: the story is the site's own edition's, in its own script.
  "2026/11/22/νέα-γραμμή-του-μετρό-της-αθήνας-ανοίγει-τον-δεκέμβριο/",
  "2026/11/23/zürichs-opera-house-lends-beirut-its-stage-for-a-winter-season/",
];

/** The decoded site path of an absolute URL on the site, for servedFile. */
function pathOf(url: string): string {
  assert.ok(url.startsWith(`${ORIGIN}/`), url);
  return new URL(url).pathname;
}

/** Percent-encoded as an absolute URL in XML, JSON or a `<head>` must be: printable ASCII only. */
function assertEncoded(url: string, where: string): void {
  assert.match(url, /^[\x21-\x7e]+$/, `${where}: ${url}`);
  assert.ok(servedFile(site.dir, pathOf(url), "/"), `${where}: ${decodeURI(url)} is a built file`);
}

const built = suite("a site with Unicode slugs");

built("headlines, names, tags and credits in every script have pages in their own script", () => {
  assert.match(log.join("\n"), /6 sources read, 6 published, 0 held back, 0 rejected; 0 errors, 0 warnings/);
  const expected = [
    ...ARTICLES,
    // An author and topics the tables do not list; tatweel and vowel signs are not part of a word's address.
    "ar/author/عمر-صالح/",
    "ar/tag/موانئ/",
    "ar/tag/بيروت/",
    "ar/tag/حبوب/",
    // The author and topics _data/authors.ts and _data/tag-spellings.ts join across scripts keep their one page.
    "ar/author/rania-haddad/",
    "ar/tag/lebanon/",
    "ar/tag/shipping/",
    "ru/author/иван-петров/",
    "ru/tag/москва/",
    "zh/author/张伟/",
    "zh/tag/北京/",
    "author/μαρία-παπαδοπούλου/",
    "tag/αθήνα/",
    // Latin letters keep their accents (see src/model/slug.ts for why).
    "tag/théâtre/",
    "tag/zürich/",
    "tag/lebanon/",
    "credits/عمر-صالح/",
    "credits/ذا-ميريديان-ليدجر/",
    "credits/jean-dupré/",
    "credits/afp/",
  ];
  const missing = expected.filter((page) => !pages.includes(`${page}index.html`));
  assert.equal(missing, []);
});

built("each article page links its tags and authors at the addresses their pages have", async () => {
  const $ = load(await site.read(`/${ARTICLES[1]}`));
  const links = $("a[href]").map((_, link) => $(link).attr("href")).get();
  for (const href of ["/ar/author/عمر-صالح/", "/ar/tag/موانئ/", "/ar/tag/بيروت/", "/ar/tag/حبوب/"]) assert.ok(links.includes(href), href);
});

built("every internal link, image and feed reference resolves to a built file", async () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const reference of internalReferences(await readPage(site.dir, page), `/${page}`, ORIGIN)) {
      checked += 1;
      if (!servedFile(site.dir, reference.url, "/")) broken.push(`${reference.page} → ${decodeURI(reference.url)}`);
    }
  }
  assert.ok(checked > pages.length * 10, `checked ${checked} references`);
  assert.equal(broken, []);
});

built("every page is valid HTML", async () => {
  const errors: string[] = [];
  for (const page of pages) errors.push(...(await validationErrors(await readPage(site.dir, page), page)));
  assert.equal(errors, []);
});

built("nothing is written outside the output folder, and no path holds a control, bidi or invisible character", async () => {
  const files = (await readdir(site.dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => relative(site.dir, join(entry.parentPath, entry.name)));
  assert.ok(files.length > pages.length);
  const unsafe = files.filter((file) => {
    const inside = relative(site.dir, resolve(site.dir, file));
    if (inside.startsWith("..") || isAbsolute(inside)) return true;
    // Every folder and file name is the site's own ASCII name or a clean slug of the text's script.
    return file.split("/").some((name) => !(/^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/.test(name) || isSlug(name, "unicode")) || /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(name));
  });
  assert.equal(unsafe, []);
  assert.ok(files.some((file) => /[^\x00-\x7f]/.test(file)), "the check met Unicode paths");
});

built("the sitemaps' locations and alternates are percent-encoded, lead to built pages, and are valid", async () => {
  const sitemap = await site.read("/sitemap.xml");
  const news = await site.read("/news-sitemap.xml");
  assert.equal(await sitemapSchemaErrors(sitemap, "sitemap"), []);
  assert.equal(await sitemapSchemaErrors(news, "news"), []);
  const $ = load(sitemap, { xml: true });
  const locations = $("loc").map((_, loc) => $(loc).text()).get();
  for (const url of [...locations, ...$("xhtml\\:link").map((_, link) => $(link).attr("href")).get()]) assertEncoded(url, "sitemap.xml");
  for (const article of ARTICLES) assert.ok(locations.includes(`${ORIGIN}${encodeURI(`/${article}`)}`), article);
  const $news = load(news, { xml: true });
  const inNews = $news("loc").map((_, loc) => $news(loc).text()).get();
  // The Arabic story of 24 November is within the News sitemap's two days.
  assert.ok(inNews.includes(`${ORIGIN}${encodeURI(`/${ARTICLES[1]}`)}`), inNews.join("\n"));
  for (const url of inNews) assertEncoded(url, "news-sitemap.xml");
});

built("each edition's feeds carry percent-encoded links that lead to built pages", async () => {
  for (const prefix of ["", "/ar", "/ru", "/zh"]) {
    const $ = load(await site.read(`${prefix}/feed.xml`), { xml: true });
    const atom = [...$("link").map((_, link) => $(link).attr("href")).get(), ...$("entry > id").map((_, id) => $(id).text()).get()];
    const json = JSON.parse(await site.read(`${prefix}/feed.json`)) as { home_page_url: string; feed_url: string; items: { id: string; url: string }[] };
    const urls = [...atom, json.home_page_url, json.feed_url, ...json.items.flatMap((item) => [item.id, item.url])];
    assert.ok(urls.some((url) => url.includes("%")), `${prefix}/feed.xml and feed.json list Unicode pages`);
    for (const url of urls) assertEncoded(url, `${prefix}/feed.*`);
  }
});

built("canonical, OpenGraph, hreflang and JSON-LD URLs are percent-encoded and lead to built pages", async () => {
  let checked = 0;
  for (const page of pages.filter((page) => !page.endsWith("404.html"))) {
    const $ = load(await readPage(site.dir, page));
    const urls = [$('link[rel="canonical"]').attr("href")!, $('meta[property="og:url"]').attr("content")!, ...$("link[hreflang]").map((_, link) => $(link).attr("href")).get().filter((href) => href.startsWith("http"))];
    for (const script of $('script[type="application/ld+json"]').toArray()) {
      JSON.parse($(script).text(), (_, value: unknown) => {
        if (typeof value === "string" && value.startsWith(`${ORIGIN}/`)) urls.push(value);
        return value;
      });
    }
    for (const url of urls) assertEncoded(url, page);
    checked += urls.length;
  }
  assert.ok(checked > pages.length * 3, `checked ${checked} URLs`);
});

built("the comment and reaction forms send each article's address as the intake server takes it", async () => {
  const listed = JSON.parse(await site.read("/comment-articles.json")) as { articles: Record<string, { url: string }> };
  for (const article of ARTICLES) {
    const $ = load(await site.read(`/${article}`));
    const forms = $("form:has(input[name=url])");
    assert.ok(forms.length > 0, article);
    for (const form of forms.toArray()) {
      const fields = new URLSearchParams($(form).find("input").map((_, input) => [[$(input).attr("name")!, $(input).attr("value") ?? ""]]).get() as [string, string][]);
      const errors: FieldErrors = {};
      assert.equal(checkTarget(fields, errors), { article: fields.get("article"), url: `/${article}` }, article);
      assert.equal(errors, {}, article);
      assert.is(listed.articles[fields.get("article")!]?.url, `/${article}`);
    }
  }
});

built("search indexes each article at its page's percent-encoded address", async () => {
  const records = await articleRecords(site.dir);
  assert.is(records.length, ARTICLES.length);
  for (const record of records) assertEncoded(`${ORIGIN}${record.url}`, `search record (${record.lang})`);
  assert.equal(records.map((record) => decodeURI(record.url)).sort(), ARTICLES.map((article) => `/${article}`).sort());
});

built("publishing in place moves a renamed story's page and removes a deleted one's, leaving what a full build writes", async () => {
  const story = join(content, "articles", "world", "moscow-metro-ru.txt");
  await writeFile(story, (await readFile(story, "utf8")).replace("Московское метро продлит работу в новогоднюю ночь", "Московское метро будет работать всю новогоднюю ночь"));
  await rm(join(content, "articles", "culture", "beijing-library-zh.json"));
  const again: string[] = [];
  await buildSite(content, env, again, { output: site.dir, seed: false });
  assert.match(again.join("\n"), /Publishing in place/);
  const now = await htmlFiles(site.dir);
  for (const gone of [ARTICLES[2], ARTICLES[3], "zh/tag/北京/", "zh/author/张伟/"]) assert.not.ok(now.includes(`${gone}index.html`), `${gone} is gone`);
  assert.ok(now.includes("ru/2026/11/20/московское-метро-будет-работать-всю-новогоднюю-ночь/index.html"));
  const fresh = await buildSite(content, { DATELINE_SITE: env.DATELINE_SITE }, [], { output: join(work, "fresh"), seed: false });
  const withoutPictures = (files: string[]) => files.filter((file) => !file.startsWith("img/"));
  assert.equal(withoutPictures(now), withoutPictures(await htmlFiles(fresh.dir)));
  for (const page of withoutPictures(now)) assert.is(await readPage(site.dir, page), await readPage(fresh.dir, page), page);
});

built.after(() => rm(work, { recursive: true, force: true }));

built.run();

// ---------------------------------------------------------------------------------------------

const preview = suite("preview's removal of pages a rebuild no longer has");

preview("finds a page by its Unicode address, and only that page", async () => {
  await inScratchFolder("dateline-unicode-remove-", async (dir) => {
    const [gone, kept] = ["ar/tag/موانئ", "ar/tag/موانئ-بيروت"];
    for (const folder of [gone, kept]) {
      await mkdir(join(dir, folder), { recursive: true });
      await writeFile(join(dir, folder, "index.html"), "<p>page</p>");
    }
    await removePages(dir, [`/${gone}/`]);
    assert.not.ok(existsSync(join(dir, gone, "index.html")));
    assert.ok(existsSync(join(dir, kept, "index.html")));
  });
});

preview.run();

// ---------------------------------------------------------------------------------------------

const sitePages = suite("pages that are not news: the file name is a slug in the site's mode");

sitePages("with Unicode slugs `من-نحن.md` is /من-نحن/; a decomposed name is composed; capitals are refused, naming the rule", async () => {
  await inScratchFolder("dateline-unicode-pages-", async (dir) => {
    await mkdir(join(dir, "pages"));
    await cp(join(root, "content", "pages", "comment-policy.md"), join(dir, "pages", "comment-policy.md"));
    for (const name of ["من-نحن", "zu\u0308rich", "Über-uns"]) await writeFile(join(dir, "pages", `${name}.md`), "---\ntitle: About\n---\nWho we are.\n");
    const unicode = await loadPages(dir, dir, "unicode");
    assert.equal(unicode.pages.map((page) => page.url).sort(), ["/comment-policy/", "/zürich/", "/من-نحن/"]);
    assert.equal(unicode.problems.map(formatProblem), ['pages/Über-uns.md: file: "Über-uns" cannot be a page\'s address: use lower-case letters of any script, digits and hyphens, and none of section, tag, tags, author, archive, search, credits, media, assets, img, pagefind or a year']);
    // The default, ASCII, takes none of them: their pages would have addresses the site's other pages do not.
    const ascii = await loadPages(dir, dir);
    assert.equal(ascii.pages.map((page) => page.url), ["/comment-policy/"]);
    assert.is(ascii.problems.length, 3);
  });
});

sitePages.run();
