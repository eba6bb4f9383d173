// Text from sources and readers is hostile until proven otherwise: nothing in it may reach a
// page as markup. Builds a newsroom of hostile sources and inspects every page.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { load } from "cheerio";
import { isTag } from "domhandler";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";

// With the search index, so its fragments can be read too.
const site = await buildSite("tests/fixtures/hostile", { DATELINE_STRICT: "false", DATELINE_SEARCH: "true" });
const files = (await readdir(site.dir, { recursive: true })).filter((file) => file.endsWith(".html"));

const hostile = suite("hostile text in sources and comments");

hostile("every hostile article is built", () => {
  for (const slug of ["council-friends-meet", "residents-debate-the-new-bridge", "feed-markup-title-script-alert-headline-script", "nimda-ffats-says-the-harbour-reopens"]) {
    assert.ok(files.some((file) => file.includes(slug)), `${slug} in ${files.join(", ")}`);
  }
});

hostile("no page runs a script, carries an event handler or a dangerous URL, or holds a control character", async () => {
  for (const file of files) {
    assert.not.match(await site.read(`/${file}`), /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/, `${file}: control character`);
    const $ = load(await site.read(`/${file}`));
    $("script").each((_, script) => {
      const src = $(script).attr("src");
      if (src !== undefined) {
        assert.ok(["/pagefind/pagefind-ui.js", "/assets/search.js", "/assets/comments.js"].includes(src), `${file}: <script src="${src}">`);
        assert.is($(script).text(), "", `${file}: script file with inline code`);
        return;
      }
      assert.is($(script).attr("type"), "application/ld+json", `${file}: only JSON-LD scripts`);
      JSON.parse($(script).text());
    });
    $("*").each((_, element) => {
      if (!isTag(element)) return;
      for (const [name, value] of Object.entries(element.attribs)) {
        assert.not.ok(/^on/i.test(name), `${file}: <${element.name} ${name}>`);
        if (["href", "src", "action", "formaction"].includes(name)) assert.not.match(value.trim(), /^(javascript|data|vbscript):/i, `${file}: ${name}=${value}`);
      }
    });
    for (const tag of ["iframe", "svg", "style", "object", "embed"]) assert.is($(`main ${tag}`).length, 0, `${file}: <${tag}>`);
  }
});

hostile("hostile front matter is shown as text, not lost", async () => {
  const file = files.find((name) => name.includes("council-friends-meet"))!;
  const $ = load(await site.read(`/${file}`));
  assert.is($("h1").text(), `<script>alert(“headline”)</script> Council & “friends” meet`);
  assert.match($(".byline").text(), /<b onmouseover=alert\("byline"\)>Eve Mallory</);
  assert.is($(".byline b").length, 0);
  assert.is($(".figure__caption").text().trim(), `</figcaption><script>alert("caption")</script>`);
  assert.is($(".figure__credit").text().trim(), `<a href="javascript:alert('credit')">Agency</a>`);
  assert.is($("figure img").attr("alt"), `" onerror="alert('alt')`);
  const data = JSON.parse($('script[type="application/ld+json"]').text()) as { headline: string; keywords: string[] };
  assert.is(data.headline, `<script>alert(“headline”)</script> Council & “friends” meet`);
  assert.ok(data.keywords.includes("</script><script>alert('tag')</script>"));
  assert.ok($(".article__body").text().includes("<script> as text"), "escaped markup in the source stays visible text");
  assert.ok($(".article__body").text().includes("Raw HTML paragraph with a bad link"), "text around removed markup is kept");
});

