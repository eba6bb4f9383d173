// The intake server on loopback: real HTTP requests to 127.0.0.1, each test on its own server
// (port 0) and its own temporary folders, with a built site's article list.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { postFromLoopback } from "../../bench/loopback-post.ts";
import { COMMENT_ID } from "../../src/comments/comments-file.ts";
import { startIntakeServer } from "../../src/comments/intake-server.ts";
import { bodyLimit } from "../../src/comments/form-body.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import { SITE_ORIGIN, ARTICLE_URL, type Context, send, FORM, JSON_ACCEPT, form, comment, postComment, segmentLines, queued, writeArticleList, BUILT_ARTICLES, setUp, tearDown, on } from "./intake-fixture.ts";


// ---------------------------------------------------------------------------------------------

const accepted = suite("intake server: accepted submissions");

accepted(
  "a good comment: 303 back to the article's absolute URL with #comment-received; queued with the e-mail",
  on({}, async (context) => {
    const answer = await postComment(context, comment());
    assert.is(answer.status, 303);
    assert.is(answer.headers.location, `${ARTICLE_URL}#comment-received`);
    const [entry, ...more] = await queued(context);
    assert.equal(more, []);
    assert.ok(entry);
    assert.ok(COMMENT_ID.test(String(entry!.id)) && /^c-[0-9a-f]{12}$/.test(String(entry!.id)), String(entry!.id));
    assert.equal(
      { article: entry!.article, url: entry!.url, name: entry!.name, email: entry!.email, text: entry!.text },
      { article: "harbour-reopens", url: "/2026/11/18/harbour-reopens/", name: "Maya", email: "maya@example.com", text: "Good news for the port." },
    );
    assert.match(String(entry!.received), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    assert.not.ok("website" in entry!);
  }),
);

accepted(
  "the JSON variant: 202 { ok, id, message }, the id is the queued one",
  on({}, async (context) => {
    const answer = await postComment(context, comment(), JSON_ACCEPT);
    assert.is(answer.status, 202);
    assert.match(String(answer.headers["content-type"]), /^application\/json; charset=utf-8/);
    const body = answer.json();
    assert.is(body.ok, true);
    assert.match(String(body.message), /reached the newsroom/);
    assert.equal((await queued(context)).map((entry) => entry.id), [body.id]);
  }),
);

accepted(
  "under a path prefix the redirect carries the prefix; the time is in the site's zone",
  on({ site: makeTestSite({ pathPrefix: "/news/", zone: "Asia/Beirut" }), now: () => Date.parse("2026-11-18T15:02:09.512Z") }, async (context) => {
    const answer = await postComment(context, comment());
    assert.is(answer.headers.location, `${SITE_ORIGIN}/news/2026/11/18/harbour-reopens/#comment-received`);
    assert.is((await queued(context))[0]!.received, "2026-11-18T17:02:09+02:00");
  }),
);

accepted(
  "text: CRLF becomes LF, NFC, tabs kept, HTML kept as written; bidi controls leave names; whitespace in names collapses",
  on({}, async (context) => {
    const text = "Cafe\u0301 <b>bold</b>\r\n\tindented\rold Mac";
    await postComment(context, comment({ name: "  Ma\u202eya\u2066 \n Haddad\u2069 ", comment: text, email: " maya@example.com " }));
    const [entry] = await queued(context);
    assert.is(entry!.text, "Café <b>bold</b>\n\tindented\nold Mac");
    assert.is(entry!.name, "Maya Haddad");
    assert.is(entry!.email, "maya@example.com");
  }),
);

accepted(
  "1500 characters of emoji are 1500 characters (3000 UTF-16 units, 6000 bytes): accepted; 1501 are not",
  on({}, async (context) => {
    const emoji = "😀".repeat(1500);
    assert.is(emoji.length, 3000);
    assert.ok(Buffer.byteLength(comment({ comment: emoji })) > 16 * 1024, "the form is larger than 16 KiB once encoded");
    const ok = await postComment(context, comment({ comment: emoji }), JSON_ACCEPT);
    assert.is(ok.status, 202, ok.text);
    assert.is((await queued(context))[0]!.text, emoji);
    const tooLong = await postComment(context, comment({ comment: `${emoji}😀` }), JSON_ACCEPT);
    assert.is(tooLong.status, 400);
    assert.equal(Object.keys(tooLong.json().errors as object), ["comment"]);
    assert.match(String((tooLong.json().errors as Record<string, string>).comment), /Your comment has 1,501 characters; the limit is 1,500\. Please shorten it by 1 character\./);
  }),
);

accepted(
  "the limit is the site's setting: 1501 plain characters refused, 1500 accepted; a smaller site limit applies",
  on({ site: makeTestSite({ comments: { maxLength: 20, policyUrl: "/comment-policy/" } }) }, async (context) => {
    assert.is((await postComment(context, comment({ comment: "x".repeat(20) }), JSON_ACCEPT)).status, 202);
    const refused = await postComment(context, comment({ comment: "x".repeat(21) }), JSON_ACCEPT);
    assert.is(refused.status, 400);
    assert.match(String((refused.json().errors as Record<string, string>).comment), /21 characters; the limit is 20/);
  }),
);

accepted(
  "a reaction: 303 to #reaction-received, appended to the reactions log, not the queue",
  on({}, async (context) => {
    const answer = await send(context.intake, "POST", "/reaction", form({ article: "harbour-reopens", url: "/2026/11/18/harbour-reopens/", choice: "yes", website: "" }), { "Content-Type": FORM });
    assert.is(answer.status, 303);
    assert.is(answer.headers.location, `${ARTICLE_URL}#reaction-received`);
    const lines = await segmentLines(context.queueDir, "reactions");
    assert.is(lines.length, 1);
    assert.equal(lines[0]!.choice, "yes");
    assert.equal(await queued(context), []);
    const wrong = await send(context.intake, "POST", "/reaction", form({ article: "harbour-reopens", url: "/2026/11/18/harbour-reopens/", choice: "maybe" }), JSON_ACCEPT);
    assert.is(wrong.status, 400);
    assert.equal(Object.keys(wrong.json().errors as object), ["choice"]);
  }),
);

accepted(
  "a fetch from the page's script sends charset=UTF-8: accepted",
  on({}, async (context) => {
    const answer = await postComment(context, comment(), { "Content-Type": `${FORM};charset=UTF-8`, Accept: "application/json" });
    assert.is(answer.status, 202);
  }),
);

accepted.run();

// ---------------------------------------------------------------------------------------------

const refused = suite("intake server: refused submissions");

async function errorsFor(context: Context, body: string): Promise<Record<string, string>> {
  const answer = await postComment(context, body, JSON_ACCEPT);
  assert.is(answer.status, 400, answer.text);
  const json = answer.json();
  assert.is(json.ok, false);
  return json.errors as Record<string, string>;
}

refused(
  "missing name, e-mail and comment: one message each",
  on({}, async (context) => {
    const errors = await errorsFor(context, comment({ name: undefined, email: "", comment: "   \n " }));
    assert.equal(Object.keys(errors).sort(), ["comment", "email", "name"]);
    assert.is(errors.name, "Please give your name.");
    assert.match(errors.email!, /e-mail address/);
    assert.is(errors.comment, "Please write your comment.");
    assert.equal(await queued(context), []);
  }),
);

refused(
  "a name over 80 characters, a name of bidi controls only",
  on({}, async (context) => {
    assert.match((await errorsFor(context, comment({ name: "n".repeat(81) }))).name!, /at most 80 characters; it has 81/);
    assert.is((await errorsFor(context, comment({ name: "\u202e\u2066" }))).name, "Please give your name.");
  }),
);

refused(
  "bad e-mail addresses",
  on({}, async (context) => {
    for (const email of ["maya", "maya@example", "maya @example.com", "maya@@example.com", "@example.com", `${"m".repeat(250)}@example.com`]) {
      const errors = await errorsFor(context, comment({ email }));
      assert.equal(Object.keys(errors), ["email"], email);
    }
    assert.equal(await queued(context), []);
  }),
);

refused(
  "article ids that could leave content/comments/",
  on({}, async (context) => {
    for (const article of ["../../etc/passwd", "a/b", ".hidden", "..", "a\\b", "x".repeat(129)]) {
      const errors = await errorsFor(context, comment({ article }));
      assert.equal(Object.keys(errors), ["article"], article);
    }
    assert.equal(await queued(context), []);
  }),
);

refused(
  "open redirects: no Location, and the page links to the site's front page",
  on({}, async (context) => {
    for (const url of ["//evil.example", "https://evil.example/", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", " /2026/", "/2026/../../x", "evil.example/x", "/2026/\r\nSet-Cookie:x"]) {
      const answer = await postComment(context, comment({ url }));
      assert.is(answer.status, 400, url);
      assert.is(answer.headers.location, undefined, url);
      assert.not.match(answer.text, /evil\.example/, url);
      assert.match(answer.text, /<a href="https:\/\/news\.example\.com\/">Back to the front page<\/a>/, url);
    }
    assert.equal(await queued(context), []);
  }),
);

refused(
  "control characters: NUL, ESC, DEL and C1 are refused in any field",
  on({}, async (context) => {
    assert.equal(Object.keys(await errorsFor(context, comment({ comment: "null\u0000byte" }))), ["comment"]);
    assert.equal(Object.keys(await errorsFor(context, comment({ name: "Maya\u001b[31m" }))), ["name"]);
    assert.equal(Object.keys(await errorsFor(context, comment({ comment: "del\u007f" }))), ["comment"]);
    assert.equal(Object.keys(await errorsFor(context, comment({ email: "m\u009b@example.com" }))), ["email"]);
    assert.match((await errorsFor(context, comment({ comment: "bell\u0007" }))).comment!, /control characters/);
    assert.equal(await queued(context), []);
  }),
);

refused(
  "a field sent twice, a bad replyTo",
  on({}, async (context) => {
    assert.equal(Object.keys(await errorsFor(context, `${comment()}&name=Mallory`)), ["name"]);
    assert.equal(Object.keys(await errorsFor(context, comment({ replyTo: "../c-1" }))), ["replyTo"]);
  }),
);

refused(
  "a plain form gets an HTML page: 400, UTF-8, default-src 'none', every value escaped, a link back to the article",
  on({}, async (context) => {
    const hostile = `<script>alert("x")</script> & "quotes" 'single'`;
    const answer = await postComment(context, comment({ email: "not-an-address", comment: hostile }));
    assert.is(answer.status, 400);
    assert.is(answer.headers["content-type"], "text/html; charset=utf-8");
    assert.is(String(answer.headers["content-security-policy"]).split(";")[0], "default-src 'none'");
    assert.not.match(answer.text, /<script/);
    assert.ok(answer.text.includes("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#34;quotes&#34; &#39;single&#39;"), "the comment is shown back, escaped");
    assert.match(answer.text, /does not look like an e-mail address/);
    assert.ok(answer.text.includes(`<a href="${ARTICLE_URL}">Back to the article</a>`));
    assert.match(answer.text, /^<!doctype html>\n<html lang="en" dir="ltr">/);
    assert.match(answer.text, /<meta charset="utf-8">/);
  }),
);

refused(
  "an oversized body is 413, as JSON and as a page; so is a declared length over the limit",
  on({}, async (context) => {
    const limit = bodyLimit(1500);
    const big = comment({ comment: "x".repeat(limit) });
    const json = await postComment(context, big, JSON_ACCEPT);
    assert.is(json.status, 413);
    assert.equal(Object.keys(json.json().errors as object), ["form"]);
    assert.match(String((json.json().errors as Record<string, string>).form), /too large/);
    const page = await postComment(context, big);
    assert.is(page.status, 413);
    assert.match(page.text, /too large/);
    const huge = await postComment(context, "x".repeat(limit + 300 * 1024), JSON_ACCEPT);
    assert.is(huge.status, 413, "a body past the drain bound is cut off after the answer");
    assert.equal(await queued(context), []);
  }),
);

refused(
  "other content types are 415: multipart, JSON, text, none, another charset, compressed",
  on({}, async (context) => {
    const cases: Record<string, string>[] = [
      { "Content-Type": "multipart/form-data; boundary=x" },
      { "Content-Type": "application/json" },
      { "Content-Type": "text/plain" },
      {},
      { "Content-Type": `${FORM}; charset=iso-8859-1` },
      { "Content-Type": FORM, "Content-Encoding": "gzip" },
    ];
    for (const headers of cases) {
      const answer = await postComment(context, comment(), { ...headers, Accept: "application/json" });
      assert.is(answer.status, 415, JSON.stringify(headers));
      assert.match(String((answer.json().errors as Record<string, string>).form), /application\/x-www-form-urlencoded/);
    }
    assert.equal(await queued(context), []);
  }),
);

refused(
  "bytes that are not UTF-8, or broken percent escapes, are 400",
  on({}, async (context) => {
    const raw = Buffer.concat([Buffer.from(`${comment({ comment: undefined })}&comment=`), Buffer.from([0xff, 0xfe])]);
    assert.is((await send(context.intake, "POST", "/comment", raw, JSON_ACCEPT)).status, 400);
    assert.is((await postComment(context, `${comment({ comment: undefined })}&comment=%E2%28%A1`, JSON_ACCEPT)).status, 400);
    assert.equal(await queued(context), []);
  }),
);

refused(
  "other paths and methods: 404, 405; /health answers",
  on({}, async (context) => {
    assert.is((await send(context.intake, "POST", "/comments", comment(), { "Content-Type": FORM })).status, 404);
    const get = await send(context.intake, "GET", "/comment");
    assert.is(get.status, 405);
    assert.is(get.headers.allow, "POST, OPTIONS");
    assert.is((await send(context.intake, "GET", "/health")).text, "ok\n");
  }),
);

refused.run();

// ---------------------------------------------------------------------------------------------

const defences = suite("intake server: honeypot, rate limit, folders, CORS");

defences(
  "honeypot: the same success answers, nothing queued or logged",
  on({}, async (context) => {
    const page = await postComment(context, comment({ website: "http://spam.example" }));
    assert.is(page.status, 303);
    assert.is(page.headers.location, `${ARTICLE_URL}#comment-received`);
    const json = await postComment(context, comment({ website: "x" }), JSON_ACCEPT);
    assert.is(json.status, 202);
    assert.is(json.json().ok, true);
    assert.ok(COMMENT_ID.test(String(json.json().id)));
    const reaction = await send(context.intake, "POST", "/reaction", form({ article: "harbour-reopens", url: "/2026/11/18/harbour-reopens/", choice: "no", website: "x" }), { "Content-Type": FORM });
    assert.is(reaction.status, 303);
    assert.equal(await readdir(context.queueDir), []);
  }),
);

let clock = Date.parse("2026-11-18T12:00:00Z");
defences(
  "rate limit: the 4th submission in the window is 429 with Retry-After; it recovers once the window has passed",
  on({ rateLimit: { max: 3, windowMs: 60_000 }, now: () => clock }, async (context) => {
    for (let index = 0; index < 3; index += 1) {
      assert.is((await postComment(context, comment(), JSON_ACCEPT)).status, 202);
      clock += 1_000;
    }
    const limited = await postComment(context, comment(), JSON_ACCEPT);
    assert.is(limited.status, 429);
    assert.is(limited.headers["retry-after"], "57");
    assert.match(String((limited.json().errors as Record<string, string>).form), /Too many submissions/);
    const page = await postComment(context, comment());
    assert.is(page.status, 429);
    assert.match(page.text, /Please wait 1 minute/);
    // Reactions are counted apart from comments.
    assert.is((await send(context.intake, "POST", "/reaction", form({ article: "harbour-reopens", url: "/2026/11/18/harbour-reopens/", choice: "yes" }), { "Content-Type": FORM })).status, 303);
    clock += 57_000;
    assert.is((await postComment(context, comment(), JSON_ACCEPT)).status, 202, "recovered");
    assert.is((await queued(context)).length, 4);
  }),
);

defences(
  "behind a proxy (trustProxy) clients are told apart by X-Forwarded-For; without it the header is ignored",
  async () => {
    for (const trustProxy of [true, false]) {
      const context = await setUp({ rateLimit: { max: 1, windowMs: 60_000 }, trustProxy });
      try {
        const from = (address: string) => postComment(context, comment(), { ...JSON_ACCEPT, "X-Forwarded-For": `198.51.100.7, ${address}` });
        assert.is((await from("203.0.113.1")).status, 202);
        assert.is((await from("203.0.113.1")).status, 429);
        assert.is((await from("203.0.113.2")).status, trustProxy ? 202 : 429, `trustProxy: ${trustProxy}`);
      } finally {
        await tearDown(context);
      }
    }
  },
);

async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(root, path), `${(await stat(path)).mtimeMs} ${await readFile(path, "utf8")}`);
    }
  };
  await walk(root);
  return files;
}

