// Preview is a faithful mirror of the sources. `npm start` runs, with default settings, in a copy
// of the project and the sample newsroom; a newsroom's working day of changes is made to its
// sources one at a time (add, edit, rename, move between folders, delete, restore, a headline
// changed and changed back, a picture replaced, a comment approved, a story held and released,
// settings edited, ...). After each, once the preview has rebuilt, the files it serves are compared
// with a clean build of the same sources made as preview's first build makes them: the same
// files, byte for byte, and every page served as written. A stale page, a page missing, or a page
// that differs fails the step, named.
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { startDevServer, until, type DevServer } from "../helpers/dev-server.ts";
import { describeDiff, diffOutputs, filesUnder } from "../helpers/output-diff.ts";
import { buildSite } from "./build-site.ts";

interface Step {
  name: string;
  /** Makes the change in the project copy (its content folder is `<project>/content`). */
  change(project: string): Promise<void>;
}

const at = (project: string, path: string) => join(project, path);
const read = (project: string, path: string) => readFile(at(project, path), "utf8");

/** Replaces `from` with `to` in a file; fails if `from` is not there, so a step never silently does nothing. */
async function edit(project: string, path: string, from: string, to: string): Promise<void> {
  const text = await read(project, path);
  if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
  await writeFile(at(project, path), text.replace(from, to));
}

const GLASGOW = "content/articles/glasgow-tenement-repair-loans.md";
const LEEDS = "content/articles/leeds-community-orchard-saved.txt";
const HALIFAX = "content/articles/world/halifax-foghorn-reprieve.json";
const BEIRUT_COMMENTS = "content/comments/beirut-port-reopens.json";
const NEW_STORY = "content/articles/harbour-night-ferries.md";
/** What a step removed, for the step that restores it. */
const saved = new Map<string, string>();

/** A new story in the shape of the sample's in-house Markdown, with its own author and tag. */
const newStory = (tags: string) => `---
headline: Night ferries to the islands resume after a two-year pause
dek: The late sailings return on Fridays and Saturdays from December.
date: 2026-11-24T18:30:00Z
dateline: OBAN, Scotland
byline: Niamh Gallagher
section: news
tags: [${tags}]
---
The late ferry sailings to the inner islands will resume on Friday and Saturday nights from December, the operator said, two years after they were cut for want of crews.

Islanders had campaigned for their return, saying the last boat at six in the evening made a night out on the mainland impossible.
`;

