// `npm run audit`: Lighthouse against the built sample site in Debian's Chromium, for an article
// and the front page. Fails when performance, accessibility, best practices or SEO score below 95.
import { existsSync } from "node:fs";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { serveStatic } from "../tests/browser/static-server.ts";
import { buildSite } from "../tests/site/build-site.ts";

const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const MINIMUM = 0.95;
const PAGES = ["/", "/2026/11/18/beiruts-container-terminal-reopens-after-eight-month-refit/"];

if (!existsSync(CHROME)) {
  console.error(`Chromium is not installed at ${CHROME}: apt-get install -y chromium (or set CHROME_PATH).`);
  process.exit(1);
}

const site = await buildSite();
const served = await serveStatic(site.dir);
const chrome = await launch({ chromePath: CHROME, chromeFlags: FLAGS });
let failed = 0;
try {
  for (const path of PAGES) {
    const result = await lighthouse(`${served.url}${path}`, { port: chrome.port, onlyCategories: CATEGORIES, output: "json", logLevel: "error" });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    for (const category of CATEGORIES) {
      const score = result.lhr.categories[category]?.score ?? 0;
      const ok = score >= MINIMUM;
      if (!ok) failed += 1;
      console.log(`${ok ? "ok  " : "FAIL"} ${path} ${category}: ${Math.round(score * 100)}`);
      if (!ok) {
        for (const ref of result.lhr.categories[category]?.auditRefs ?? []) {
          const audit = result.lhr.audits[ref.id];
          if (audit && audit.score !== null && audit.score < 0.9 && ref.weight > 0) console.log(`       ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  await served.close();
}
console.log(`${PAGES.length * CATEGORIES.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
