import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { BENCH_NOW, writeNewsroom } from "../../bench/generate-newsroom.ts";
import type { TimedEvent } from "../../bench/preview/dev-server.ts";
import { markArticle } from "../../bench/preview/mark-article.ts";
import { reloadAfterChange, type EditResult } from "../../bench/preview/measure-edit.ts";
import { chooseArticles, listingsShowing, planEdits } from "../../bench/preview/pick-articles.ts";
import { pollUntil, type Clock } from "../../bench/preview/poll.ts";
import { median, summarizePreview } from "../../bench/preview/preview-summary.ts";
import { readServerLine } from "../../bench/preview/server-log.ts";
import { startArguments } from "../../bench/preview/start-command.ts";
import { buildCollections } from "../../src/collections/site-collections.ts";
import { authorAliases } from "../../src/model/byline.ts";
import { loadNewsroom } from "../../src/newsroom.ts";
import { importFresh, loadSite } from "../../src/site.ts";
import { parseMarkdown } from "../../src/sources/markdown.ts";

// ---------------------------------------------------------------------------------------------

const serverLog = suite("readServerLine");

serverLog("reads the lines Eleventy 3.1 prints around a rebuild", () => {
  // As the dev server printed them in a run of the benchmark.
  assert.equal(readServerLine("[11ty] File changed: ./dev/shm/x/content/articles/news/a.md"), { kind: "change", path: "./dev/shm/x/content/articles/news/a.md" });
  assert.equal(readServerLine("[11ty] Writing /dev/shm/x/preview-site/2026/10/31/a/index.html from ./templates/article.njk"), { kind: "writing", outputPath: "/dev/shm/x/preview-site/2026/10/31/a/index.html" });
  assert.equal(readServerLine("[11ty] Copied 25 Wrote 879 files in 1.56 seconds (1.8ms each, v3.1.8)"), { kind: "wrote", files: 879, seconds: 1.56 });
  assert.equal(readServerLine("[11ty] Wrote 1 file in 0.97 seconds (v3.1.8)"), { kind: "wrote", files: 1, seconds: 0.97 });
  assert.equal(readServerLine("[11ty] Watching…"), { kind: "watching" });
  assert.equal(readServerLine("[11ty] You saved while Eleventy was running, let’s run again. (1 change)"), { kind: "rerun" });
  assert.equal(readServerLine("[11ty] Server at http://localhost:38399/"), { kind: "server", url: "http://localhost:38399/" });
  assert.equal(readServerLine("[11ty] Server at http://192.168.1.4:8081/ or http://localhost:8081/"), { kind: "server", url: "http://localhost:8081/" });
  assert.equal(readServerLine("Dateline: 300 sources read, 300 published, 0 held back, 0 rejected; 0 errors, 63 warnings."), { kind: "report", published: 300 });
});

serverLog("strips terminal colours; other lines mean nothing", () => {
  assert.equal(readServerLine("\x1b[90m[11ty]\x1b[39m Wrote \x1b[1m850\x1b[22m files in \x1b[1m1.85\x1b[22m seconds"), { kind: "wrote", files: 850, seconds: 1.85 });
  assert.is(readServerLine("  warning    content/articles/x.txt: Image-1: figure has no alt text"), undefined);
  assert.is(readServerLine("  credits    616 figures: 616 credited by their source"), undefined);
});

serverLog.run();

// ---------------------------------------------------------------------------------------------

const startCommand = suite("startArguments");

startCommand("takes package.json's start script and swaps its port", () => {
  const script = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
  const args = startArguments(script, 40123);
  assert.ok(args.includes("scripts/preview.ts"));
  assert.equal(args.filter((arg) => arg.startsWith("--port")), ["--port=40123"]);
  assert.is(args.join(" "), script.replace(/^node /, "").replace("--port=8080", "").replace(/\s+/g, " ").trim() + " --port=40123");
});

startCommand("drops `--port 8080` with its value; refuses what it cannot run without a shell", () => {
  assert.equal(startArguments("node --import tsx scripts/preview.ts --port 8080 --quiet", 9), ["--import", "tsx", "scripts/preview.ts", "--quiet", "--port=9"]);
  assert.throws(() => startArguments("eleventy --serve", 9), /does not run node/);
  assert.throws(() => startArguments("node cmd.cjs --serve", 9), /scripts\/preview\.ts/);
  assert.throws(() => startArguments("node scripts/preview.ts && node b.js", 9), /more than one plain node command/);
});

