// Section, tag, author and month pages, the indexes, related articles and sharing metadata,
// checked against what the loader published.
import { load, type CheerioAPI } from "cheerio";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import siteSettings from "../../_data/site.ts";
import authorTable from "../../_data/authors.ts";
import { authorAliases } from "../../src/model/byline.ts";
import { slugFor } from "../../src/model/slug.ts";
import { tagAliases, tagPageName } from "../../src/model/tag-aliases.ts";
import tagTable from "../../_data/tag-spellings.ts";
import type { Article } from "../../src/model/types.ts";
import { loadNewsroom } from "../../src/newsroom.ts";
import { checkSite } from "../../src/site.ts";
import { BUILD_TIME, buildSite } from "./build-site.ts";

const settings = checkSite(siteSettings);
const site = await buildSite();
const published = (
  await loadNewsroom({ contentDir: "content", root: process.cwd(), site: settings, now: DateTime.fromISO(BUILD_TIME), authors: authorAliases(authorTable), tags: tagAliases(tagTable) })
).articles;
const page = async (url: string): Promise<CheerioAPI> => load(await site.read(url));
/** The site's editions (its own language first, then `editions`), each with its prefix. */
const editions = [{ lang: settings.lang, prefix: "" }, ...(settings.editions ?? []).map(({ lang }) => ({ lang, prefix: `/${lang}` }))];
/** The edition an article belongs to: its language's when the site has one, else the site's own. */
const editionOf = (article: Article) => editions.find(({ lang }) => lang === article.lang.split("-")[0]) ?? editions[0]!;
/** The articles of the site's own edition: its listings at today's addresses list only these. */
const own = published.filter((article) => editionOf(article).prefix === "");
const links = ($: CheerioAPI, selector = ".story-list .story__headline a") => $(selector).map((_, link) => $(link).attr("href")).get();
const urls = (articles: Article[]) => articles.map((article) => article.url);

/** The tag pages an article links to: each tag's slug, or the slug of the page _data/tag-spellings.ts joins it to. */
const tagSlugsOf = (article: Article) => article.tags.map((tag) => slugFor(tagPageName(article, tag)));

/** Follows a listing's rel=next links from its first page, collecting every article link. */
async function walk(firstUrl: string): Promise<{ pages: CheerioAPI[]; articles: string[] }> {
  const pages: CheerioAPI[] = [];
  let url: string | undefined = firstUrl;
  while (url) {
    const $ = await page(url);
    pages.push($);
    url = $('.pager a[rel="next"]').attr("href");
  }
  return { pages, articles: pages.flatMap(($) => links($)) };
}

const listings = suite("listing pages");

listings("each edition's section lists exactly its articles, newest first, across pages linked by rel=prev/next", async () => {
  for (const edition of editions) {
    for (const section of settings.sections) {
      const expected = urls(published.filter((article) => article.section === section.slug && editionOf(article) === edition));
      const { pages, articles } = await walk(`${edition.prefix}/section/${section.slug}/`);
      assert.equal(articles, expected, `${edition.lang} ${section.slug}`);
      assert.is(pages.length, Math.max(1, Math.ceil(expected.length / settings.pageSize)), section.slug);
      assert.is(pages[0]!("h1").text(), section.names?.[edition.lang] ?? section.name);
    }
  }
});

listings("a section long enough to paginate: head links, pager and canonical per page", async () => {
  const news = published.filter((article) => article.section === "news");
  assert.ok(news.length > settings.pageSize, `news has ${news.length} articles`);
  const first = await page("/section/news/");
  const second = await page("/section/news/page/2/");
  assert.is(first('link[rel="next"]').attr("href"), "http://localhost:8080/section/news/page/2/");
  assert.is(first('link[rel="prev"]').length, 0);
  assert.is(second('link[rel="prev"]').attr("href"), "http://localhost:8080/section/news/");
  assert.is(second('.pager a[rel="prev"]').attr("href"), "/section/news/");
  assert.is(second('link[rel="canonical"]').attr("href"), "http://localhost:8080/section/news/page/2/");
  assert.match(second("title").text(), /^News \(page 2\) — /);
});

