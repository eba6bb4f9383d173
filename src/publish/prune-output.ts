// Before a publish in place renders, the output folder is emptied of everything but what the
// build keeps: the pages whose content did not change, the search bundles of the indexes whose
// pages did not change, and img/ (the responsive pictures, which clean builds keep too). Every
// other file is made again by this build, so nothing a source no longer has can stay behind:
// the pages of deleted or moved articles, a content page taken out, an old sitemap file.
import { rm, rmdir } from "node:fs/promises";
import { dirname, join } from "node:path";

export interface Kept {
  /** Output-relative files, with `/`: `2026/11/02/harbour-reopens/index.html`. */
  files: ReadonlySet<string>;
  /** Output-relative folders kept whole: `img`, `pagefind/2025`. */
  folders: readonly string[];
}

/** Whether an output-relative file (with `/`) is one of `kept`'s files or in one of its folders. */
export function isKept(kept: Kept): (path: string) => boolean {
  return (path) => kept.files.has(path) || kept.folders.some((folder) => path === folder || path.startsWith(`${folder}/`));
}

/**
 * Removes every file of `output` not kept, and the folders that leaves empty. `files` lists the
 * folder's files, output-relative with `/` (the snapshot the build was planned with: listing a
 * 10,000-article site's 20,000 folders again would take a fifth of a second). Returns how many went.
 */
export async function pruneOutput(output: string, files: Iterable<string>, kept: Kept): Promise<number> {
  const keeps = isKept(kept);
  const emptied = new Set<string>();
  let removed = 0;
  for (const path of files) {
    if (keeps(path)) continue;
    await rm(join(output, path), { force: true });
    removed += 1;
    emptied.add(dirname(path));
  }
  // Deepest first, up to the top: a folder goes only once nothing in it is left.
  const folders = new Set<string>();
  for (let folder of emptied) for (; folder !== "." && folder !== ""; folder = dirname(folder)) folders.add(folder);
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) await rmdir(join(output, folder)).catch(() => undefined);
  return removed;
}
