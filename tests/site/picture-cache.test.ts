// The output folder is the picture cache: a rebuild of the sample site into the same folder
// encodes nothing and leaves every picture file untouched, and pictures no article uses go.
import { readdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, seedPictures } from "./build-site.ts";
import { tempFolder } from "../helpers/pictures.ts";

interface ImagesLine {
  encoded: number;
  reused: number;
  removed: number;
}

function imagesLine(log: string[]): ImagesLine {
  const match = / {2}images {5}(\d+) encoded, (\d+) reused \(\d+ local photos; (\d+) unused files? removed\)/.exec(log.join("\n"));
  assert.ok(match, `the report has an images line:\n${log.join("\n")}`);
  return { encoded: Number(match[1]), reused: Number(match[2]), removed: Number(match[3]) };
}

async function modified(dir: string): Promise<Map<string, number>> {
  const files = await readdir(dir);
  return new Map(await Promise.all(files.map(async (file) => [file, (await stat(join(dir, file))).mtimeMs] as const)));
}

const cache = suite("the picture cache");

cache("a second build of the sample site re-encodes nothing and touches no picture", async () => {
  const output = await tempFolder("dateline-cache-");
  // Start from what earlier builds in this run made, less one photo's files: that photo alone is encoded.
  await seedPictures(output);
  for (const file of await readdir(join(output, "img")).catch(() => [] as string[])) {
    if (file.startsWith("nairobi-greenhouse-")) await rm(join(output, "img", file));
  }
  const first: string[] = [];
  await buildSite("content", {}, first, { output, seed: false });
  const cold = imagesLine(first);
  assert.ok(cold.encoded >= 12, `the Nairobi photo's 4 widths × 3 formats were encoded: ${cold.encoded}`);
  const before = await modified(join(output, "img"));
  assert.is(before.size, cold.encoded + cold.reused);

  const second: string[] = [];
  await buildSite("content", {}, second, { output, seed: false });
  assert.equal(imagesLine(second), { encoded: 0, reused: before.size, removed: 0 });
  assert.equal(await modified(join(output, "img")), before, "same files, same modification times");
});

cache("pictures no article uses any more are removed; the pages' own stay", async () => {
  const output = await tempFolder("dateline-cache-");
  await seedPictures(output);
  const log: string[] = [];
  await buildSite("content", {}, log, { output, seed: false });
  const kept = await modified(join(output, "img"));
  await writeFile(join(output, "img", "killed-story-AbCdEfGhIj-640.avif"), "a picture of a story that was killed");
  const again: string[] = [];
  await buildSite("content", {}, again, { output, seed: false });
  assert.is(imagesLine(again).removed, 1);
  assert.equal([...(await modified(join(output, "img"))).keys()].sort(), [...kept.keys()].sort());
});

cache("the report says where each credit read from a file came from", async () => {
  const log: string[] = [];
  await buildSite("content", {}, log);
  const text = log.join("\n");
  assert.match(text, /^ {2}credits {4}\d+ figures: \d+ credited by their source, 3 from embedded metadata$/m);
  for (const line of [
    'content/articles/nairobi-flower-growers-cold-chain.md: lead: credit "Wanjiru Kamau" from embedded EXIF Artist in content/media/nairobi-greenhouse.jpg',
    'content/articles/beirut-port-reopens.md: body: credit "Omar Saleh/The Meridian Ledger" from embedded IPTC Credit in content/media/beirut-grain-sacks.jpg',
    'content/articles/world/johannesburg-commuter-rail-returns.json: associations[name=mainpicture]: credit "Thandiwe Mokoena/The Meridian Ledger" from embedded XMP photoshop:Credit in content/media/johannesburg-commuter-train.jpg',
  ]) {
    assert.ok(text.includes(`  credit     ${line}`), line);
  }
});

cache.run();
