// Every JSON Feed: the site's and one per section (src/feeds/).
import { generatedFiles } from "../src/eleventy/generated-files.ts";
import { feedDefinitions } from "../src/feeds/feed-definitions.ts";
import { jsonFeed, jsonFeedText } from "../src/feeds/json-feed.ts";

export default generatedFiles(({ articles, site, builtAt }) =>
  feedDefinitions(articles, site, builtAt).map((feed) => ({ path: feed.json, text: jsonFeedText(jsonFeed(feed, site)) })),
);
