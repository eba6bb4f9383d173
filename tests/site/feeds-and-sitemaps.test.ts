// Builds the sample newsroom and reads every feed and sitemap as a feed reader and a search
// engine would: with a real feed parser (feedsmith) and a real XML parser (fast-xml-parser).
// Expectations come from the newsroom the build sees, so new sample articles do not break them.
import { existsSync } from "node:fs";
import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "cheerio";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { shareFile } from "../../src/images/picture-files.ts";
import { contentDir, prepareNewsroom, type NewsroomData } from "../../src/eleventy/prepare-newsroom.ts";
import type { Article } from "../../src/model/types.ts";
import { sitemapSchemaErrors } from "../sitemaps/sitemap-schemas.ts";
import { BUILD_TIME, buildSite, type BuiltSite } from "./build-site.ts";

const FEED_SIZE = 50;
const BEIRUT = "/2026/11/18/beiruts-container-terminal-reopens-after-eight-month-refit/";
const YORK = "/2026/11/23/york-flood-inquiry-hears-from-residents-who-spent-months-out-of-their-homes/";
const MEXICO_CITY = "/2026/11/24/mexico-city-opens-a-new-cable-car-line-to-its-eastern-hillsides/";
const BIRMINGHAM = "/2026/11/24/birmingham-approves-round-the-clock-bus-lanes-on-its-busiest-road/";
const NEW_YORK = "/2026/11/23/new-york-delivery-zones-explained/";

const built = await buildSite();
const newsroom = await newsroomOf("content", built.dir);
const origin = newsroom.site.url;
const abs = (path: string) => `${origin}${path}`;

/** The newsroom exactly as the build's templates see it (its report is not printed), pictures reused from `outputDir`. */
async function newsroomOf(folder: string, outputDir: string): Promise<NewsroomData> {
  const print = console.log;
  console.log = () => undefined;
  try {
    const root = process.cwd();
    return await prepareNewsroom({ root, contentDir: contentDir(root, { DATELINE_CONTENT: folder }), outputDir, mode: "preview", now: DateTime.fromISO(BUILD_TIME) });
  } finally {
    console.log = print;
  }
}

interface Feed {
  path: string;
  json: string;
  home: string;
  title: string;
  articles: Article[];
}

/** The edition an article belongs to: its language's when the site has that edition, else the site's own. */
function editionLanguage(room: NewsroomData, article: Article): string {
  const base = article.lang.split("-")[0]!;
  return room.i18n.editions.some((edition) => edition.lang === base) ? base : room.site.lang;
}

/** Each edition's feeds (the site's own at the root, the others under /ar/, /fr/), each of its own articles. */
function feedsOf(room: NewsroomData): Feed[] {
  const { site } = room;
  return room.i18n.editions.flatMap(({ lang, prefix, name }) => {
    const articles = room.articles.filter((article) => editionLanguage(room, article) === lang);
    return [
      { path: `${prefix}/feed.xml`, json: `${prefix}/feed.json`, home: `${prefix}/`, title: name, articles },
      ...site.sections.map((section) => ({
        path: `${prefix}/section/${section.slug}/feed.xml`,
        json: `${prefix}/section/${section.slug}/feed.json`,
        home: `${prefix}/section/${section.slug}/`,
        title: `${name}: ${section.names?.[lang] ?? section.name}`,
        articles: articles.filter((article) => article.section === section.slug),
      })),
    ];
  });
}

const lastChange = (article: Article) => article.updated ?? article.published;
const instant = (text: string | undefined) => DateTime.fromISO(text ?? "", { setZone: true }).toMillis();
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

async function readAtom(site: BuiltSite, path: string) {
  const xml = await site.read(path);
  assert.is(XMLValidator.validate(xml), true, `${path} is well-formed XML`);
  return { xml, feed: parseAtomFeed(xml) };
}

const atom = suite("Atom feeds");

