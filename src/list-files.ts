// Listing a folder's files the same way everywhere: sources, pictures, the code the caches hash.
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Every file below `dir`, sorted, hidden files left out; a missing folder has none. */
export async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new Error(`Cannot read the folder ${dir}`, { cause });
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}
