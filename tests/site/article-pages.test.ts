// Builds the sample newsroom with the real config and checks the pages as a reader's browser,
// a search engine and a feed would see them, with a real HTML parser.
import { load, type CheerioAPI } from "cheerio";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import siteSettings from "../../_data/site.ts";
import { loadNewsroom } from "../../src/newsroom.ts";
import { checkSite } from "../../src/site.ts";
import { BUILD_TIME, buildSite } from "./build-site.ts";

const site = await buildSite();
// What the build should have published, from the same loader the build uses.
const published = (
  await loadNewsroom({ contentDir: "content", root: process.cwd(), site: checkSite(siteSettings), now: DateTime.fromISO(BUILD_TIME) })
).articles;

interface JsonLd {
  "@type": string;
  headline: string;
  datePublished: string;
  dateModified?: string;
  author: { name: string }[];
  articleSection: string;
  keywords: string[];
  dateline?: string;
  inLanguage: string;
  image: { "@type": string; contentUrl?: string; caption?: string; creditText: string }[];
  comment: { "@type": string; text: string }[];
  commentCount: number;
}

async function page(url: string): Promise<CheerioAPI> {
  return load(await site.read(url));
}

function jsonLd($: CheerioAPI): JsonLd {
  const scripts = $('script[type="application/ld+json"]');
  assert.is(scripts.length, 1, "one JSON-LD block");
  return JSON.parse(scripts.text()) as JsonLd;
}

const front = suite("front page");

