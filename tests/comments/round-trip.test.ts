// The whole round trip on loopback, fed the hostile corpus: post through the intake server,
// approve what it accepted, build the site, and read the article page. Every input is either
// refused with a reason or published as harmless text.
import { cp, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "cheerio";
import { isTag } from "domhandler";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { startIntakeServer } from "../../src/comments/intake-server.ts";
import { approve, listPending } from "../../src/comments/moderate.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import { buildSite } from "../site/build-site.ts";

const corpus = (JSON.parse(await readFile("tests/fixtures/hostile/corpus.json", "utf8")) as { strings: string[] }).strings;
const ARTICLE = { id: "hostile-comments", url: "/2026/11/21/residents-debate-the-new-bridge/" };

const roundTrip = suite("hostile comments through intake, moderation and the build");

roundTrip("each corpus entry is refused or published as inert text, and the count matches", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-round-trip-"));
  const contentDir = join(root, "content");
  const queueDir = join(root, "moderation");
  await cp("tests/fixtures/hostile", contentDir, { recursive: true });
  const site = makeTestSite({ url: "http://localhost:8080" });
  // As a newsroom runs it: the site is built, the server takes forms for what the build published.
  const first = await buildSite(contentDir, { DATELINE_STRICT: "false" });
  const intake = await startIntakeServer({ site, queueDir, builtDir: first.dir, port: 0, host: "127.0.0.1", trustProxy: true, log: () => {} });
  const outcomes: { input: string; status: number }[] = [];
  try {
    for (const [index, input] of corpus.entries()) {
      const body = new URLSearchParams({ article: ARTICLE.id, url: ARTICLE.url, name: index % 3 === 0 ? input.slice(0, 80) : `Reader ${index}`, email: `reader${index}@example.org`, comment: input, website: "" });
      // A fresh address per post: this test is about content, not the rate limit.
      const response = await fetch(`${intake.url}/comment`, {
        method: "POST",
        body,
        headers: { Accept: "application/json", "X-Forwarded-For": `10.0.0.${index + 1}` },
        redirect: "manual",
      });
      outcomes.push({ input, status: response.status });
    }
  } finally {
    await intake.close();
  }
  const refused = outcomes.filter((outcome) => outcome.status !== 202);
  assert.ok(refused.every((outcome) => outcome.status === 400), JSON.stringify(refused.map((o) => o.status)));
  assert.ok(refused.some((outcome) => outcome.input.includes("\u0000")), "a NUL byte is refused");
  assert.ok(refused.some((outcome) => outcome.input.length === 1501), "the 1501st character is refused");
  assert.not.ok(refused.some((outcome) => outcome.input === "🔥".repeat(1500)), "1500 characters of emoji fit");

  const { pending } = await listPending({ queueDir, contentDir });
  assert.is(pending.length, outcomes.length - refused.length);
  for (const entry of pending) await approve({ queueDir, contentDir, builtDir: first.dir }, entry.id);

  const built = await buildSite(contentDir, { DATELINE_STRICT: "false" }, [], { output: first.dir });
  const $ = load(await built.read(ARTICLE.url));
  const shown = $("#comments .comments__list > li").length;
  assert.is(shown, 2 + pending.length, "the wire text's own two comments plus every approved one");
  assert.is($(".article__comment-count").text(), `${shown} comments`);
  $("script").each((_, script) => {
    const src = $(script).attr("src");
    assert.ok(src ? src.startsWith("/assets/") : $(script).attr("type") === "application/ld+json", src ?? "inline script");
  });
  $("*").each((_, element) => {
    if (!isTag(element)) return;
    for (const [name, value] of Object.entries(element.attribs)) {
      assert.not.ok(/^on/i.test(name), `${element.name} ${name}`);
      if (name === "href" || name === "src") assert.not.match(value.trim(), /^(javascript|data|vbscript):/i);
    }
  });
  for (const tag of ["iframe", "svg", "img", "b", "i", "textarea + script"]) assert.is($(`#comments .comment__body ${tag}`).length, 0, tag);
  const text = $("#comments").text();
  assert.ok(text.includes("<script>alert('script')</script>"), "markup is shown as the text the reader typed");
  assert.ok(text.includes("{{ 7 * 7 }}"), "template syntax is not run");
  // Direction controls: stripped from names at intake; kept in text as written, but every
  // paragraph is its own direction run and names sit in <bdi>, so nothing reorders the page.
  $("#comments .comment__author").each((_, name) => {
    assert.is($(name).prop("tagName"), "BDI");
    assert.not.match($(name).text(), /[\u202a-\u202e\u2066-\u2069]/);
  });
  $("#comments .comment__body > p:not(.comment__meta)").each((_, paragraph) => assert.is($(paragraph).attr("dir"), "auto"));
});

roundTrip.run();
