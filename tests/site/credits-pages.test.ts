// The credits index and the per-name pages of the sample site: every picture an article shows is
// listed with its credit and the articles it appears in, and each photographer and agency has a page.
import { load, type CheerioAPI } from "cheerio";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";
import { htmlFiles, readPage } from "./site-check.ts";

const site = await buildSite();

async function page(url: string): Promise<CheerioAPI> {
  return load(await site.read(url));
}

/** Every figure with a picture on every article page: `src|credit` → the article URLs it is on. */
async function figuresOnArticles(): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  for (const file of (await htmlFiles(site.dir)).filter((file) => /^([a-z]{2,3}\/)?\d{4}\//.test(file)) /* the site's own edition and the others (/ar/, /fr/) */) {
    const $ = load(await readPage(site.dir, file));
    const url = `/${file.replace(/index\.html$/, "")}`;
    for (const figure of $("article figure").toArray()) {
      const img = $(figure).find("img");
      if (img.length === 0) continue;
      const key = `${img.attr("src")}|${$(figure).find(".figure__credit").text().trim()}`;
      found.set(key, (found.get(key) ?? new Set()).add(url));
    }
  }
  return found;
}

/** The same, as the credits index lists it. */
function listed($: CheerioAPI): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const item of $(".credit-photo").toArray()) {
    const key = `${$(item).find("img").attr("src")}|${$(item).find(".figure__credit").text().trim()}`;
    found.set(key, new Set($(item).find(".credit-photo__articles a").map((_, link) => $(link).attr("href")).get()));
  }
  return found;
}

const index = suite("/credits/");

index("lists every picture of every article with its credit and the articles it appears in", async () => {
  const expected = await figuresOnArticles();
  assert.ok(expected.size >= 20, `${expected.size} pictures`);
  assert.equal(listed(await page("/credits/")), expected);
});

index("says where each credit came from", async () => {
  const $ = await page("/credits/");
  // The first listing of each picture: one the English and Arabic stories share is listed once per credit.
  const origin = (src: RegExp) => $(".credit-photo").filter((_, item) => src.test($(item).find("img").attr("src") ?? "")).first().find(".credit-photo__origin").text().trim();
  assert.is(origin(/nairobi-greenhouse/), "Credit read from the file's EXIF Artist");
  assert.is(origin(/beirut-grain-sacks/), "Credit read from the file's IPTC Credit");
  assert.is(origin(/johannesburg-commuter-train/), "Credit read from the file's XMP photoshop:Credit");
  assert.is(origin(/beirut-terminal/), "Credit given by the source");
});

index("every page's footer links to it, and it links to a page per photographer and agency", async () => {
  assert.is((await page("/")).root().find('.site-footer a[href="/credits/"]').length, 1);
  const $ = await page("/credits/");
  const names = $(".tag-index a").map((_, link) => $(link).attr("href")).get();
  assert.ok(names.includes("/credits/the-meridian-ledger/"));
  assert.ok(names.includes("/credits/wanjiru-kamau/"));
});

index.run();

const names = suite("/credits/<name>/");

names("an agency's page lists every picture credited to it, with where each ran", async () => {
  const all = listed(await page("/credits/"));
  const ledger = listed(await page("/credits/the-meridian-ledger/"));
  const expected = new Map([...all].filter(([key]) => /\|(.*\/)?The Meridian Ledger$/.test(key)));
  assert.ok(expected.size > 10);
  assert.equal(ledger, expected);
});

names("a photographer's page: a credit read from the file, with a link to the article", async () => {
  const $ = await page("/credits/wanjiru-kamau/");
  assert.is($("h1").text(), "Wanjiru Kamau");
  assert.is($(".credit-photo").length, 1);
  assert.equal($(".credit-photo__articles a").map((_, link) => $(link).attr("href")).get(), ["/2026/11/03/kenyan-flower-growers-bet-on-a-shared-cold-store-to-cut-losses-on-the-way/"]);
  assert.is($(".credit-photo img").attr("sizes"), "8rem");
  assert.is($("title").text(), "Pictures credited to Wanjiru Kamau — The Meridian Ledger");
});

names("a credit labelled as a graphic files under the person", async () => {
  const $ = await page("/credits/dana-whitfield/");
  assert.is($(".figure__credit").text(), "Graphic: Dana Whitfield/The Meridian Ledger");
});

names.run();
