// Preview's /_problems/ page in Chromium, as an editor meets it: reached from the banner, readable
// at a phone's width and a desktop's, in light and dark, with no axe violations; the folded
// warnings open from the keyboard. Run with `npm run test:browser` (it needs Chromium).
import type { Browser, Page } from "playwright-core";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { MIXED, newsroom } from "../helpers/problem-newsroom.ts";
import { buildSite } from "../site/build-site.ts";
import { launchChromium } from "./chromium.ts";
import { serveStatic, type StaticSite } from "./static-server.ts";
import { axeViolations } from "./axe.ts";

let browser: Browser;
let served: StaticSite;

async function open(path: string, width: number, colorScheme: "light" | "dark" = "light"): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  const problems: string[] = [];
  page.on("console", (message) => void (message.type() === "error" && problems.push(`console: ${message.text()}`)));
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  page.on("response", (response) => void (response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`)));
  const response = await page.goto(`${served.url}${path}`, { waitUntil: "networkidle" });
  assert.is(response?.status(), 200, path);
  return { page, problems };
}


const problems = suite("the problems page in Chromium");

problems.before(async () => {
  const site = await buildSite(await newsroom(MIXED), { DATELINE_STRICT: "false" });
  served = await serveStatic(site.dir);
  browser = await launchChromium();
});

problems.after(async () => {
  await browser?.close();
  await served?.close();
});

for (const width of [375, 1280]) {
  for (const scheme of ["light", "dark"] as const) {
    problems(`at ${width}px, ${scheme}: no console errors, no sideways scrolling, no axe violations, with the warnings open too`, async () => {
      const { page, problems: found } = await open("/_problems/", width, scheme);
      try {
        assert.equal(found, []);
        assert.equal(await axeViolations(page), []);
        await page.locator("#warnings summary").click();
        assert.ok(await page.locator("#warnings .problem-file").first().isVisible(), "the warnings show once opened");
        assert.equal(await axeViolations(page), [], "opened");
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
      } finally {
        await page.close();
      }
    });
  }
}

problems("the banner's links land on the errors and on the warnings, which open from the keyboard", async () => {
  const { page } = await open("/", 1280);
  try {
    await page.locator(".problems-banner a", { hasText: "errors" }).click();
    await page.waitForURL(/\/_problems\/#errors$/);
    assert.ok(await page.locator("#errors .problem-file").first().isVisible(), "the errors show at once");
    assert.not.ok(await page.locator("#warnings .problem-file").first().isVisible(), "the warnings are folded");
    await page.locator(".problems-banner a", { hasText: "warnings" }).click();
    await page.waitForURL(/\/_problems\/#warnings$/);
    assert.ok(await page.locator("#warnings h2").isVisible());
    await page.locator("#warnings summary").focus();
    await page.keyboard.press("Enter");
    assert.ok(await page.locator("#warnings .problem-file").first().isVisible(), "Enter on the summary opens the warnings");
  } finally {
    await page.close();
  }
});

problems.run();
