// Which pages a preview rebuild renders after an edit.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildCollections } from "../../src/collections/site-collections.ts";
import { changedPages, everything, pageKeys, vanishedUrls, type BuiltPages } from "../../src/eleventy/render-selection.ts";
import type { Article } from "../../src/model/types.ts";
import { article, newestFirst, testSite } from "../helpers/articles.ts";

/** Twelve articles over two sections and three tags; pages hold 2 (testSite.pageSize). */
function archive(): Article[] {
  return newestFirst(
    Array.from({ length: 12 }, (_, i) =>
      article({ slug: `story-${i}`, published: `2026-10-${String(10 + i).padStart(2, "0")}`, section: i % 2 ? "news" : "world", tags: [`topic ${i % 3}`], byline: [`Reporter ${i % 2}`] }),
    ),
  );
}

function built(articles: Article[], changed: Iterable<string>, everyPage = "same"): BuiltPages {
  return { articles, collections: buildCollections(articles, testSite), changed: new Set(changed), everyPage, reactions: {} };
}

const urls = (pages: { url: string }[]) => pages.map((page) => page.url).sort();

const selection = suite("changedPages");

selection("a first build, or a change every page shows, renders everything", () => {
  const next = built(archive(), []);
  assert.equal(changedPages(undefined, next), everything(next));
  const previous = built(archive(), [], "settings A");
  assert.ok(changedPages(pageKeys(previous), built(archive(), [], "settings B")).everything);
});

selection("nothing changed: nothing is rendered", () => {
  const list = archive();
  const pick = changedPages(pageKeys(built(list, list.map((a) => a.id))), built(list, []));
  assert.equal([pick.articles.length, pick.listings.length, pick.creditsPages.length, pick.creditNamePages.length], [0, 0, 0, 0]);
  assert.not.ok(pick.everything);
});

selection("an edited headline renders its article, the listing pages that show it and the articles that list it as related", () => {
  const list = archive();
  const previous = built(list, list.map((a) => a.id));
  const target = list[4]!;
  const edited = { ...target, headline: "A new headline" };
  const next = built(list.map((a) => (a === target ? edited : a)), [target.id]);
  const pick = changedPages(pageKeys(previous), next);

  const showing = next.collections.listings.filter((page) => page.articles.some((a) => a.id === target.id));
  assert.equal(urls(pick.listings), urls(showing));
  assert.ok(showing.length >= 4, "section, tag, author and month pages");
  const relatedTo = list.filter((a) => (next.collections.related[a.id] ?? []).some((other) => other.id === target.id)).map((a) => a.id);
  assert.ok(relatedTo.length > 0, "some articles list it as related");
  assert.equal(pick.articles.map((a) => a.id).sort(), [target.id, ...relatedTo].sort());
  assert.ok(pick.articles.length < list.length);
});

selection("an article whose address moves renders its translations, which link to it; a new translation renders the story", () => {
  const english = article({ slug: "port-reopens", published: "2026-10-20", section: "world", tags: ["ports"], translationKey: "port-2026" });
  const arabic = article({ slug: "port-reopens-ar", lang: "ar", published: "2026-10-21", section: "news", tags: ["موانئ"], translationKey: "port-2026" });
  const list = newestFirst([...archive(), english, arabic]);
  const previous = built(list, list.map((a) => a.id));
  const moved = { ...english, slug: "port-reopens-at-last", url: "/2026/10/20/port-reopens-at-last/" };
  const pick = changedPages(pageKeys(previous), built(list.map((a) => (a === english ? moved : a)), [english.id]));
  assert.ok(pick.articles.some((a) => a.id === arabic.id), "the Arabic version links to the English one's new address");

  const alone = newestFirst([...archive(), english]);
  const before = built(alone, alone.map((a) => a.id));
  const added = changedPages(pageKeys(before), built(list, [arabic.id]));
  assert.ok(added.articles.some((a) => a.id === english.id), "the English version gains a link to its new translation");
});

selection("a deleted article renders the pages that showed it, and pages moved up by it", () => {
  const list = archive();
  const previous = built(list, []);
  const gone = list[0]!; // the newest: every page of its groups shifts
  const next = built(list.slice(1), []);
  const pick = changedPages(pageKeys(previous), next);
  const worldPages = next.collections.listings.filter((page) => page.kind === "section" && page.slug === gone.section);
  for (const page of worldPages) assert.ok(pick.listings.includes(page), `${page.url} is rendered again`);
  assert.ok(vanishedUrls(pageKeys(previous), next).includes(gone.url));
  assert.not.ok(pick.articles.some((a) => a.id === gone.id));
});

selection.run();
