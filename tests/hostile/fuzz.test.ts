// The fuzz test: broken versions of every real-world source (tests/hostile/fuzz.ts) in one
// newsroom, read as a build reads it and then built once. No input may stop the build or escape a
// source's own problems, and every broken file ends as something the report names.
import { rm } from "node:fs/promises";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { loadNewsroom, type Newsroom } from "../../src/newsroom.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import { buildSite, BUILD_TIME, type BuiltSite } from "../site/build-site.ts";
import { fuzzCases, MUTATION_NAMES, writeFuzzedNewsroom } from "./fuzz.ts";
import { scanOutput } from "./scan-output.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 1);
const cases = fuzzCases(SEED, ROUNDS);
const contentDir = await writeFuzzedNewsroom(cases);
console.log(`fuzz: ${cases.length} cases (${MUTATION_NAMES.length} mutations, seed ${SEED}, ${ROUNDS} round${ROUNDS === 1 ? "" : "s"}) in ${contentDir}`);

async function attempt<T>(run: () => Promise<T>): Promise<{ value?: T; failure?: unknown }> {
  try {
    return { value: await run() };
  } catch (failure) {
    return { failure };
  }
}

function describe(failure: unknown): string {
  return failure instanceof Error ? `${failure.stack}\n${failure.cause instanceof Error ? failure.cause.stack : ""}` : String(failure);
}

const loaded = await attempt<Newsroom>(() => loadNewsroom({ contentDir, root: contentDir, site: makeTestSite(), now: DateTime.fromISO(BUILD_TIME) }));
const log: string[] = [];
const built = await attempt<BuiltSite>(() => buildSite(contentDir, { DATELINE_STRICT: "false" }, log));
const scan = built.value && (await scanOutput(built.value.dir, { siteUrl: "http://localhost:8080", scripts: ["/pagefind/pagefind-ui.js", "/assets/search.js", "/assets/comments.js"] }));

console.log(`fuzz: ${log.find((line) => line.startsWith("Dateline: "))?.split("\n")[0] ?? "no build report"}`);

const fuzz = suite("fuzzed real-world sources");
fuzz.after(async () => {
  await rm(contentDir, { recursive: true, force: true });
  if (built.value) await rm(built.value.dir, { recursive: true, force: true });
});

fuzz("reading every broken source throws nothing out of the newsroom", () => {
  assert.is(loaded.failure, undefined, describe(loaded.failure));
});

fuzz("every broken source ends as one thing: published, held back or rejected", () => {
  const newsroom = loaded.value!;
  assert.ok(newsroom);
  assert.is(newsroom.articles.length + newsroom.held.length + newsroom.rejected.length, newsroom.read);
  const unread = cases.length - newsroom.read;
  const ignored = newsroom.problems.filter((problem) => problem.message.startsWith("not an article source"));
  assert.is(ignored.length, unread, "a file not read as a source is named in the report");
});

fuzz("every problem names its file", () => {
  const names = new Set(cases.map((fuzzed) => `articles/${fuzzed.name}`));
  for (const problem of loaded.value!.problems) assert.ok(names.has(problem.path), `${problem.path}: ${problem.message}`);
});

fuzz("the site builds from them", () => {
  assert.is(built.failure, undefined, describe(built.failure));
});

fuzz("what they publish is clean: nothing live, no control characters, nothing outside the site", () => {
  assert.ok(scan);
  assert.equal(scan.findings.slice(0, 30), [], `${scan.findings.length} findings`);
});

fuzz.run();