atom("the site and every section have one, each valid Atom with the newest articles in order", async () => {
  for (const expected of feedsOf(newsroom)) {
    const { feed } = await readAtom(built, expected.path);
    assert.is(feed.id, abs(expected.path));
    assert.is(feed.title?.value, expected.title);
    assert.equal(feed.links, [
      { rel: "self", type: "application/atom+xml", href: abs(expected.path) },
      { rel: "alternate", type: "text/html", href: abs(expected.home) },
    ]);
    const entries = feed.entries ?? [];
    const newest = expected.articles.slice(0, FEED_SIZE);
    assert.equal(entries.map((entry) => entry.id), newest.map((article) => abs(article.url)), `${expected.path}: entries`);
    for (const [index, entry] of entries.entries()) {
      const article = newest[index] as Article;
      assert.is(entry.title?.value, article.headline);
      assert.equal(entry.links?.[0], { rel: "alternate", type: "text/html", href: abs(article.url) });
      assert.match(entry.published ?? "", ISO_WITH_OFFSET);
      assert.match(entry.updated ?? "", ISO_WITH_OFFSET);
      assert.is(instant(entry.published), article.published.toMillis());
      assert.is(instant(entry.updated), lastChange(article).toMillis());
      assert.equal(entry.authors?.map((author) => author.name) ?? [], article.byline.map((person) => person.name));
      assert.equal(entry.categories?.map((category) => category.term) ?? [], article.tags);
    }
    const latest = Math.max(...newest.map((article) => lastChange(article).toMillis()));
    assert.match(feed.updated ?? "", ISO_WITH_OFFSET);
    assert.is(instant(feed.updated), newest.length > 0 ? latest : instant(BUILD_TIME), `${expected.path}: updated is the newest change`);
  }
});

atom("the site feed holds every published article (up to 50), never the draft", async () => {
  const { xml, feed } = await readAtom(built, "/feed.xml");
  const own = newsroom.articles.filter((article) => editionLanguage(newsroom, article) === newsroom.site.lang);
  assert.is(feed.entries?.length, Math.min(FEED_SIZE, own.length));
  assert.ok((feed.entries?.length ?? 0) >= 20, "the sample newsroom has at least 20 articles");
  assert.not.match(xml, "tram fare", "the draft is not in the feed");
  const ids = feed.entries?.map((entry) => entry.id) ?? [];
  assert.ok(ids.indexOf(abs(MEXICO_CITY)) < ids.indexOf(abs(YORK)) && ids.indexOf(abs(YORK)) < ids.indexOf(abs(BEIRUT)), "newest first");
  for (const url of [...xml.matchAll(/(?:href|url)="([^"]+)"|<id>([^<]+)<\/id>/g)].map((match) => match[1] ?? match[2] ?? "")) {
    assert.ok(url.startsWith(`${origin}/`), `absolute URL: ${url}`);
  }
});

atom("an entry carries the lead picture with its credit and caption, and the update time", async () => {
  const { feed } = await readAtom(built, "/section/business/feed.xml");
  const beirut = feed.entries?.find((entry) => entry.id === abs(BEIRUT));
  assert.ok(beirut, "the Beirut story is in the business feed");
  assert.is(beirut?.published, "2026-11-18T09:30:00+02:00");
  assert.is(beirut?.updated, "2026-11-18T15:10:00+02:00");
  assert.match(beirut?.summary?.value ?? "", /^New cranes and a rebuilt quay/);
  assert.equal(beirut?.links?.[1], { rel: "enclosure", type: "image/svg+xml", href: abs("/media/beirut-terminal.svg") });
  const media = beirut?.media?.contents?.[0];
  assert.is(media?.url, abs("/media/beirut-terminal.svg"));
  assert.is(media?.medium, "image");
  assert.equal(media?.credits, [{ value: "Omar Saleh/The Meridian Ledger" }]);
  assert.ok(media?.description?.value, "the caption travels as media:description");
});

atom.run();

interface RawJsonFeed {
  version: string;
  feed_url: string;
  home_page_url: string;
  items: { id: string; url: string; content_text?: string; content_html?: string; date_published: string; date_modified: string; image?: string; attachments?: { url: string; mime_type: string }[]; _dateline?: { credit: string; caption?: string } }[];
}

const json = suite("JSON feeds");

