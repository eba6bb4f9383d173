// A production build keeps no page's HTML in memory once the page is written.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { BUILD_TIME } from "../site/build-site.ts";

interface Written {
  outputPath: string;
  url: string;
  content?: unknown;
}

const release = suite("releasing written pages");

release("every page is on disk, and none of them is still held by Eleventy's results", async () => {
  const output = await mkdtemp(join(tmpdir(), "dateline-release-"));
  const saved = { ...process.env };
  Object.assign(process.env, { DATELINE_NOW: BUILD_TIME, DATELINE_CONTENT: "content", DATELINE_OUTPUT: output, DATELINE_CACHE: "off" });
  const print = console.log;
  console.log = () => {};
  let written: Written[];
  try {
    const eleventy = new Eleventy("templates", output, { configPath: "eleventy.config.ts", quietMode: true });
    const [, templates] = (await eleventy.write()) as unknown as [unknown, Written[]];
    written = templates.flat().filter(Boolean);
  } finally {
    console.log = print;
    process.env = saved;
  }
  assert.ok(written.length > 100, `${written.length} pages written`);
  const kept = written.filter((page) => page.content !== undefined).map((page) => page.url);
  assert.equal(kept, [], "pages whose HTML is still held");
  const front = await readFile(join(output, "index.html"), "utf8");
  assert.match(front, /^<!DOCTYPE html>/);
});

release.run();
