// Preview in a real browser: a tab open on a story shows an edit to its text before the rebuild
// is over, patched in place by the dev server's live reload from preview's first look
// (src/eleventy/first-look.ts); the rebuild's own reload follows and the edit stays.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { startDevServer, until } from "../helpers/dev-server.ts";
import { launchChromium } from "./chromium.ts";

const STORY = "articles/glasgow-tenement-repair-loans.md";
const PAGE = "/2026/11/10/glasgow-offers-interest-free-loans-to-fix-crumbling-tenement-roofs/";

const preview = suite("preview in Chromium");

preview("an open tab shows an edit to the story's text without loading the page again, then the rebuild reloads it", async () => {
  const server = await startDevServer("preview-browser");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let loads = 0;
    page.on("load", () => (loads += 1));
    // The dev server's live-reload client says in the console when its socket is connected.
    const connected = page.waitForEvent("console", { predicate: (message) => message.text().includes("Connected"), timeout: 15_000 });
    await page.goto(`${server.base}${PAGE}`);
    await connected;
    const loadsBefore = loads;
    const rebuildsBefore = server.lines.filter((line) => line.includes("Watching…")).length;

    const source = join(server.content, STORY);
    await writeFile(source, (await readFile(source, "utf8")).replace("Flat owners in Glasgow's tenements", "TabMarker flat owners in Glasgow's tenements"));
    await page.waitForFunction(() => document.body.innerText.includes("TabMarker"), undefined, { timeout: 15_000, polling: 20 });
    // Had the edit come with the rebuild's reload, the page would have loaded again to show it.
    assert.is(loads, loadsBefore, "patched in place: the page was not loaded again");

    assert.ok(await until(() => server.lines.filter((line) => line.includes("Watching…")).length > rebuildsBefore, 30), "the rebuild ends");
    assert.ok(await until(() => loads > loadsBefore, 10), "and its reload loads the page again");
    await page.waitForLoadState("load");
    assert.match(await page.innerText("main"), /TabMarker flat owners/);
  } finally {
    await browser.close();
    await server.stop();
  }
});

preview.run();
