// The folders Eleventy copies into the output as they are: the newsroom's graphics (content/media,
// SVGs only; src/eleventy/output-guard.ts) and the templates' assets. Eleventy copies what is
// there, but never removes a copy whose source went: in preview, a graphic deleted from
// content/media stayed served. So preview removes the copy of each copied file that a change
// took away.
import { rm, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { publishedGraphic } from "./output-guard.ts";
import { watchedFileCandidates } from "./watched-path.ts";

export interface CopiedFolder {
  /** Absolute path of the folder copied. */
  source: string;
  /** Where its copy goes, relative to the output folder. */
  output: string;
  /** Which of its files are copied (relative paths); every file without one. */
  filter?: (relativePath: string) => boolean;
}

/** The copied folders of a project whose content folder is `content` (both absolute). */
export function copiedFolders(root: string, content: string): CopiedFolder[] {
  const media = join(content, "media");
  return [
    { source: media, output: "media", filter: publishedGraphic(media) },
    { source: join(root, "templates", "assets"), output: "assets" },
  ];
}

/**
 * Removes from `outputDir` the copies of the files among `changed` (as the watcher names them)
 * that are no longer copied: gone from their folder, or no longer passing its filter. Returns the
 * output-relative paths removed.
 */
export async function removeVanishedCopies(changed: readonly string[], folders: readonly CopiedFolder[], outputDir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of changed) {
    for (const path of watchedFileCandidates(name)) {
      for (const folder of folders) {
        const inside = relative(folder.source, path);
        if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) continue;
        if (folder.filter ? folder.filter(inside) : await isFile(path)) continue;
        const copy = join(folder.output, inside);
        if (!(await isFile(resolve(outputDir, copy)))) continue;
        await rm(resolve(outputDir, copy), { force: true });
        removed.push(copy);
      }
    }
  }
  return removed;
}

function isFile(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isFile(), () => false);
}
