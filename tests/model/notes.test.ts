// Editor's notes and contributor lines through the model: kept in order with their kind, control
// characters removed and whitespace collapsed (as for corrections), empty ones left out.
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { normalizeArticle } from "../../src/model/normalize.ts";
import type { ArticleInput, SafeHtml } from "../../src/model/types.ts";
import { makeTestSite } from "../helpers/test-site.ts";

const context = { site: makeTestSite(), now: DateTime.fromISO("2026-11-25T12:00:00Z"), media: { has: () => true, size: () => ({ width: 1200, height: 800 }), embedded: () => ({}) } };

function input(notes?: ArticleInput["notes"]): ArticleInput {
  return { format: "wire-text", path: "content/articles/a.txt", headline: "H", published: "2026-11-17", byline: [], tags: [], body: [{ type: "paragraph", html: "Text." as SafeHtml }], comments: [], corrections: [], fieldNames: {}, ...(notes ? { notes } : {}) };
}

const notes = suite("article notes");

notes("kept with their kind, cleaned of control characters; empty ones left out", () => {
  const result = normalizeArticle(input([
    { kind: "editor", text: "EDITOR’S NOTE —\u0007 Part of a series.\n" },
    { kind: "contributors", text: " \u0000 " },
    { kind: "contributors", text: "Reporting by Ann Lee;\u001b Editing by Bo Ek" },
  ]), context);
  assert.is(result.kind, "published");
  assert.equal(result.kind === "published" ? result.article.notes : undefined, [
    { kind: "editor", text: "EDITOR’S NOTE — Part of a series." },
    { kind: "contributors", text: "Reporting by Ann Lee; Editing by Bo Ek" },
  ]);
});

notes("an article without notes has no notes key", () => {
  const result = normalizeArticle(input(), context);
  assert.ok(result.kind === "published" && !("notes" in result.article));
});

notes.run();
