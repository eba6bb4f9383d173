// Every Atom feed: the site's and one per section, one page each. The feeds are laid out in
// src/feeds/ inside pagination's `before` (once per build, no computed data for Eleventy to run
// twice) and the template prints the finished text.
import type { NewsroomData } from "../src/eleventy/prepare-newsroom.ts";
import { atomFeed } from "../src/feeds/atom.ts";
import { feedDefinitions } from "../src/feeds/feed-definitions.ts";

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
      return feedDefinitions(articles, site, builtAt).map((feed) => ({ path: feed.atom, text: atomFeed(feed, site) }));
    },
  },
  permalink: (data: { file: FeedFile }) => data.file.path,
};
