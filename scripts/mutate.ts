// Mutation testing: how many small, plausible mistakes in the code would the tests notice?
//
//   npm run mutate                                  # 300 mutants sampled from each folder, 2 at a time
//   npm run mutate -- --sample 100 --seed 7         # another sample
//   npm run mutate -- --folders src/comments --all  # every mutant of one folder (hours)
//   npm run mutate -- --files src/model/byline.ts --all --jobs 1   # every mutant of one file
//
// Runs may go on side by side: each has its own scratch copies, named after its seed and files.
//
// Mutants come from scripts/mutation/operators.ts; each runs the unit tests that import its file
// (scripts/mutation/import-graph.ts) in a scratch copy of the project (scripts/mutation/workspace.ts).
// A mutant is killed when a test fails or it runs past its time (an endless loop), survives when
// every test passes, and has no coverage when no unit test reaches its file. The score is killed
// over all mutants tried, with a 95 % interval since it is measured on a sample. Survivors are
// listed in .cache/mutation/ for the team to read; docs/mutation-testing.md records the runs.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { mulberry32 } from "../bench/newsroom/random.ts";
import { testFilesUnder, testsBySource } from "./mutation/import-graph.ts";
import { mutantsOf, type Mutant } from "./mutation/operators.ts";
import { makeWorkspace, type Workspace } from "./mutation/workspace.ts";

