// The built site in a real browser, as readers get it: Debian's Chromium through playwright-core,
// the site served on loopback with its own security headers, at a phone's width and a desktop's.
// Run with `npm run test:browser` (not part of `npm test`: it needs Chromium).
import { copyFile, mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { MOVED, multiYearNewsroom } from "../search/multi-year-newsroom.ts";
import { buildSite } from "../site/build-site.ts";
import { launchChromium } from "./chromium.ts";
import { serveStatic, type StaticSite } from "./static-server.ts";
import { axeViolations } from "./axe.ts";

const PAGES = [
  { name: "front", path: "/" },
  { name: "section", path: "/section/news/" },
  { name: "tag", path: "/tag/transport/" },
  { name: "article", path: "/2026/11/18/beiruts-container-terminal-reopens-after-eight-month-refit/" },
  { name: "article-rtl", path: "/ar/2026/11/17/beirut-port-first-grain-ship-arabic/", rtl: true },
  { name: "translation-rtl", path: "/ar/2026/11/18/beirut-container-terminal-reopens-arabic/", rtl: true },
  { name: "front-rtl", path: "/ar/", rtl: true },
  { name: "section-rtl", path: "/ar/section/business/", rtl: true },
  { name: "search-rtl", path: "/ar/search/", rtl: true },
  { name: "not-found-rtl", path: "/ar/no-such-page/", status: 404, rtl: true },
  { name: "article-fr", path: "/fr/2026/10/29/a-marseille-le-theatre-du-mole-rouvre-ses-portes-apres-quatre-ans-de-travaux/" },
  { name: "comment-policy", path: "/comment-policy/" },
  { name: "not-found", path: "/no-such-page/", status: 404 },
] as const;
const WIDTHS = [375, 1280];
const SCREENSHOTS = "screenshots";

let browser: Browser;
let served: StaticSite;

/** Opens a page, collecting console errors and failed requests while it loads. */
async function open(path: string, width: number, expectedStatus = 200, colorScheme: "light" | "dark" = "light"): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  const problems: string[] = [];
  const documentUrl = `${served.url}${path}`;
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // A 404 page's own status is logged as an error; that one is expected.
    if (expectedStatus === 404 && message.text().includes("404")) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400 && !(response.url() === documentUrl && response.status() === expectedStatus)) problems.push(`${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(documentUrl, { waitUntil: "networkidle" });
  assert.is(response?.status(), expectedStatus, path);
  return { page, problems };
}


/** A full-page picture for a person to look at; lazy pictures are loaded first so none is blank. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.querySelectorAll("img[loading=lazy]").forEach((img) => img.setAttribute("loading", "eager")));
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

const pages = suite("pages in Chromium");

pages.before(async () => {
  const site = await buildSite();
  served = await serveStatic(site.dir);
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, { recursive: true });
});

pages.after(async () => {
  await browser?.close();
  await served?.close();
});

for (const { name, path, ...expect } of PAGES) {
  for (const width of WIDTHS) {
    pages(`${name} at ${width}px: no console errors or failed requests, no sideways scrolling, no axe violations`, async () => {
      const { page, problems } = await open(path, width, "status" in expect ? expect.status : 200);
      try {
        assert.equal(problems, []);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
        assert.equal(await axeViolations(page), []);
        if ("rtl" in expect) {
          // The whole page is right to left, not only the story: the masthead's name starts at the right.
          assert.is(await page.getAttribute("html", "dir"), "rtl");
          const name = await page.locator(".masthead__name").boundingBox();
          assert.ok(name && name.x + name.width > width / 2, `the site's name sits on the right (x ${name?.x})`);
        }
        await screenshot(page, `${name}-${width}`);
      } finally {
        await page.close();
      }
    });
  }
}

pages("dark colour scheme keeps its contrast (article and front page)", async () => {
  for (const path of ["/", PAGES[3].path]) {
    const { page } = await open(path, 1280, 200, "dark");
    try {
      assert.equal(await axeViolations(page), [], path);
      await screenshot(page, `dark${path === "/" ? "-front" : "-article"}-1280`);
    } finally {
      await page.close();
    }
  }
});

pages("the skip link is the first stop and moves focus to the main content", async () => {
  const { page } = await open(PAGES[3].path, 1280);
  try {
    await page.keyboard.press("Tab");
    assert.is(await page.evaluate(() => document.activeElement?.className), "skip-link");
    await page.keyboard.press("Enter");
    assert.is(await page.evaluate(() => document.activeElement?.id), "main");
  } finally {
    await page.close();
  }
});