json("the site and every section have one, JSON Feed 1.1 with the same entries as the Atom feed", async () => {
  for (const expected of feedsOf(newsroom)) {
    const raw = JSON.parse(await built.read(expected.json)) as RawJsonFeed;
    assert.is(raw.version, "https://jsonfeed.org/version/1.1");
    const feed = parseJsonFeed(raw);
    assert.is(feed.title, expected.title);
    assert.is(feed.feed_url, abs(expected.json));
    assert.is(feed.home_page_url, abs(expected.home));
    const newest = expected.articles.slice(0, FEED_SIZE);
    assert.equal(feed.items?.map((item) => item.url) ?? [], newest.map((article) => abs(article.url)), `${expected.json}: items`);
    for (const [index, item] of raw.items.entries()) {
      const article = newest[index] as Article;
      assert.is(item.id, abs(article.url));
      assert.ok(item.content_text || item.content_html, "JSON Feed 1.1 requires content");
      assert.is(instant(item.date_published), article.published.toMillis());
      assert.is(instant(item.date_modified), lastChange(article).toMillis());
      if (article.lead?.src) assert.is(item.image, abs(shareFile(article.lead)!.url));
    }
  }
});

json("the lead picture is an attachment, with its credit and caption in _dateline", async () => {
  const raw = JSON.parse(await built.read("/feed.json")) as RawJsonFeed;
  const beirut = raw.items.find((item) => item.url === abs(BEIRUT));
  assert.is(beirut?.image, abs("/media/beirut-terminal.svg"));
  assert.equal(beirut?.attachments, [{ url: abs("/media/beirut-terminal.svg"), mime_type: "image/svg+xml" }]);
  assert.is(beirut?._dateline?.credit, "Omar Saleh/The Meridian Ledger");
  assert.ok(beirut?._dateline?.caption);
});

json.run();

interface Urlset {
  urlset: { "@_xmlns": string; "@_xmlns:news"?: string; url?: SitemapUrl[] };
}
interface SitemapUrl {
  loc: string;
  lastmod?: string;
  "news:news"?: { "news:publication": { "news:name": string; "news:language": string }; "news:publication_date": string; "news:title": string };
}

const xmlParser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === "url" });

async function readUrlset(site: BuiltSite, path: string): Promise<Urlset["urlset"]> {
  const xml = await site.read(path);
  assert.is(XMLValidator.validate(xml), true, `${path} is well-formed XML`);
  const { urlset } = xmlParser.parse(xml) as Urlset;
  assert.is(urlset["@_xmlns"], "http://www.sitemaps.org/schemas/sitemap/0.9");
  return urlset;
}

