import { parseJsonFeed } from "feedsmith";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { feedDefinitions } from "../../src/feeds/feed-definitions.ts";
import { jsonFeed, jsonFeedText } from "../../src/feeds/json-feed.ts";
import { article, builtAt, html, site, time } from "./article-fixture.ts";

const harbour = article("harbour-reopens", "2026-11-18T09:30:00+02:00", {
  headline: `Harbour "reopens" </script> & more`,
  dek: "Cranes & quays.",
  updated: time("2026-11-18T15:10:00+02:00"),
  tags: ["shipping"],
  lead: { src: "/media/beirut-terminal.jpg", alt: "Cranes at dusk", caption: "Gantry cranes on Tuesday.", credit: "Omar Saleh/The Meridian Ledger", renditions: [] },
});
const plain = article("quiet-day", "2026-11-17T08:00:00+00:00", {
  byline: [],
  body: [{ type: "paragraph", html: html("Rien &amp; personne.") }],
  lead: { src: "/media/no-caption.png", alt: "A quay", credit: "Agency", renditions: [] },
});

const [siteFeed, newsFeed] = feedDefinitions([harbour, plain], site, builtAt);
if (!siteFeed || !newsFeed) throw new Error("feeds missing");

const json = suite("jsonFeed");

json("the feed: version 1.1, absolute home and feed URLs, the site's language", () => {
  const feed = jsonFeed(newsFeed, site);
  assert.equal({ ...feed, items: [] }, {
    version: "https://jsonfeed.org/version/1.1",
    title: "Test Ledger: News",
    home_page_url: "https://news.example.com/section/news/",
    feed_url: "https://news.example.com/section/news/feed.json",
    language: "en",
    authors: [{ name: "Test Ledger" }],
    items: [],
  });
});

json("an item: text fields, times with offsets, picture as image, attachment and _dateline credit", () => {
  const item = jsonFeed(siteFeed, site).items[0];
  assert.equal(item, {
    id: "https://news.example.com/2026/11/18/harbour-reopens/",
    url: "https://news.example.com/2026/11/18/harbour-reopens/",
    title: `Harbour "reopens" </script> & more`,
    summary: "Cranes & quays.",
    content_text: "Cranes & quays.",
    date_published: "2026-11-18T09:30:00+02:00",
    date_modified: "2026-11-18T15:10:00+02:00",
    authors: [{ name: "Leila Khoury" }],
    tags: ["shipping"],
    language: "en",
    image: "https://news.example.com/media/beirut-terminal.jpg",
    attachments: [{ url: "https://news.example.com/media/beirut-terminal.jpg", mime_type: "image/jpeg" }],
    _dateline: { credit: "Omar Saleh/The Meridian Ledger", caption: "Gantry cranes on Tuesday." },
  });
});

json("an item without dek, byline or caption leaves those out", () => {
  const item = jsonFeed(siteFeed, site).items[1];
  assert.is(item?.summary, "Rien & personne.");
  assert.is(item?.authors, undefined);
  assert.is(item?.tags, undefined);
  assert.is(item?.date_modified, "2026-11-17T08:00:00Z");
  assert.equal(item?._dateline, { credit: "Agency" });
});

json("the file text round-trips through JSON and a feed parser", () => {
  const text = jsonFeedText(jsonFeed(siteFeed, site));
  assert.ok(text.endsWith("}\n"));
  const parsed = parseJsonFeed(JSON.parse(text));
  assert.is(parsed.items?.length, 2);
  assert.is(parsed.items?.[0]?.title, `Harbour "reopens" </script> & more`);
});

json("an empty feed has no items and every URL carries the path prefix", () => {
  const prefixed = { ...site, pathPrefix: "/news/" };
  const [empty] = feedDefinitions([], prefixed, builtAt);
  if (!empty) throw new Error("no site feed");
  const feed = jsonFeed(empty, prefixed);
  assert.equal(feed.items, []);
  assert.is(feed.feed_url, "https://news.example.com/news/feed.json");
  assert.is(feed.home_page_url, "https://news.example.com/news/");
});

json.run();
