// Slug rules each side of their limits, on headlines as newsrooms write them, through slugFor,
// isSlug and isReserved (what the collections and the model call).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isReserved, isSlug, slugFor } from "../../src/model/slug.ts";

const cut = suite("slug rules");

const HEADLINES: [headline: string, slug: string, why: string][] = [
  // dpa: a German compound of 63 letters, the law famously repealed in 2013.
  [
    "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz wird endgültig aufgehoben",
    "rindfleischetikettierungsuberwachungsaufgabenubertragungsgesetz-wird-endgultig",
    "no joining word: whole words up to the limit, however long the first",
  ],
  [
    "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz und seine Folgen für Bauern",
    "rindfleischetikettierungsuberwachungsaufgabenubertragungsgesetz",
    "a joining word right after a first word of 48 or more: the cut goes before it",
  ],
  // dpa: the 80-letter word of record after an article. The cut leaves only the article, which
  // stays: a slug is never emptied by the cut.
  [
    "Die Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft",
    "die",
    "a joining word left alone is kept",
  ],
  // A parliamentary story (BBC, Reuters): the cut goes before the last joining word, not an earlier one.
  [
    "Parliament approves overhaul of pension contributions paid by nurses and teachers",
    "parliament-approves-overhaul-of-pension-contributions-paid-by-nurses",
    "the last joining word decides the cut",
  ],
];

for (const [headline, slug, why] of HEADLINES) {
  cut(`${why}: ${JSON.stringify(headline.slice(0, 40))}…`, () => {
    assert.is(slugFor(headline), slug);
  });
}

cut.run();

const given = suite("isSlug and isReserved rules");

given("a source's own slug is kept up to 80 characters", () => {
  // A Hugo `slug:` front matter field, as long as the site allows and one character more.
  const eighty = "parliament-approves-sweeping-overhaul-of-pension-contributions-for-public-sector";
  assert.is(eighty.length, 80);
  assert.ok(isSlug(eighty));
  assert.not.ok(isSlug(`${eighty}s`));
});

given("a page may not take a year's folder, but a slug holding a year is fine", () => {
  // WordPress pages `/election-2026/` and `/2026-budget/` are ordinary pages; `/1999/` is the archive's.
  assert.ok(isReserved("page", "1999"));
  assert.not.ok(isReserved("page", "election-2026"));
  assert.not.ok(isReserved("page", "2026-budget"));
  assert.not.ok(isReserved("page", "20261"));
  // Only pages sit beside the year folders: a tag or an author called 2026 has a folder of its own.
  assert.not.ok(isReserved("tag", "2026"));
  assert.not.ok(isReserved("author", "2026"));
});

given.run();
