// The site's search gives what one Pagefind index of every article page gives: for every query
// and every language the search page offers, the same pages in the same order with the same
// scores, titles and excerpts. The reference is Pagefind's own binary run once over the sample's
// article pages (reference-index.ts); the site's side is the search page's bundles searched with
// Pagefind's browser code (pagefind-client.ts).
//
// Pages with exactly the same score (a phrase in quotes scores every page that has it alike) are
// compared as a set: Pagefind lists them in the order it was given the pages, which for its
// binary is the order it finds the files in, not anything a reader could tell apart.
import { rm } from "node:fs/promises";
import { dirname } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../site/build-site.ts";
import { openBundle, openPagefind, pageLanguages, type SearchHit } from "./pagefind-client.ts";
import { referenceIndex } from "./reference-index.ts";

/**
 * What readers type: single words, phrases in quotes, several words, names with and without
 * their accents, Arabic words from the sample's Arabic story, French words, the beginning of a
 * word, a reporter's name, and a word no page has. Several are words of one story whose
 * beginnings are common words ("orchard", "théâtre"): split indexes answered those with every
 * page holding "or" or "the".
 */
export const QUERIES = [
  "orchard",
  "Beirut",
  "harbour",
  "glacier",
  "library",
  "penguins",
  "foghorn",
  "cranes",
  "flood",
  "Bernadette",
  "refit",
  '"container terminal"',
  '"cable car"',
  '"single-screen"',
  '"the council"',
  "bus lanes",
  "cold store",
  "Valparaíso",
  "Valparaiso",
  "théâtre",
  "theatre",
  "théâtres",
  '"Théâtre du Môle"',
  "Môle",
  "Marseille",
  "Rania Haddad",
  "Marchand",
  "بيروت",
  "القمح",
  "المرفأ",
  "سفينة",
  "الحبوب",
  "tene",
  "harb",
  "glac",
  "حبو",
  "zyxwvut",
  "quartiers",
  "travaux",
  "saison",
  "comédiens",
  "ville",
];

const site = await buildSite();
const reference = await referenceIndex(site.dir);
const languages = await pageLanguages(site.dir);

/** Hits as compared: best first, ties in URL order; where each leads, its score, title and excerpt. */
function shown(hits: SearchHit[]): string[] {
  hits.forEach((hit, i) => assert.ok(i === 0 || hits[i - 1]!.score >= hit.score, `${hit.url}: results come best first`));
  const ranked = [...hits].sort((a, b) => b.score - a.score || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return ranked.map((hit) => `${hit.url} | ${hit.score} | ${hit.meta.title} | ${hit.excerpt}`);
}

const same = suite("search: the search page against one Pagefind index of every article page");

same("offers every language the reference has an index for, the site's own first", () => {
  assert.equal([...languages].sort(), reference.languages);
  assert.is(languages[0], "en");
  assert.ok(languages.includes("fr") && languages.includes("ar"), languages.join(" "));
});

for (const language of ["en", "fr", "ar"]) {
  same(`${language}: every query finds the same pages in the same order, with the same excerpts`, async () => {
    const page = await openPagefind(site.dir, language);
    const single = await openBundle(reference.dir, "pagefind/", language);
    try {
      const differing: string[] = [];
      for (const query of QUERIES) {
        const expected = shown(await single.search(query));
        const actual = shown(await page.search(query));
        if (JSON.stringify(actual) !== JSON.stringify(expected)) differing.push(`${query}: ${actual.length} results, the reference ${expected.length}\n  page: ${actual.join("\n        ")}\n  reference: ${expected.join("\n             ")}`);
      }
      assert.equal(differing, [], differing.join("\n"));
      const every = (await page.search(null)).map((hit) => hit.url).sort();
      assert.equal(every, (await single.search(null)).map((hit) => hit.url).sort());
    } finally {
      await page.close();
      await single.close();
    }
  });
}

same("the comparison has something to compare: most queries find pages, in every language", async () => {
  let found = 0;
  for (const language of languages) {
    const page = await openPagefind(site.dir, language);
    try {
      for (const query of QUERIES) if ((await page.search(query)).length > 0) found += 1;
    } finally {
      await page.close();
    }
  }
  assert.ok(QUERIES.length >= 30, `${QUERIES.length} queries`);
  assert.ok(found >= QUERIES.length, `${found} of ${QUERIES.length * languages.length} query and language pairs find pages`);
});

same.after(async () => {
  await rm(site.dir, { recursive: true, force: true });
  await rm(dirname(reference.dir), { recursive: true, force: true });
});
same.run();