pages("every control of the comment and reaction forms is reachable by keyboard and labelled", async () => {
  const { page } = await open(PAGES[3].path, 1280);
  try {
    const reached = new Set<string>();
    for (let step = 0; step < 400; step++) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return "";
        const form = element.closest("form");
        return form ? `${form.className}|${element.getAttribute("name")}|${element.getAttribute("value") ?? ""}` : "";
      });
      if (id) reached.add(id);
      if (reached.size >= 6 && id === "") break;
    }
    for (const control of ["comment-form|name|", "comment-form|email|", "comment-form|comment|", "comment-form|null|", "reaction|choice|yes", "reaction|choice|no"]) {
      assert.ok(reached.has(control), `${control} in ${[...reached].join(", ")}`);
    }
    assert.not.ok([...reached].some((control) => control.includes("|website|")), "the honeypot is not in the tab order");
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("form input:not([type=hidden]), form textarea, form button")]
        .filter((control) => !control.closest("[aria-hidden=true]"))
        .filter((control) => {
          const labels = (control as HTMLInputElement).labels;
          return !(labels && labels.length > 0) && !control.getAttribute("aria-label") && !(control.textContent ?? "").trim();
        })
        .map((control) => control.outerHTML),
    );
    assert.equal(unlabelled, []);
  } finally {
    await page.close();
  }
});

pages("the counter counts down as the reader types and the 1501st character is refused", async () => {
  const { page } = await open(PAGES[3].path, 375);
  try {
    const counter = page.locator("#comment-counter");
    assert.ok(await counter.isVisible(), "the script shows the counter");
    assert.is(await counter.textContent(), "1,500 / 1,500");
    await page.locator("#comment-text").click();
    await page.keyboard.type("Good");
    assert.is(await counter.textContent(), "1,496 / 1,500");
    await page.locator("#comment-text").fill("x".repeat(1499));
    await page.keyboard.type("yz");
    assert.is((await page.locator("#comment-text").inputValue()).length, 1500);
    assert.is(await counter.textContent(), "0 / 1,500");
  } finally {
    await page.close();
  }
});

pages("nothing scrolls sideways on the narrowest phones (320px)", async () => {
  for (const { path, ...expect } of PAGES) {
    const { page } = await open(path, 320, "status" in expect ? expect.status : 200);
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
    } finally {
      await page.close();
    }
  }
});

pages("printing shows the story without navigation or forms", async () => {
  const { page } = await open(PAGES[3].path, 1280);
  try {
    await page.emulateMedia({ media: "print" });
    for (const selector of [".masthead__nav", "form.comment-form", "form.reaction", ".related"]) {
      assert.not.ok(await page.locator(selector).first().isVisible(), `${selector} is hidden in print`);
    }
    assert.ok(await page.locator("article.article h1").isVisible());
    assert.ok(await page.locator("figure.figure--lead figcaption .figure__credit").isVisible(), "credits print");
  } finally {
    await page.close();
  }
});

pages.run();

// Search: Pagefind's UI in the browser, under the site's security headers, on the sample newsroom
// spread over three years (one index of each language holds every year: src/search/index-site.ts),
// served from a path prefix, as a newsroom hosting the site in a folder would.
const search = suite("search in Chromium");
const PREFIX = "/news/";
let searchBrowser: Browser;
let searchSite: StaticSite;
let searchHost: string;

/** Temporary folders the search suite makes, removed when it is done. */
const searchTemporary: string[] = [];

search.before(async () => {
  const content = await multiYearNewsroom();
  const built = await buildSite(content, { PATH_PREFIX: PREFIX });
  searchTemporary.push(content, built.dir);
  // The host's root holds the site in news/ (a link to the build) and its headers file.
  searchHost = await mkdtemp(join(tmpdir(), "dateline-host-"));
  searchTemporary.push(searchHost);
  await symlink(built.dir, join(searchHost, PREFIX.slice(1, -1)));
  await copyFile(join(built.dir, "_headers"), join(searchHost, "_headers"));
  searchSite = await serveStatic(searchHost);
  searchBrowser = await launchChromium();
});

search.after(async () => {
  await searchBrowser?.close();
  await searchSite?.close();
  for (const dir of searchTemporary) await rm(dir, { recursive: true, force: true });
});

/** Opens the search page with a query and returns the result links once they show. */
async function searchFor(term: string): Promise<{ links: string[]; problems: string[] }> {
  const page = await searchBrowser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on("console", (message) => void (message.type() === "error" && problems.push(`console: ${message.text()}`)));
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  page.on("response", (response) => void (response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`)));
  try {
    await page.goto(`${searchSite.url}${PREFIX}search/?q=${encodeURIComponent(term)}`, { waitUntil: "networkidle" });
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10_000 });
    const links = await page.$$eval(".pagefind-ui__result-link", (anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
    return { links, problems };
  } finally {
    await page.close();
  }
}

search("finds an article of this year by a word of its body, linked under the prefix", async () => {
  const { links, problems } = await searchFor("Bernadette");
  assert.equal(problems, []);
  assert.ok(
    links.some((link) => link.startsWith(`${PREFIX}2026/`) && link.includes("community-orchard")),
    links.join(", "),
  );
});

search("finds articles of earlier years: one index holds every year", async () => {
  for (const { year, slug, word } of MOVED) {
    const { links, problems } = await searchFor(word);
    assert.equal(problems, [], word);
    assert.ok(
      links.some((link) => link.startsWith(`${PREFIX}${year}/`) && link.includes(slug)),
      `${word}: ${links.join(", ")}`,
    );
  }
});

search.run();
