// The build machine's TZ must not change a single byte of the site: every date is parsed and
// formatted in a named zone. Builds the sample newsroom in child processes under far-apart TZs.
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { BUILD_TIME, seedPictures } from "./build-site.ts";

async function buildUnder(tz: string): Promise<Map<string, string>> {
  const output = await mkdtemp(join(tmpdir(), `dateline-tz-`));
  await seedPictures(output);
  // `npm run build`'s own script; no cache, so each build parses every source under its TZ.
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    env: { ...process.env, TZ: tz, DATELINE_NOW: BUILD_TIME, DATELINE_OUTPUT: output, DATELINE_CACHE: "off" },
    stdio: "pipe",
  });
  const pages = new Map<string, string>();
  const files = await readdir(output, { recursive: true, withFileTypes: true });
  for (const file of files.filter((entry) => entry.isFile() && entry.name.endsWith(".html"))) {
    const path = join(file.parentPath, file.name);
    pages.set(path.slice(output.length), await readFile(path, "utf8"));
  }
  return pages;
}

const zones = suite("the build machine's time zone");

zones("TZ=Pacific/Kiritimati (UTC+14) and TZ=Pacific/Pago_Pago (UTC-11) build identical pages", async () => {
  const ahead = await buildUnder("Pacific/Kiritimati");
  const behind = await buildUnder("Pacific/Pago_Pago");
  assert.ok(ahead.size >= 12, `built ${ahead.size} pages`);
  assert.equal([...behind.keys()].sort(), [...ahead.keys()].sort());
  for (const [path, html] of ahead) assert.is(behind.get(path), html, path);
  assert.ok(ahead.has("/2026/11/03/kenyan-flower-growers-bet-on-a-shared-cold-store-to-cut-losses-on-the-way/index.html"), "a calendar-date article keeps its day in the URL");
});

zones.run();
