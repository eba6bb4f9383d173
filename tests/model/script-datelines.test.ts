// Datelines written in the article's own script (issue 22, part 5): read with the script's own
// comma, kept as the writer spelt them (no capitals forced on a script without case, TASS's
// capitals kept), and dated in their city's zone, from front matter, ninjs `located` and the
// Arabic sample newsroom Hugo's news theme ships (../shared/corpus/markdown/hugo-news-theme/).
import { readdirSync, readFileSync } from "node:fs";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parse as parseYaml } from "yaml";
import { parseDateline } from "../../src/model/dateline.ts";
import { NATIVE_CITY_NAMES } from "../../src/model/native-city-names.ts";
import { normalizeArticle, type NormalizeContext, type Normalized } from "../../src/model/normalize.ts";
import type { Article, Dateline, ParseResult } from "../../src/model/types.ts";
import { placeKey, zoneForDateline } from "../../src/model/zones.ts";
import { parseMarkdown } from "../../src/sources/markdown.ts";
import { makeTestSite } from "../helpers/test-site.ts";

const whole = suite("parseDateline in other scripts");

const FIELDS: [text: string, dateline: Dateline, zone: string, why: string][] = [
  ["بيروت، لبنان", { city: "بيروت", region: "لبنان" }, "Asia/Beirut", "Arabic comma (U+060C) between city and country"],
  ["طرابلس، لبنان", { city: "طرابلس", region: "لبنان" }, "Asia/Beirut", "the country picks Lebanon's Tripoli over Libya's"],
  ["طرابلس", { city: "طرابلس" }, "Africa/Tripoli", "alone, the larger Tripoli"],
  ["القاهرة", { city: "القاهرة" }, "Africa/Cairo", "the article is part of the name"],
  ["أبوظبي", { city: "أبوظبي" }, "Asia/Dubai", "hamza on alef as typed"],
  ["ابوظبي", { city: "ابوظبي" }, "Asia/Dubai", "the same with a bare alef"],
  ["صور، لبنان", { city: "صور", region: "لبنان" }, "Asia/Beirut", "a town the tables lack, dated by its country"],
  ["МОСКВА", { city: "МОСКВА" }, "Europe/Moscow", "TASS's capitals, kept"],
  ["Москва, Россия", { city: "Москва", region: "Россия" }, "Europe/Moscow", "mixed case, a country after the comma"],
  ["Київ", { city: "Київ" }, "Europe/Kyiv", "Ukrainian"],
  ["Αθήνα", { city: "Αθήνα" }, "Europe/Athens", "Greek, with its accent"],
  ["ΑΘΗΝΑ", { city: "ΑΘΗΝΑ" }, "Europe/Athens", "Greek capitals, no accent"],
  ["ירושלים", { city: "ירושלים" }, "Asia/Jerusalem", "Hebrew"],
  ["北京", { city: "北京" }, "Asia/Shanghai", "Chinese"],
  ["東京、日本", { city: "東京", region: "日本" }, "Asia/Tokyo", "Japanese, with the ideographic comma"],
  ["臺北，台灣", { city: "臺北", region: "台灣" }, "Asia/Taipei", "traditional Chinese, with the full-width comma"],
  ["ワシントン", { city: "ワシントン" }, "America/New_York", "katakana"],
  ["서울", { city: "서울" }, "Asia/Seoul", "Hangul"],
  ["नई दिल्ली", { city: "नई दिल्ली" }, "Asia/Kolkata", "Devanagari, its vowel signs being marks"],
  ["القاهرة (أ ف ب)", { city: "القاهرة", agency: "أ ف ب" }, "Africa/Cairo", "an Arabic agency in parentheses"],
  ["北京。", { city: "北京" }, "Asia/Shanghai", "an ideographic full stop copied with it"],
];

for (const [text, dateline, zone, why] of FIELDS) {
  whole(`${why}: ${text}`, () => {
    assert.equal(parseDateline(text), dateline);
    assert.is(zoneForDateline(dateline, {}), zone);
  });
}

whole("a city no table knows is still a dateline, in the site's zone", () => {
  assert.equal(parseDateline("شرم الشيخ"), { city: "شرم الشيخ" });
  assert.is(zoneForDateline({ city: "شرم الشيخ" }, {}), undefined);
  // The newsroom's own table names it, in its script.
  assert.is(zoneForDateline({ city: "شرم الشيخ" }, { "شرم الشيخ": "Africa/Cairo" }), "Africa/Cairo");
});

