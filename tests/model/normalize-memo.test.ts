// Preview rebuilds: the model runs again only for what changed.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import siteSettings from "../../_data/site.ts";
import { NormalizeMemo } from "../../src/model/normalize-memo.ts";
import { normalizeArticle } from "../../src/model/normalize.ts";
import type { ArticleInput, SafeHtml } from "../../src/model/types.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import { loadNewsroom, type NewsroomOptions } from "../../src/newsroom.ts";
import { checkSite } from "../../src/site.ts";
import { ParseCache } from "../../src/sources/parse-cache.ts";

const memoSuite = suite("NormalizeMemo in loadNewsroom");

async function sampleCopy(): Promise<NewsroomOptions> {
  const dir = await mkdtemp(join(tmpdir(), "dateline-memo-"));
  await cp("content", join(dir, "content"), { recursive: true });
  return { contentDir: join(dir, "content"), root: dir, site: checkSite(siteSettings), now: DateTime.fromISO("2026-11-25T12:00:00Z"), cache: ParseCache.inMemory(), memo: new NormalizeMemo() };
}

memoSuite("a rebuild with nothing edited makes no article anew and gives the same articles", async () => {
  const options = await sampleCopy();
  const first = await loadNewsroom(options);
  assert.is(first.changed.size, first.articles.length);
  const second = await loadNewsroom(options);
  assert.is(second.changed.size, 0);
  assert.equal(second.articles.map((a) => a.url), first.articles.map((a) => a.url));
  assert.ok(second.articles.every((a, i) => a === first.articles[i]), "the very same article objects");
});

memoSuite("editing one source makes exactly that article anew, with the edit", async () => {
  const options = await sampleCopy();
  const first = await loadNewsroom(options);
  const target = first.articles.find((a) => a.source.path.endsWith(".md"))!;
  const file = join(options.root, target.source.path);
  await writeFile(file, (await readFile(file, "utf8")).replace(target.headline, `${target.headline} (updated)`));
  const second = await loadNewsroom(options);
  assert.equal([...second.changed], [target.id]);
  assert.is(second.articles.find((a) => a.id === target.id)!.headline, `${target.headline} (updated)`);
});

memoSuite("changed settings make every article anew", async () => {
  const options = await sampleCopy();
  const first = await loadNewsroom(options);
  const second = await loadNewsroom({ ...options, site: checkSite({ ...siteSettings, name: "Another Ledger" }) });
  assert.is(second.changed.size, first.articles.length);
});

memoSuite.run();

const unit = suite("NormalizeMemo between preview rebuilds");

/** A parsed ninjs item as the parse cache keeps it: the same object while its file is unchanged. */
function item(headline: string, published: string): ArticleInput {
  return { format: "ninjs", path: `content/articles/${headline.toLowerCase().replace(/\W+/g, "-")}.json`, headline, published, byline: ["By Bo Ek"], tags: [], body: [{ type: "paragraph", html: "Text." as SafeHtml }], comments: [], corrections: [], fieldNames: {} };
}

const modelContext = { site: makeTestSite(), now: DateTime.fromISO("2026-11-25T12:00:00Z"), media: { has: () => false, size: () => ({ width: 1, height: 1 }), embedded: () => ({}) } };

unit("a published article is kept while its source, its comments and the settings stay the same; a held one is made anew each build", () => {
  const memo = new NormalizeMemo();
  const live = item("Ferries run again", "2026-11-25T09:00:00Z");
  const scheduled = item("Bridge opens", "2026-11-26T09:00:00Z");
  let runs: string[] = [];
  const build = (surroundings: string, comments = "[]") => {
    runs = [];
    memo.begin(surroundings);
    const results = [live, scheduled].map((source) =>
      memo.normalize(source, comments, () => {
        runs.push(source.headline!);
        return normalizeArticle(source, modelContext);
      }),
    );
    memo.finish();
    return results.map(({ result, reused }) => `${result.kind}${reused ? " reused" : ""}`);
  };
  assert.equal(build("settings v1"), ["published", "held"]);
  assert.equal(runs, ["Ferries run again", "Bridge opens"]);
  assert.equal(build("settings v1"), ["published reused", "held"]);
  assert.equal(runs, ["Bridge opens"]);
  // Approved comments joined the article: it is made anew, and kept again after.
  assert.equal(build("settings v1", '[{"id":"c-1"}]'), ["published", "held"]);
  assert.equal(build("settings v1", '[{"id":"c-1"}]'), ["published reused", "held"]);
  // New settings: nothing kept is used.
  assert.equal(build("settings v2", '[{"id":"c-1"}]'), ["published", "held"]);
  assert.equal(build("settings v2", '[{"id":"c-1"}]'), ["published reused", "held"]);
});

unit("what a build did not ask for is forgotten: a source deleted and restored is made anew", () => {
  const memo = new NormalizeMemo();
  const source = item("Ferries run again", "2026-11-25T09:00:00Z");
  const run = () => memo.normalize(source, "", () => normalizeArticle(source, modelContext)).reused;
  memo.begin("s");
  assert.is(run(), false);
  memo.finish();
  memo.begin("s");
  memo.finish();
  memo.begin("s");
  assert.is(run(), false);
  memo.finish();
  memo.begin("s");
  assert.is(run(), true);
  memo.finish();
});

unit.run();
