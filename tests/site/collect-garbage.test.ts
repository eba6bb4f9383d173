// A large build collects its garbage between runs only when Node exposes `gc`, as `npm run build` has it.
import { execFileSync } from "node:child_process";
import { suite } from "uvu";
import * as assert from "uvu/assert";

const collect = suite("collecting garbage between runs");

const script = `import { collectGarbage } from "./src/eleventy/collect-garbage.ts"; process.stdout.write(String(collectGarbage()));`;

function run(nodeOptions: string[]): string {
  return execFileSync(process.execPath, [...nodeOptions, "--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" }).trim();
}

collect("with --expose-gc it collects, and says so", () => {
  assert.is(run(["--expose-gc"]), "true");
});

collect("without it, it does nothing and says so (V8 decides alone)", () => {
  assert.is(run([]), "false");
});

collect.run();