const STEPS: Step[] = [
  { name: "edit an article's text", change: (p) => edit(p, GLASGOW, "Flat owners in Glasgow's tenements", "Flat owners in Glasgow's sandstone tenements") },
  { name: "change a headline (the address moves)", change: (p) => edit(p, GLASGOW, "headline: Glasgow offers interest-free loans", "headline: Glasgow lends owners money") },
  { name: "change the headline back", change: (p) => edit(p, GLASGOW, "headline: Glasgow lends owners money", "headline: Glasgow offers interest-free loans") },
  { name: "add a story with a new author and tag", change: (p) => writeFile(at(p, NEW_STORY), newStory("night ferries, transport")) },
  { name: "retag it (one tag page goes, one comes)", change: (p) => edit(p, NEW_STORY, "tags: [night ferries, transport]", "tags: [island ferries, transport]") },
  { name: "delete it", change: (p) => rm(at(p, NEW_STORY)) },
  { name: "restore it", change: (p) => writeFile(at(p, NEW_STORY), newStory("island ferries, transport")) },
  { name: "rename its file", change: (p) => rename(at(p, NEW_STORY), at(p, "content/articles/oban-night-ferries.md")) },
  { name: "move it to another folder", change: (p) => rename(at(p, "content/articles/oban-night-ferries.md"), at(p, "content/articles/world/oban-night-ferries.md")) },
  { name: "change its byline (the author page moves)", change: (p) => edit(p, "content/articles/world/oban-night-ferries.md", "byline: Niamh Gallagher", "byline: Ewan MacLeod") },
  { name: "change its date (the address moves to another day)", change: (p) => edit(p, "content/articles/world/oban-night-ferries.md", "date: 2026-11-24T18:30:00Z", "date: 2026-11-23T18:30:00Z") },
  { name: "make it a draft (held back)", change: (p) => edit(p, "content/articles/world/oban-night-ferries.md", "section: news", "section: news\nstatus: draft") },
  { name: "publish it again", change: (p) => edit(p, "content/articles/world/oban-night-ferries.md", "section: news\nstatus: draft", "section: news") },
  { name: "schedule it for after the build time", change: (p) => edit(p, "content/articles/world/oban-night-ferries.md", "date: 2026-11-23T18:30:00Z", "date: 2026-11-28T18:30:00Z") },
  { name: "bring it back to the past", change: (p) => edit(p, "content/articles/world/oban-night-ferries.md", "date: 2026-11-28T18:30:00Z", "date: 2026-11-23T18:30:00Z") },
  { name: "break its front matter (an error)", change: (p) => edit(p, "content/articles/world/oban-night-ferries.md", "tags: [island ferries, transport]", "tags: [island ferries, transport") },
  { name: "fix it", change: (p) => edit(p, "content/articles/world/oban-night-ferries.md", "tags: [island ferries, transport", "tags: [island ferries, transport]") },
  { name: "delete a whole folder of stories", change: (p) => rm(at(p, "content/articles/culture"), { recursive: true }) },
  { name: "restore the folder", change: async (p) => {
      await mkdir(at(p, "content/articles/culture"));
      for (const name of ["marseille-theatre-du-mole-rouvre.json", "seoul-single-screen-cinema-saved.json"]) await copyFile(join("content/articles/culture", name), at(p, `content/articles/culture/${name}`));
    } },
  { name: "edit a wire story's headline", change: (p) => edit(p, LEEDS, "Residents save community orchard from housing plan", "Residents buy community orchard from developer") },
  { name: "delete the wire story", change: async (p) => {
      saved.set(LEEDS, await read(p, LEEDS));
      await rm(at(p, LEEDS));
    } },
  { name: "restore the wire story", change: (p) => writeFile(at(p, LEEDS), saved.get(LEEDS)!) },
  { name: "edit a ninjs item's headline", change: (p) => edit(p, HALIFAX, '"headline": "', '"headline": "Update: ') },
  { name: "withhold the ninjs item (pubstatus)", change: (p) => edit(p, HALIFAX, '"type": "text",', '"type": "text",\n  "pubstatus": "withheld",') },
  { name: "release it again", change: (p) => edit(p, HALIFAX, '"type": "text",\n  "pubstatus": "withheld",', '"type": "text",') },
  { name: "replace a photo with another", change: (p) => copyFile(at(p, "content/media/sydney-reading-room.jpg"), at(p, "content/media/nairobi-greenhouse.jpg")) },
  { name: "change a photo's caption and credit", change: (p) => edit(p, GLASGOW, "[Leila Khoury/The Meridian Ledger]", "[Omar Saleh/The Meridian Ledger]") },
  { name: "remove a picture the story uses (a problem)", change: (p) => rename(at(p, "content/media/glasgow-tenement-scaffold.svg"), at(p, "content/glasgow-tenement-scaffold.svg.bak")) },
  { name: "put the picture back", change: (p) => rename(at(p, "content/glasgow-tenement-scaffold.svg.bak"), at(p, "content/media/glasgow-tenement-scaffold.svg")) },
  { name: "approve a reader's comment", change: (p) => edit(p, BEIRUT_COMMENTS, '  "comments": [\n', '  "comments": [\n    {\n      "id": "c-5e0b77",\n      "author": "Karim",\n      "posted": "2026-11-19T08:15:00+02:00",\n      "text": "The night shift at the terminal starts next week, according to the union."\n    },\n') },
  { name: "readers' reactions counted again", change: (p) => edit(p, "content/reactions.json", '{ "yes": 41, "no": 6 }', '{ "yes": 58, "no": 7 }') },
  { name: "edit a content page", change: (p) => edit(p, "content/pages/comment-policy.md", "title: Comment policy", "title: Our comment policy") },
  { name: "add a content page", change: (p) => writeFile(at(p, "content/pages/corrections.md"), "---\ntitle: Corrections\ndescription: How we correct our mistakes.\n---\nWhen we get something wrong we say so, at the foot of the story, with the date.\n") },
  { name: "delete the content page", change: (p) => rm(at(p, "content/pages/corrections.md")) },
  { name: "rename the site in its settings", change: (p) => edit(p, "_data/site.ts", 'name: "The Meridian Ledger"', 'name: "The Meridian Ledger & Gazette"') },
];

