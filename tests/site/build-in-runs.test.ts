// `npm run build` in several Eleventy runs writes the same site as one run.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { articlesDoneAfter, buildInRuns, cutIntoRuns, planRuns } from "../../src/eleventy/batches.ts";
import { BUILD_TIME, buildSite } from "./build-site.ts";

async function files(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => /\.(html|xml|json|txt)$/.test(name) && !name.startsWith("pagefind")).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), "utf8")] as const)));
}

const runs = suite("building in runs");

runs("forty pages a run, article pages in runs of their own: several runs, and every file byte for byte what one run writes", async () => {
  const whole = await buildSite("content");
  const output = await mkdtemp(join(tmpdir(), "dateline-runs-"));
  const saved = { ...process.env };
  Object.assign(process.env, { DATELINE_NOW: BUILD_TIME, DATELINE_CONTENT: "content", DATELINE_OUTPUT: output, DATELINE_CACHE: "off" });
  const print = console.log;
  console.log = () => {};
  let result: { runs: number };
  let collections = 0;
  try {
    result = await buildInRuns({ pagesPerRun: 40, oneRunUpTo: 0, articlesAloneFrom: 1, collect: () => (collections += 1) });
  } finally {
    console.log = print;
    process.env = saved;
  }
  const expected = await files(whole.dir);
  const actual = await files(output);
  assert.ok(result.runs >= 3, `${result.runs} runs`);
  // Garbage collected once the newsroom is prepared, then between each two runs (not after the last).
  assert.is(collections, result.runs);
  assert.equal([...actual.keys()], [...expected.keys()]);
  for (const [name, text] of expected) assert.ok(actual.get(name) === text, `${name} differs`);
  // The search index was built once, after the last run.
  assert.ok((await readdir(join(output, "pagefind"))).includes("en"));
});

runs("planRuns cuts the pages in order and loses none", () => {
  const page = (url: string) => ({ url }) as never;
  const render = { articles: [page("/a1/"), page("/a2/"), page("/a3/")], listings: [page("/l1/"), page("/l2/")], creditsPages: [page("/c1/")], creditNamePages: [], everything: true };
  const planned = planRuns(render, 2, 0);
  assert.equal(
    planned.map((run) => [...run.articles, ...run.listings, ...run.creditsPages].map((p: { url: string }) => p.url)),
    [["/a1/", "/a2/"], ["/a3/", "/l1/"], ["/l2/", "/c1/"]],
  );
  assert.is(articlesDoneAfter(planned), 1);
  // With enough articles, article pages get runs of their own, so search can start after them.
  const alone = planRuns(render, 2, 0, 3);
  assert.equal(
    alone.map((run) => [...run.articles, ...run.listings, ...run.creditsPages].map((p: { url: string }) => p.url)),
    [["/a1/", "/a2/"], ["/a3/"], ["/l1/", "/l2/"], ["/c1/"]],
  );
  assert.is(articlesDoneAfter(alone), 1);
  assert.equal(planRuns(render, 2, 100, 3).length, 2, "under the one-run size: one run of articles, one of the rest");
  assert.equal(planRuns({ ...render, articles: [], listings: [], creditsPages: [] }, 2, 0).length, 1, "an empty site still has its one run");
  assert.equal(planRuns(render, 2, 6).length, 1, "a site under the one-run size is one run");
  // Only a site cut into runs of pagesPerRun collects its garbage between runs.
  assert.ok(cutIntoRuns(render, 5));
  assert.not.ok(cutIntoRuns(render, 6));
});

runs.run();