startCommand.run();

// ---------------------------------------------------------------------------------------------

/** A clock that moves only when the code under test sleeps or an attempt takes time. */
function fakeClock(): Clock & { sleeps: number[]; advance(ms: number): void } {
  let time = 1000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: async (ms) => {
      sleeps.push(ms);
      time += ms;
    },
    advance: (ms) => {
      time += ms;
    },
  };
}

const poll = suite("pollUntil");

poll("returns the time the first yes arrived, pausing between attempts", async () => {
  const clock = fakeClock();
  let attempts = 0;
  const at = await pollUntil(async () => {
    attempts += 1;
    clock.advance(5); // each answer takes 5 ms to arrive
    return attempts === 4;
  }, { intervalMs: 25, deadline: 2000, clock });
  assert.is(attempts, 4);
  assert.equal(clock.sleeps, [25, 25, 25]);
  assert.is(at, 1000 + 4 * 5 + 3 * 25);
});

poll("an attempt that throws is a no; the deadline ends it with undefined", async () => {
  const clock = fakeClock();
  let attempts = 0;
  const remaining: number[] = [];
  const at = await pollUntil(async (remainingMs) => {
    attempts += 1;
    remaining.push(remainingMs);
    throw new Error("ECONNREFUSED");
  }, { intervalMs: 40, deadline: 1100, clock });
  assert.is(at, undefined);
  assert.is(attempts, 3); // at 1000, 1040, 1080; the last pause is cut to the deadline
  assert.equal(remaining, [100, 60, 20]);
  assert.equal(clock.sleeps, [40, 40, 20]);
  assert.is(clock.now(), 1100);
});

poll("a slow yes that arrives after the deadline still counts", async () => {
  const clock = fakeClock();
  const at = await pollUntil(async () => {
    clock.advance(300);
    return true;
  }, { intervalMs: 25, deadline: 1100, clock });
  assert.is(at, 1300);
});

poll.run();

// ---------------------------------------------------------------------------------------------

const SOURCE = `---
headline: Harbour reopens after the storm
dek: "Ferries run again: the first left at dawn."
date: 2026-11-18 09:30
byline: [Ana Ruiz, Bo Li]
section: world
tags: [ports, "storms, winter"]
lead:
  src: figure-01.svg
  alt: A ferry at the quay
  caption: The first ferry leaves.
  credit: Jane Doe/Ledger Wire
---
The harbour reopened on Tuesday.

## What next

More ferries on Friday.
`;

function parsed(text: string) {
  const result = parseMarkdown(text, "articles/world/harbour.md");
  if (result.kind !== "article") throw new Error(`not an article: ${JSON.stringify(result)}`);
  return result;
}

const mark = suite("markArticle");
const edit = { headline: "Mark42 Harbour reopens after the storm", slug: "harbour-reopens-after-the-storm", paragraph: "Mark42: added by the benchmark." };

mark("changes the headline, pins the slug, adds a first paragraph; every other field reads the same", () => {
  const before = parsed(SOURCE);
  const after = parsed(markArticle(SOURCE, edit));
  assert.equal(after.problems, []);
  assert.is(after.input.headline, edit.headline);
  assert.is(after.input.slug, edit.slug);
  assert.equal(after.input.body[0], { type: "paragraph", html: "Mark42: added by the benchmark." });
  assert.equal(after.input.body.slice(1), before.input.body);
  const { headline: _h, slug: _s, body: _b, ...rest } = after.input;
  const { headline: _h0, body: _b0, ...restBefore } = before.input;
  assert.equal(rest, restBefore);
});

mark("leaves the other lines of the front matter as they were", () => {
  const lines = markArticle(SOURCE, edit).split("\n");
  for (const line of SOURCE.split("\n").filter((line) => !line.startsWith("headline:"))) assert.ok(lines.includes(line), `lost: ${line}`);
  assert.ok(lines.includes("headline: Mark42 Harbour reopens after the storm"));
});