hostile("wire HTML: encoded schemes, mutation tricks, forms, frames, bases and refreshes are gone", async () => {
  const file = files.find((name) => name.includes("feed-markup-title-script-alert-headline-script"))!;
  const $ = load(await site.read(`/${file}`));
  for (const tag of ["form", "input", "object", "embed", "base", "meta", "math", "table", "iframe"]) assert.is($(`.article__body ${tag}`).length, 0, tag);
  assert.is($('meta[http-equiv]').length, 0);
  assert.is($("head base").length, 0);
  $("main a[href]").each((_, link) => assert.match($(link).attr("href")!, /^(https?:|\/|#)/, $(link).attr("href")));
  assert.ok($(".article__body").text().includes("Text with <script> entities & a null"), "entities stay text");
  assert.is($("h1").text(), "Feed markup </title><script>alert('headline')</script>");
  assert.is($("figure .figure__credit").text().trim(), `<a href="javascript:alert('credit')">Agency</a>`);
});

hostile("hostile approved comments: escaped, isolated, links only to http(s); a tampered one is left out", async () => {
  const file = files.find((name) => name.includes("council-friends-meet"))!;
  const $ = load(await site.read(`/${file}`));
  const ids = $("#comments li.comment").map((_, li) => $(li).attr("id")).get();
  assert.equal(ids, ["comment-h-1", "comment-h-5", "comment-h-2", "comment-h-3"], "h-4 with a NUL byte is refused");
  assert.is($("#comment-h-1 > .comment__body .comment__author").text(), "<script>alert('author')</script>");
  assert.is($("#comment-h-2 .comment__author").prop("tagName"), "BDI", "direction overrides in names cannot reorder the page");
  $("#comments .comment a").each((_, link) => {
    assert.match($(link).attr("href")!, /^https?:\/\//);
    assert.is($(link).attr("rel"), "nofollow ugc noopener");
  });
  assert.ok($("#comment-h-5").closest("#comment-h-1").length === 1, "the break-out attempt stays a reply inside its thread");
  assert.match($("#comment-h-5").text(), /<\/li><\/ol><\/section><script>alert\('break out'\)<\/script>/);
});

hostile("reader comments are text", async () => {
  const file = files.find((name) => name.includes("residents-debate-the-new-bridge"))!;
  const $ = load(await site.read(`/${file}`));
  const comments = $("#comments .comment");
  assert.is(comments.length, 2);
  assert.match(comments.first().text(), /<script>alert\("comment"\)<\/script> Nice <b>bold<\/b> try\./);
  assert.is(comments.find("b").length, 0);
});

/** C0 controls but tab and line breaks, DEL, and the bidirectional embeddings and overrides. */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e]/;

hostile("no page, feed, sitemap, JSON-LD or search fragment carries a control or direction-override character", async () => {
  const all = await readdir(site.dir, { recursive: true });
  const texts = all.filter((file) => /\.(html|xml|json|txt)$/.test(file));
  const fragments = all.filter((file) => file.endsWith(".pf_fragment"));
  assert.ok(texts.some((file) => file.endsWith(".xml")) && texts.some((file) => file.endsWith("feed.json")), texts.join(", "));
  assert.ok(fragments.length >= 4, `search fragments: ${fragments.join(", ")}`);
  for (const file of texts) assert.not.match(await site.read(`/${file}`), UNSAFE, file);
  for (const file of fragments) {
    // Pagefind writes each page's fragment gzipped behind a short signature.
    const bytes = gunzipSync(await readFile(join(site.dir, file))).toString("utf8");
    assert.not.match(bytes, UNSAFE, file);
  }
});

hostile("text that tried to reverse itself is shown as written, in every place the article appears", async () => {
  const file = files.find((name) => name.includes("nimda-ffats-says-the-harbour-reopens"))!;
  const $ = load(await site.read(`/${file}`));
  assert.is($("h1").text(), "nimdA ffatS says the harbour reopens");
  assert.match($('meta[property="og:title"]').attr("content")!, /^nimdA ffatS says the harbour reopens/);
  assert.match($("title").text(), /^nimdA ffatS says the harbour reopens/);
  assert.is($("figure img").attr("alt"), "The quay at dusk");
  const data = JSON.parse($('script[type="application/ld+json"]').text()) as { headline: string };
  assert.is(data.headline, "nimdA ffatS says the harbour reopens");
  assert.match($(".byline").text(), /Yusuf Malik/);
  assert.is($("#comment-d-1 .comment__author").text(), "nimdA ffatS", "a name imported from a form service");
  assert.match($("#comment-d-1").text(), /reversed and \u2067עברית\u2069 kept/, "a matched isolate is what Hebrew in a Latin sentence needs");
});

hostile("pictures inside list items and headings never reach the page; protocol-relative links lose their address", async () => {
  const file = files.find((name) => name.includes("nimda-ffats-says-the-harbour-reopens"))!;
  const $ = load(await site.read(`/${file}`));
  assert.is($(".article__body li img, .article__body h2 img").length, 0);
  $(".article__body img").each((_, image) => assert.not.match($(image).attr("src")!, /passwd|track\.example/));
  assert.ok($(".article__body").text().includes("An item with a picture"), "the item's text stays");
  $("main a[href]").each((_, link) => assert.not.match($(link).attr("href")!, /^\s*[/\\]{2}|^\/\\/, $(link).attr("href")));
  assert.ok($(".article__body").text().includes("protocol-relative link"), "the link's text stays");
});

hostile.run();
