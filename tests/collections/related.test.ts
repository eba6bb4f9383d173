import { suite } from "uvu";
import * as assert from "uvu/assert";
import { groupBySection, groupByTag } from "../../src/collections/groups.ts";
import { RelatedMemo, relatedArticles } from "../../src/collections/related.ts";
import { article, newestFirst, testSite } from "../helpers/articles.ts";

const articles = newestFirst([
  article({ slug: "subject", published: "2026-11-01", section: "world", tags: ["climate", "floods", "europe"] }),
  article({ slug: "two-tags-old", published: "2026-09-01", section: "news", tags: ["climate", "floods"] }),
  article({ slug: "one-tag-same-section", published: "2026-10-01", section: "world", tags: ["europe"] }),
  article({ slug: "one-tag-new", published: "2026-11-20", section: "news", tags: ["climate"] }),
  article({ slug: "same-section-only", published: "2026-11-21", section: "world" }),
  article({ slug: "unrelated", published: "2026-11-22", section: "sport", tags: ["football"] }),
]);

const related = suite("relatedArticles");

related("most shared tags first, then same section, then newest; never itself", () => {
  const map = relatedArticles(articles, groupByTag(articles), groupBySection(articles, testSite), 4);
  assert.equal(map.get("subject")!.map((a) => a.slug), ["two-tags-old", "one-tag-same-section", "one-tag-new", "same-section-only"]);
});

related("the limit holds and an article with nothing in common gets nothing", () => {
  const map = relatedArticles(articles, groupByTag(articles), groupBySection(articles, testSite), 2);
  assert.is(map.get("subject")!.length, 2);
  assert.equal(map.get("unrelated"), []);
  for (const [id, list] of map) assert.not.ok(list.some((other) => other.id === id), id);
});


// A seeded archive: 300 articles, newest first, each with 2 to 4 of 12 tags in 3 sections.
function archive(): ReturnType<typeof newestFirst> {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const list = Array.from({ length: 300 }, (_, i) => {
    const tags = [...new Set(Array.from({ length: 2 + Math.floor(next() * 3) }, () => `topic ${Math.floor(next() * 12)}`))];
    const day = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return article({ slug: `story-${i}`, published: day, section: ["news", "world", "sport"][i % 3]!, tags });
  });
  return newestFirst(list);
}

/** The rule written out the slow way: score every article, sort them all. */
function naive(list: ReturnType<typeof newestFirst>, subject: (typeof list)[number], limit: number, candidates: Set<string>): string[] {
  const score = (other: (typeof list)[number]) =>
    other.tags.filter((tag) => subject.tags.includes(tag)).length * 2 + (other.section === subject.section ? 1 : 0);
  return list
    .filter((other) => other !== subject && candidates.has(other.id))
    .sort((a, b) => score(b) - score(a) || list.indexOf(a) - list.indexOf(b))
    .slice(0, limit)
    .map((other) => other.slug);
}

related("with a window wider than the archive, the top-k choice equals scoring and sorting everything", () => {
  const list = archive();
  const map = relatedArticles(list, groupByTag(list), groupBySection(list, testSite), 4, list.length);
  for (const subject of list) {
    // Every article sharing a tag, plus the 4 nearest in its section (the section-only fallback).
    const sectionList = list.filter((other) => other.section === subject.section);
    const at = sectionList.indexOf(subject);
    const candidates = new Set([
      ...list.filter((other) => other.tags.some((tag) => subject.tags.includes(tag))).map((other) => other.id),
      ...sectionList.slice(Math.max(0, at - 4), at + 5).map((other) => other.id),
    ]);
    assert.equal(map.get(subject.id)!.map((a) => a.slug), naive(list, subject, 4, candidates), subject.slug);
  }
});