whole("refuses what is not a dateline in any script", () => {
  for (const text of ["،", "بيروت؛ لبنان", "(رويترز)", "قال الوزير إن المحادثات ستستأنف يوم الاثنين في العاصمة"]) assert.is(parseDateline(text), undefined, text);
});

whole.run();

// ---------------------------------------------------------------------------------------------

const names = suite("the table of cities' names in other scripts");

names("every name reaches its city's zone, and no two cities share a name", () => {
  const owner = new Map<string, string>();
  for (const [city, spellings] of Object.entries(NATIVE_CITY_NAMES)) {
    const zone = zoneForDateline({ city }, {});
    assert.ok(zone, `${city} is in no table`);
    for (const spelling of spellings) {
      assert.is(zoneForDateline({ city: spelling }, {}), zone, `${spelling} (${city})`);
      const key = placeKey(spelling);
      assert.is(owner.get(key) ?? city, city, `${spelling} names ${owner.get(key)} and ${city}`);
      owner.set(key, city);
    }
  }
});

names.run();

// ---------------------------------------------------------------------------------------------

const normalized = suite("an article with a dateline in its own script");

const context: NormalizeContext = {
  site: makeTestSite(),
  now: DateTime.fromISO("2026-11-25T12:00:00Z"),
  media: { has: () => false, size: () => ({ error: "none" }), embedded: () => ({}) },
};

function published(result: Normalized): Article {
  if (result.kind !== "published") throw new Error(`expected published, got ${result.kind}: ${JSON.stringify(result.problems)}`);
  return result.article;
}

function input(result: ParseResult) {
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.input;
}

normalized("Markdown `dateline: \"بيروت، لبنان\"` is read (it was an error) and dates the story in Beirut", () => {
  const source = input(parseMarkdown("---\nheadline: مرفأ بيروت يستقبل أول سفينة حبوب\nlang: ar\ndate: 2026-11-17 07:40\ndateline: \"بيروت، لبنان\"\nbyline: رنا حداد\n---\nرست أول سفينة محمّلة بالقمح في مرفأ بيروت.\n", "content/articles/world/grain-ship-ar.md"));
  const article = published(normalizeArticle(source, context));
  assert.equal(article.dateline, { city: "بيروت", region: "لبنان" });
  assert.is(article.zone, "Asia/Beirut");
  assert.is(article.published.toISO(), "2026-11-17T07:40:00.000+02:00");
});

normalized("a TASS-style dateline keeps its capitals; a zone the source gives still wins", () => {
  const source = input(parseMarkdown("---\nheadline: Снегопад в Москве\nlang: ru\ndate: 2026-11-17\ndateline: МОСКВА\n---\nВ Москве выпал первый снег.\n", "content/articles/snow-ru.md"));
  const article = published(normalizeArticle(source, context));
  assert.equal(article.dateline, { city: "МОСКВА" });
  assert.is(article.zone, "Europe/Moscow");
  assert.is(published(normalizeArticle({ ...source, zone: "Asia/Vladivostok" }, context)).zone, "Asia/Vladivostok");
});

normalized.run();

// ---------------------------------------------------------------------------------------------

const corpus = suite("Hugo's Arabic news theme (../shared/corpus/markdown/hugo-news-theme/)");

const THEME = new URL("../../../shared/corpus/markdown/hugo-news-theme/", import.meta.url);

corpus("its stories' `locations` are datelines, dated where the tables know the place", () => {
  const found: [string, string | undefined][] = [];
  for (const file of readdirSync(THEME).filter((name) => name.endsWith(".md")).sort()) {
    const front = parseYaml(readFileSync(new URL(file, THEME), "utf8").split(/^---$/m)[1]!) as { locations?: string[] };
    for (const place of front.locations ?? []) {
      const dateline = parseDateline(place);
      assert.ok(dateline, `${file}: ${place}`);
      assert.is(dateline!.city, place);
      found.push([place, zoneForDateline(dateline!, {})]);
    }
  }
  // Sharm el-Sheikh is in neither table: the site's zone applies unless the newsroom names it.
  assert.equal(found, [
    ["دبي", "Asia/Dubai"],
    ["الرياض", "Asia/Riyadh"],
    ["شرم الشيخ", undefined],
    ["الأمم المتحدة", "America/New_York"],
  ]);
});

corpus.run();
