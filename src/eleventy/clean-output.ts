// A production build starts from an empty output folder: an article that was deleted,
// killed or renamed must not live on in a stale page.
import { rm } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";

export async function cleanOutput(root: string, outputDir: string): Promise<void> {
  const output = resolve(root, outputDir);
  // Refuse a folder that holds the project (".", "..", "/"): only a folder beside or inside it.
  const projectFromOutput = relative(output, root);
  if (projectFromOutput === "" || !(projectFromOutput.startsWith("..") || isAbsolute(projectFromOutput))) {
    throw new Error(`Refusing to empty ${output}: the output folder must not contain the project`);
  }
  await rm(output, { recursive: true, force: true });
}
