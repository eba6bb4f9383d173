// Content stays inside the content folder: a symbolic link there is never followed, whatever it
// points at. A link could read and publish any file the build's user can read (`/etc/passwd` as
// a picture, a page or comments), and one pointing inside content/ today can point elsewhere
// tomorrow; refusing every link is the rule a newsroom can check at a glance. Each refused link is
// a warning naming it, so nothing is left out silently.
import { lstat } from "node:fs/promises";
import { relative } from "node:path";
import { warning, type Problem } from "./model/problem.ts";

/** The warning for a link found where a file of the newsroom was expected. */
export function refusedLink(path: string): Problem {
  return warning(path, "file", "is a symbolic link, and Dateline never follows links in the content folder: it is left out; put the file itself here instead of a link to it");
}

/** Whether `file` is itself a symbolic link (a missing file is not). */
export async function isLink(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Project-relative, with forward slashes, as problems name files. */
export function projectPath(root: string, file: string): string {
  return relative(root, file).split("\\").join("/");
}
