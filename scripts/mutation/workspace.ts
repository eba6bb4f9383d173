// A scratch copy of the project for mutants: the code, tests, templates and settings copied,
// node_modules linked, and ../shared beside it as the tests expect. One mutant at a time is
// written into it and the tests that reach the file are run; the working tree is never touched,
// so mutation runs and other work can share a checkout.
import { spawn } from "node:child_process";
import { cp, mkdir, readFile, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { applyMutant, type Mutant } from "./operators.ts";

const COPIED = ["src", "tests", "bench", "templates", "_data", "messages", "scripts", "content", "package.json", "tsconfig.json", "eleventy.config.ts"];

export interface Workspace {
  dir: string;
  /** Runs `tests` (paths under tests/) with `mutant` applied; the file is restored afterwards. */
  run(mutant: Mutant | undefined, tests: readonly string[], timeoutMs: number): Promise<RunResult>;
}

export interface RunResult {
  outcome: "passed" | "failed" | "timeout";
  ms: number;
}

export async function makeWorkspace(root: string, base: string, index: number): Promise<Workspace> {
  const dir = join(base, `workspace-${index}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const name of COPIED) await cp(join(root, name), join(dir, name), { recursive: true });
  await symlink(join(root, "node_modules"), join(dir, "node_modules"));
  // Tests read the public corpus at ../shared/corpus from the project root.
  await symlink(await realpath(join(root, "..", "shared")), join(base, "shared")).catch((cause: NodeJS.ErrnoException) => {
    if (cause.code !== "EEXIST") throw cause;
  });
  return {
    dir,
    async run(mutant, tests, timeoutMs) {
      const file = mutant ? join(dir, mutant.file) : undefined;
      const original = file ? await readFile(file, "utf8") : undefined;
      if (file && mutant && original !== undefined) await writeFile(file, applyMutant(original, mutant));
      try {
        return await runTests(dir, tests, timeoutMs);
      } finally {
        if (file && original !== undefined) await writeFile(file, original);
      }
    },
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** uvu over exactly these files: its pattern is matched against paths under tests/. */
function runTests(dir: string, tests: readonly string[], timeoutMs: number): Promise<RunResult> {
  const pattern = `^(?:${tests.map((test) => escape(test.replace(/^tests\//, ""))).join("|")})$`;
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "node_modules/uvu/bin.js", "tests", pattern], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: "ignore",
      detached: true,
    });
    const timer = setTimeout(() => {
      // The whole group: a mutant that loops may have started servers or workers.
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
      resolve({ outcome: "timeout", ms: performance.now() - started });
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ outcome: code === 0 ? "passed" : "failed", ms: performance.now() - started });
    });
  });
}