defences(
  "writes nothing outside its queue folder, whatever is sent",
  on({}, async (context) => {
    const before = await snapshot(context.root);
    await postComment(context, comment({ article: "../content/comments/harbour-reopens" }));
    await postComment(context, comment({ article: "harbour-reopens", comment: "published?" }));
    await send(context.intake, "POST", "/reaction", form({ article: "../../reactions", url: "/x/", choice: "yes" }), { "Content-Type": FORM });
    await send(context.intake, "POST", "/reaction", form({ article: "harbour-reopens", url: "/x/", choice: "yes" }), { "Content-Type": FORM });
    const after = await snapshot(context.root);
    const changed = [...after].filter(([path, state]) => before.get(path) !== state).map(([path]) => path).sort();
    // The server's two segment files (src/comments/submission-log.ts), nothing else.
    assert.is(changed.length, 2, changed.join(", "));
    assert.match(changed[0]!, /^moderation\/comments\.\d{8}T\d{9}Z\.[A-Za-z0-9-]+\.\d+\.jsonl$/);
    assert.match(changed[1]!, /^moderation\/reactions\.\d{8}T\d{9}Z\.[A-Za-z0-9-]+\.\d+\.jsonl$/);
    assert.equal([...before.keys()].filter((path) => !after.has(path)), []);
    const mode = (await stat(join(context.root, changed[0]!))).mode & 0o777;
    if (process.platform !== "win32") assert.is(mode, 0o600, "the queue holds e-mail addresses: owner only");
  }),
);

