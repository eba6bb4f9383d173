// Every Atom feed: the site's and one per section (src/feeds/).
import { generatedFiles } from "../src/eleventy/generated-files.ts";
import { atomFeed } from "../src/feeds/atom.ts";
import { feedDefinitions } from "../src/feeds/feed-definitions.ts";

export default generatedFiles(({ articles, site, builtAt }) =>
  feedDefinitions(articles, site, builtAt).map((feed) => ({ path: feed.atom, text: atomFeed(feed, site) })),
);
