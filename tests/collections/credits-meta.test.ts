import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { CreditedPicture } from "../../src/collections/credits.ts";
import { creditsPageMeta } from "../../src/collections/credits-meta.ts";
import { creditsPages } from "../../src/collections/credits-pages.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import { pageLanguage } from "../helpers/page-language.ts";

const site = makeTestSite({ pathPrefix: "/news/" });
const ui = pageLanguage(site);

const pictures: CreditedPicture[] = ["a", "b", "c"].map((name) => ({
  src: `/media/${name}.jpg`,
  alt: name,
  credit: "AFP",
  creditSource: "source",
  names: [],
  articles: [{ headline: name, url: `/2026/11/20/${name}/`, lang: "en", dir: "ltr" }],
}));

const [first, middle, last] = creditsPages("AFP", "/credits/afp/", pictures, 1);

const meta = suite("creditsPageMeta");

meta("the first page keeps its plain title; later pages say which page of how many", () => {
  assert.is(creditsPageMeta(first!, "Pictures credited to AFP", "Every picture.", site, ui).title, "Pictures credited to AFP — Test Ledger");
  assert.is(creditsPageMeta(middle!, "Pictures credited to AFP", "Every picture.", site, ui).title, "Pictures credited to AFP (page 2 of 3) — Test Ledger");
  assert.is(creditsPageMeta(last!, "Pictures credited to AFP", "Every picture.", site, ui).title, "Pictures credited to AFP (page 3 of 3) — Test Ledger");
});

meta("each page is its own canonical URL and names its neighbours as rel=prev/next, absolute with the prefix", () => {
  const pick = (page: typeof first) => {
    const { canonical, previous, next } = creditsPageMeta(page!, "AFP", "Every picture.", site, ui);
    return [canonical, previous, next];
  };
  assert.equal(pick(first), ["https://news.example.com/news/credits/afp/", undefined, "https://news.example.com/news/credits/afp/page/2/"]);
  assert.equal(pick(middle), ["https://news.example.com/news/credits/afp/page/2/", "https://news.example.com/news/credits/afp/", "https://news.example.com/news/credits/afp/page/3/"]);
  assert.equal(pick(last), ["https://news.example.com/news/credits/afp/page/3/", "https://news.example.com/news/credits/afp/page/2/", undefined]);
});

meta("a list of one page has no neighbours", () => {
  const [only] = creditsPages("AFP", "/credits/afp/", pictures);
  const single = creditsPageMeta(only!, "AFP", "Every picture.", site, ui);
  assert.is(single.previous, undefined);
  assert.is(single.next, undefined);
  assert.is(single.title, "AFP — Test Ledger");
});

meta.run();
