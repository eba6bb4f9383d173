// The instant an embargo lifts. An embargo "until" a time holds the story before that time and
// releases it at that time: a build run exactly then publishes it (src/model/normalize.ts holds
// only while the embargo is later than the build time). Pinned to the millisecond on each side,
// with the embargo written in another zone, and for a publication time the same way: a story
// dated exactly now is published, not scheduled.
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { normalizeArticle, type NormalizeContext } from "../../src/model/normalize.ts";
import type { ArticleInput } from "../../src/model/types.ts";
import { makeTestSite } from "../helpers/test-site.ts";

const NOW = "2026-11-25T12:00:00.000Z";

const context: NormalizeContext = {
  site: makeTestSite(),
  now: DateTime.fromISO(NOW),
  media: { has: () => false, size: () => ({ width: 1, height: 1 }), embedded: () => ({}) },
};

function input(overrides: Partial<ArticleInput>): ArticleInput {
  return {
    format: "ninjs",
    path: "content/articles/ferries.json",
    headline: "Ferries run again",
    published: "2026-11-25T09:00:00Z",
    byline: ["By Bo Ek"],
    tags: [],
    body: [{ type: "paragraph", html: "Ferries run again." as never }],
    comments: [],
    corrections: [],
    fieldNames: {},
    ...overrides,
  };
}

/** What becomes of the article at build time NOW: published, or the status it is held with. */
function outcome(overrides: Partial<ArticleInput>): string {
  const result = normalizeArticle(input(overrides), context);
  if (result.kind === "published") return "published";
  if (result.kind === "held") return result.article.status;
  throw new Error(`rejected: ${JSON.stringify(result.problems)}`);
}

const embargo = suite("an embargo ending at the build time");

embargo("held until the millisecond before, published at the instant itself and after", () => {
  const cases: [embargoedUntil: string, expected: string][] = [
    ["2026-11-25T11:59:59.999Z", "published"],
    ["2026-11-25T12:00:00.000Z", "published"],
    ["2026-11-25T12:00:00Z", "published"],
    ["2026-11-25T13:00:00+01:00", "published"],
    ["2026-11-25T12:00:00.001Z", "embargoed"],
    ["2026-11-25T13:00:00.001+01:00", "embargoed"],
  ];
  for (const [embargoedUntil, expected] of cases) assert.is(outcome({ embargoedUntil }), expected, embargoedUntil);
});

embargo("a publication time is held the same way: scheduled only when later than the build time", () => {
  assert.is(outcome({ published: "2026-11-25T11:59:59.999Z" }), "published");
  assert.is(outcome({ published: NOW }), "published");
  assert.is(outcome({ published: "2026-11-25T12:00:00.001Z" }), "scheduled");
});

embargo.run();
