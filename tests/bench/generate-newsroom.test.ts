import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { BENCH_NOW, planNewsroom, sourceFile, writeNewStory, writeNewsroom } from "../../bench/generate-newsroom.ts";
import { MAX_WORDS, MIN_WORDS, NEW_STORY_HOURS, planNewStory } from "../../bench/newsroom/article-plan.ts";
import { wordCount } from "../../bench/newsroom/prose.ts";
import { BYLINE_NAMES, CITIES, TAGS } from "../../bench/newsroom/vocabulary.ts";
import { zoneForDateline } from "../../src/model/zones.ts";
import { loadNewsroom } from "../../src/newsroom.ts";
import { loadSite } from "../../src/site.ts";

async function filesIn(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
  return new Map(await Promise.all(files.sort().map(async (file) => [relative(dir, file), await readFile(file)] as const)));
}

async function written(articles: number, seed: number): Promise<{ dir: string; files: Map<string, Buffer> }> {
  const dir = await mkdtemp(join(tmpdir(), "dateline-bench-test-"));
  await writeNewsroom({ articles, seed, contentDir: join(dir, "content"), baselineDir: join(dir, "baseline") });
  return { dir, files: await filesIn(dir) };
}

/** A few hours before the build time, on its day in UTC. */
function onBuildDay(time: DateTime): boolean {
  const now = DateTime.fromISO(BENCH_NOW, { zone: "utc" });
  return time < now && time >= now.minus({ hours: NEW_STORY_HOURS.max + 1 }) && time.toUTC().hasSame(now, "day");
}

const writeNewsroomSuite = suite("writeNewsroom");

writeNewsroomSuite("the same seed writes the same bytes; another seed writes others", async () => {
  const [first, second, other] = await Promise.all([written(30, 7), written(30, 7), written(30, 8)]);
  try {
    assert.equal([...first.files.keys()], [...second.files.keys()]);
    for (const [path, bytes] of first.files) assert.ok(bytes.equals(second.files.get(path)!), `${path} differs between two runs`);
    assert.not.equal([...first.files.keys()], [...other.files.keys()]);
  } finally {
    await Promise.all([first, second, other].map(({ dir }) => rm(dir, { recursive: true, force: true })));
  }
});

