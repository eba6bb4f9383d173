// The built site's list of articles readers may answer (src/comments/article-list.ts): the file a
// build writes, how the intake server reads it, and how it follows a rebuild. The articles imitate
// a newsroom's front page on a busy day (wire stories with AP- and Reuters-style slugs, a column
// with comments closed); the broken files imitate what a build interrupted half-way leaves.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ARTICLE_LIST_NAME, ArticleListError, articleListFile, articleListPath, parseArticleList, readArticleList, watchArticleList } from "../../src/comments/article-list.ts";
import { inScratchFolder } from "../helpers/scratch-folder.ts";

const ARTICLES = [
  { id: "us-election-count", url: "/2026/11/18/us-election-count/", commentsOpen: true },
  { id: "beirut-port-reopens", url: "/2026/11/18/beirut-port-reopens/", commentsOpen: true },
  { id: "opinion.harbour-tax", url: "/opinion/2026/11/17/harbour-tax/", commentsOpen: false },
  { id: "AP-2026-11-18-Port", url: "/2026/11/18/ap-port/", commentsOpen: true },
];

function inFolder(test: (folder: string) => Promise<void>): Promise<void> {
  return inScratchFolder("dateline-article-list-", test);
}

const file = suite("articleListFile: what a build writes");

file("every article once, in id order, with its url and whether comments are open; one line each, a final line end", () => {
  const written = articleListFile(ARTICLES);
  assert.is(written.path, "/comment-articles.json");
  assert.is(
    written.text,
    `{
 "articles": {
  "AP-2026-11-18-Port": {
   "url": "/2026/11/18/ap-port/",
   "commentsOpen": true
  },
  "beirut-port-reopens": {
   "url": "/2026/11/18/beirut-port-reopens/",
   "commentsOpen": true
  },
  "opinion.harbour-tax": {
   "url": "/opinion/2026/11/17/harbour-tax/",
   "commentsOpen": false
  },
  "us-election-count": {
   "url": "/2026/11/18/us-election-count/",
   "commentsOpen": true
  }
 }
}
`,
  );
  assert.equal(ARTICLES.map((article) => article.id)[0], "us-election-count", "the articles given are not reordered");
  assert.is(articleListFile([]).text, '{\n "articles": {}\n}\n', "a site with no articles yet");
});

file("what a build writes is what the server reads", () => {
  const list = parseArticleList(articleListFile(ARTICLES).text, "_site/comment-articles.json");
  assert.equal([...list.keys()], ["AP-2026-11-18-Port", "beirut-port-reopens", "opinion.harbour-tax", "us-election-count"]);
  assert.equal(list.get("opinion.harbour-tax"), { url: "/opinion/2026/11/17/harbour-tax/", commentsOpen: false });
});

file.run();

// ---------------------------------------------------------------------------------------------

const parse = suite("parseArticleList and readArticleList: a list the server can trust, or an error that says to rebuild");

parse("files a build never writes are refused with an ArticleListError naming the file", () => {
  const broken: [string, string][] = [
    ["cut off half-way", '{ "articles": { "beirut-port-reopens": { "url": "/2026/11/'],
    ["empty (being written)", ""],
    ["JSON null", "null"],
    ["a bare array", "[]"],
    ["no articles key", '{ "pages": {} }'],
    ["articles: null", '{ "articles": null }'],
    ["articles as a list", '{ "articles": [{ "id": "beirut-port-reopens" }] }'],
    ["articles as a string", '{ "articles": "beirut-port-reopens" }'],
    ["an entry that is null", '{ "articles": { "beirut-port-reopens": null } }'],
    ["an entry without commentsOpen", '{ "articles": { "beirut-port-reopens": { "url": "/2026/11/18/beirut-port-reopens/" } } }'],
    ["commentsOpen as a string", '{ "articles": { "beirut-port-reopens": { "url": "/x/", "commentsOpen": "true" } } }'],
    ["an entry without url", '{ "articles": { "beirut-port-reopens": { "commentsOpen": true } } }'],
    ["url as a number", '{ "articles": { "beirut-port-reopens": { "url": 42, "commentsOpen": true } } }'],
    ["an id that is a path", '{ "articles": { "../content/comments/x": { "url": "/x/", "commentsOpen": true } } }'],
  ];
  for (const [label, text] of broken) {
    try {
      parseArticleList(text, "_site/comment-articles.json");
      assert.unreachable(`${label}: accepted`);
    } catch (cause) {
      assert.instance(cause, ArticleListError, label);
      assert.is((cause as Error).name, "ArticleListError", label);
      assert.match((cause as Error).message, /^_site\/comment-articles\.json /, label);
    }
  }
  const entry = () => parseArticleList('{ "articles": { "beirut-port-reopens": { "url": 42, "commentsOpen": true } } }', "_site/comment-articles.json");
  assert.throws(entry, /"beirut-port-reopens"/, "the message names the entry");
});

