// The hostile corpus: every vector (DOMPurify's payloads from ../shared/corpus/xss/ and the sets in
// tests/fixtures/hostile-vectors/) in every string field of every source format, of approved
// comments and of reaction counts, built once as a newsroom builds (not strict, so rejected
// sources are reported and the rest publish). Then every output file is read as a browser, a feed
// reader, a crawler and a deploy tool would (tests/hostile/scan-output.ts).
import { readdir, rm } from "node:fs/promises";
import { sep } from "node:path";
import { load } from "cheerio";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, type BuiltSite } from "../site/build-site.ts";
import { FIELDS, writeHostileNewsroom } from "./hostile-newsroom.ts";
import { scanOutput, type Scan } from "./scan-output.ts";
import { loadVectors } from "./vectors.ts";

const SITE_URL = "http://localhost:8080";
const vectors = loadVectors();
const newsroom = await writeHostileNewsroom(vectors);
const log: string[] = [];
let site: BuiltSite | undefined;
let failure: unknown;
try {
  site = await buildSite(newsroom.contentDir, { DATELINE_STRICT: "false" }, log);
} catch (cause) {
  failure = cause;
}
const scan: Scan | undefined = site && (await scanOutput(site.dir, { siteUrl: SITE_URL, scripts: ["/pagefind/pagefind-ui.js", "/assets/search.js", "/assets/comments.js"] }));
const fields = Object.values(FIELDS).reduce((sum, list) => sum + list.length, 0);
const sources = Object.values(newsroom.sources).reduce((sum, n) => sum + n, 0);
console.log(`hostile corpus: ${vectors.length} vectors × ${fields} fields, ${sources} sources and ${newsroom.commentFiles} comments files; ${scan ? Object.entries(scan.files).map(([kind, n]) => `${n} ${kind}`).join(", ") : "no output"} scanned`);

const hostile = suite("the hostile corpus, built once");
hostile.after(async () => {
  await rm(newsroom.contentDir, { recursive: true, force: true });
  if (site) await rm(site.dir, { recursive: true, force: true });
});

hostile("the build finishes: no vector stops it", () => {
  assert.is(failure, undefined, failure instanceof Error ? failure.stack : String(failure));
});

hostile("every source is accounted for: published, held back or rejected, never lost", () => {
  const summary = log.find((line) => line.startsWith("Dateline: "));
  assert.ok(summary, log.slice(0, 5).join("\n"));
  const [, read, published, held, rejected] = /(\d+) sources read.*?, (\d+) published, (\d+) held back, (\d+) rejected/.exec(summary)!.map(Number);
  assert.is(read, sources, summary);
  assert.is(published! + held! + rejected!, sources, summary);
});

hostile("a vector in a free-text field does not cost the story: most stories of each kind publish", async () => {
  assert.ok(site);
  const summary = log.find((line) => line.startsWith("Dateline: "))!;
  const rejectedLines = log.filter((line) => /^\s+error\s/.test(line));
  const rejectedFiles = new Set(rejectedLines.map((line) => /(content|[^ ]*dateline-hostile-[^/]+)\/articles\/([a-z]+)-\d+/.exec(line)?.[2]).filter(Boolean));
  // The free-text kinds must publish: a headline or caption holding markup is still a story.
  for (const kind of ["md", "ninjs", "wire"]) {
    const errors = rejectedLines.filter((line) => line.includes(`/${kind}-`));
    assert.ok(errors.length <= vectors.length / 10, `${kind}: ${errors.length} errors, e.g.\n${errors.slice(0, 8).join("\n")}\n${summary} ${[...rejectedFiles].join(",")}`);
  }
});

hostile("markup in a headline is the headline's text, on the page and in its JSON-LD", async () => {
  assert.ok(site);
  const index = vectors.findIndex((vector) => vector.payload === "<script>alert('plain')</script>");
  const prefix = `hostile-markdown-${String(index).padStart(3, "0")}-`;
  const page = (await readdir(site.dir, { recursive: true })).find((file) => file.split(sep).at(-2)?.startsWith(prefix) && file.endsWith("index.html"));
  assert.ok(page, `a page for ${prefix}`);
  const $ = load(await site.read(`/${page.split(sep).join("/")}`));
  const headline = `Hostile Markdown ${String(index).padStart(3, "0")} <script>alert(‘plain’)</script>`;
  assert.is($("h1").text(), headline);
  const data = JSON.parse($('script[type="application/ld+json"]').first().text()) as { headline?: string; "@graph"?: { headline?: string }[] };
  assert.is(data.headline ?? data["@graph"]?.find((node) => node.headline)?.headline, headline);
});

hostile("no output file holds live script, a handler, a dangerous URL, a control or override character, a link or a path outside the site", () => {
  assert.ok(scan);
  assert.equal(scan.findings.slice(0, 40), [], `${scan.findings.length} findings`);
});

hostile.run();
