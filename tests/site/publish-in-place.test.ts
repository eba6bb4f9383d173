// A production build with the cache folder of the last one publishes in place: it renders only
// the pages whose content changed and keeps the rest of the output. Whatever changed, the folder
// it leaves must be byte for byte what a full build from scratch writes, search index included.
import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";

/** Every file of a built site with its bytes, pictures aside (their encoder's output is not the point). */
async function everything(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .filter((name) => !name.startsWith("img/"))
    .sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))] as const)));
}

/** A copy of the sample newsroom to edit, with one article from 2025 so the site has two years. */
async function newsroom(): Promise<string> {
  const content = await mkdtemp(join(tmpdir(), "dateline-publish-content-"));
  await cp("content", content, { recursive: true });
  await writeFile(
    join(content, "articles", "harbour-dredging-2025.md"),
    `---
headline: Harbour dredging ends a month early
date: 2025-03-10T08:00:00+00:00
zone: Europe/Dublin
dateline: CORK, Ireland
byline: Aoife Byrne
section: culture
tags: [dredging]
---
Dredging of the harbour's main channel finished on Monday, a month ahead of plan, the port company said.

Larger ships can now reach the container berths at any tide.
`,
  );
  return content;
}

interface Build {
  log: string;
  dir: string;
}

/** `npm run build` as a newsroom runs it: the same output and cache folder each time. */
async function publish(content: string, output: string, cache: string): Promise<Build> {
  const log: string[] = [];
  await buildSite(content, { DATELINE_CACHE: cache }, log, { output, seed: false });
  return { log: log.join("\n"), dir: output };
}

/** A full build of `content` from nothing, for comparison. */
async function fresh(content: string): Promise<Map<string, Buffer>> {
  const output = await mkdtemp(join(tmpdir(), "dateline-publish-fresh-"));
  await publish(content, output, await mkdtemp(join(tmpdir(), "dateline-publish-cache-")));
  return everything(output);
}

async function assertSameAsFresh(content: string, output: string): Promise<void> {
  const expected = await fresh(content);
  const actual = await everything(output);
  assert.equal([...actual.keys()], [...expected.keys()], "the same files");
  for (const [name, bytes] of expected) assert.ok(actual.get(name)!.equals(bytes), `${name} differs from a full build's`);
}

const inPlace = suite("publishing in place");

inPlace("an edit, a reaction count, a deletion: each publish renders only what changed and leaves what a full build writes", async () => {
  const content = await newsroom();
  const output = await mkdtemp(join(tmpdir(), "dateline-publish-site-"));
  const cache = await mkdtemp(join(tmpdir(), "dateline-publish-cache-"));

  const first = await publish(content, output, cache);
  assert.match(first.log, /Building every page \(\d+\): no record of an earlier build/);
  assert.match(first.log, /Search: en indexed \(\d+ pages, [\d.]+ s\); ar indexed \(\d+ pages, [\d.]+ s\); fr indexed \(1 page, [\d.]+ s\)/);

  // A headline edited in 2026 (and so its URL): its page, the listings showing it and the
  // articles listing it as related; the old page goes.
  const story = join(content, "articles", "beirut-port-reopens.md");
  await writeFile(story, (await readFile(story, "utf8")).replace("Beirut's container terminal reopens after eight-month refit", "Beirut's container terminal reopens after a nine-month refit"));
  const edited = await publish(content, output, cache);
  const rendered = /Publishing in place \(only sources changed since the last build\): (\d+) of (\d+) article, listing and credits pages changed/.exec(edited.log);
  assert.ok(rendered, edited.log);
  assert.ok(Number(rendered![1]) > 1 && Number(rendered![1]) < Number(rendered![2]) / 2, `${rendered![1]} of ${rendered![2]} pages rendered`);
  assert.match(edited.log, /Search: en indexed \(.*\); ar indexed \(4 pages, .*\); fr reused from cache \(1 page\)/, "the English index is made again, and the Arabic, whose translation of the story links to its new address; the French comes from the cache");
  assert.match(await readFile(join(output, "2026/11/18/beiruts-container-terminal-reopens-after-a-nine-month-refit/index.html"), "utf8"), /after a nine-month refit/);
  assert.not.ok((await readdir(join(output, "2026/11/18"))).includes("beiruts-container-terminal-reopens-after-eight-month-refit"), "the old URL is gone");
  await assertSameAsFresh(content, output);

  // Readers' counts change one article page.
  await writeFile(join(content, "reactions.json"), JSON.stringify({ "beirut-port-reopens": { yes: 42, no: 6 }, "leeds-community-orchard-saved": { yes: 87, no: 2 } }));
  const counted = await publish(content, output, cache);
  assert.match(counted.log, /Publishing in place .*: 1 of \d+ article, listing and credits pages changed/);
  await assertSameAsFresh(content, output);

  // The only 2025 article deleted: its page and its month go, and the English search index is
  // made again without it. Culture pages in 2026 listed it as related, so they are rendered again.
  await rm(join(content, "articles", "harbour-dredging-2025.md"));
  const deleted = await publish(content, output, cache);
  assert.match(deleted.log, /Publishing in place/);
  assert.match(deleted.log, /Search: en indexed \(.*\); ar reused from cache \(4 pages\); fr reused from cache \(1 page\)/);
  await assertSameAsFresh(content, output);
  assert.not.ok((await readdir(output)).includes("2025"), "no 2025 folder left");
  assert.equal(await readdir(join(output, "pagefind")).then((names) => names.filter((name) => !name.includes(".")).sort()), ["ar", "en", "fr"]);
});

