import { suite } from "uvu";
import * as assert from "uvu/assert";
import { FEED_SIZE, feedDefinitions } from "../../src/feeds/feed-definitions.ts";
import { article, builtAt, site, time } from "./article-fixture.ts";

const definitions = suite("feedDefinitions");

const articles = [
  article("newest", "2026-11-24T09:00:00+00:00", { section: "world" }),
  article("middle", "2026-11-23T09:00:00+00:00", { section: "news" }),
  article("oldest", "2026-11-20T09:00:00+00:00", { section: "world", updated: time("2026-11-24T15:00:00+01:00") }),
];

definitions("one feed for the site, then one per section in masthead order, even an empty one", () => {
  const feeds = feedDefinitions(articles, site, builtAt);
  assert.equal(
    feeds.map((feed) => [feed.title, feed.atom, feed.json, feed.home]),
    [
      ["Test Ledger", "/feed.xml", "/feed.json", "/"],
      ["Test Ledger: News", "/section/news/feed.xml", "/section/news/feed.json", "/section/news/"],
      ["Test Ledger: World", "/section/world/feed.xml", "/section/world/feed.json", "/section/world/"],
      ["Test Ledger: Culture", "/section/culture/feed.xml", "/section/culture/feed.json", "/section/culture/"],
    ],
  );
  assert.equal(feeds.map((feed) => feed.articles.map((a) => a.slug)), [["newest", "middle", "oldest"], ["middle"], ["newest", "oldest"], []]);
});

definitions("updated is the latest change among the feed's articles, an update included", () => {
  const [all, news, world, culture] = feedDefinitions(articles, site, builtAt);
  assert.is(all?.updated.toISO(), "2026-11-24T15:00:00.000+01:00", "the oldest article's later update");
  assert.is(news?.updated.toISO(), "2026-11-23T09:00:00.000Z");
  assert.is(world?.updated.toISO(), "2026-11-24T15:00:00.000+01:00");
  assert.is(culture?.updated.toISO(), builtAt.toISO(), "an empty feed is as new as the build");
});

definitions(`each feed keeps the newest ${FEED_SIZE}`, () => {
  const many = Array.from({ length: 60 }, (_, index) => article(`story-${index}`, builtAt.minus({ hours: index + 1 }).toISO() ?? "", { section: index % 2 ? "news" : "world" }));
  const [all, news, world] = feedDefinitions(many, site, builtAt);
  assert.is(all?.articles.length, FEED_SIZE);
  assert.is(all?.articles[0]?.slug, "story-0");
  assert.is(all?.articles.at(-1)?.slug, "story-49");
  assert.is(news?.articles.length, 30);
  assert.is(world?.articles.length, 30);
  assert.is(news?.articles[0]?.slug, "story-1");
});

definitions.run();
