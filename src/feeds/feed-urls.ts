// Where the feeds live: one Atom and one JSON Feed for the whole site, and one of each per section.

export interface FeedLinks {
  title: string;
  atom: string;
  json: string;
}

export function siteFeeds(siteName: string): FeedLinks {
  return { title: siteName, atom: "/feed.xml", json: "/feed.json" };
}

export function sectionFeeds(siteName: string, section: { slug: string; title: string }): FeedLinks {
  return { title: `${siteName}: ${section.title}`, atom: `/section/${section.slug}/feed.xml`, json: `/section/${section.slug}/feed.json` };
}
