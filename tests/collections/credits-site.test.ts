// The credits pages of a newsroom too big for one page (the benchmark's generator, 60 articles):
// built with the real config, read the way a reader and a crawler read them. The sample newsroom's
// credits fit on one page, so tests/site/credits-pages.test.ts never sees a second one.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { XMLParser } from "fast-xml-parser";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { writeNewsroom } from "../../bench/generate-newsroom.ts";
import { CREDITS_PAGE_SIZE } from "../../src/collections/credits-pages.ts";
import { creditNames } from "../../src/collections/credits.ts";
import { slugFor } from "../../src/model/slug.ts";
import { buildSite } from "../site/build-site.ts";

const ORIGIN = "http://localhost:8080";
const content = await mkdtemp(join(tmpdir(), "dateline-credits-newsroom-"));
await writeNewsroom({ articles: 60, contentDir: content });
const site = await buildSite(content);
await rm(content, { recursive: true, force: true });

async function page(url: string): Promise<CheerioAPI> {
  return load(await site.read(url));
}

/** A list's pages in order, from its first page along the pager's rel=next links. */
async function walk(firstUrl: string): Promise<{ url: string; $: CheerioAPI }[]> {
  const pages: { url: string; $: CheerioAPI }[] = [];
  for (let url: string | undefined = firstUrl; url !== undefined; ) {
    const $ = await page(url);
    pages.push({ url, $ });
    url = $('.pager a[rel="next"]').attr("href");
    assert.ok(pages.length < 1_000, "the rel=next chain ends");
  }
  return pages;
}

type Uses = Map<string, string[]>;

/** `src|credit` → the article URLs listed with it, over all the given pages, in order. */
function listed(pages: readonly CheerioAPI[]): Uses {
  const found: Uses = new Map();
  for (const $ of pages) {
    for (const item of $(".credit-photo").toArray()) {
      const key = `${$(item).find("img").attr("src")}|${$(item).find(".figure__credit").text().trim()}`;
      found.set(key, [...(found.get(key) ?? []), ...$(item).find(".credit-photo__articles a").map((_, link) => $(link).attr("href")).get()]);
    }
  }
  return found;
}

/** The same, from every figure on every article page: what the credits must account for. */
async function figuresOnArticles(): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  const files = (await readdir(site.dir, { recursive: true })).filter((file) => /^\d{4}\/.*index\.html$/.test(file));
  for (const file of files) {
    const $ = await page(`/${file.replace(/index\.html$/, "")}`);
    for (const figure of $("article figure").toArray()) {
      const src = $(figure).find("img").attr("src");
      if (src === undefined) continue;
      const key = `${src}|${$(figure).find(".figure__credit").text().trim()}`;
      found.set(key, (found.get(key) ?? new Set()).add(`/${file.replace(/index\.html$/, "")}`));
    }
  }
  return found;
}

function asSets(uses: Uses): Map<string, Set<string>> {
  return new Map([...uses].map(([key, urls]) => [key, new Set(urls)]));
}

const uses = (pages: readonly CheerioAPI[]) => [...listed(pages).values()].reduce((sum, urls) => sum + urls.length, 0);

const index = suite("/credits/ over several pages");

index("page 1 stays at /credits/ and links to page 2, which links back; titles say which page of how many", async () => {
  const pages = await walk("/credits/");
  assert.ok(pages.length >= 2, `${pages.length} pages`);
  assert.equal(pages.map((p) => p.url), pages.map((_, i) => (i === 0 ? "/credits/" : `/credits/page/${i + 1}/`)));
  const [first, second] = [pages[0]!.$, pages[1]!.$];
  assert.is(first('link[rel="next"]').attr("href"), `${ORIGIN}/credits/page/2/`);
  assert.is(first('link[rel="prev"]').length, 0);
  assert.is(first('.pager a[rel="next"]').attr("href"), "/credits/page/2/");
  assert.is(second('link[rel="prev"]').attr("href"), `${ORIGIN}/credits/`);
  assert.is(second('.pager a[rel="prev"]').attr("href"), "/credits/");
  assert.is(second('link[rel="canonical"]').attr("href"), `${ORIGIN}/credits/page/2/`);
  assert.match(second("title").text(), new RegExp(`^Picture credits \\(page 2 of ${pages.length}\\) — `));
  assert.match(first("title").text(), /^Picture credits — /);
  assert.match(second(".listing__count").text(), new RegExp(`page 2 of ${pages.length}$`));
  assert.is(pages.at(-1)!.$('link[rel="next"]').length, 0);
});

