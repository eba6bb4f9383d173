// What `npm run build` says it did to the pages must be what the output folder shows: every
// number of its summary is checked against the HTML files before and after each build, through a
// newsroom's week (a full build, a publish with nothing changed, an edit, a new story, a deleted
// story, a moved story, a full build asked for). A file deleted and written again is written, not
// removed; only a page the site no longer has is removed.
import { lstat, mkdtemp, readdir, readFile, rm, writeFile, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";

/** Each HTML page of a built site by output-relative path, with what tells a file rewritten from one left alone. */
async function pageFiles(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".html")).map((entry) => join(entry.parentPath, entry.name));
  return new Map(
    await Promise.all(
      pages.map(async (path) => {
        // A rewritten file has a new change time (and usually inode), even with the same bytes.
        const info = await lstat(path, { bigint: true });
        return [path.slice(dir.length + 1), `${info.ino}:${info.ctimeNs}`] as const;
      }),
    ),
  );
}

interface Truth {
  added: string[];
  rewritten: string[];
  kept: string[];
  removed: string[];
}

/** What happened to the pages between two looks at the folder. */
function compare(before: Map<string, string>, after: Map<string, string>): Truth {
  const truth: Truth = { added: [], rewritten: [], kept: [], removed: [] };
  for (const [path, identity] of after) {
    const was = before.get(path);
    if (was === undefined) truth.added.push(path);
    else if (was === identity) truth.kept.push(path);
    else truth.rewritten.push(path);
  }
  truth.removed = [...before.keys()].filter((path) => !after.has(path));
  return truth;
}

interface Printed {
  written: number;
  new: number;
  changed: number;
  everyBuild: number;
  kept: number;
  removed: string[];
}

const PAGES_LINE = /^ {2}pages {6}([\d,]+) written \(([\d,]+) new, ([\d,]+) changed, ([\d,]+) that every build writes, such as the front page\), ([\d,]+) kept as they were, (?:none removed|([\d,]+) removed as no longer in the site: (.+))$/m;

function printed(log: string): Printed {
  const line = PAGES_LINE.exec(log);
  assert.ok(line, `no pages line in:\n${log}`);
  const number = (text: string | undefined) => Number((text ?? "0").replace(/,/g, ""));
  const removed = line![7] === undefined ? [] : line![7].split(", ");
  assert.is(removed.length, number(line![6]), "every removed page is named (fewer than five here)");
  return { written: number(line![1]), new: number(line![2]), changed: number(line![3]), everyBuild: number(line![4]), kept: number(line![5]), removed };
}

/** The output file of a page URL, as the test sees it: `/a/b/` is `a/b/index.html`. */
const fileOf = (url: string) => `${decodeURIComponent(url).replace(/^\//, "")}${url.endsWith("/") ? "index.html" : ""}`;

interface Step {
  log: string;
  truth: Truth;
}

/** `npm run build` as a newsroom runs it: the same content, output and cache folder each time. */
async function build(content: string, output: string, cache: string, env: Record<string, string> = {}): Promise<Step> {
  const before = await pageFiles(output);
  const log: string[] = [];
  await buildSite(content, { DATELINE_CACHE: cache, ...env }, log, { output, seed: false });
  return { log: log.join("\n"), truth: compare(before, await pageFiles(output)) };
}

/** The summary of a publish in place agrees with the folder; `everyBuild` are the pages every build writes. */
function assertTrue(step: Step, everyBuild: ReadonlySet<string>): Printed {
  assert.match(step.log, /^Publishing in place \(only sources changed since the last build\): /m);
  const said = printed(step.log);
  const { truth } = step;
  assert.is(said.new, truth.added.length, `new: ${truth.added.join(", ")}`);
  assert.is(said.changed + said.everyBuild, truth.rewritten.length, `rewritten: ${truth.rewritten.join(", ")}`);
  assert.is(said.written, truth.added.length + truth.rewritten.length);
  assert.is(said.kept, truth.kept.length);
  assert.equal(said.removed.map(fileOf).sort(), truth.removed.sort(), "removed");
  assert.ok([...everyBuild].every((path) => truth.rewritten.includes(path)), "the pages every build writes are written");
  assert.is(said.everyBuild, everyBuild.size);
  assert.is(said.changed, truth.rewritten.filter((path) => !everyBuild.has(path)).length);
  return said;
}

const NEW_STORY = `---
headline: Night ferries to the islands resume after a two-year pause
dek: Two crossings a night from Monday, the harbour board said.
date: 2026-11-24T16:00:00+00:00
dateline: OBAN, Scotland
byline: Niamh Gallagher
section: news
tags: [night ferries]
---
Night ferries to the islands will run again from Monday, two years after the last crossing.

The harbour board said two sailings a night would leave the pier at eleven and at one.
`;

