// Every JSON Feed: each edition's and one per section of each edition (src/feeds/).
import { generatedFiles } from "../src/eleventy/generated-files.ts";
import { editionFeeds } from "../src/feeds/feed-definitions.ts";
import { jsonFeed, jsonFeedText } from "../src/feeds/json-feed.ts";

export default generatedFiles((newsroom) => editionFeeds(newsroom).map((feed) => ({ path: feed.json, text: jsonFeedText(jsonFeed(feed, newsroom.site)) })));
