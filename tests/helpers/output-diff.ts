// How two output folders differ, file by file: the files only one has, and the files both have
// with other bytes. The preview tests compare what the dev server serves with a clean build.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export interface OutputDiff {
  /** In the folder checked, not in the expected one (stale files). */
  extra: string[];
  /** In the expected folder, not in the one checked. */
  missing: string[];
  /** In both, with other content. */
  changed: string[];
  /** For the first file changed, its first line that differs in each folder. */
  firstChange?: { file: string; checked: string; expected: string };
}

/** Every file under `dir`, as `/`-separated paths relative to it (empty folders are not files). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

export async function diffOutputs(checked: string, expected: string): Promise<OutputDiff> {
  const [have, want] = await Promise.all([filesUnder(checked), filesUnder(expected)]);
  const wanted = new Set(want);
  const had = new Set(have);
  const changed: string[] = [];
  for (const file of have.filter((name) => wanted.has(name))) {
    const [a, b] = await Promise.all([readFile(join(checked, file)), readFile(join(expected, file))]);
    if (!a.equals(b)) changed.push(file);
  }
  const diff: OutputDiff = { extra: have.filter((name) => !wanted.has(name)), missing: want.filter((name) => !had.has(name)), changed };
  const file = changed[0];
  if (file !== undefined) diff.firstChange = { file, ...firstDifferentLine(await readFile(join(checked, file), "utf8"), await readFile(join(expected, file), "utf8")) };
  return diff;
}

/** The first line at which two texts differ, cut to 300 characters around the difference. */
function firstDifferentLine(checked: string, expected: string): { checked: string; expected: string } {
  const a = checked.split("\n");
  const b = expected.split("\n");
  const line = a.findIndex((text, index) => text !== b[index]);
  const [x, y] = line === -1 ? ["", b[a.length] ?? ""] : [a[line]!, b[line] ?? ""];
  let start = 0;
  while (start < x.length && x[start] === y[start]) start++;
  const cut = (text: string) => text.slice(Math.max(0, start - 100), start + 200);
  return { checked: cut(x), expected: cut(y) };
}

export function describeDiff(diff: OutputDiff, limit = 8): string {
  const part = (label: string, files: string[]) => (files.length === 0 ? [] : [`${label} (${files.length}): ${files.slice(0, limit).join(", ")}${files.length > limit ? ", …" : ""}`]);
  const first = diff.firstChange ? [`${diff.firstChange.file}: served\n  ${diff.firstChange.checked}\nwhere a clean build has\n  ${diff.firstChange.expected}`] : [];
  return [...part("stale, not in a clean build", diff.extra), ...part("missing", diff.missing), ...part("different", diff.changed), ...first].join("\n");
}