index("together the pages list every use of every picture once, and no page more than a page's worth", async () => {
  const pages = (await walk("/credits/")).map((p) => p.$);
  const all = listed(pages);
  for (const [key, urls] of all) assert.is(new Set(urls).size, urls.length, `${key}: no article twice`);
  assert.equal(asSets(all), await figuresOnArticles());
  for (const $ of pages) assert.ok(uses([$]) <= CREDITS_PAGE_SIZE, `${uses([$])} uses on one page`);
});

index("the names are listed on the first page only", async () => {
  const pages = await walk("/credits/");
  assert.ok(pages[0]!.$(".tag-index a").length > 3);
  for (const { url, $ } of pages.slice(1)) assert.is($(".tag-index").length, 0, url);
});

index.run();

const names = suite("/credits/<name>/ over several pages");

names("every name's pages follow /credits/<name>/page/N/ and list exactly that name's pictures", async () => {
  const first = await page("/credits/");
  const index = listed((await walk("/credits/")).map((p) => p.$));
  const links = first(".tag-index a").map((_, link) => first(link).attr("href")).get();
  let longest = 0;
  for (const url of links) {
    const pages = await walk(url);
    longest = Math.max(longest, pages.length);
    assert.equal(pages.map((p) => p.url), pages.map((_, i) => (i === 0 ? url : `${url}page/${i + 1}/`)));
    const slug = url.split("/")[2];
    const mine = (credit: string) => creditNames(credit).some((name) => slugFor(name) === slug);
    const expected = new Map([...asSets(index)].filter(([key]) => mine(key.slice(key.indexOf("|") + 1))));
    assert.ok(expected.size > 0, url);
    assert.equal(asSets(listed(pages.map((p) => p.$))), expected, url);
    for (const { $ } of pages) assert.ok(uses([$]) <= CREDITS_PAGE_SIZE, url);
  }
  assert.ok(longest >= 2, "some name has more than one page");
});

names("a later page of a name links back to page 1 and to the credits index", async () => {
  const files = (await readdir(join(site.dir, "credits"), { recursive: true })).filter((file) => /^[^/]+\/page\/2\/index\.html$/.test(file));
  assert.ok(files.length > 0);
  const url = `/credits/${files[0]!.replace(/index\.html$/, "")}`;
  const $ = await page(url);
  const firstUrl = url.replace(/page\/2\/$/, "");
  assert.is($('link[rel="prev"]').attr("href"), `${ORIGIN}${firstUrl}`);
  assert.is($('.pager a[rel="prev"]').attr("href"), firstUrl);
  assert.is($(".listing__kind a").attr("href"), "/credits/");
  assert.match($("title").text(), new RegExp(`^Pictures credited to ${$("h1").text()} \\(page 2 of \\d+\\) — `));
});

names.run();

const sitemap = suite("credits pages in sitemap.xml");

sitemap("every credits page the build wrote is in the sitemap", async () => {
  const built = (await readdir(join(site.dir, "credits"), { recursive: true })).filter((file) => file.endsWith("index.html")).map((file) => `${ORIGIN}/credits/${file.replace(/index\.html$/, "")}`);
  const parsed = new XMLParser({ isArray: (name) => name === "url" }).parse(await site.read("/sitemap.xml")) as { urlset: { url: { loc: string }[] } };
  const locs = new Set(parsed.urlset.url.map((url) => url.loc));
  assert.ok(built.some((url) => url.endsWith("/credits/page/2/")));
  assert.equal(built.filter((url) => !locs.has(url)), []);
});

sitemap.after(() => rm(site.dir, { recursive: true, force: true }));

sitemap.run();
