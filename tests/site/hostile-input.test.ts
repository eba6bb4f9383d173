// Text from sources and readers is hostile until proven otherwise: nothing in it may reach a
// page as markup. Builds a newsroom of hostile sources and inspects every page.
import { readdir } from "node:fs/promises";
import { load } from "cheerio";
import { isTag } from "domhandler";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";

const site = await buildSite("tests/fixtures/hostile", { DATELINE_STRICT: "false" });
const files = (await readdir(site.dir, { recursive: true })).filter((file) => file.endsWith(".html"));

const hostile = suite("hostile text in sources and comments");

hostile("both hostile articles are built", () => {
  assert.ok(files.some((file) => file.includes("council-friends-meet")), files.join(", "));
  assert.ok(files.some((file) => file.includes("residents-debate-the-new-bridge")), files.join(", "));
});

hostile("no page runs a script, carries an event handler or a dangerous URL", async () => {
  for (const file of files) {
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
  assert.is($("h1").text(), `<script>alert("headline")</script> Council & "friends" meet`);
  assert.match($(".byline").text(), /<b onmouseover=alert\("byline"\)>Eve Mallory</);
  assert.is($(".byline b").length, 0);
  assert.is($(".figure__caption").text().trim(), `</figcaption><script>alert("caption")</script>`);
  assert.is($(".figure__credit").text().trim(), `<a href="javascript:alert('credit')">Agency</a>`);
  assert.is($("figure img").attr("alt"), `" onerror="alert('alt')`);
  const data = JSON.parse($('script[type="application/ld+json"]').text()) as { headline: string; keywords: string[] };
  assert.is(data.headline, `<script>alert("headline")</script> Council & "friends" meet`);
  assert.ok(data.keywords.includes("</script><script>alert('tag')</script>"));
  assert.ok($(".article__body").text().includes("<script> as text"), "escaped markup in the source stays visible text");
  assert.ok($(".article__body").text().includes("Raw HTML paragraph with a bad link"), "text around removed markup is kept");
});

hostile("reader comments are text", async () => {
  const file = files.find((name) => name.includes("residents-debate-the-new-bridge"))!;
  const $ = load(await site.read(`/${file}`));
  const comments = $("#comments .comment");
  assert.is(comments.length, 2);
  assert.match(comments.first().text(), /<script>alert\("comment"\)<\/script> Nice <b>bold<\/b> try\./);
  assert.is(comments.find("b").length, 0);
});

hostile.run();
