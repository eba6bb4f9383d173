// Every JSON Feed: the site's and one per section, made like the Atom feeds (feed-atom.11tydata.ts).
import type { NewsroomData } from "../src/eleventy/prepare-newsroom.ts";
import { feedDefinitions } from "../src/feeds/feed-definitions.ts";
import { jsonFeed, jsonFeedText } from "../src/feeds/json-feed.ts";

interface FeedFile {
  path: string;
  text: string;
}

export default {
  eleventyExcludeFromCollections: true,
  pagination: {
    // The data is a stand-in: `before` replaces it with one file per feed.
    data: "newsroom.site.sections",
    size: 1,
    alias: "file",
    addAllPagesToCollections: false,
    before: (_sections: unknown, data: { newsroom: NewsroomData }): FeedFile[] => {
      const { articles, site, builtAt } = data.newsroom;
      return feedDefinitions(articles, site, builtAt).map((feed) => ({ path: feed.json, text: jsonFeedText(jsonFeed(feed, site)) }));
    },
  },
  permalink: (data: { file: FeedFile }) => data.file.path,
};
