// Search on the built sample newsroom in Chromium: the real search page (templates/search.njk,
// assets/search.js and Pagefind's UI) under the site's security headers, served from a path
// prefix as a newsroom hosting the site in a folder would. Checks what a reader sees: which
// stories a query finds, what their excerpts show, and the switch to the Arabic and French
// stories. Run with `npm run test:browser`.
import { copyFile, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../site/build-site.ts";
import { launchChromium } from "./chromium.ts";
import { serveStatic, type StaticSite } from "./static-server.ts";

const PREFIX = "/news/";
const ORCHARD = `${PREFIX}2026/10/08/residents-save-community-orchard-from-housing-plan-after-two-year-campaign/`;
const BEIRUT = `${PREFIX}2026/11/18/beiruts-container-terminal-reopens-after-eight-month-refit/`;
const MARSEILLE = `${PREFIX}fr/2026/10/29/a-marseille-le-theatre-du-mole-rouvre-ses-portes-apres-quatre-ans-de-travaux/`;
const BEIRUT_ARABIC = `${PREFIX}ar/2026/11/17/beirut-port-first-grain-ship-arabic/`;

let browser: Browser;
let site: StaticSite;
const temporary: string[] = [];

interface Shown {
  links: string[];
  /** Each result's excerpt as the reader sees it. */
  excerpts: string[];
  /** The highlighted words of each excerpt, in lower case. */
  marks: string[][];
}

/** Problems a page reports while it is open: script errors, console errors, failed requests. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => void (message.type() === "error" && problems.push(`console: ${message.text()}`)));
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  page.on("response", (response) => void (response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`)));
  return problems;
}

/** The results Pagefind's UI shows, once their count line says how many there are. */
async function results(page: Page): Promise<Shown> {
  await page.waitForSelector(".pagefind-ui__message", { timeout: 10_000 });
  await page.waitForFunction(() => {
    const message = document.querySelector(".pagefind-ui__message")?.textContent ?? "";
    const shown = document.querySelectorAll(".pagefind-ui__result").length;
    // The count in whatever words the page's language gives it ("2 results", Pagefind's Arabic has its own).
    const count = /(\d+)/.exec(message);
    return /No results/.test(message) || (count !== null && shown === Math.min(Number(count[1]), 5) && document.querySelectorAll(".pagefind-ui__result-excerpt").length === shown);
  });
  return page.$$eval(".pagefind-ui__result", (items) => ({
    links: items.map((item) => item.querySelector(".pagefind-ui__result-link")?.getAttribute("href") ?? ""),
    excerpts: items.map((item) => item.querySelector(".pagefind-ui__result-excerpt")?.textContent ?? ""),
    marks: items.map((item) => [...item.querySelectorAll(".pagefind-ui__result-excerpt mark")].map((mark) => (mark.textContent ?? "").toLowerCase())),
  }));
}

/** The languages whose button is shown pressed. */
function pressedLanguages(page: Page): Promise<(string | null)[]> {
  return page.$$eval(".search__languages button[aria-pressed=true]", (list) => list.map((button) => button.getAttribute("data-search-language")));
}

/** The search page of the site's own edition, or of another (`ar/`). */
async function open(query: string, edition = ""): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watch(page);
  await page.goto(`${site.url}${PREFIX}${edition}search/${query}`, { waitUntil: "networkidle" });
  return { page, problems };
}

const search = suite("search in Chromium");

search.before(async () => {
  const built = await buildSite("content", { PATH_PREFIX: PREFIX });
  // The host's root holds the site in news/ (a link to the build) and its headers file.
  const host = await mkdtemp(join(tmpdir(), "dateline-search-host-"));
  temporary.push(built.dir, host);
  await symlink(built.dir, join(host, PREFIX.slice(1, -1)));
  await copyFile(join(built.dir, "_headers"), join(host, "_headers"));
  site = await serveStatic(host);
  browser = await launchChromium();
});

