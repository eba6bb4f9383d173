// Issue 20: hostile and broken input never stops, poisons or leaks a newsroom's publishing.
// One build (preview, so sources with errors are left out and the rest is written) of the
// hostile-paths fixture, with links to files outside it made at test time, checked as a whole.
import { lstat, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { linkedContent, SECRET } from "../helpers/linked-content.ts";
import { buildSite } from "./build-site.ts";

const content = await linkedContent();
const log: string[] = [];
const site = await buildSite(content.dir, { DATELINE_STRICT: "false", DATELINE_SEARCH: "true" }, log);
const report = log.join("\n");
const entries = (await readdir(site.dir, { recursive: true })).filter((entry) => !entry.startsWith("img/"));
const articlePages = entries.filter((entry) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(entry));

const output = suite("hostile paths: what is written");

output("the build finishes, and the ordinary story is published beside the hostile ones", async () => {
  assert.ok(articlePages.includes("2026/11/20/harbour-reopens-after-repairs/index.html"), articlePages.join(", "));
  assert.match(await site.read("/tag/harbour/"), /Harbour reopens after repairs/);
});

output("nothing in the output is a link, and nothing from a linked file is in it", async () => {
  for (const entry of entries) {
    const info = await lstat(join(site.dir, entry));
    assert.not.ok(info.isSymbolicLink(), `${entry} is a link`);
    if (info.isFile() && /\.(html|xml|json|svg|txt)$/.test(entry)) assert.not.ok((await readFile(join(site.dir, entry), "utf8")).includes(SECRET), `${entry} holds the linked file's text`);
  }
  assert.ok(entries.includes("media/quay.svg"), "the real graphic is published");
  assert.not.ok(entries.includes("media/linked.svg"), "the linked graphic is not");
  assert.not.ok(entries.some((entry) => entry.startsWith("linked-page")), "the linked page is not");
});

output("every folder has a clean name: no /tag//, no `..`, no folder named like a file", () => {
  for (const entry of entries) {
    const folders = entry.split("/").slice(0, -1);
    for (const folder of folders) assert.match(folder, /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|_problems|pagefind|fragment|index|filter)$/, `${entry}: "${folder}"`);
  }
  assert.not.ok(entries.includes("tag/index.html"), "an empty tag made no page at /tag/");
  assert.ok(articlePages.includes("2026/11/20/where-the-old-site-kept-index-html/index.html"), articlePages.join(", "));
});

output("search indexes exactly the article pages the site lists", async () => {
  const indexed = [...report.matchAll(/(\d+) pages?/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  assert.is(indexed, articlePages.length, report.split("\n").find((line) => line.startsWith("Search:")));
});

output("tags with no letters are shown without a link; a credited “Page” is moved aside from the index's pages", async () => {
  const page = await site.read("/2026/11/20/tags-with-no-letters/");
  assert.match(page, /<li>…<\/li>/);
  assert.match(page, /<li>-\.\.-<\/li>/);
  assert.ok(entries.includes("credits/page-credit/index.html"));
  assert.not.ok(entries.includes("credits/page/index.html"));
  assert.match(await site.read("/credits/"), /Picture credits/);
});

output.run();

const said = suite("hostile paths: what the report says");

const reported = (file: string) => report.split("\n").filter((line) => line.includes(`/content/${file}:`));

said("every link is a warning naming it", () => {
  for (const link of content.links) {
    const lines = reported(link);
    assert.is(lines.length, 1, `${link}: ${lines.join(" | ")}`);
    assert.match(lines[0]!, /^ {2}warning {4}.*: file: is a symbolic link/);
  }
});

said("each broken source is its own error, naming the file, the field and the fix", () => {
  assert.match(reported("articles/dot-dot-headline.md").join("\n"), /error .*: slug: the headline has no letters or digits to make a URL from: add a slug/);
  assert.match(reported("articles/alias-bomb.md").join("\n"), /error .*: front matter: the YAML repeats its aliases .*: write the values out/);
  assert.match(reported("articles/undefined-alias.md").join("\n"), /error .*: front matter: the YAML alias `\*headline` names no anchor/);
  assert.match(reported("pages/credits.md").join("\n"), /error .*: file: "credits" cannot be a page's address/);
});

said("tags and credits that make no page, and spellings that share one, are warnings naming the source", () => {
  assert.match(reported("articles/empty-slug-tags.md").join("\n"), /warning .*: tags: "…" has no letters or digits/);
  assert.match(reported("articles/slashed-credit.md").join("\n"), /warning .*: lead: the credit "Jane Doe\/\.\.\/AFP" names "\.\."/);
  assert.match(report, /warning .*: tags: "C\+\+" shares the page \/tag\/c\/ with "C"|warning .*: tags: "C" shares the page \/tag\/c\/ with "C\+\+"/);
});

said.run();
