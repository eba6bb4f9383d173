import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isReserved, isSlug, slugFor, urlSegment, type SegmentKind } from "../../src/model/slug.ts";

const slugs = suite("slugFor");

slugs("transliterates Latin letters with diacritics", () => {
  assert.is(slugFor("Militärövning i jätteformat"), "militarovning-i-jatteformat");
  // Apostrophes are dropped, not made into a word break: `zurichs`, as a reader would type it.
  assert.is(slugFor("Café culture: Zürich’s “third places”"), "cafe-culture-zurichs-third-places");
});

slugs("keeps only a-z, 0-9 and single hyphens, whatever the punctuation", () => {
  // Each from a real headline, title or name in the corpus or the agencies' copy.
  const table: [string, string][] = [
    ["This is my first post.", "this-is-my-first-post"], // Eleventy's starter post title
    ["U.S. stocks fall as oil slides", "us-stocks-fall-as-oil-slides"], // Reuters markets headline
    ["Wait... what?", "wait-what"],
    ["Harbour authority reopens Beirut's container terminal", "harbour-authority-reopens-beiruts-container-terminal"],
    ["Seoul’s mayor resigns", "seouls-mayor-resigns"],
    ["L'Oréal d'Italie", "loreal-ditalie"],
    ["O'BRIEN & SONS", "obrien-sons"],
    ["e.g. this, i.e. that", "eg-this-ie-that"],
    ["Prices up 3.5% in May", "prices-up-3-5-in-may"],
    ["rock_n_roll", "rock-n-roll"],
    ["Covid-19: what now?", "covid-19-what-now"],
    ["UPDATE 2-Oil edges up", "update-2-oil-edges-up"],
    // Business Wire's Chinese release: pinyin word by word (issue 22), not a syllable a word.
    ["Cambrios被Gartner評選為「最酷供應商」", "cambrios-bei-gartner-pingxuanwei-zui-ku-gongying-shang"],
  ];
  for (const [text, slug] of table) assert.is(slugFor(text), slug, text);
});

slugs("never makes a dot, a dot-dot or a file-like ending", () => {
  for (const text of ["index.html", "story.md", "..", ".", "…", "-..-", "Jane Doe/../AFP", "feed.xml", "a.b.c"]) {
    const slug = slugFor(text);
    assert.ok(slug === "" || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug), `${text} → ${slug}`);
    assert.not.ok(slug.includes("."), `${text} → ${slug}`);
  }
  assert.is(slugFor("index.html"), "index-html");
  assert.is(slugFor("Jane Doe/../AFP"), "jane-doe-afp");
});

slugs("transliterates other scripts", () => {
  assert.is(slugFor("Пожар в Москве"), "pozhar-v-moskve");
  assert.is(slugFor("北京 大雪"), "beijing-daxue");
  assert.ok(/^[a-z0-9-]+$/.test(slugFor("انفجار في بيروت")));
});

slugs("is empty when nothing can be transliterated", () => {
  assert.is(slugFor("🔥🔥"), "");
});

slugs("cuts long headlines at a word boundary", () => {
  const slug = slugFor("The quick brown fox jumps over the lazy dog while the harbour authority reopens the container terminal after months");
  assert.ok(slug.length <= 80, slug);
  assert.not.ok(slug.endsWith("-"));
  assert.ok("the-quick-brown-fox-jumps-over-the-lazy-dog-while-the-harbour-authority-reopens-the-container-terminal".startsWith(slug));
});

slugs("a long slug ends where a phrase ends, never on a joining word", () => {
  // Business Wire's press release headline (IPTC ninjs examples): 80 characters end on "…-tower-and-most".
  assert.is(
    slugFor("Dell Redefines Workstation Computing Boundaries with Smallest Tower and Most Powerful Rack Workstations"),
    "dell-redefines-workstation-computing-boundaries-with-smallest-tower",
  );
  assert.is(
    slugFor("Parliament approves sweeping overhaul of pension contributions for public sector workers and the self-employed"),
    "parliament-approves-sweeping-overhaul-of-pension-contributions",
  );
  // No joining word: whole words up to the limit.
  assert.is(
    slugFor("Regional transport authority announces comprehensive timetable restructuring affecting commuter rail"),
    "regional-transport-authority-announces-comprehensive-timetable-restructuring",
  );
  // A joining word too early to cut before is still never the last word.
  assert.is(slugFor(`Ministers of the ${"a".repeat(70)}`), "ministers");
  // Exactly at the limit: kept whole.
  const eighty = `${"abcdefghi-".repeat(7)}abcdefghij`;
  assert.is(eighty.length, 80);
  assert.is(slugFor(eighty), eighty);
  assert.is(slugFor(`${eighty}-next`), eighty);
  assert.is(slugFor(`${eighty}x-next`), "abcdefghi-".repeat(7).slice(0, -1));
});

