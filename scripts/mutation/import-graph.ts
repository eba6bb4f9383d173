// Which test files reach which source files: each mutant runs only the tests that import its
// file (directly or through other modules), as a mutation tool's per-test coverage would.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g;

function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(IMPORT)].map((match) => resolve(dirname(file), match[1] ?? match[2]!)).filter((path) => existsSync(path));
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

/** Test files (relative to `root`) by the source file (relative to `root`) they reach. */
export function testsBySource(root: string, testFiles: readonly string[]): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  const importsCached = (file: string): string[] => {
    let found = imports.get(file);
    if (!found) imports.set(file, (found = importsOf(file)));
    return found;
  };
  const bySource = new Map<string, string[]>();
  for (const test of testFiles) {
    const seen = new Set<string>();
    const queue = [resolve(root, test)];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...importsCached(file));
    }
    for (const file of seen) {
      const path = relative(root, file);
      bySource.set(path, [...(bySource.get(path) ?? []), test]);
    }
  }
  return bySource;
}

export function testFilesUnder(root: string, dir: string): string[] {
  return filesUnder(join(root, dir), /\.test\.ts$/).map((file) => relative(root, file)).sort();
}