listings("tag, author and month pages list the right articles", async () => {
  const transport = own.filter((article) => article.tags.some((tag) => slugFor(tag) === "transport"));
  assert.ok(transport.length >= 5, `transport: ${transport.length}`);
  assert.equal((await walk("/tag/transport/")).articles, urls(transport));

  const khoury = own.filter((article) => article.byline.some((person) => person.slug === "leila-khoury"));
  assert.ok(khoury.length >= 4, `Leila Khoury: ${khoury.length}`);
  assert.equal((await walk("/author/leila-khoury/")).articles, urls(khoury));

  const october = own.filter((article) => article.published.toFormat("yyyy-LL") === "2026-10");
  assert.equal((await walk("/archive/2026/10/")).articles, urls(october));
  assert.is((await page("/archive/2026/10/"))("h1").text(), "October 2026");
});

listings("the tag index and the archive index link to every tag and month", async () => {
  const tags = await page("/tags/");
  const tagSlugs = new Set(own.flatMap((article) => tagSlugsOf(article)).filter(Boolean));
  assert.equal(new Set(links(tags, ".tag-index a").map((href) => href.split("/")[2])), tagSlugs);
  const archive = await page("/archive/");
  const months = new Set(own.map((article) => `/archive/${article.published.toFormat("yyyy/LL")}/`));
  assert.equal(new Set(links(archive, ".archive-year a")), months);
});

listings("listing dates are each article's own calendar date", async () => {
  const $ = await page("/section/business/");
  const tokyo = $('.story:has(a[href^="/2026/11/16/tokyo-fish-auction"])');
  assert.is(tokyo.find("time").attr("datetime"), "2026-11-16", "05:30 in Tokyo is still 15 November in London");
});

listings.run();

const articlePages = suite("article pages: related articles and sharing metadata");

articlePages("up to four related articles, never the article itself, each sharing a tag or the section", async () => {
  for (const article of published) {
    const $ = await page(article.url);
    const related = links($, ".related .story__headline a");
    assert.ok(related.length <= settings.relatedCount, article.url);
    assert.not.ok(related.includes(article.url), article.url);
    for (const url of related) {
      const other = published.find((candidate) => candidate.url === url)!;
      const sharesTag = tagSlugsOf(other).some((slug) => tagSlugsOf(article).includes(slug));
      assert.ok(sharesTag || other.section === article.section, `${article.url} → ${url}`);
    }
  }
});

articlePages("OpenGraph and Twitter fields agree with the article", async () => {
  const beirut = published.find((article) => article.url.includes("beiruts-container-terminal"))!;
  const $ = await page(beirut.url);
  const meta = (property: string) => $(`meta[property="${property}"]`).map((_, element) => $(element).attr("content")).get();
  assert.equal(meta("og:type"), ["article"]);
  assert.equal(meta("article:published_time"), ["2026-11-18T09:30:00+02:00"]);
  assert.equal(meta("article:modified_time"), ["2026-11-18T15:10:00+02:00"]);
  assert.equal(meta("article:section"), ["Business"]);
  assert.equal(meta("article:tag"), beirut.tags);
  assert.equal(meta("og:image"), ["http://localhost:8080/media/beirut-terminal.svg"]);
  assert.equal([meta("og:image:width"), meta("og:image:height")], [["800"], ["500"]], "read from the SVG file");
  assert.equal([$("figure.figure--lead img").attr("width"), $("figure.figure--lead img").attr("height")], ["800", "500"]);
  assert.is($('meta[name="twitter:card"]').attr("content"), "summary_large_image");
  assert.is($('meta[name="description"]').attr("content"), beirut.dek);
  const feeds = $('link[rel="alternate"][type]').map((_, link) => $(link).attr("href")).get();
  assert.equal(feeds, ["/feed.xml", "/feed.json", "/section/business/feed.xml", "/section/business/feed.json"]);
});

articlePages("bylines link to author pages and tags to tag pages", async () => {
  const $ = await page(published.find((article) => article.url.includes("beiruts-container-terminal"))!.url);
  assert.is($(".byline a").first().attr("href"), "/author/rania-haddad/");
  assert.ok($(".article__tags a").length > 0);
  $(".article__tags a").each((_, link) => assert.match($(link).attr("href")!, /^\/tag\/[a-z0-9-]+\/$/));
});

articlePages.run();