parse("a list with no articles yet is a list: every form is refused, the server still starts", () => {
  assert.is(parseArticleList('{ "articles": {} }', "_site/comment-articles.json").size, 0);
});

parse("readArticleList reads <built site>/comment-articles.json", () =>
  inFolder(async (folder) => {
    assert.is(ARTICLE_LIST_NAME, "comment-articles.json");
    assert.is(articleListPath(folder), join(folder, "comment-articles.json"));
    await writeFile(join(folder, "comment-articles.json"), articleListFile(ARTICLES).text);
    const list = await readArticleList(folder);
    assert.equal(list.get("beirut-port-reopens"), { url: "/2026/11/18/beirut-port-reopens/", commentsOpen: true });
    assert.is(list.get("no-such-story"), undefined);
  }),
);

parse("no list (the site was never built), or a list that cannot be read: an ArticleListError", () =>
  inFolder(async (folder) => {
    const missing = await readArticleList(join(folder, "_site")).then(() => undefined, (cause: Error) => cause);
    assert.instance(missing, ArticleListError);
    assert.match(missing!.message, /does not exist: build the site first/);
    await mkdir(join(folder, "_site", "comment-articles.json"), { recursive: true });
    const folderInstead = await readArticleList(join(folder, "_site")).then(() => undefined, (cause: Error) => cause);
    assert.instance(folderInstead, ArticleListError);
    assert.match(folderInstead!.message, /^cannot read .*comment-articles\.json/);
  }),
);

parse.run();

// ---------------------------------------------------------------------------------------------

const watch = suite("watchArticleList: a rebuild needs no restart");

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) assert.unreachable(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

watch("a rebuild is read; a half-written or missing file keeps the last good list; each reload is logged", () =>
  inFolder(async (folder) => {
    const path = join(folder, "comment-articles.json");
    await writeFile(path, articleListFile(ARTICLES.slice(0, 1)).text);
    const lines: string[] = [];
    const live = await watchArticleList(folder, { intervalMs: 10, log: (line) => lines.push(line) });
    try {
      assert.ok(live.get("us-election-count"));
      assert.is(live.get("beirut-port-reopens"), undefined);

      await writeFile(path, articleListFile(ARTICLES).text);
      await until(() => live.get("beirut-port-reopens") !== undefined, "the rebuilt list");
      assert.equal(live.get("opinion.harbour-tax"), { url: "/opinion/2026/11/17/harbour-tax/", commentsOpen: false });
      const four = `Article list reloaded from ${path}: 4 articles`;
      assert.is(lines[0], four);

      // A clean build deletes the folder's files, then writes them again, bit by bit.
      await rm(path);
      await new Promise((resolve) => setTimeout(resolve, 60));
      assert.ok(live.get("beirut-port-reopens"), "missing for a moment: the last list stays");
      await writeFile(path, articleListFile(ARTICLES.slice(1, 2)).text.slice(0, 30));
      await new Promise((resolve) => setTimeout(resolve, 60));
      assert.ok(live.get("us-election-count"), "half written: the last list stays");
      await writeFile(path, articleListFile(ARTICLES.slice(1, 2)).text);
      await until(() => live.get("us-election-count") === undefined, "the whole new list");
      assert.ok(live.get("beirut-port-reopens"));
      // A reload that read the file while the build was still writing it is done once more, so a
      // list may be logged twice; every line says what was read, in order.
      const one = `Article list reloaded from ${path}: 1 article`;
      const firstOne = lines.indexOf(one);
      assert.ok(firstOne > 0, lines.join("\n"));
      assert.equal([...new Set(lines.slice(0, firstOne))], [four]);
      assert.equal([...new Set(lines.slice(firstOne))], [one]);
    } finally {
      live.close();
    }
  }),
);

watch("after close, a rebuild is no longer read", () =>
  inFolder(async (folder) => {
    const path = join(folder, "comment-articles.json");
    await writeFile(path, articleListFile(ARTICLES.slice(0, 1)).text);
    const live = await watchArticleList(folder, { intervalMs: 10 });
    live.close();
    await writeFile(path, articleListFile(ARTICLES).text);
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.is(live.get("beirut-port-reopens"), undefined);
    assert.ok(live.get("us-election-count"));
  }),
);

watch("without the list it does not start: the error says to build", () =>
  inFolder(async (folder) => {
    const failure = await watchArticleList(folder, { intervalMs: 10 }).then(() => undefined, (cause: Error) => cause);
    assert.instance(failure, ArticleListError);
  }),
);

watch.run();
