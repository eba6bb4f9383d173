import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isSlug, slugFor } from "../../src/model/slug.ts";

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
    ["Cambrios被Gartner評選為「最酷供應商」", "cambrios-bei-gartner-ping-xuan-wei-zui-ku-gong-ying-shang"], // Business Wire's Chinese release
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
  assert.is(slugFor("北京 大雪"), "bei-jing-da-xue");
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