related("candidates come from around the article's own time, however common its tags", () => {
  const list = archive();
  const window = 5;
  const map = relatedArticles(list, groupByTag(list), groupBySection(list, testSite), 4, window);
  const tagGroups = groupByTag(list);
  for (const subject of list) {
    for (const other of map.get(subject.id)!) {
      const near = tagGroups.some((group) => {
        const a = group.articles.indexOf(subject);
        const b = group.articles.indexOf(other);
        return a >= 0 && b >= 0 && Math.abs(a - b) <= window;
      });
      const sameSection = other.section === subject.section;
      assert.ok(near || sameSection, `${subject.slug} → ${other.slug}`);
    }
  }
  // The oldest story is not offered the newest one, which shares a tag but was written a year later.
  const oldest = list.at(-1)!;
  assert.not.ok(map.get(oldest.id)!.some((other) => other === list[0]));
});

related("a limit of 0 gives every article an empty list", () => {
  const map = relatedArticles(articles, groupByTag(articles), groupBySection(articles, testSite), 0);
  for (const list of map.values()) assert.equal(list, []);
});


related("RelatedMemo: the same lists with new article objects when no article's place, tags or section changed; scored anew when one did", () => {
  const list = archive();
  const memo = new RelatedMemo();
  const first = memo.related(list, groupByTag(list), groupBySection(list, testSite), 4);
  // An edited headline: new objects, same taxonomy.
  const edited = list.map((a) => ({ ...a, headline: `${a.headline} (edited)` }));
  const second = memo.related(edited, groupByTag(edited), groupBySection(edited, testSite), 4);
  for (const subject of edited) {
    assert.equal(second.get(subject.id)!.map((a) => a.id), first.get(subject.id)!.map((a) => a.id));
    assert.ok(second.get(subject.id)!.every((a) => edited.includes(a)), "this build's objects");
  }
  // A retagged article: scored again, as relatedArticles would.
  const retagged = edited.map((a, i) => (i === 10 ? { ...a, tags: ["topic 99"] } : a));
  const third = memo.related(retagged, groupByTag(retagged), groupBySection(retagged, testSite), 4);
  const fresh = relatedArticles(retagged, groupByTag(retagged), groupBySection(retagged, testSite), 4);
  for (const subject of retagged) assert.equal(third.get(subject.id)!.map((a) => a.id), fresh.get(subject.id)!.map((a) => a.id));
});

// In the reader's language first: the article's own language, then its base language, then the
// rest only to fill the list; never the article's own translations, which the page links already.
const story = (slug: string, lang: string, section: string, tags: string[], day: number, extra: Partial<Parameters<typeof article>[0]> = {}) =>
  article({ slug, lang, section, tags, published: `2026-11-${day}`, ...extra });
const multilingual = newestFirst([
  story("market-en", "en", "world", ["markets", "beirut", "harbour"], 18, { translationKey: "night-market" }),
  story("market-fr", "fr", "world", ["markets", "beirut", "harbour"], 19, { translationKey: "night-market" }),
  story("port-ar", "ar", "world", ["markets", "beirut", "harbour"], 17),
  story("stalls-fr", "fr", "news", ["markets", "beirut"], 16),
  story("stalls-gb", "en-GB", "news", ["markets"], 15),
  story("beirut-en", "en", "news", ["beirut"], 14),
  story("world-en", "en", "world", [], 13),
  story("quay-ar", "ar", "news", ["harbour"], 12),
  story("fish-fr-ca", "fr-CA", "sport", ["markets"], 11),
]);

const LANGUAGE_FIRST: [string, string, number, string[]][] = [
  ["same language first, however few tags it shares; then the base language; then the most tags", "market-en", 5, ["beirut-en", "world-en", "stalls-gb", "port-ar", "stalls-fr"]],
  ["a short list holds only the article's own language when it has enough", "market-en", 2, ["beirut-en", "world-en"]],
  ["French: its own language, then Canadian French, then others by tags, ties to the newest; its English original never", "market-fr", 4, ["stalls-fr", "fish-fr-ca", "port-ar", "stalls-gb"]],
  ["Arabic: Arabic first; another story's versions are others like any", "port-ar", 3, ["quay-ar", "market-fr", "market-en"]],
  ["a regional form counts its base language's stories before others, however many tags those share", "stalls-gb", 3, ["market-en", "beirut-en", "stalls-fr"]],
];