front("opens with the newest article, then each section's latest, and never a draft", async () => {
  const $ = await page("/");
  // The site's own edition: the Arabic and French stories have their editions' front pages (/ar/, /fr/).
  const own = published.filter((article) => !/^\/(ar|fr)\//.test(article.url));
  assert.is($(".lead-story .story__headline a").attr("href"), own[0]!.url);
  const sections = $(".front-section").toArray();
  assert.ok(sections.length >= 3, `${sections.length} section blocks`);
  for (const block of sections) {
    const slug = $(block).find(".front-section__title a").attr("href")!.split("/")[2]!;
    const expected = own.filter((article) => article.section === slug && article !== own[0]).slice(0, 4).map((article) => article.url);
    assert.equal($(block).find(".story__headline a").map((_, link) => $(link).attr("href")).get(), expected, slug);
  }
  assert.not.ok($.html().includes("tram fare"), "the draft is not listed");
});

front.run();

const listing = suite("listing items");

listing("show headline, dek, dateline city, date in the article's zone and lead picture", async () => {
  const $ = await page("/section/business/");
  const beirut = $('.story:has(a[href="/2026/11/18/beiruts-container-terminal-reopens-after-eight-month-refit/"])');
  assert.is(beirut.find(".story__headline").text().trim(), "Beirut’s container terminal reopens after eight-month refit");
  assert.match(beirut.find(".story__dek").text(), /^New cranes and a rebuilt quay/);
  assert.is(beirut.find(".story__city").text(), "BEIRUT");
  assert.is(beirut.find("time").attr("datetime"), "2026-11-18");
  assert.is(beirut.find("img").attr("src"), "/media/beirut-terminal.svg");
});

listing.run();

const every = suite("every article page keeps the markup contract");

every("one h1, lang and dir on the article, a <time>, figures with separate credits, JSON-LD that matches the page", async () => {
  assert.ok(published.length >= 11);
  for (const { url } of published) {
    const $ = await page(url);
    const data = jsonLd($);
    assert.is($("h1").length, 1, url);
    assert.is($("h1").text().trim(), data.headline, url);
    const article = $("article");
    assert.ok(article.attr("lang"), url);
    assert.is(article.attr("lang"), data.inLanguage, url);
    assert.ok(["ltr", "rtl"].includes(article.attr("dir") ?? ""), url);
    assert.is(data["@type"], "NewsArticle");
    assert.match(data.datePublished, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/, url);
    assert.ok($(".article__published time[datetime]").length === 1, url);
    const figures = $("figure");
    assert.is(data.image.length, figures.length, `${url}: one ImageObject per figure`);
    figures.each((index, figure) => {
      const credit = $(figure).find("figcaption > .figure__credit").text().trim();
      assert.ok(credit, `${url}: figure ${index} has a credit`);
      assert.is(data.image[index]!.creditText, credit, `${url}: figure ${index} credit in JSON-LD`);
      const caption = $(figure).find("figcaption > .figure__caption").text().trim();
      if (caption) assert.is(data.image[index]!.caption, caption);
      const src = $(figure).find("img").attr("src");
      if (src) assert.is(data.image[index]!.contentUrl, `http://localhost:8080${src}`);
    });
    assert.is(data.commentCount, $("#comments .comment").length, url);
  }
});

every.run();

const markdown = suite("a Markdown article: BEIRUT");

markdown("dateline in capitals opens the first paragraph, with the dash", async () => {
  const $ = await page("/2026/11/18/beiruts-container-terminal-reopens-after-eight-month-refit/");
  const first = $(".article__body > p").first();
  assert.is(first.find(".dateline").text(), "BEIRUT, Lebanon —");
  assert.match(first.text(), /^BEIRUT, Lebanon — The container terminal at Beirut’s port reopened/);
  assert.is($(".dateline").length, 1);
});

markdown("published and updated times carry the Beirut offset; readers see the local time", async () => {
  const $ = await page("/2026/11/18/beiruts-container-terminal-reopens-after-eight-month-refit/");
  assert.is($(".article__published time").attr("datetime"), "2026-11-18T09:30:00+02:00");
  assert.match($(".article__published time").text(), /^November 18, 2026, 9:30 AM/);
  assert.is($(".article__updated time").attr("datetime"), "2026-11-18T15:10:00+02:00");
  assert.match($(".article__updated").text(), /Updated\s+November 18, 2026, 3:10 PM/);
  const data = jsonLd($);
  assert.is(data.dateModified, "2026-11-18T15:10:00+02:00");
  assert.is(data.dateline, "BEIRUT, Lebanon");
  assert.is(data.articleSection, "Business");
});

markdown("lead and two inline figures in page order, subheads as h2, a quote and a list", async () => {
  const $ = await page("/2026/11/18/beiruts-container-terminal-reopens-after-eight-month-refit/");
  assert.is($("figure.figure--lead").length, 1);
  assert.is($(".article__body figure").length, 2);
  assert.equal($(".article__body h2").map((_, h) => $(h).text()).get(), ["Insurers hold the key", "What changes for importers"]);
  assert.is($(".article__body blockquote").length, 1);
  assert.is($(".article__body ul > li").length, 3);
  assert.equal(jsonLd($).image.map((image) => image.contentUrl), [
    "http://localhost:8080/media/beirut-terminal.svg",
    `http://localhost:8080${$(".article__body figure img").first().attr("src")}`,
    "http://localhost:8080/media/harbour-pilot-boat.svg",
  ]);
});

markdown("a calendar date shows no time and its datetime is the date alone", async () => {
  const $ = await page("/2026/11/03/kenyan-flower-growers-bet-on-a-shared-cold-store-to-cut-losses-on-the-way/");
  assert.is($(".article__published time").attr("datetime"), "2026-11-03");
  assert.is($(".article__published time").text(), "November 3, 2026");
  assert.is(jsonLd($).datePublished, "2026-11-03T00:00:00+03:00");
});

markdown.run();

const wire = suite("wire text articles");

wire("the rescued page: furniture is gone, reader comments are listed and in JSON-LD", async () => {
  const $ = await page("/2026/10/08/residents-save-community-orchard-from-housing-plan-after-two-year-campaign/");
  const body = $(".article__body").text();
  for (const furniture of ["Do you like this article?", "Yes No", "Comment Policy", "Denotes Required Field", "1500 / 1500", "3 Comments"]) {
    assert.not.ok(body.includes(furniture), furniture);
  }
  assert.is($("#comments .comment").length, 3);
  assert.match($("#comments .comment").first().text(), /Brilliant news\. Well done all\./);
  const data = jsonLd($);
  assert.is(data.commentCount, 3);
  assert.is(data.comment[0]!.text, "Brilliant news. Well done all.");
  assert.is(data.comment[0]!["@type"], "Comment");
  assert.is($(".dateline").text(), "LEEDS —");
  assert.is($(".article__published time").attr("datetime"), "2026-10-08T10:42:00+01:00");
});

wire("dateline stripped from the text, subhead as h2, typographic punctuation", async () => {
  const $ = await page("/2026/11/12/swedish-glacier-lost-a-tenth-of-its-thickness-in-a-decade-survey-finds/");
  const first = $(".article__body > p").first();
  assert.is(first.find(".dateline").text(), "STOCKHOLM, Sweden —");
  assert.not.ok(first.text().includes("--"));
  assert.not.ok(first.text().slice("STOCKHOLM, Sweden —".length).includes("STOCKHOLM"));
  assert.ok($(".article__body h2").length >= 1);
  assert.not.ok($(".article__body").text().includes('"'), "straight double quotes became typographic");
  assert.is($("figure.figure--lead .figure__credit").text().trim().length > 0, true);
});

wire.run();

const ninjs = suite("ninjs articles");

ninjs("a ninjs 1.x item: located as dateline, UTC times in the city's zone, picture association as lead", async () => {
  const $ = await page("/2026/11/09/fishers-win-reprieve-for-nova-scotia-foghorn-set-to-fall-silent/");
  assert.match($(".dateline").text(), /^HALIFAX, Nova Scotia —$/);
  assert.match($(".article__published time").attr("datetime") ?? "", /^2026-11-09T\d\d:\d\d:00-04:00$/);
  assert.is($("figure.figure--lead img").attr("src"), "/media/lighthouse-fog.svg");
  assert.ok($("figure.figure--lead .figure__credit").text().trim());
  assert.not.match($(".byline").text(), /\bBy By\b/);
  assert.is(jsonLd($).articleSection, "World", "a ninjs item in content/articles/world/ is in World");
});

ninjs("a French ninjs 3.x item is marked lang=fr", async () => {
  const $ = await page("/fr/2026/10/29/a-marseille-le-theatre-du-mole-rouvre-ses-portes-apres-quatre-ans-de-travaux/");
  assert.is($("article").attr("lang"), "fr");
  assert.match($(".article__published time").text(), /octobre 2026/);
});

ninjs.run();

const held = suite("held-back and preview-only pages");

held("the draft and the problems page are not built in a strict build", async () => {
  const $ = await page("/");
  assert.is($(".problems-banner").length, 0);
  await site.read("/_problems/").then(
    () => assert.unreachable("the problems page is preview-only"),
    (error: NodeJS.ErrnoException) => assert.is(error.code, "ENOENT"),
  );
});

held.run();