/** The unit suites: site builds, browsers and child processes are too slow to run per mutant. */
const UNIT_TEST_FOLDERS = ["tests/model", "tests/sources", "tests/real-world", "tests/comments", "tests/collections", "tests/filters", "tests/feeds", "tests/images"];
const TOO_SLOW = /buildSite\(|spawn\(|fork\(/;
/** Tests that wait out real timeouts (tests/comments/intake-timeouts.test.ts): seconds per run, whatever the mutant. */
const WAITS = /-timeouts\.test\.ts$/;

const { values } = parseArgs({
  options: {
    folders: { type: "string", default: "src/model,src/sources,src/comments" },
    /** Only these files (comma-separated paths), each counted under its own folder. */
    files: { type: "string" },
    sample: { type: "string", default: "300" },
    seed: { type: "string", default: "20261206" },
    jobs: { type: "string", default: "2" },
    all: { type: "boolean", default: false },
  },
});

type Outcome = "killed" | "survived" | "timeout" | "no coverage";

interface Tried {
  mutant: Mutant;
  outcome: Outcome;
  ms: number;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Wilson's interval for a proportion: honest at small samples and near 100 %. */
function interval(killed: number, total: number): [number, number] {
  if (total === 0) return [0, 0];
  const z = 1.96;
  const p = killed / total;
  const centre = (p + (z * z) / (2 * total)) / (1 + (z * z) / total);
  const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / (1 + (z * z) / total);
  return [centre - half, centre + half];
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const only = values.files?.split(",").map((file) => file.trim()).filter(Boolean);
  const folders = only ? [...new Set(only.map((file) => dirname(file)))] : values.folders.split(",").map((folder) => folder.trim()).filter(Boolean);
  const sample = Number(values.sample);
  const seed = Number(values.seed);
  const jobs = Math.max(1, Number(values.jobs));

  const unitTests: string[] = [];
  for (const folder of UNIT_TEST_FOLDERS) {
    for (const test of testFilesUnder(root, folder)) if (!WAITS.test(test) && !TOO_SLOW.test(await readFile(join(root, test), "utf8"))) unitTests.push(test);
  }
  const coverage = testsBySource(root, unitTests);

  const chosen: { folder: string; mutant: Mutant }[] = [];
  for (const folder of folders) {
    const files = readdirSync(join(root, folder))
      .filter((name) => name.endsWith(".ts") && (!only || only.includes(`${folder}/${name}`)))
      .sort();
    const mutants: Mutant[] = [];
    for (const name of files) mutants.push(...mutantsOf(`${folder}/${name}`, await readFile(join(root, folder, name), "utf8")));
    const picked = values.all ? mutants : shuffled(mutants, seed).slice(0, sample);
    console.log(`${folder}: ${mutants.length} mutants in ${files.length} files; trying ${picked.length}`);
    chosen.push(...picked.map((mutant) => ({ folder, mutant })));
  }

  const runName = only ? `seed-${seed}-${only.map((file) => basename(file, ".ts")).join("-")}`.slice(0, 120) : `seed-${seed}`;
  const base = join(tmpdir(), "dateline-mutation", runName);
  const workspaces: Workspace[] = [];
  for (let index = 0; index < jobs; index++) workspaces.push(await makeWorkspace(root, base, index));

  // Each file's tests, unmutated, once: they must pass, and their time sets the mutants' limit.
  // Files reached by the same tests share one baseline (most of src/sources is reached through parse-source.ts).
  const limits = new Map<string, number>();
  const bySet = new Map<string, number>();
  for (const file of new Set(chosen.map(({ mutant }) => mutant.file))) {
    const tests = coverage.get(file);
    if (!tests) continue;
    const key = tests.join("\n");
    let limit = bySet.get(key);
    if (limit === undefined) {
      const baseline = await workspaces[0]!.run(undefined, tests, 600_000);
      if (baseline.outcome !== "passed") throw new Error(`the tests reaching ${file} fail without a mutant (${tests.join(", ")}): fix them first`);
      limit = Math.max(3 * baseline.ms, baseline.ms + 15_000);
      bySet.set(key, limit);
    }
    limits.set(file, limit);
  }
  console.log(`${bySet.size} sets of tests timed without a mutant`);

  const tried: (Tried & { folder: string })[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    workspaces.map(async (workspace) => {
      while (next < chosen.length) {
        const { folder, mutant } = chosen[next++]!;
        const tests = coverage.get(mutant.file);
        if (!tests) {
          tried.push({ folder, mutant, outcome: "no coverage", ms: 0 });
          continue;
        }
        const result = await workspace.run(mutant, tests, limits.get(mutant.file)!);
        const outcome: Outcome = result.outcome === "passed" ? "survived" : result.outcome === "timeout" ? "timeout" : "killed";
        tried.push({ folder, mutant, outcome, ms: result.ms });
        if (tried.length % 25 === 0) console.log(`  ${tried.length} of ${chosen.length} mutants, ${Math.round((performance.now() - started) / 1000)} s`);
      }
    }),
  );

  const lines = [`Mutation testing, seed ${seed}, ${values.all ? "every mutant" : `a sample of ${sample} per folder`}, ${Math.round((performance.now() - started) / 1000)} s with ${jobs} at a time:`];
  for (const folder of folders) {
    const mine = tried.filter((entry) => entry.folder === folder);
    const count = (outcome: Outcome) => mine.filter((entry) => entry.outcome === outcome).length;
    const detected = count("killed") + count("timeout");
    const [low, high] = interval(detected, mine.length);
    lines.push(`  ${folder.padEnd(13)} score ${percent(detected / Math.max(1, mine.length))} (95 % interval ${percent(low)} to ${percent(high)}): ${count("killed")} killed, ${count("timeout")} timed out, ${count("survived")} survived, ${count("no coverage")} without a unit test`);
  }
  console.log(lines.join("\n"));

  const survivors = tried.filter((entry) => entry.outcome === "survived" || entry.outcome === "no coverage").sort((a, b) => a.mutant.file.localeCompare(b.mutant.file) || a.mutant.line - b.mutant.line);
  const out = join(root, ".cache", "mutation");
  await mkdir(out, { recursive: true });
  const report = [...lines, "", "Survivors (file:line, mutation, outcome):", ...survivors.map(({ mutant, outcome }) => `  ${mutant.file}:${mutant.line}  ${mutant.description}  [${outcome}]`)].join("\n");
  await writeFile(join(out, `${runName}.txt`), `${report}\n`);
  await writeFile(join(out, `${runName}.json`), JSON.stringify(tried.map(({ folder, mutant, outcome, ms }) => ({ folder, file: mutant.file, line: mutant.line, description: mutant.description, replacement: mutant.replacement, outcome, ms: Math.round(ms) })), null, 1));
  console.log(`Survivors listed in .cache/mutation/${runName}.txt`);
}

await main();