for (const [rule, subject, limit, expected] of LANGUAGE_FIRST) {
  related(`language first: ${rule}`, () => {
    const map = relatedArticles(multilingual, groupByTag(multilingual), groupBySection(multilingual, testSite), limit);
    assert.equal(map.get(subject)!.map((a) => a.slug), expected);
  });
}

related("never an article's own translations, even when nothing else is left to fill the list", () => {
  const map = relatedArticles(multilingual, groupByTag(multilingual), groupBySection(multilingual, testSite), 20);
  assert.not.ok(map.get("market-en")!.some((a) => a.slug === "market-fr"));
  assert.not.ok(map.get("market-fr")!.some((a) => a.slug === "market-en"));
  assert.ok(map.get("port-ar")!.some((a) => a.slug === "market-en"), "another story's versions are still related");
});

/** An Arabic story, 40 English ones on its tag, then an older Arabic story on it: `older` as given. */
function busyTimeline(subjectSection: string, older: { section: string }, extra: Parameters<typeof article>[0][] = []) {
  return newestFirst([
    article({ slug: "newer-ar", lang: "ar", published: "2026-11-20", section: subjectSection, tags: ["port"] }),
    ...Array.from({ length: 40 }, (_, i) => article({ slug: `english-${i}`, published: `2026-10-${String(1 + (i % 28)).padStart(2, "0")}`, section: "news", tags: ["port"] })),
    article({ slug: "older-ar", lang: "ar", published: "2026-09-01", section: older.section, tags: ["port"] }),
    ...extra.map(article),
  ]);
}

related("a story in the newsroom's smaller language finds its own language's stories beyond the window of the busy timeline", () => {
  const list = busyTimeline("news", { section: "sport" });
  const map = relatedArticles(list, groupByTag(list), groupBySection(list, testSite), 2, 5);
  assert.equal(map.get("newer-ar")!.map((a) => a.slug), ["older-ar", "english-27"]);
});

related("a tag shared is counted once, though the other story is near in both of the tag's timelines", () => {
  // Nearby, only next-ar and (by section) older-ar are Arabic, too few for 3: the Arabic timeline is
  // searched too. next-ar shares the tag and is near in both timelines (2); older-ar shares the tag
  // and the section (3).
  const list = busyTimeline("sport", { section: "sport" }, [{ slug: "next-ar", lang: "ar", published: "2026-11-19", section: "world", tags: ["port"] }]);
  const map = relatedArticles(list, groupByTag(list), groupBySection(list, testSite), 3, 5);
  assert.equal(map.get("newer-ar")!.map((a) => a.slug), ["older-ar", "next-ar", "english-27"]);
});

related("an article with enough stories in its language nearby is not searched further", () => {
  // The two Arabic stories around newer-ar fill a list of 2; older-ar, far back, is not looked for,
  // though it shares the tag and the section (3) where they share only the tag (2).
  const list = busyTimeline("news", { section: "news" }, [
    { slug: "next-ar", lang: "ar", published: "2026-11-19", section: "world", tags: ["port"] },
    { slug: "later-ar", lang: "ar", published: "2026-11-21", section: "world", tags: ["port"] },
  ]);
  const map = relatedArticles(list, groupByTag(list), groupBySection(list, testSite), 2, 5);
  assert.equal(map.get("newer-ar")!.map((a) => a.slug), ["later-ar", "next-ar"]);
});

related("RelatedMemo scores again when an article's language or translation key changes", () => {
  const memo = new RelatedMemo();
  const sections = (list: typeof multilingual) => groupBySection(list, testSite);
  memo.related(multilingual, groupByTag(multilingual), sections(multilingual), 4);
  for (const change of [{ lang: "ar" }, { translationKey: "another-story" }] as Partial<(typeof multilingual)[number]>[]) {
    const changed = multilingual.map((a) => (a.slug === "stalls-fr" ? { ...a, ...change } : a));
    const kept = memo.related(changed, groupByTag(changed), sections(changed), 4);
    const fresh = relatedArticles(changed, groupByTag(changed), sections(changed), 4);
    for (const subject of changed) assert.equal(kept.get(subject.id)!.map((a) => a.id), fresh.get(subject.id)!.map((a) => a.id), `${JSON.stringify(change)}: ${subject.slug}`);
  }
});

related.run();
