// What the intake server answers and keeps (src/comments/intake-server.ts, intake-responses.ts), on
// loopback: the exact status, headers, page or JSON a reader's browser gets back, and the line the
// moderation queue gets. Requests carry the headers browsers send: a plain form post navigates
// (Accept: text/html,...), the page's script asks for JSON (fetch, or axios's
// "application/json, text/plain, */*"), and both carry the site's Origin and Referer. The hostile
// comments are DOMPurify's own XSS test payloads (../shared/corpus/xss/, read in place).
import { readFileSync } from "node:fs";
import { readdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "cheerio";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { postFromLoopback } from "../../bench/loopback-post.ts";
import { startIntakeServer } from "../../src/comments/intake-server.ts";
import { errorPageHtml, escapeHtml } from "../../src/comments/intake-responses.ts";
import { withModerationLock } from "../../src/comments/moderation-lock.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import { ARTICLE_URL, BUILT_ARTICLES, type Answer, FORM, JSON_ACCEPT, SITE_ORIGIN, comment, form, on, postComment, queued, segmentLines, send, writeArticleList } from "./intake-fixture.ts";

/** Chrome's Accept for a page navigation (a plain form post). */
const NAVIGATE = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
const FORM_POST = { "Content-Type": FORM, Accept: NAVIGATE, Origin: SITE_ORIGIN, Referer: ARTICLE_URL };

const BASE = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "referrer-policy": "no-referrer",
};

function assertBase(answer: Answer, contentType: string, label: string): void {
  for (const [name, value] of Object.entries(BASE)) assert.is(answer.headers[name], value, `${label}: ${name}`);
  assert.is(answer.headers["content-type"], contentType, `${label}: content-type`);
}

const reaction = (fields: Record<string, string | undefined> = {}) => form({ article: "harbour-reopens", url: "/2026/11/18/harbour-reopens/", choice: "yes", website: "", ...fields });

function withQuietConsole<T>(work: () => Promise<T>): Promise<T> {
  const error = console.error;
  console.error = () => undefined;
  return work().finally(() => (console.error = error));
}

// ---------------------------------------------------------------------------------------------

const answers = suite("intake server: every answer's status, headers and body");

answers(
  "a plain form: 303 See Other to the article, a short text body, the safety headers",
  on({}, async (context) => {
    const answer = await postComment(context, comment(), FORM_POST);
    assert.is(answer.status, 303);
    assert.is(answer.headers.location, `${ARTICLE_URL}#comment-received`);
    assert.is(answer.text, `See ${ARTICLE_URL}#comment-received\n`);
    assertBase(answer, "text/plain; charset=utf-8", "303");
    assert.is(answer.headers["access-control-allow-origin"], SITE_ORIGIN);
    assert.is(answer.headers.vary, "Origin");
  }),
);

answers(
  "the page's script: JSON for axios's Accept and for capitals too; the id is the one stored",
  on({}, async (context) => {
    for (const accept of ["application/json, text/plain, */*", "Application/JSON"]) {
      const answer = await postComment(context, comment(), { "Content-Type": FORM, Accept: accept, Origin: SITE_ORIGIN });
      assert.is(answer.status, 202, accept);
      assertBase(answer, "application/json; charset=utf-8", accept);
      const body = answer.json();
      assert.equal(Object.keys(body).sort(), ["dir", "id", "lang", "message", "ok"]);
      assert.equal([body.lang, body.dir, answer.headers["content-language"]], ["en", "ltr", "en"], "a form without `lang`: the site's language");
      assert.is(body.ok, true);
      assert.match(String(body.id), /^c-[0-9a-f]{12}$/);
    }
    const ids = (await queued(context)).map((entry) => entry.id);
    assert.is(ids.length, 2);
  }),
);