inPlace("a full build when the output was touched, the settings changed, --full was asked for, or the last build failed", async () => {
  const content = await newsroom();
  const output = await mkdtemp(join(tmpdir(), "dateline-publish-site-"));
  const cache = await mkdtemp(join(tmpdir(), "dateline-publish-cache-"));
  await publish(content, output, cache);

  // Someone edits a page in the output: it could be anything now, so every page is made again.
  const page = join(output, "2026/11/18/beiruts-container-terminal-reopens-after-eight-month-refit/index.html");
  await writeFile(page, "<p>edited by hand</p>");
  const touched = await publish(content, output, cache);
  assert.match(touched.log, /Building every page \(\d+\): the output folder changed since the last build: 2026\/11\/18\/beiruts-container-terminal-reopens-after-eight-month-refit\/index.html was changed/);
  assert.match(await readFile(page, "utf8"), /Beirut’s container terminal reopens/);

  // A file only touched (same bytes, new time) counts too: nothing in the output is trusted unchecked.
  await utimes(page, new Date(), new Date(Date.now() + 60_000));
  assert.match((await publish(content, output, cache)).log, /eight-month-refit\/index.html was changed/);

  // A stray file is found, and gone after the full build.
  await writeFile(join(output, "stray.html"), "left here");
  assert.match((await publish(content, output, cache)).log, /stray.html was added/);
  assert.not.ok((await readdir(output)).includes("stray.html"));

  // Something every page shows changed (the comment policy page the footer links to): every page
  // is made again, in a cleaned folder.
  const policy = join(content, "pages", "comment-policy.md");
  await writeFile(policy, (await readFile(policy, "utf8")).replace(/^title: .*$/m, "title: How we moderate comments"));
  assert.match((await publish(content, output, cache)).log, /Building every page \(\d+\): something every page shows changed/);
  await assertSameAsFresh(content, output);

  // What every page is made with changed: the build settings.
  const log: string[] = [];
  await buildSite(content, { DATELINE_CACHE: cache, PATH_PREFIX: "/news/" }, log, { output, seed: false });
  assert.match(log.join("\n"), /Building every page \(\d+\): code, templates, data files, dependencies or build settings changed/);

  const full: string[] = [];
  await buildSite(content, { DATELINE_CACHE: cache, PATH_PREFIX: "/news/", DATELINE_FULL_BUILD: "true" }, full, { output, seed: false });
  assert.match(full.join("\n"), /Building every page \(\d+\): a full build was asked for/);

  // A build that stops on an error leaves no record: the next one starts over.
  const story = join(content, "articles", "beirut-port-reopens.md");
  const text = await readFile(story, "utf8");
  await writeFile(story, text.replace("date: 2026-11-18T09:30:00+02:00", "date: not a date"));
  await buildSite(content, { DATELINE_CACHE: cache, PATH_PREFIX: "/news/" }, [], { output, seed: false }).then(
    () => assert.unreachable("a strict build with a bad date stops"),
    () => undefined,
  );
  await writeFile(story, text);
  const after: string[] = [];
  await buildSite(content, { DATELINE_CACHE: cache, PATH_PREFIX: "/news/" }, after, { output, seed: false });
  assert.match(after.join("\n"), /Building every page \(\d+\): no record of an earlier build/);
});

inPlace.run();
