// Every Atom feed: each edition's and one per section of each edition (src/feeds/).
import { generatedFiles } from "../src/eleventy/generated-files.ts";
import { atomFeed } from "../src/feeds/atom.ts";
import { editionFeeds } from "../src/feeds/feed-definitions.ts";

export default generatedFiles((newsroom) => editionFeeds(newsroom).map((feed) => ({ path: feed.atom, text: atomFeed(feed, newsroom.site) })));
