// The benchmark starts its Dateline builds with the Node options of `npm run build`.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildNodeFlags } from "../../bench/build-node-flags.ts";

const flags = suite("the build's Node options");

flags("read from package.json's build script: gc exposed, TypeScript through tsx", () => {
  assert.equal(buildNodeFlags(process.cwd()), ["--expose-gc", "--import", "tsx"]);
});

flags("a build script that is not `node <options> <script>.ts` stops the benchmark, naming package.json", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-flags-"));
  await writeFile(join(dir, "package.json"), JSON.stringify({ scripts: { build: "eleventy --config=eleventy.config.ts" } }));
  assert.throws(() => buildNodeFlags(dir), /package\.json: the build script is "eleventy --config=eleventy\.config\.ts"/);
});

flags.run();