/** Every HTML page the build wrote, as site paths (`/tags/`, `/404.html`). */
async function htmlPages(site: BuiltSite): Promise<string[]> {
  const files = (await readdir(site.dir, { recursive: true })).filter((file) => file.endsWith(".html"));
  return files.map((file) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`);
}

const sitemap = suite("sitemap.xml");

sitemap("lists every HTML page of the site except the 404 pages, with absolute URLs", async () => {
  const urls = (await readUrlset(built, "/sitemap.xml")).url ?? [];
  const locs = urls.map((url) => url.loc);
  assert.is(new Set(locs).size, locs.length, "no URL twice");
  const notFound = /(^|\/)404\.html$/;
  const pages = (await htmlPages(built)).filter((page) => !notFound.test(page));
  assert.equal(pages.filter((page) => !locs.includes(abs(page))), [], "every built page is listed");
  const prefixes = newsroom.i18n.editions.map((edition) => edition.prefix);
  const unbuilt = locs.filter((loc) => !pages.map(abs).includes(loc));
  assert.ok(unbuilt.every((loc) => prefixes.some((prefix) => loc === abs(`${prefix}/search/`))), `listed but not built: ${unbuilt.join(", ")}`);
  assert.not.ok(locs.some((loc) => notFound.test(loc)));
  assert.not.ok(locs.some((loc) => loc.includes("/_problems/")));
  const everyEdition = prefixes.flatMap((prefix) => ["/", "/tags/", "/archive/", "/search/"].map((path) => `${prefix}${path}`));
  const expected = [...everyEdition, ...newsroom.articles.map((a) => a.url), ...newsroom.collections.listings.map((l) => l.url), "/credits/", ...newsroom.pages.map((p) => p.url), ...newsroom.collections.credits.names.map((name) => name.url)].map(abs);
  assert.equal([...locs].sort(), [...expected].sort());
  for (const path of ["/", BEIRUT, "/section/business/", "/tags/", "/archive/"]) assert.ok(locs.includes(abs(path)), path);
});

sitemap("every page's lastmod: an article's last change, a listing's newest article, the build time for indexes", async () => {
  const urls = (await readUrlset(built, "/sitemap.xml")).url ?? [];
  const lastmod = new Map(urls.map((url) => [url.loc, url.lastmod ?? ""]));
  for (const value of lastmod.values()) assert.match(value, ISO_WITH_OFFSET);
  assert.is(lastmod.get(abs(BEIRUT)), "2026-11-18T15:10:00+02:00");
  for (const article of newsroom.articles) assert.is(instant(lastmod.get(abs(article.url))), lastChange(article).toMillis(), article.url);
  for (const listing of newsroom.collections.listings) {
    const newest = Math.max(...listing.articles.map((article) => lastChange(article).toMillis()));
    assert.is(instant(lastmod.get(abs(listing.url))), listing.articles.length > 0 ? newest : instant(BUILD_TIME), listing.url);
  }
  // Each edition's front page: its own newest change.
  for (const { lang, prefix } of newsroom.i18n.editions) {
    const own = newsroom.articles.filter((article) => editionLanguage(newsroom, article) === lang);
    assert.is(instant(lastmod.get(abs(`${prefix}/`))), Math.max(...own.map((article) => lastChange(article).toMillis())), `${prefix}/`);
  }
  for (const path of ["/tags/", "/archive/", "/search/"]) assert.is(instant(lastmod.get(abs(path))), instant(BUILD_TIME), path);
});

sitemap.run();

const news = suite("news-sitemap.xml");

news("lists the articles of the two days before the build, newest first, in Google's format", async () => {
  const urlset = await readUrlset(built, "/news-sitemap.xml");
  assert.is(urlset["@_xmlns:news"], "http://www.google.com/schemas/sitemap-news/0.9");
  const urls = urlset.url ?? [];
  const locs = urls.map((url) => url.loc);
  for (const path of [YORK, MEXICO_CITY, BIRMINGHAM]) assert.ok(locs.includes(abs(path)), `${path} is in the window`);
  for (const path of [NEW_YORK, BEIRUT]) assert.not.ok(locs.includes(abs(path)), `${path} is older than two days`);
  const since = DateTime.fromISO(BUILD_TIME).minus({ days: 2 });
  const recent = newsroom.articles.filter((article) => article.published >= since && article.published <= DateTime.fromISO(BUILD_TIME));
  assert.equal([...locs].sort(), recent.map((article) => abs(article.url)).sort());
  const dates = urls.map((url) => instant(url["news:news"]?.["news:publication_date"]));
  assert.equal(dates, [...dates].sort((a, b) => b - a), "newest first");
  const york = urls.find((url) => url.loc === abs(YORK));
  assert.equal(york?.["news:news"], {
    "news:publication": { "news:name": "The Meridian Ledger", "news:language": "en" },
    "news:publication_date": "2026-11-23T18:00:00+00:00",
    "news:title": "York flood inquiry hears from residents who spent months out of their homes",
  });
});

news("the sample's sitemap and news sitemap are valid against sitemaps.org's and Google's schemas", async () => {
  assert.equal(await sitemapSchemaErrors(await built.read("/sitemap.xml"), "sitemap"), []);
  assert.equal(await sitemapSchemaErrors(await built.read("/news-sitemap.xml"), "news"), []);
});

news("a week with no new story: no news sitemap (the stale one is removed), robots.txt names only sitemap.xml", async () => {
  // The same newsroom published again a week after its newest story, into the folder that holds
  // the last build, as a newsroom's publish does.
  const output = await mkdtemp(join(tmpdir(), "dateline-quiet-"));
  await cp(built.dir, output, { recursive: true });
  const quiet = await buildSite("content", { DATELINE_NOW: "2026-12-09T12:00:00Z" }, [], { output });
  assert.not.ok(existsSync(join(output, "news-sitemap.xml")), "no news sitemap without a story from the last two days");
  const lines = (await quiet.read("/robots.txt")).split("\n");
  assert.equal(lines.filter((line) => line.startsWith("Sitemap:")), [`Sitemap: ${abs("/sitemap.xml")}`]);
  assert.equal(await sitemapSchemaErrors(await quiet.read("/sitemap.xml"), "sitemap"), []);
});

news.run();

const robots = suite("robots.txt");

robots("allows everything and names both sitemaps", async () => {
  const lines = (await built.read("/robots.txt")).split("\n");
  assert.ok(lines.includes("User-agent: *"));
  assert.ok(lines.includes("Allow: /"));
  assert.not.ok(lines.some((line) => /^Disallow:\s*\S/.test(line)), "nothing disallowed");
  assert.equal(lines.filter((line) => line.startsWith("Sitemap:")), [`Sitemap: ${abs("/sitemap.xml")}`, `Sitemap: ${abs("/news-sitemap.xml")}`]);
});

robots("the pages' feed links lead to the built feeds", async () => {
  for (const page of ["/", "/section/business/", BEIRUT]) {
    const $ = load(await built.read(page));
    const hrefs = $('link[rel="alternate"][type]').map((_, link) => $(link).attr("href")).get();
    assert.ok(hrefs.includes("/feed.xml") && hrefs.includes("/feed.json"), page);
    for (const href of hrefs) await built.read(href);
  }
});

robots.run();

const prefixed = suite("PATH_PREFIX=/news/");

prefixed("feeds, sitemaps and robots.txt use the prefix in every URL", async () => {
  const site = await buildSite("content", { PATH_PREFIX: "/news/" });
  const pre = (path: string) => `${origin}/news${path}`;
  const { feed } = await readAtom(site, "/feed.xml");
  assert.is(feed.id, pre("/feed.xml"));
  assert.equal(feed.links?.map((link) => link.href), [pre("/feed.xml"), pre("/")]);
  const beirut = feed.entries?.find((entry) => entry.id === pre(BEIRUT));
  assert.ok(beirut, "entry ids carry the prefix");
  assert.is(beirut?.media?.contents?.[0]?.url, pre("/media/beirut-terminal.svg"));
  const jsonFeed = JSON.parse(await site.read("/section/business/feed.json")) as RawJsonFeed;
  assert.is(jsonFeed.feed_url, pre("/section/business/feed.json"));
  assert.ok(jsonFeed.items.some((item) => item.url === pre(BEIRUT)));
  const locs = ((await readUrlset(site, "/sitemap.xml")).url ?? []).map((url) => url.loc);
  assert.ok(locs.includes(pre("/")) && locs.includes(pre(BEIRUT)));
  assert.ok(locs.every((loc) => loc.startsWith(`${origin}/news/`)), "every sitemap URL has the prefix");
  const newsLocs = ((await readUrlset(site, "/news-sitemap.xml")).url ?? []).map((url) => url.loc);
  assert.ok(newsLocs.includes(pre(YORK)));
  assert.match(await site.read("/robots.txt"), `Sitemap: ${pre("/sitemap.xml")}\nSitemap: ${pre("/news-sitemap.xml")}`);
});

prefixed.run();

const sparse = suite("a newsroom with empty sections (preview build)");

sparse("every section still has valid feeds; the problems page is not in the sitemap", async () => {
  const folder = "tests/fixtures/newsroom";
  const site = await buildSite(folder, { DATELINE_STRICT: "false" });
  const room = await newsroomOf(folder, site.dir);
  const empty = feedsOf(room).filter((feed) => feed.articles.length === 0);
  assert.ok(empty.length > 0, "the fixture leaves some sections empty");
  for (const expected of empty) {
    const { feed } = await readAtom(site, expected.path);
    assert.is(feed.entries, undefined);
    assert.is(instant(feed.updated), instant(BUILD_TIME));
    const raw = JSON.parse(await site.read(expected.json)) as RawJsonFeed;
    assert.equal(raw.items, []);
  }
  await site.read("/_problems/");
  const locs = ((await readUrlset(site, "/sitemap.xml")).url ?? []).map((url) => url.loc);
  assert.not.ok(locs.some((loc) => loc.includes("_problems") || loc.endsWith("404.html")));
  assert.ok(locs.includes(abs("/")));
});

sparse.run();