answers(
  "a reaction: its own id (r-), its own thanks, only id, received, article and choice kept",
  on({ now: () => Date.parse("2026-11-18T15:02:09.900Z") }, async (context) => {
    const json = await send(context.intake, "POST", "/reaction", reaction({ choice: "no" }), { ...JSON_ACCEPT, Origin: SITE_ORIGIN });
    assert.is(json.status, 202);
    const body = json.json();
    assert.match(String(body.id), /^r-[0-9a-f]{12}$/);
    const thanksForComment = (await postComment(context, comment(), JSON_ACCEPT)).json().message;
    assert.ok(typeof body.message === "string" && body.message.length > 0, "the script shows a thank-you");
    assert.is.not(body.message, thanksForComment, "an answer is not thanked as a comment");
    const [line, ...more] = await segmentLines(context.queueDir, "reactions");
    assert.equal(more, []);
    assert.equal(line, { id: body.id, received: "2026-11-18T15:02:09+00:00", article: "harbour-reopens", choice: "no" });
  }),
);

answers(
  "a comment line: the article's url from the built site (not the form's), replyTo only when given",
  on({ now: () => Date.parse("2026-11-18T15:02:09.900Z") }, async (context) => {
    await writeArticleList(context.builtDir, { ...BUILT_ARTICLES, "harbour-reopens": { url: "/2026/11/18/harbour-reopens-updated/", commentsOpen: true } });
    // The list is read at start: a fresh server reads the moved article.
    await context.intake.close();
    context.intake = await startIntakeServer({ site: makeTestSite(), queueDir: context.queueDir, builtDir: context.builtDir, port: 0, host: "127.0.0.1", now: () => Date.parse("2026-11-18T15:02:09.900Z"), log: () => undefined });
    const first = await postComment(context, comment(), FORM_POST);
    assert.is(first.headers.location, `${SITE_ORIGIN}/2026/11/18/harbour-reopens-updated/#comment-received`);
    const reply = (await postComment(context, comment({ replyTo: "c-0a1b2c3d4e5f", comment: "Agreed." }), JSON_ACCEPT)).json();
    const [top, answer] = await queued(context);
    assert.equal(Object.keys(top!).sort(), ["article", "email", "id", "name", "received", "text", "url"]);
    assert.is(top!.url, "/2026/11/18/harbour-reopens-updated/");
    assert.equal(answer, { id: reply.id, received: "2026-11-18T15:02:09+00:00", article: "harbour-reopens", url: "/2026/11/18/harbour-reopens-updated/", name: "Maya", email: "maya@example.com", text: "Agreed.", replyTo: "c-0a1b2c3d4e5f" });
  }),
);

answers(
  "a reaction posted with the comment form's fields (one <form>, two buttons) keeps only the answer",
  on({}, async (context) => {
    const answer = await send(context.intake, "POST", "/reaction", reaction({ comment: "Half-written comment", name: "Maya" }), FORM_POST);
    assert.is(answer.status, 303);
    assert.is(answer.headers.location, `${ARTICLE_URL}#reaction-received`);
    assert.equal(await queued(context), []);
    assert.equal(Object.keys((await segmentLines(context.queueDir, "reactions"))[0]!).sort(), ["article", "choice", "id", "received"]);
  }),
);

answers(
  "paths and methods: /health for GET and HEAD only; a query string is ignored; other paths 404, other methods 405",
  on({}, async (context) => {
    const health = await send(context.intake, "GET", "/health");
    assert.is(health.status, 200);
    assert.is(health.text, "ok\n");
    assertBase(health, "text/plain; charset=utf-8", "health");
    assert.is((await send(context.intake, "HEAD", "/health")).status, 200);
    assert.is((await send(context.intake, "POST", "/health", comment(), { "Content-Type": FORM })).status, 404);
    assert.is((await send(context.intake, "GET", "/health?check=1")).status, 200);

    const noOrigin = await postComment(context, comment(), JSON_ACCEPT);
    assert.is(noOrigin.status, 202);
    assert.is(noOrigin.headers.vary, "Origin", "a form service's answer (no Origin) must not be cached for the site's page either");
    const tracked = await send(context.intake, "POST", "/comment?utm_source=newsletter", comment(), JSON_ACCEPT);
    assert.is(tracked.status, 202, "a query string on the form's action");
    for (const path of ["/comment/", "/comments", "/", "/reaction/yes", "/wp-comments-post.php"]) {
      const answer = await send(context.intake, "POST", path, comment(), JSON_ACCEPT);
      assert.is(answer.status, 404, path);
      assertBase(answer, "text/plain; charset=utf-8", path);
    }
    for (const method of ["GET", "PUT", "DELETE"]) {
      const answer = await send(context.intake, method, "/reaction", "", { Origin: SITE_ORIGIN });
      assert.is(answer.status, 405, method);
      assert.is(answer.headers.allow, "POST, OPTIONS", method);
      assert.is(answer.headers["access-control-allow-origin"], SITE_ORIGIN, method);
      assert.is(answer.headers.vary, "Origin", method);
    }
    assert.is((await queued(context)).length, 2);
  }),
);

