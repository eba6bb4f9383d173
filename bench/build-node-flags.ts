// The benchmark's Dateline builds start Node as `npm run build` does, so what the build script
// asks of Node (--expose-gc: src/eleventy/collect-garbage.ts; --import tsx) holds in the
// measurements too, and a change to the script reaches the benchmark without a second edit.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The Node options of package.json's `build` script: what comes between `node` and the script. */
export function buildNodeFlags(root: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts?: Record<string, string> };
  const words = (manifest.scripts?.build ?? "").trim().split(/\s+/);
  const script = words.findIndex((word) => word.endsWith(".ts"));
  if (words[0] !== "node" || script < 0) throw new Error(`package.json: the build script is "${manifest.scripts?.build ?? ""}"; the benchmark expects \`node <options> scripts/build.ts\``);
  return words.slice(1, script);
}