const preview = suite("preview mirrors the sources");

/** How many rebuilds the server has finished: each ends with Eleventy's "Watching…". */
const rebuilds = (server: DevServer) => server.lines.filter((line) => line.includes("Watching…")).length;

/**
 * Waits for the rebuild a change starts, then until the server has printed nothing for 0.8 s: a
 * rename is two changes, and a change seen during a rebuild starts another at once, which prints.
 */
async function settled(server: DevServer, before: number): Promise<void> {
  if (!(await until(() => rebuilds(server) > before, 60))) throw new Error(`no rebuild within 60 s:\n${server.lines.slice(-10).join("\n")}`);
  let seen = server.lines.length;
  let quietSince = Date.now();
  while (Date.now() - quietSince < 800) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (server.lines.length !== seen) [seen, quietSince] = [server.lines.length, Date.now()];
  }
}

/** The dev server's live-reload script, which it adds to every HTML page it serves. */
const RELOAD_SCRIPT = /<script type="module" integrity="[^"]*" src="\/\.11ty\/reload-client\.js[^"]*"><\/script>/;

/** Pages served by the dev server that differ from the clean build's files. */
async function servedDifferently(server: DevServer, expected: string): Promise<string[]> {
  const pages = (await filesUnder(expected)).filter((file) => file.endsWith(".html"));
  const differ: string[] = [];
  for (const file of pages) {
    const url = `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
    const response = await fetch(`${server.base}${url}`, { cache: "no-store" });
    const served = (await response.text()).replace(RELOAD_SCRIPT, "");
    if (served !== (await readFile(join(expected, file), "utf8"))) differ.push(`${url} (${response.status})`);
  }
  return differ;
}

/** A clean build of the project copy, from its own folder (as its root: the report names files from there). */
async function cleanBuild(project: string): Promise<string> {
  const cwd = process.cwd();
  process.chdir(project);
  try {
    return (await buildSite("content", {}, [], { runMode: "serve" })).dir;
  } finally {
    process.chdir(cwd);
  }
}

preview(`${STEPS.length} changes, each served as a clean build of the same sources`, async () => {
  assert.ok(STEPS.length >= 30);
  const server = await startDevServer("preview-mirror");
  const cleanBuilds: string[] = [];
  try {
    const first = await cleanBuild(server.project);
    cleanBuilds.push(first);
    assert.is(describeDiff(await diffOutputs(server.output, first)), "", "the first build");
    for (const [index, step] of STEPS.entries()) {
      const before = rebuilds(server);
      await step.change(server.project);
      await settled(server, before);
      const expected = await cleanBuild(server.project);
      cleanBuilds.push(expected);
      const label = `step ${index + 1}, ${step.name}`;
      assert.is(describeDiff(await diffOutputs(server.output, expected)), "", label);
      assert.equal(await servedDifferently(server, expected), [], `${label}: served as built`);
    }
    assert.not.ok(existsSync(join(server.project, "_site")), "preview wrote nothing into _site/, the folder a newsroom publishes");
  } finally {
    await server.stop();
    await Promise.all(cleanBuilds.map((dir) => rm(dir, { recursive: true, force: true })));
  }
});

preview.run();
