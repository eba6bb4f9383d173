// What an output folder held when a build finished: every file (and link) by relative path, with
// its size and modification time. A publish in place trusts the pages it keeps only if the folder
// still matches this: anything that wrote there since (a preview, a person, another build)
// makes the next build a full one.
import { lstatSync, readdirSync } from "node:fs";
import { join, resolve, sep } from "node:path";

/** Relative path (with `/`) → [size in bytes, modification time in ms]. */
export type OutputSnapshot = Map<string, [number, number]>;

/** What a build knows of its output folder's files from before it wrote there. */
export interface KnownFiles {
  /** The folder as the build found it. */
  before: OutputSnapshot;
  /** Whether the build left a file as it found it (a publish in place keeps most of them). */
  untouched(path: string): boolean;
}

/**
 * Every entry of `dir` that is not a folder; an empty snapshot when `dir` does not exist. With
 * `known`, files the build left untouched keep the size and time they had before instead of
 * being looked at again: at 10,000 articles a publish in place keeps some 30,000 files, and
 * their lstat calls were a tenth of its time. Should such a file have changed all the same, the
 * next build finds it differs from the record and builds every page: slower, never wrong.
 */
export function snapshotOutput(dir: string, known?: KnownFiles): OutputSnapshot {
  const snapshot: OutputSnapshot = new Map();
  // Synchronous: some 30,000 lstat calls at 10,000 articles take a tenth of a second this way,
  // several times that through promises.
  for (const path of entriesBelow(dir)) {
    const before = known?.untouched(path) ? known.before.get(path) : undefined;
    if (before) {
      snapshot.set(path, before);
      continue;
    }
    const info = lstatSync(join(dir, path));
    snapshot.set(path, [info.size, info.mtimeMs]);
  }
  return snapshot;
}

/** The first way `now` differs from `snapshot` (a file changed, missing or added), or undefined. */
export function firstDifference(snapshot: OutputSnapshot, now: OutputSnapshot): string | undefined {
  for (const [path, [size, mtime]] of snapshot) {
    const found = now.get(path);
    if (!found) return `${path} was removed`;
    if (found[0] !== size || found[1] !== mtime) return `${path} was changed`;
  }
  if (now.size !== snapshot.size) {
    for (const path of now.keys()) if (!snapshot.has(path)) return `${path} was added`;
  }
  return undefined;
}

function entriesBelow(folder: string): string[] {
  // Resolved, so a trailing separator cannot change the paths below.
  const dir = resolve(folder);
  const found: string[] = [];
  // One listing per folder, each path made from its folder's as the walk goes down. At 32,000
  // files this takes about 0.27 s, where readdirSync's `recursive` option took 0.36 to 0.51 s;
  // a publish lists its output folder twice.
  const walk = (absolute: string, inside: string) => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const path = inside === "" ? entry.name : `${inside}/${entry.name}`;
      if (entry.isDirectory()) walk(`${absolute}${sep}${entry.name}`, path);
      else found.push(path);
    }
  };
  try {
    walk(dir, "");
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new Error(`Cannot read the output folder ${dir}`, { cause });
  }
  return found;
}