defences(
  "CORS: preflight and Access-Control-Allow-Origin for the site's origin only; other origins refused",
  on({}, async (context) => {
    const preflight = { Origin: SITE_ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" };
    const ok = await send(context.intake, "OPTIONS", "/comment", "", preflight);
    assert.is(ok.status, 204);
    assert.is(ok.headers["access-control-allow-origin"], SITE_ORIGIN);
    assert.match(String(ok.headers["access-control-allow-methods"]), /POST/);
    assert.match(String(ok.headers["access-control-allow-headers"]), /Content-Type/i);
    const evil = await send(context.intake, "OPTIONS", "/comment", "", { ...preflight, Origin: "https://evil.example" });
    assert.is(evil.status, 403);
    assert.is(evil.headers["access-control-allow-origin"], undefined);

    const fromSite = await postComment(context, comment(), { ...JSON_ACCEPT, Origin: SITE_ORIGIN });
    assert.is(fromSite.status, 202);
    assert.is(fromSite.headers["access-control-allow-origin"], SITE_ORIGIN);
    assert.match(String(fromSite.headers.vary), /Origin/);
    const refusedToo = await postComment(context, comment({ name: "" }), { ...JSON_ACCEPT, Origin: SITE_ORIGIN });
    assert.is(refusedToo.status, 400);
    assert.is(refusedToo.headers["access-control-allow-origin"], SITE_ORIGIN, "refusals are readable by the page's script too");

    const fromElsewhere = await postComment(context, comment(), { ...JSON_ACCEPT, Origin: "https://evil.example" });
    assert.is(fromElsewhere.status, 403);
    assert.is(fromElsewhere.headers["access-control-allow-origin"], undefined);
    const noOrigin = await postComment(context, comment(), JSON_ACCEPT);
    assert.is(noOrigin.status, 202, "curl and form services send no Origin");
    assert.is(noOrigin.headers["access-control-allow-origin"], undefined);
    assert.is((await queued(context)).length, 2);
  }),
);

defences.run();

// ---------------------------------------------------------------------------------------------

const gate = suite("intake server: origins, articles of the built site, quota");

gate(
  "Origin: null (sandboxed frames, data: pages) and origins that only start like the site's are refused, preflight too",
  on({}, async (context) => {
    for (const origin of ["null", `${SITE_ORIGIN}.evil.net`, `${SITE_ORIGIN}:8443`, "http://news.example.com"]) {
      const post = await postComment(context, comment(), { ...JSON_ACCEPT, Origin: origin });
      assert.is(post.status, 403, origin);
      assert.is(post.headers["access-control-allow-origin"], undefined, origin);
      const preflight = await send(context.intake, "OPTIONS", "/comment", "", { Origin: origin, "Access-Control-Request-Method": "POST" });
      assert.is(preflight.status, 403, origin);
    }
    assert.equal(await queued(context), []);
  }),
);

gate(
  "an article the built site does not list is refused with a message on `article`; closed comments too; reactions still count on a closed article",
  on({}, async (context) => {
    const unknown = await postComment(context, comment({ article: "no-such-story", url: "/2026/11/18/no-such-story/" }), JSON_ACCEPT);
    assert.is(unknown.status, 400);
    assert.equal(Object.keys(unknown.json().errors as object), ["article"]);
    assert.match(String((unknown.json().errors as Record<string, string>).article), /not on this site/);
    const closed = await postComment(context, comment({ article: "closed-story", url: "/2026/11/17/closed-story/" }), JSON_ACCEPT);
    assert.is(closed.status, 400);
    assert.match(String((closed.json().errors as Record<string, string>).article), /Comments on this article are closed/);
    const reaction = (article: string, url: string) => send(context.intake, "POST", "/reaction", form({ article, url, choice: "yes" }), JSON_ACCEPT);
    assert.is((await reaction("closed-story", "/2026/11/17/closed-story/")).status, 202);
    assert.is((await reaction("no-such-story", "/x/")).status, 400);
    assert.equal(await queued(context), []);
    assert.is((await segmentLines(context.queueDir, "reactions")).length, 1);
  }),
);

gate(
  "a rebuild that adds an article is seen without a restart; the redirect goes where the site has the article now",
  on({ articleListPollMs: 50 }, async (context) => {
    const fresh = () => postComment(context, comment({ article: "fresh-story", url: "/2026/11/19/fresh-story/" }), JSON_ACCEPT);
    assert.is((await fresh()).status, 400);
    await writeArticleList(context.builtDir, { ...BUILT_ARTICLES, "fresh-story": { url: "/2026/11/19/fresh-story-moved/", commentsOpen: true } });
    const deadline = Date.now() + 3_000;
    let answer = await fresh();
    while (answer.status !== 202 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await fresh();
    }
    assert.is(answer.status, 202, answer.text);
    const page = await postComment(context, comment({ article: "fresh-story", url: "/2026/11/19/fresh-story/" }));
    assert.is(page.headers.location, `${SITE_ORIGIN}/2026/11/19/fresh-story-moved/#comment-received`);
  }),
);

gate(
  "without the built site's article list the server does not start, and says what to do",
  async () => {
    const root = await mkdtemp(join(tmpdir(), "dateline-intake-"));
    try {
      await startIntakeServer({ site: makeTestSite(), queueDir: join(root, "moderation"), builtDir: join(root, "_site"), port: 0, log: () => undefined });
      assert.unreachable("should not start");
    } catch (cause) {
      assert.match((cause as Error).message, /_site\/comment-articles\.json does not exist: build the site first \(npm run build\)/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
);

gate(
  "refused forms do not use up the quota: only accepted posts count",
  on({ rateLimit: { max: 2, windowMs: 60_000 } }, async (context) => {
    for (let index = 0; index < 4; index += 1) assert.is((await postComment(context, comment({ email: "nope" }), JSON_ACCEPT)).status, 400);
    assert.is((await postComment(context, comment({ article: "no-such-story" }), JSON_ACCEPT)).status, 400);
    assert.is((await postComment(context, comment(), JSON_ACCEPT)).status, 202);
    assert.is((await postComment(context, comment(), JSON_ACCEPT)).status, 202);
    assert.is((await postComment(context, comment(), JSON_ACCEPT)).status, 429, "the third accepted post is over the limit");
  }),
);

gate.run();

// ---------------------------------------------------------------------------------------------

const crowd = suite("intake server: crowds, crashes and slow clients");

crowd(
  "300 simultaneous posts from 300 addresses, default settings: every one 202, each stored exactly once",
  on({ rateLimit: undefined }, async (context) => {
    const answers = await Promise.all(Array.from({ length: 300 }, (_, index) => postFromLoopback(Number(new URL(context.intake.url).port), `127.1.${Math.floor(index / 250)}.${(index % 250) + 1}`, comment({ comment: `Post ${index}` }))));
    assert.equal([...new Set(answers.map((answer) => answer.status))], [202]);
    const stored = (await queued(context)).map((entry) => String(entry.id));
    assert.is(stored.length, 300);
    assert.equal(new Set(stored), new Set(answers.map((answer) => answer.id)));
  }),
);

crowd("an empty lock file left by a crash blocks nothing; temporary files a crash left are removed at start", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-intake-"));
  const queueDir = join(root, "moderation");
  const builtDir = join(root, "_site");
  await mkdir(queueDir, { recursive: true });
  await writeFile(join(queueDir, ".lock"), "");
  await writeFile(join(queueDir, ".queue.jsonl.3f9a1c2b7d10.tmp"), '{"email":"maya@example.com"}\n');
  await writeArticleList(builtDir, BUILT_ARTICLES);
  const intake = await startIntakeServer({ site: makeTestSite(), queueDir, builtDir, port: 0, log: () => undefined });
  try {
    const started = Date.now();
    const answer = await send(intake, "POST", "/comment", comment(), JSON_ACCEPT);
    assert.is(answer.status, 202, answer.text);
    assert.ok(Date.now() - started < 1_000, `answered in ${Date.now() - started} ms`);
    assert.equal((await readdir(queueDir)).filter((name) => name.startsWith(".")), [], "no lock, no temporary file left");
  } finally {
    await intake.close();
    await rm(root, { recursive: true, force: true });
  }
});

crowd.run();