answers(
  "the CORS preflight from the site's page: 204 with exactly the allowed method, headers and cache time",
  on({}, async (context) => {
    for (const path of ["/comment", "/reaction"]) {
      const ok = await send(context.intake, "OPTIONS", path, "", { Origin: SITE_ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type,accept" });
      assert.is(ok.status, 204, path);
      assert.is(ok.headers["access-control-allow-origin"], SITE_ORIGIN);
      assert.is(ok.headers["access-control-allow-methods"], "POST");
      assert.is(ok.headers["access-control-allow-headers"], "Content-Type, Accept");
      assert.is(ok.headers["access-control-max-age"], "600");
      assert.is(ok.headers["cache-control"], "no-store");
      assert.is(ok.headers.vary, "Origin");
      assert.is(ok.text, "");
    }
    const noOrigin = await send(context.intake, "OPTIONS", "/comment", "", { "Access-Control-Request-Method": "POST" });
    assert.is(noOrigin.status, 403, "a preflight without Origin is no browser's");
    assert.is(noOrigin.headers.vary, "Origin");
    assert.is(noOrigin.headers["access-control-allow-origin"], undefined);
  }),
);

answers(
  "server settings: headers within 10 s, the whole request within 15 s (docs/comment-intake.md)",
  on({}, async (context) => {
    assert.is(context.intake.server.headersTimeout, 10_000);
    assert.is(context.intake.server.requestTimeout, 15_000);
  }),
);

answers.run();

// ---------------------------------------------------------------------------------------------

const pages = suite("intake server: the page a refused plain form gets");

function page(answer: Answer) {
  assert.match(String(answer.headers["content-type"]), /^text\/html; charset=utf-8$/);
  return load(answer.text);
}

pages(
  "a comment refused on its fields: a titled page listing each problem, a link back to the article, the comment kept",
  on({}, async (context) => {
    const answer = await postComment(context, comment({ name: "", email: "maya at example.com", comment: "Line one\r\nLine <two> & \"three\"" }), FORM_POST);
    assert.is(answer.status, 400);
    assertBase(answer, "text/html; charset=utf-8", "400 page");
    const $ = page(answer);
    const title = $("title").text();
    assert.ok(title.length > 0);
    assert.is($("h1").text(), title);
    assert.match(title, /comment/i);
    assert.is($("li").length, 2, "one item per problem: name and e-mail");
    assert.ok($("li").toArray().every((item) => $(item).text().length > 10));
    assert.is($("a").attr("href"), ARTICLE_URL);
    assert.is($("a").text(), "Back to the article");
    assert.is($("pre").text(), "Line one\nLine <two> & \"three\"", "what the reader wrote, as sent (the HTML parser reads CRLF as LF)");
    assert.is($("html").attr("lang"), "en");
    assert.is($("html").attr("dir"), "ltr");
    assert.is(answer.headers["content-language"], "en");
    assert.is($('meta[name="robots"]').attr("content"), "noindex");
  }),
);

pages(
  "refused on the article or its address: the link goes to the front page (under the path prefix)",
  on({ site: makeTestSite({ pathPrefix: "/news/" }) }, async (context) => {
    const table: [string, Record<string, string>][] = [
      ["an article the site does not list", { article: "no-such-story", url: "/2026/11/18/no-such-story/" }],
      ["an article id that is a path", { article: "../etc/passwd" }],
      ["an address on another host", { url: "//evil.example/2026/11/18/harbour-reopens/" }],
    ];
    for (const [label, fields] of table) {
      const $ = page(await postComment(context, comment(fields), FORM_POST));
      assert.is($("a").attr("href"), `${SITE_ORIGIN}/news/`, label);
      assert.is($("a").text(), "Back to the front page", label);
    }
    const $ = page(await postComment(context, comment({ email: "" }), FORM_POST));
    assert.is($("a").attr("href"), `${SITE_ORIGIN}/news/2026/11/18/harbour-reopens/`, "refused on the e-mail: back to the article");
  }),
);

pages(
  "a refused answer: its own title, no 'what you wrote' even when the form carried a comment",
  on({}, async (context) => {
    const answer = await send(context.intake, "POST", "/reaction", reaction({ choice: "maybe", comment: "Half-written comment" }), FORM_POST);
    assert.is(answer.status, 400);
    const $ = page(answer);
    assert.match($("title").text(), /answer/i);
    assert.not.match($("title").text(), /comment/i);
    assert.is($("pre").length, 0);
    assert.is($("h2").length, 0);
    const noText = page(await postComment(context, comment({ name: "", comment: "" }), FORM_POST));
    assert.is(noText("pre").length, 0, "nothing written: nothing shown back");
  }),
);

pages(
  "control characters are not shown back: the comment is shown without them",
  on({}, async (context) => {
    const $ = page(await postComment(context, comment({ comment: "Bell\u0007 and escape\u001b[2J here" }), FORM_POST));
    assert.is($("pre").text(), "Bell and escape[2J here");
    assert.is($("li").length, 1);
  }),
);

const VECTORS = (JSON.parse(readFileSync(fileURLToPath(new URL("../../../shared/corpus/xss/dompurify-vectors.json", import.meta.url)), "utf8")) as { vectors: { id: string; payload: string }[] }).vectors;

pages(
  "DOMPurify's XSS payloads in a refused comment come back as text: no element, attribute or script of theirs",
  on({}, async (context) => {
    // Every payload through the function the page is made with; a sample through the server.
    for (const { id, payload } of VECTORS) {
      const html = errorPageHtml({
        lang: "en",
        dir: "ltr",
        title: "Your comment was not sent",
        intro: "Please fix this and send it again:",
        errors: ["Please give your name."],
        backHint: "Your browser's Back button takes you to the form.",
        back: { href: ARTICLE_URL, text: "Back to the article" },
        wrote: { heading: "What you wrote", note: "Copy it before you leave this page if your browser does not keep it.", text: payload },
      });
      const $ = load(html);
      // As any HTML parser reads text: CRLF and CR as LF, and a line end just after <pre> dropped.
      const asRead = (text: string) => text.replace(/\r\n?/g, "\n");
      assert.is($("pre").text(), asRead(payload).replace(/^\n/, ""), id);
      assert.equal($("pre *").length, 0, id);
      assert.equal($("script, img, svg, iframe, object, embed, style, form, math").length, 0, id);
      const escaped = escapeHtml(payload);
      assert.not.match(escaped, /[<>"']/, id);
      assert.is(load(`<p>${escaped}</p>`)("p").text(), asRead(payload), id);
    }
    for (const { id, payload } of VECTORS.filter((_, index) => index % 20 === 0)) {
      const answer = await postComment(context, comment({ name: "", comment: payload }), FORM_POST);
      assert.is(answer.status, 400, id);
      const $ = page(answer);
      assert.equal($("script, img, svg, iframe, object, embed").length, 0, id);
    }
  }),
);

pages("escapeHtml: the five characters HTML treats specially, and nothing else", () => {
  assert.is(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`), "&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;Tom &#38; Jerry&#60;/a&#62;");
  assert.is(escapeHtml("Beyrouth — مرفأ بيروت 😀"), "Beyrouth — مرفأ بيروت 😀");
});

pages(
  "the JSON refusal: every problem by field, and one message joining them for the script to show",
  on({}, async (context) => {
    const answer = await postComment(context, comment({ name: "", email: "nope", comment: "" }), { ...JSON_ACCEPT, Origin: SITE_ORIGIN });
    assert.is(answer.status, 400);
    assertBase(answer, "application/json; charset=utf-8", "400 JSON");
    const body = answer.json();
    const errors = body.errors as Record<string, string>;
    assert.equal(Object.keys(errors), ["name", "email", "comment"]);
    assert.is(body.message, `${errors.name} ${errors.email} ${errors.comment}`);
    assert.is(answer.headers["access-control-allow-origin"], SITE_ORIGIN);
  }),
);

pages.run();

// ---------------------------------------------------------------------------------------------

const gate = suite("intake server: the article's address, the quota, a full or broken queue");

gate(
  "an address that climbs out of the path prefix with %2e%2e is refused on `url`",
  on({ site: makeTestSite({ pathPrefix: "/news/" }) }, async (context) => {
    const answer = await postComment(context, comment({ url: "/%2e%2e/%2e%2e/admin/" }), JSON_ACCEPT);
    assert.is(answer.status, 400);
    assert.equal(Object.keys(answer.json().errors as object), ["url"]);
    assert.is((await postComment(context, comment(), JSON_ACCEPT)).status, 202);
  }),
);

gate(
  "an article list whose url is not a page of this site: refused on `url`, never redirected there",
  on({ articleListPollMs: 20 }, async (context) => {
    const listed = {
      "offsite-story": { url: "https://evil.example/2026/11/18/story/", commentsOpen: true },
      "protocol-relative": { url: "//evil.example/story/", commentsOpen: true },
      "backslash-story": { url: "/\\evil.example/story/", commentsOpen: true },
      "relative-story": { url: "2026/11/18/relative-story/", commentsOpen: true },
    };
    await writeArticleList(context.builtDir, { ...BUILT_ARTICLES, ...listed });
    const post = (article: string) => postComment(context, comment({ article, url: "/2026/11/18/story/" }), JSON_ACCEPT);
    // Until the server has read the rebuilt list, the article is unknown (refused on `article`).
    const deadline = Date.now() + 5_000;
    while ("article" in ((await post("offsite-story")).json().errors as object) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    for (const article of Object.keys(listed)) {
      const answer = await post(article);
      assert.is(answer.status, 400, article);
      assert.equal(Object.keys(answer.json().errors as object), ["url"], article);
    }
    assert.equal(await queued(context), []);
  }),
);

gate(
  "over the quota: refusals do not give a form back, whatever refused it",
  on({ rateLimit: { max: 2, windowMs: 60_000 } }, async (context) => {
    assert.is((await postComment(context, comment(), JSON_ACCEPT)).status, 202);
    assert.is((await postComment(context, comment(), JSON_ACCEPT)).status, 202);
    assert.is((await postComment(context, comment(), JSON_ACCEPT)).status, 429);
    assert.is((await postComment(context, comment(), { ...JSON_ACCEPT, Origin: "https://evil.example" })).status, 403);
    assert.is((await postComment(context, comment(), JSON_ACCEPT)).status, 429, "still over the quota after a 429 and a 403");
    assert.is((await queued(context)).length, 2);
  }),
);

let clock = Date.parse("2026-11-18T12:00:00Z");
gate(
  "the wait is told in whole minutes, rounded up: '1 minute', '10 minutes'; Retry-After in seconds",
  on({ rateLimit: { max: 1, windowMs: 10 * 60_000 }, now: () => clock }, async (context) => {
    assert.is((await postComment(context, comment(), JSON_ACCEPT)).status, 202);
    const full = await postComment(context, comment(), JSON_ACCEPT);
    assert.is(full.status, 429);
    assert.is(full.headers["retry-after"], "600");
    assert.match(String((full.json().errors as Record<string, string>).form), /Please wait 10 minutes and try again/);
    clock += 8 * 60_000 + 59_000;
    const twoMinutes = await postComment(context, comment(), JSON_ACCEPT);
    assert.is(twoMinutes.headers["retry-after"], "61");
    assert.match(String((twoMinutes.json().errors as Record<string, string>).form), /Please wait 2 minutes and try again/, "61 s: 2 minutes");
    clock += 31_000;
    const page = await postComment(context, comment(), FORM_POST);
    assert.is(page.status, 429);
    assert.is(page.headers["retry-after"], "30");
    assert.match(load(page.text)("li").text(), /Please wait 1 minute and try again/);
  }),
);

gate(
  "more forms waiting than queueLimit (here 1): 503 with Retry-After: 5, on `form`; the rest are kept",
  on({ queueLimit: 1, rateLimit: undefined }, async (context) => {
    const port = Number(new URL(context.intake.url).port);
    const results = await Promise.all(Array.from({ length: 40 }, (_, index) => postFromLoopback(port, `127.3.0.${index + 1}`, comment({ comment: `Post ${index}` }))));
    const statuses = results.map((result) => result.status);
    assert.ok(statuses.includes(503), `some are refused: ${statuses.join(" ")}`);
    assert.equal([...new Set(statuses)].sort(), [202, 503]);
    assert.is((await queued(context)).length, statuses.filter((status) => status === 202).length);
    assert.equal([...new Set(results.filter((result) => result.status === 503).map((result) => result.retryAfter))], ["5"]);
  }),
);

gate(
  "a queue folder that cannot be written: 503 with Retry-After: 60, nothing else changes",
  on({}, async (context) => {
    await rm(context.queueDir, { recursive: true, force: true });
    await writeFile(context.queueDir, "not a folder");
    const answer = await withQuietConsole(() => postComment(context, comment(), JSON_ACCEPT));
    assert.is(answer.status, 503);
    assert.is(answer.headers["retry-after"], "60");
    assert.equal(Object.keys(answer.json().errors as object), ["form"]);
    const reactionAnswer = await withQuietConsole(() => send(context.intake, "POST", "/reaction", reaction(), FORM_POST));
    assert.is(reactionAnswer.status, 503);
    assert.is(reactionAnswer.headers["retry-after"], "60");
  }),
);

gate(
  "trustProxy: an empty X-Forwarded-For falls back to the connection's address; spaces around entries are ignored",
  on({ trustProxy: true, rateLimit: { max: 1, windowMs: 60_000 } }, async (context) => {
    assert.is((await postComment(context, comment(), { ...JSON_ACCEPT, "X-Forwarded-For": "" })).status, 202);
    assert.is((await postComment(context, comment(), JSON_ACCEPT)).status, 429, "both are 127.0.0.1");
    assert.is((await postComment(context, comment(), { ...JSON_ACCEPT, "X-Forwarded-For": "198.51.100.7,203.0.113.5 " })).status, 202);
    assert.is((await postComment(context, comment(), { ...JSON_ACCEPT, "X-Forwarded-For": "203.0.113.5" })).status, 429, "the same client");
  }),
);

gate.run();

// ---------------------------------------------------------------------------------------------

const life = suite("intake server: starting and stopping");

life(
  "the queue folder is made owner-only, with its parents; a leftover temporary file is removed and logged",
  async () => {
    const lines: string[] = [];
    await on({ log: (line) => lines.push(line) }, async (context) => {
      assert.equal(lines, [], "nothing to remove, nothing logged");
      assert.is((await stat(context.queueDir)).mode & 0o777, 0o700);
      const nested = join(context.root, "newsroom", "moderation");
        const second = await startIntakeServer({ site: makeTestSite(), queueDir: nested, builtDir: context.builtDir, port: 0, host: "127.0.0.1", log: (line) => lines.push(line) });
      await second.close();
      assert.is((await stat(nested)).mode & 0o777, 0o700);

      for (const [count, expected] of [[1, /^Removed 1 temporary file left in /], [2, /^Removed 2 temporary files left in /]] as const) {
        for (let index = 0; index < count; index += 1) await writeFile(join(nested, `.queue.jsonl.${index}3f9a1c2b7d1.tmp`), '{"email":"maya@example.com"}\n');
        lines.length = 0;
        const again = await startIntakeServer({ site: makeTestSite(), queueDir: nested, builtDir: context.builtDir, port: 0, host: "127.0.0.1", log: (line) => lines.push(line) });
        await again.close();
        assert.is(lines.length, 1, String(count));
        assert.match(lines[0]!, expected);
        assert.equal((await readdir(nested)).filter((name) => name.endsWith(".tmp")), []);
      }
    })();
  },
);

life(
  "an editor's command holding the lock does not stop the server from starting",
  on({}, async (context) => {
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const editor = withModerationLock(context.queueDir, async () => {
      locked();
      await holding;
    });
    await isLocked;
    try {
      const second = await startIntakeServer({ site: makeTestSite(), queueDir: context.queueDir, builtDir: context.builtDir, port: 0, host: "127.0.0.1", log: () => undefined });
      await second.close();
    } finally {
      release();
      await editor;
    }
  }),
);

life(
  "the address: 127.0.0.1 by default; an IPv6 host in brackets; a port in use is an error, and close frees it",
  on({}, async (context) => {
    const options = { site: makeTestSite(), queueDir: context.queueDir, builtDir: context.builtDir, log: () => undefined };
    const defaultHost = await startIntakeServer({ ...options, port: 0 });
    assert.match(defaultHost.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.is((await send(defaultHost, "GET", "/health")).status, 200);
    const port = Number(new URL(defaultHost.url).port);
    const clash = await startIntakeServer({ ...options, port, host: "127.0.0.1" }).then(() => undefined, (cause: NodeJS.ErrnoException) => cause);
    assert.is(clash?.code, "EADDRINUSE");
    await defaultHost.close();
    const reused = await startIntakeServer({ ...options, port, host: "127.0.0.1" });
    assert.is(reused.url, `http://127.0.0.1:${port}`);
    await reused.close();

    const v6 = await startIntakeServer({ ...options, port: 0, host: "::1" }).catch((cause: NodeJS.ErrnoException) => {
      if (cause.code === "EADDRNOTAVAIL" || cause.code === "EAFNOSUPPORT") return undefined; // no IPv6 loopback here
      throw cause;
    });
    if (v6) {
      assert.match(v6.url, /^http:\/\/\[::1\]:\d+$/);
      await v6.close();
    }
  }),
);

life(
  "without a log function, refusals and queued forms are logged on standard output",
  on({}, async (context) => {
    const printed: string[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => void printed.push(args.join(" "));
    try {
      const quiet = await startIntakeServer({ site: makeTestSite(), queueDir: context.queueDir, builtDir: context.builtDir, port: 0, host: "127.0.0.1" });
      try {
        assert.is((await send(quiet, "POST", "/comment", comment({ name: "", email: "" }), JSON_ACCEPT)).status, 400);
        assert.is((await send(quiet, "POST", "/comment", comment(), JSON_ACCEPT)).status, 202);
      } finally {
        await quiet.close();
      }
    } finally {
      console.log = original;
    }
    assert.is(printed.length, 2, printed.join("\n"));
    assert.match(printed[0]!, /^comment refused \(400\): name, email$/);
    assert.match(printed[1]!, /^comment c-[0-9a-f]{12} queued for harbour-reopens$/);
  }),
);

life(
  "a failure inside the server answers 500 and the server keeps serving",
  on({}, async (context) => {
    let failing = true;
    const broken = await startIntakeServer({
      site: makeTestSite(),
      queueDir: context.queueDir,
      builtDir: context.builtDir,
      port: 0,
      host: "127.0.0.1",
      log: () => {
        if (failing) throw new Error("the log's disk is full");
      },
    });
    try {
      const answer = await withQuietConsole(() => send(broken, "POST", "/comment", comment({ email: "" }), JSON_ACCEPT));
      assert.is(answer.status, 500);
      assertBase(answer, "text/plain; charset=utf-8", "500");
      assert.ok(answer.text.trim().length > 10, "the reader is told something went wrong");
      failing = false;
      assert.is((await send(broken, "POST", "/comment", comment(), JSON_ACCEPT)).status, 202);
    } finally {
      await broken.close();
    }
  }),
);

life.run();