slugs.run();

const given = suite("isSlug");

given("accepts clean slugs only", () => {
  assert.ok(isSlug("beirut-port-reopens"));
  assert.not.ok(isSlug("Beirut Port"));
  assert.not.ok(isSlug("../../etc/passwd"));
  assert.not.ok(isSlug("a--b"));
  assert.not.ok(isSlug(""));
});

given.run();

// Issue 20: the cut's exact boundaries, each side of them.
const cut = suite("slugFor at the 80-character limit");

/** Nine-letter words (`aaaaaaaaa-bbbbbbbbb-…`) up to `length` characters, the last one shortened to fit. */
function wordsOf(length: number): string {
  let slug = "";
  for (let index = 0; slug.length < length; index++) slug += `${slug ? "-" : ""}${String.fromCharCode(97 + (index % 26)).repeat(9)}`;
  return slug.slice(0, length);
}

cut("80 characters are kept whole, the 81st is cut, a word is kept only when it ends by the 80th", () => {
  // wordsOf(79) is eight whole words; an "x" makes the last one end exactly at the 80th character.
  const eighty = `${wordsOf(79)}x`;
  assert.is(eighty.length, 80);
  const cases: [label: string, text: string, slug: string][] = [
    ["one word of 80", "a".repeat(80), "a".repeat(80)],
    ["one word of 81: cut inside it, nowhere else to cut", "a".repeat(81), "a".repeat(80)],
    ["80 in words", eighty, eighty],
    ["81 in words: the word reaching the 81st character goes", `${wordsOf(79)}-b`, wordsOf(79)],
    ["a word ending at the 80th, then more", `${eighty}-more`, eighty],
    ["a word ending at the 81st, then more", `${wordsOf(79)}xy-more`, wordsOf(69)],
    ["a joining word ending at the 80th is dropped too", `${wordsOf(77)}-of-more`, wordsOf(77)],
  ];
  for (const [label, text, slug] of cases) {
    assert.is(slugFor(text), slug, label);
    assert.ok(slugFor(text).length <= 80, label);
  }
});

cut("a cut before the last joining word keeps at least 48 characters: at 48 it is taken, at 47 not", () => {
  const after = "-and-zzzzzzzzz-zzzzzzzzz-zzzzzzzzz-zzzzzzzzz";
  assert.is(wordsOf(48).length, 48);
  assert.ok(`${wordsOf(48)}${after}`.length > 80);
  assert.is(slugFor(`${wordsOf(48)}${after}`), wordsOf(48));
  // 47 before the joining word: too short a phrase, so whole words up to the limit instead.
  assert.is(slugFor(`${wordsOf(47)}${after}`), `${wordsOf(47)}-and-zzzzzzzzz-zzzzzzzzz`);
});

cut.run();

const segments = suite("urlSegment");
const KINDS: SegmentKind[] = ["article", "section", "tag", "author", "credit", "page"];

segments("refuses text with nothing to make an address from, for every kind of page, saying why", () => {
  for (const kind of KINDS) {
    for (const text of ["…", "-..-", "..", ".", "", "   ", "🔥🔥", "/"]) {
      assert.equal(urlSegment(kind, text), { ok: false, reason: "has no letters or digits to make an address from" }, `${kind}: ${text}`);
    }
  }
});

segments("never makes a segment that leaves its folder or looks like a file", () => {
  for (const kind of KINDS) {
    for (const text of ["Jane Doe/../AFP", "../../etc/passwd", "index.html", "The page index.html", "feed.xml", "C:\\Windows", "a/b"]) {
      const segment = urlSegment(kind, text);
      assert.ok(segment.ok && isSlug(segment.slug), `${kind}: ${text} → ${JSON.stringify(segment)}`);
    }
  }
});

segments("a name the site uses itself beside a kind's pages is moved aside, and says so", () => {
  // /credits/page/2/ is the credits index's second page: a credited "Page" gets /credits/page-credit/.
  assert.equal(urlSegment("credit", "Page"), { ok: true, slug: "page-credit", repaired: '"page" is an address the site uses itself, so its page is at "page-credit"' });
  // A tag's pages go one level down (/tag/page/page/2/): nothing of the site's is beside /tag/page/.
  assert.equal(urlSegment("tag", "Page"), { ok: true, slug: "page" });
  assert.ok(isReserved("page", "credits") && isReserved("page", "img") && isReserved("page", "2026") && isReserved("page", "pagefind"));
  assert.not.ok(isReserved("page", "about") || isReserved("tag", "feed") || isReserved("author", "media"));
});

segments.run();
