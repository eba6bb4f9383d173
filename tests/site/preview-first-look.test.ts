// Preview's first look (src/eleventy/first-look.ts): a saved edit to a story's text reaches the
// tab showing the story before Eleventy's rebuild, as exactly the page the rebuild then writes;
// an edit the first look cannot show exactly (a new address, an error) is left to the rebuild.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import WebSocket from "ws";
import { startDevServer, until, type DevServer } from "../helpers/dev-server.ts";

const STORY = "articles/glasgow-tenement-repair-loans.md";
const PAGE = "/2026/11/10/glasgow-offers-interest-free-loans-to-fix-crumbling-tenement-roofs/";

interface Reload {
  files: string[];
  build?: { templates?: { url: string; inputPath: string; content: string }[] };
}

/** What the dev server tells open tabs, as a tab's reload client receives it. */
async function listen(server: DevServer): Promise<{ reloads: Reload[]; close(): void }> {
  const reloads: Reload[] = [];
  const socket = new WebSocket(`ws://localhost:${server.port}`);
  socket.on("message", (data) => {
    const message = JSON.parse(String(data)) as { type: string } & Reload;
    if (message.type === "eleventy.reload") reloads.push(message);
  });
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  return { reloads, close: () => socket.close() };
}

const pagesIn = (reload: Reload | undefined) => (reload?.build?.templates ?? []).map((template) => template.url);

const firstLook = suite("preview's first look at an edit");

firstLook("an edited story reaches its tab before the rebuild, as the page the rebuild writes", async () => {
  const server = await startDevServer("preview-first-look");
  const tabs = await listen(server);
  try {
    // The tab showing the story: its request is how the preview reaches the dev server.
    assert.is((await fetch(`${server.base}${PAGE}`)).status, 200);
    const source = join(server.content, STORY);
    const original = await readFile(source, "utf8");

    // 1. New text in the first paragraph.
    await writeFile(source, original.replace("Flat owners in Glasgow's tenements", "FirstLookMarker: flat owners in Glasgow's tenements"));
    assert.ok(await until(() => tabs.reloads.length >= 2, 30), "the first look's message and the rebuild's");
    const [early, rebuilt] = tabs.reloads;
    assert.equal(pagesIn(early), [PAGE], "the first message carries the story's page");
    assert.equal(early!.files, ["./templates/article.njk"]);
    assert.match(early!.build!.templates![0]!.content, /FirstLookMarker: flat owners/);
    assert.not.ok(pagesIn(rebuilt).includes(PAGE), "the rebuild's message comes second");
    const written = await readFile(join(server.output, PAGE, "index.html"), "utf8");
    assert.is(early!.build!.templates![0]!.content, written, "the first look showed exactly what the rebuild wrote");
    assert.ok(server.lines.some((line) => line.startsWith(`Preview: ${PAGE} written and shown`)), "the server says so");

    // 2. A new headline without a slug moves the story to a new address: the rebuild's alone.
    const count = tabs.reloads.length;
    await writeFile(source, original.replace("headline: Glasgow offers interest-free loans", "headline: Glasgow lends owners money"));
    assert.ok(await until(() => tabs.reloads.length > count, 30));
    assert.equal(pagesIn(tabs.reloads[count]), [], "no first look at a moved story");
    assert.ok(await until(async () => (await fetch(`${server.base}/2026/11/10/glasgow-lends-owners-money-to-fix-crumbling-tenement-roofs/`)).status === 200, 30), "the rebuild publishes it at its new address");

    // 3. An error in the source: the rebuild's alone (it takes the story off and says why).
    const broken = tabs.reloads.length;
    await writeFile(source, original.replace("date: 2026-11-10", "date: the tenth of November").replace("Flat owners", "BrokenMarker flat owners"));
    assert.ok(await until(() => tabs.reloads.length > broken, 30));
    assert.equal(pagesIn(tabs.reloads[broken]), []);
    assert.not.match(await readFile(join(server.output, PAGE, "index.html"), "utf8").catch(() => ""), /BrokenMarker/);
  } finally {
    tabs.close();
    await server.stop();
  }
});

firstLook.run();