search.after(async () => {
  await browser?.close();
  await site?.close();
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

search("a word of one story finds that story alone, with an excerpt from its text", async () => {
  const { page, problems } = await open("?q=orchard");
  try {
    const shown = await results(page);
    assert.equal(shown.links, [ORCHARD]);
    assert.match(shown.excerpts[0]!, /orchard/i);
    // Not the byline, the time or the dateline that open the article.
    assert.not.match(shown.excerpts[0]!, /Kath Ormerod|October 8, 2026|LEEDS/);
    assert.equal(problems, []);
  } finally {
    await page.close();
  }
});

search("a city finds the stories with the whole word, none for a word it begins with", async () => {
  const { page, problems } = await open("?q=Beirut");
  try {
    const shown = await results(page);
    assert.ok(shown.links.includes(BEIRUT), shown.links.join(", "));
    for (const [i, marks] of shown.marks.entries()) {
      for (const mark of marks) assert.match(mark, /^beirut/, `${shown.links[i]}: "${mark}" highlighted`);
    }
    assert.equal(problems, []);
  } finally {
    await page.close();
  }
});

search("the language buttons show the site's languages, English pressed, and switch to the French stories", async () => {
  const { page, problems } = await open("?q=th%C3%A9%C3%A2tre");
  try {
    await results(page);
    const buttons = await page.$$eval(".search__languages button", (list) => list.map((button) => `${button.textContent} ${button.getAttribute("aria-pressed")}`));
    assert.equal(buttons, ["English true", "العربية false", "Français false"]);
    assert.ok(await page.isVisible(".search__languages"), "the buttons are shown once the script runs");
    await page.click('button[data-search-language="fr"]');
    await page.waitForFunction(() => document.querySelector('button[data-search-language="fr"]')?.getAttribute("aria-pressed") === "true");
    const shown = await results(page);
    assert.equal(shown.links, [MARSEILLE]);
    assert.equal(new URL(page.url()).searchParams.get("lang"), "fr", "the address keeps the language");
    assert.equal(new URL(page.url()).searchParams.get("q"), "théâtre");
    assert.ok(
      shown.marks[0]!.some((mark) => mark.startsWith("théâtre")),
      shown.excerpts[0],
    );
    assert.equal(problems, []);
  } finally {
    await page.close();
  }
});

search("Arabic: an Arabic word finds the Arabic story, stemmed as Arabic (the word's prefix does not matter)", async () => {
  const { page, problems } = await open("?q=%D9%82%D9%85%D8%AD&lang=ar"); // قمح
  try {
    const shown = await results(page);
    assert.equal(shown.links, [BEIRUT_ARABIC]);
    assert.ok(shown.marks[0]!.some((mark) => mark.includes("قمح")), shown.excerpts[0]);
    const pressed = await pressedLanguages(page);
    assert.equal(pressed, ["ar"], "the link's language is the one searched, and shown pressed");
    assert.equal(problems, []);
  } finally {
    await page.close();
  }
});

search("the Arabic edition's search page searches Arabic first, right to left, in Pagefind's Arabic words", async () => {
  const { page, problems } = await open("?q=%D8%A8%D9%8A%D8%B1%D9%88%D8%AA", "ar/"); // بيروت
  try {
    assert.equal([await page.getAttribute("html", "lang"), await page.getAttribute("html", "dir")], ["ar", "rtl"]);
    const pressed = await pressedLanguages(page);
    assert.equal(pressed, ["ar"], "the edition's own language first");
    const shown = await results(page);
    assert.ok(shown.links.length >= 2 && shown.links.every((link) => link.startsWith(`${PREFIX}ar/`)), shown.links.join(" "));
    // Pagefind's own interface takes its words from <html lang>: its search box is labelled in Arabic.
    const placeholder = await page.getAttribute(".pagefind-ui__search-input", "placeholder");
    assert.ok(placeholder && !/[A-Za-z]/.test(placeholder), `placeholder: ${placeholder}`);
    assert.equal(problems, []);
  } finally {
    await page.close();
  }
});

search("a word no story has: no results, and no error", async () => {
  const { page, problems } = await open("?q=zyxwvut");
  try {
    const shown = await results(page);
    assert.equal(shown.links, []);
    assert.match(await page.textContent(".pagefind-ui__message").then((text) => text ?? ""), /No results/);
    assert.equal(problems, []);
  } finally {
    await page.close();
  }
});

search.run();
