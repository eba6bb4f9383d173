import { XMLValidator } from "fast-xml-parser";
import { parseAtomFeed } from "feedsmith";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { atomFeed } from "../../src/feeds/atom.ts";
import { feedDefinitions } from "../../src/feeds/feed-definitions.ts";
import { article, builtAt, html, site, time } from "./article-fixture.ts";

const harbour = article("harbour-reopens", "2026-11-18T09:30:00+02:00", {
  headline: `Harbour "reopens" <at last> & for good`,
  dek: "Cranes & quays, <b>rebuilt</b>.",
  updated: time("2026-11-18T15:10:00+02:00"),
  zone: "Asia/Beirut",
  byline: [
    { name: "Rania Haddad", slug: "rania-haddad" },
    { name: "Tom Achterberg", role: "Reuters", slug: "tom-achterberg" },
  ],
  tags: ["shipping", "Lebanon"],
  lead: { src: "/media/beirut-terminal.svg", alt: "Cranes at dusk", caption: "Gantry cranes on Tuesday.", credit: "Omar Saleh/The Meridian Ledger", width: 600, height: 400, renditions: [] },
});
const plain = article("quiet-day", "2026-11-17T08:00:00+00:00", { lang: "fr", byline: [], body: [{ type: "paragraph", html: html("Rien &amp; personne.") }] });

function render(articles = [harbour, plain], settings = site): string {
  const [feed] = feedDefinitions(articles, settings, builtAt);
  if (!feed) throw new Error("no site feed");
  return atomFeed(feed, settings);
}

const atom = suite("atomFeed");

atom("is well-formed and parses as Atom with the feed's required elements", () => {
  const xml = render();
  assert.is(XMLValidator.validate(xml), true);
  const feed = parseAtomFeed(xml);
  assert.is(feed.id, "https://news.example.com/feed.xml");
  assert.is(feed.title?.value, "Test Ledger");
  assert.is(feed.updated, "2026-11-18T15:10:00+02:00");
  assert.equal(feed.links, [
    { rel: "self", type: "application/atom+xml", href: "https://news.example.com/feed.xml" },
    { rel: "alternate", type: "text/html", href: "https://news.example.com/" },
  ]);
  assert.equal(feed.authors, [{ name: "Test Ledger" }]);
  assert.is(feed.entries?.length, 2);
});

atom("an entry carries id, link, times with offsets, authors, categories, summary and its lead picture", () => {
  const entry = parseAtomFeed(render()).entries?.[0];
  const url = "https://news.example.com/2026/11/18/harbour-reopens/";
  assert.is(entry?.id, url);
  assert.is(entry?.title?.value, `Harbour "reopens" <at last> & for good`);
  assert.is(entry?.published, "2026-11-18T09:30:00+02:00");
  assert.is(entry?.updated, "2026-11-18T15:10:00+02:00");
  assert.equal(entry?.authors, [{ name: "Rania Haddad" }, { name: "Tom Achterberg" }]);
  assert.equal(entry?.categories, [{ term: "shipping" }, { term: "Lebanon" }]);
  assert.equal(entry?.summary, { value: "Cranes & quays, <b>rebuilt</b>.", type: "text" });
  assert.equal(entry?.links, [
    { rel: "alternate", type: "text/html", href: url },
    { rel: "enclosure", type: "image/svg+xml", href: "https://news.example.com/media/beirut-terminal.svg" },
  ]);
  assert.equal(entry?.media?.contents, [
    {
      url: "https://news.example.com/media/beirut-terminal.svg",
      type: "image/svg+xml",
      medium: "image",
      width: 600,
      height: 400,
      description: { value: "Gantry cranes on Tuesday.", type: "plain" },
      credits: [{ value: "Omar Saleh/The Meridian Ledger" }],
    },
  ]);
});

atom("titles and summaries are escaped text, never markup", () => {
  const xml = render();
  assert.match(xml, '<title type="text">Harbour &quot;reopens&quot; &lt;at last&gt; &amp; for good</title>');
  assert.match(xml, '<summary type="text">Cranes &amp; quays, &lt;b&gt;rebuilt&lt;/b&gt;.</summary>');
});

atom("an entry without dek, byline or picture: first paragraph as summary, its language, no enclosure", () => {
  const xml = render();
  const entry = parseAtomFeed(xml).entries?.[1];
  assert.is(entry?.summary?.value, "Rien & personne.");
  assert.is(entry?.authors, undefined);
  assert.is(entry?.updated, "2026-11-17T08:00:00Z");
  assert.equal(entry?.links?.map((link) => link.rel), ["alternate"]);
  assert.is(entry?.media, undefined);
  assert.match(xml, '<entry xml:lang="fr">');
});

atom("an empty feed is valid and as new as the build", () => {
  const xml = render([]);
  assert.is(XMLValidator.validate(xml), true);
  const feed = parseAtomFeed(xml);
  assert.is(feed.updated, "2026-11-25T12:00:00Z");
  assert.is(feed.entries, undefined);
});

atom("every URL carries the path prefix", () => {
  const xml = render([harbour], { ...site, pathPrefix: "/news/" });
  const feed = parseAtomFeed(xml);
  assert.is(feed.id, "https://news.example.com/news/feed.xml");
  assert.equal(feed.links?.map((link) => link.href), ["https://news.example.com/news/feed.xml", "https://news.example.com/news/"]);
  assert.is(feed.entries?.[0]?.id, "https://news.example.com/news/2026/11/18/harbour-reopens/");
  assert.is(feed.entries?.[0]?.media?.contents?.[0]?.url, "https://news.example.com/news/media/beirut-terminal.svg");
});

atom.run();