mark("a headline needing quotes, a `title` field, a slug already there, CRLF line ends", () => {
  const source = SOURCE.replace("headline:", "title:").replace("section: world", "section: world\nslug: kept-slug").replace(/\n/g, "\r\n");
  const text = markArticle(source, { ...edit, headline: 'Mark43: "quoted" # not a comment' });
  assert.not.match(text, /[^\r]\n/, "every line still ends in CRLF");
  const after = parsed(text);
  assert.is(after.input.headline, 'Mark43: “quoted” # not a comment');
  assert.is(after.input.slug, "kept-slug");
  assert.equal(after.problems, [], "no second headline field was added beside title");
});

mark("a file that ends at its front matter; a file without one", () => {
  const bare = "---\nheadline: Short\ndate: 2026-11-18\n---";
  assert.equal(parsed(markArticle(bare, edit)).input.body, [{ type: "paragraph", html: "Mark42: added by the benchmark." }]);
  assert.throws(() => markArticle("Just text.\n", edit), /no front matter/);
});

mark.run();

// ---------------------------------------------------------------------------------------------

const pick = suite("pick articles");

pick("newest, middle and oldest Markdown articles, with the listing pages that carry their headlines", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-preview-test-"));
  try {
    const contentDir = join(dir, "content");
    await writeNewsroom({ articles: 60, seed: 11, contentDir });
    const root = process.cwd();
    const now = DateTime.fromISO(BENCH_NOW);
    const plan = await planEdits({ root, contentDir, now });
    assert.is(plan.published, 60);
    assert.equal(plan.errors, []);

    // The same newsroom as the plan saw it, to check the plan against.
    const site = await loadSite(join(root, "_data", "site.ts"));
    const authors = authorAliases(await importFresh<Record<string, string[]>>(join(root, "_data", "authors.ts")));
    const newsroom = await loadNewsroom({ contentDir, root: contentDir, site, now, authors });
    const collections = buildCollections(newsroom.articles, site);
    const markdown = newsroom.articles.filter((article) => article.source.format === "markdown");
    assert.equal(plan.targets.map((target) => target.role), ["newest", "middle", "oldest"]);
    assert.equal(plan.targets.map((target) => target.url), [markdown[0]!.url, markdown[Math.floor(markdown.length / 2)]!.url, markdown[markdown.length - 1]!.url]);

    const [newest, , oldest] = plan.targets;
    assert.is(newest!.listings[0], "/", "the newest Markdown story is on the front page");
    assert.is(newest!.listings[1], `/section/${markdown[0]!.section}/`);
    assert.ok(!oldest!.listings.includes("/"));
    assert.match(oldest!.listings[0]!, /^\/section\/[a-z]+\/page\/\d+\/$/, "the oldest is on its section's last page");
    for (const target of plan.targets) {
      const article = newsroom.articles.find((candidate) => candidate.url === target.url)!;
      assert.is(target.path, article.source.path);
      assert.ok(target.path.startsWith("articles/") && target.path.endsWith(".md"));
      assert.equal(target.listings.map((url) => url.split("/")[1]).filter((kind) => kind), ["section", "tag", "author", "archive"]);
      for (const url of target.listings.filter((url) => url !== "/")) {
        const page = collections.listings.find((listing) => listing.url === url);
        assert.ok(page?.articles.includes(article), `${url} lists ${target.url}`);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

pick("chooseArticles skips other formats and never picks one article twice", () => {
  const article = (url: string, format: "markdown" | "ninjs" | "wire-text") => ({ url, source: { path: url, format } }) as never;
  const one = [article("/n/", "ninjs"), article("/m/", "markdown"), article("/w/", "wire-text")];
  assert.equal(chooseArticles(one).map(({ role, article }) => [role, (article as { url: string }).url]), [["newest", "/m/"]]);
  assert.equal(chooseArticles([]), []);
});

pick("listingsShowing puts the front page first only when it shows the article", () => {
  const a = { url: "/a/" } as never;
  const b = { url: "/b/" } as never;
  const listings = [
    { kind: "tag", url: "/tag/x/", articles: [b] },
    { kind: "section", url: "/section/world/", articles: [a, b] },
    { kind: "month", url: "/archive/2026/11/", articles: [a] },
  ];
  const collections = { editions: { en: { front: { lead: a, sections: [] } } }, listings } as never;
  assert.equal(listingsShowing(a, collections), ["/", "/section/world/", "/archive/2026/11/"]);
  assert.equal(listingsShowing(b, collections), ["/section/world/", "/tag/x/"]);
});

pick.run();

// ---------------------------------------------------------------------------------------------

function editResult(articleSeconds: number | null, listings: (number | null)[], reloadSeconds: number | null, patchedSeconds: number | null = null): EditResult {
  return {
    role: "newest", path: "articles/news/a.md", url: "/a/", marker: "M1",
    tabSeconds: patchedSeconds ?? (articleSeconds === null || reloadSeconds === null ? null : Math.max(articleSeconds, reloadSeconds)),
    patchedSeconds,
    articleSeconds,
    listingSeconds: Object.fromEntries(listings.map((value, index) => [`/l${index}/`, value])),
    reloadSeconds,
    changeSeenSeconds: 0.15, reportSeconds: null, firstWriteSeconds: null, writtenSeconds: {},
    rebuildSeconds: null, filesWritten: null, slowestAnswerSeconds: 0, published: null,
  };
}

const facts = { articles: 10, initialBuildSeconds: 2, initialBuildEleventySeconds: 1.5, repeat: 1, seed: 1 };
const summary = suite("summarizePreview");

summary("met when every page and every reload is within its target", () => {
  const line = summarizePreview([editResult(0.4, [0.5, 2.9], 0.6), editResult(0.8, [1], 0.9), editResult(0.5, [], 0.5)], facts);
  assert.is(line.tabSecondsMedian, 0.6);
  assert.is(line.tabSecondsMax, 0.9);
  assert.is(line.articleSecondsMedian, 0.5);
  assert.is(line.articleSecondsMax, 0.8);
  assert.is(line.listingSecondsMax, 2.9);
  assert.is(line.reloadSecondsMax, 0.9);
  assert.is(line.timedOut, 0);
  assert.ok(line.met);
  assert.equal(line.targets, { article: 1, listing: 3 });
});

summary("a tab handed the new page early shows it then: the rebuild's reload counts against the listings' 3 s", () => {
  const line = summarizePreview([editResult(1.6, [1.7], 1.8, 0.2), editResult(1.5, [1.6], 1.6, 0.25)], facts);
  assert.is(line.tabSecondsMax, 0.25);
  assert.is(line.articleSecondsMax, 1.6);
  assert.ok(line.met);
  assert.not.ok(summarizePreview([editResult(1.6, [1.7], 3.4, 0.2)], facts).met, "the listing tabs reload only after 3.4 s");
});

summary("not met: a slow listing, a late reload, or a page that never came", () => {
  assert.not.ok(summarizePreview([editResult(0.4, [3.2], 0.6)], facts).met, "listing over 3 s");
  assert.not.ok(summarizePreview([editResult(0.4, [0.5], 1.4)], facts).met, "served in time, but an open tab reloads only after 1.4 s");
  const missing = summarizePreview([editResult(0.4, [null, 0.5], 0.6), editResult(null, [0.7], null)], facts);
  assert.not.ok(missing.met);
  assert.is(missing.timedOut, 2);
  assert.is(missing.articleSecondsMedian, 0.4, "the median is over the pages that came");
  assert.not.ok(summarizePreview([], facts).met, "nothing measured is nothing met");
});

summary("median of an even count is the mean of the middle two", () => {
  assert.is(median([3, 1, 2, 10]), 2.5);
  assert.is(median([null, null]), null);
});

summary("reloadAfterChange: the first Watching after the change, not one before it", () => {
  const at = (time: number, event: TimedEvent["event"]): TimedEvent => ({ at: time, event });
  const events = [at(1, { kind: "watching" }), at(2, { kind: "change", path: "a.md" }), at(3, { kind: "wrote", files: 3, seconds: 1 }), at(4, { kind: "watching" }), at(5, { kind: "watching" })];
  assert.is(reloadAfterChange(events)?.at, 4);
  assert.is(reloadAfterChange(events.slice(0, 3)), undefined);
  assert.is(reloadAfterChange([at(2, { kind: "change", path: "a.md" }), at(3, { kind: "rerun" })])?.at, 3);
});

summary.run();
