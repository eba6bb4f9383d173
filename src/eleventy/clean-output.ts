// A production build starts from an empty output folder: an article that was deleted,
// killed or renamed must not live on in a stale page. Only img/ stays: it is the cache of
// responsive pictures (src/images/), and the picture step itself removes the ones no article uses.
import { readdir, rm } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";

/** The folder inside the output that survives cleaning. */
export const KEPT_FOLDER = "img";

export async function cleanOutput(root: string, outputDir: string): Promise<void> {
  const output = resolve(root, outputDir);
  // Refuse a folder that holds the project (".", "..", "/"): only a folder beside or inside it.
  const projectFromOutput = relative(output, root);
  if (projectFromOutput === "" || !(projectFromOutput.startsWith("..") || isAbsolute(projectFromOutput))) {
    throw new Error(`Refusing to empty ${output}: the output folder must not contain the project`);
  }
  let entries;
  try {
    entries = await readdir(output, { withFileTypes: true });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return;
    throw cause;
  }
  const stale = entries.filter((entry) => !(entry.name === KEPT_FOLDER && entry.isDirectory()));
  await Promise.all(stale.map((entry) => rm(join(output, entry.name), { recursive: true, force: true })));
}