writeNewsroomSuite("a small newsroom loads with no errors, every article published", async () => {
  const { dir } = await written(30, 7);
  try {
    const site = await loadSite(join(process.cwd(), "_data", "site.ts"));
    const newsroom = await loadNewsroom({ contentDir: join(dir, "content"), root: dir, site, now: DateTime.fromISO(BENCH_NOW) });
    assert.equal(newsroom.problems.filter((problem) => problem.severity === "error"), []);
    assert.is(newsroom.read, 30);
    assert.is(newsroom.articles.length, 30);
    // Wire copy has no alt text: its figures are the only warnings.
    assert.ok(newsroom.problems.every((problem) => problem.path.endsWith(".txt") && /no alt text/.test(problem.message)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

writeNewsroomSuite("new stories: Markdown articles published with the others, on the build day, each with a slug of its own", async () => {
  const { dir } = await written(30, 7);
  try {
    const contentDir = join(dir, "content");
    // Index 33 would be ninjs in the newsroom's own stream. The second time, the first story's
    // file is in the folder: its slug is taken, so the same index plans another headline.
    const first = await writeNewStory({ contentDir, index: 33, seed: 7 });
    const second = await writeNewStory({ contentDir, index: 33, seed: 7 });
    assert.ok(first.endsWith(".md") && second.endsWith(".md"), `${first}, ${second}`);
    assert.is.not(first, second);
    const site = await loadSite(join(process.cwd(), "_data", "site.ts"));
    const newsroom = await loadNewsroom({ contentDir, root: dir, site, now: DateTime.fromISO(BENCH_NOW) });
    assert.equal(newsroom.problems.filter((problem) => problem.severity === "error"), []);
    assert.is(newsroom.articles.length, 32);
    assert.is(new Set(newsroom.articles.map((article) => article.slug)).size, 32);
    for (const story of [first, second]) {
      const article = newsroom.articles.find((candidate) => candidate.source.path === relative(dir, story));
      assert.ok(article && onBuildDay(article.published), `${story}: ${article?.published.toISO()}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

writeNewsroomSuite.run();

const planSuite = suite("planNewsroom");
const planned = [...planNewsroom({ articles: 200, seed: 7 })];

planSuite("80 % Markdown, 10 % ninjs, 10 % wire text", () => {
  const count = (format: string) => planned.filter((article) => article.format === format).length;
  assert.equal([count("markdown"), count("ninjs"), count("wire")], [160, 20, 20]);
});

planSuite("bodies of 600 to 900 words, as the Markdown files carry them", () => {
  for (const article of planned) {
    assert.ok(article.words >= MIN_WORDS && article.words <= MAX_WORDS, `${article.slug}: ${article.words} words`);
    if (article.format !== "markdown") continue;
    const body = sourceFile(article, false).text.replace(/^---\n[\s\S]*?\n---\n/, "");
    const text = body.split("\n\n").filter((block) => !block.startsWith("![")).map((block) => block.replace(/^(?:## |> )/, ""));
    assert.is(wordCount(text.join(" ")), article.words, article.slug);
  }
});

planSuite("3 to 6 different tags from a pool of 200; bylines from 150 names; 1 to 3 figures", () => {
  assert.is(new Set(TAGS).size, 200);
  assert.is(new Set(BYLINE_NAMES).size, 150);
  for (const article of planned) {
    assert.ok(article.tags.length >= 3 && article.tags.length <= 6, article.slug);
    assert.is(new Set(article.tags).size, article.tags.length);
    assert.ok(article.tags.every((tag) => TAGS.includes(tag)));
    assert.ok(article.byline.every((name) => BYLINE_NAMES.includes(name)));
    const figures = 1 + article.body.filter((block) => block.type === "figure").length;
    assert.ok(figures >= 1 && figures <= 3, article.slug);
  }
  // Some tags are common, none is on most stories: the commonest is on about one in nine.
  const commonest = Math.max(...TAGS.map((tag) => planned.filter((article) => article.tags.includes(tag)).length));
  assert.ok(commonest >= 0.05 * planned.length && commonest <= 0.2 * planned.length, `the commonest tag is on ${commonest} of ${planned.length} articles`);
});

planSuite("unique slugs; dates in the five years before the build time, in many zones", () => {
  assert.is(new Set(planned.map((article) => article.slug)).size, planned.length);
  const now = DateTime.fromISO(BENCH_NOW);
  for (const article of planned) assert.ok(article.published < now && article.published > now.minus({ years: 5, days: 2 }), article.slug);
  assert.ok(new Set(planned.map((article) => article.published.offset)).size >= 15);
});

planSuite("article i is the same whatever N is", () => {
  const fewer = [...planNewsroom({ articles: 20, seed: 7 })];
  assert.equal(fewer.map((article) => sourceFile(article, false).text), planned.slice(0, 20).map((article) => sourceFile(article, false).text));
});

planSuite("new stories: Markdown, dated on the build day in their city's zone, slugs no other article has, not updated", () => {
  const slugs = new Set(planned.map((article) => article.slug));
  const context = { seed: 7, now: DateTime.fromISO(BENCH_NOW, { zone: "utc" }), sections: ["news", "world"], slugs };
  for (let index = 200; index < 230; index++) {
    const taken = new Set(slugs);
    const story = planNewStory(index, context);
    assert.is(story.format, "markdown");
    assert.ok(!taken.has(story.slug), `${story.slug} is taken`);
    assert.ok(onBuildDay(story.published), `${story.slug}: ${story.published.toISO()}`);
    assert.is(story.published.zoneName, story.city.zone);
    assert.ok(["news", "world"].includes(story.section));
    assert.is(story.updated, undefined);
    assert.is.not(story.dateStyle, "date");
  }
});

planSuite("a new story is the same from the same seed and index", () => {
  const context = () => ({ seed: 7, now: DateTime.fromISO(BENCH_NOW, { zone: "utc" }), sections: ["news"], slugs: new Set<string>() });
  assert.is(sourceFile(planNewStory(200, context()), false).text, sourceFile(planNewStory(200, context()), false).text);
});

planSuite.run();

const citiesSuite = suite("CITIES");

citiesSuite("Dateline finds each dateline city's zone", () => {
  for (const city of CITIES) assert.is(zoneForDateline(city.region ? { city: city.city, region: city.region } : { city: city.city }, {}), city.zone, city.name);
});

citiesSuite.run();
