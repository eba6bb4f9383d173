// A production build of a public site that names no comment or reaction endpoint: the forms are
// closed and nothing in the output points at this machine. Preview of the same site keeps the
// forms, posting to the intake server on this machine, so a newsroom can try the round trip.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { load } from "cheerio";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";

const BEIRUT = "/2026/11/18/beiruts-container-terminal-reopens-after-eight-month-refit/";
const PUBLIC = { SITE_URL: "https://news.example.com" };

/** Every text file of the output (pages, feeds, sitemaps, scripts, styles, _headers), relative to it. */
async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && (/\.(html|xml|json|txt|js|css|svg)$/.test(entry.name) || entry.name === "_headers"))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

const production = suite("a production build of a public site with no endpoints");

const log: string[] = [];
const site = await buildSite("content", PUBLIC, log);

production("the report says the forms are closed and how to open them", () => {
  assert.match(log.join("\n"), /warning +_data\/site\.ts: comments\.endpoint: comments and reactions are closed: set COMMENTS_ENDPOINT and REACTIONS_ENDPOINT/);
});

production("no form on any article: comments are said to be closed, approved ones still show", async () => {
  const $ = load(await site.read(BEIRUT));
  assert.is($("form").length, 0);
  assert.is($(".comments__closed").text(), "Comments are closed for this article.");
  assert.is($("#comments .comments__list > li").length, 3);
});

production("nothing in the output names this machine", async () => {
  const mentions: string[] = [];
  for (const file of await textFiles(site.dir)) {
    if (/localhost|127\.0\.0\.1/.test(await readFile(join(site.dir, file), "utf8"))) mentions.push(file);
  }
  assert.equal(mentions, []);
  assert.match(await readFile(join(site.dir, "_headers"), "utf8"), /form-action 'self';/);
});

production.run();

const preview = suite("preview of the same site");

preview("keeps both forms, posting to the intake server on this machine", async () => {
  const previewed = await buildSite("content", { ...PUBLIC, DATELINE_STRICT: "false" });
  const $ = load(await previewed.read(BEIRUT));
  assert.is($("form.comment-form").attr("action"), "http://localhost:8787/comment");
  assert.is($("form.reaction").attr("action"), "http://localhost:8787/reaction");
});

preview.run();