const summary = suite("the build's summary of pages");

summary("counts what each build wrote, kept and removed, as the output folder shows it", async () => {
  const content = await mkdtemp(join(tmpdir(), "dateline-summary-content-"));
  await cp("content", content, { recursive: true });
  const output = await mkdtemp(join(tmpdir(), "dateline-summary-site-"));
  const cache = await mkdtemp(join(tmpdir(), "dateline-summary-cache-"));

  // A first build: every page, into an empty folder.
  const first = await build(content, output, cache);
  const total = /^Building every page \((\d+)\): no record of an earlier build/m.exec(first.log);
  assert.ok(total, first.log);
  assert.match(first.log, /^ {2}pages {6}every page written anew into an emptied output folder \(its pictures aside\); none kept from the last build$/m);
  assert.ok(first.truth.added.length > 100, `${first.truth.added.length} pages`);
  assert.equal([first.truth.rewritten, first.truth.kept, first.truth.removed], [[], [], []]);

  // Nothing changed: the pages every build writes (front page, archive, ...) are written, the rest kept.
  const unchanged = await build(content, output, cache);
  const everyBuild = new Set(unchanged.truth.rewritten);
  assert.ok(everyBuild.has("index.html") && everyBuild.has("404.html"), [...everyBuild].join(", "));
  const same = assertTrue(unchanged, everyBuild);
  assert.equal([same.new, same.changed, same.removed], [0, 0, []]);
  assert.match(unchanged.log, /: 0 of \d+ article, listing and credits pages changed/);
  assert.is(Number(total![1]) + everyBuild.size, first.truth.added.length, "the first build's count and the pages every build writes are every page");

  // An edit to one story's text: its page and the listings that show it are written again.
  const library = join(content, "articles", "london-library-late-opening.md");
  await writeFile(library, (await readFile(library, "utf8")).replace("before deciding whether other branches should try the same.", "before deciding whether two other branches should try the same."));
  const edited = assertTrue(await build(content, output, cache), everyBuild);
  assert.ok(edited.changed >= 1 && edited.new === 0 && edited.removed.length === 0, JSON.stringify(edited));

  // A new story with a tag and a byline of its own: its page, its tag's and its author's are new.
  await writeFile(join(content, "articles", "oban-night-ferries.md"), NEW_STORY);
  const added = await build(content, output, cache);
  const fresh = assertTrue(added, everyBuild);
  assert.ok(added.truth.added.includes("2026/11/24/night-ferries-to-the-islands-resume-after-a-two-year-pause/index.html"), added.truth.added.join(", "));
  assert.ok(fresh.new >= 3 && fresh.removed.length === 0, JSON.stringify(fresh));

  // The story deleted: its page and the tag and author pages only it filled are removed.
  await rm(join(content, "articles", "oban-night-ferries.md"));
  const deleted = await build(content, output, cache);
  const gone = assertTrue(deleted, everyBuild);
  assert.ok(gone.removed.includes("/2026/11/24/night-ferries-to-the-islands-resume-after-a-two-year-pause/"), gone.removed.join(", "));
  assert.ok(gone.removed.some((url) => url.includes("night-ferries") && !url.startsWith("/2026/")), `an empty tag page goes: ${gone.removed.join(", ")}`);
  assert.is(gone.new, 0);

  // A headline changed moves the story: the new address is written, the old one removed.
  await writeFile(library, (await readFile(library, "utf8")).replace("headline: A south London library keeps its reading room open until midnight this winter", "headline: A south London library opens its reading room until midnight"));
  const moved = await build(content, output, cache);
  const move = assertTrue(moved, everyBuild);
  assert.equal(move.removed, ["/2026/10/20/a-south-london-library-keeps-its-reading-room-open-until-midnight-this-winter/"]);
  assert.ok(moved.truth.added.includes("2026/10/20/a-south-london-library-opens-its-reading-room-until-midnight/index.html"), moved.truth.added.join(", "));
  assert.is(move.new, 1);

  // A full build asked for: nothing is kept, every page is written again.
  const full = await build(content, output, cache, { DATELINE_FULL_BUILD: "true" });
  assert.match(full.log, /^Building every page \(\d+\): a full build was asked for \(--full\)\.\n {2}pages {6}every page written anew/m);
  assert.equal([full.truth.kept, full.truth.removed, full.truth.added], [[], [], []]);
  assert.is(full.truth.rewritten.length, first.truth.added.length);
});

summary.run();
