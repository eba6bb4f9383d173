// Preview rebuilds: the model runs again only for what changed.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import siteSettings from "../../_data/site.ts";
import { NormalizeMemo } from "../../src/model/normalize-memo.ts";
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
