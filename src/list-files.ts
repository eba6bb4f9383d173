// Listing a folder's files the same way everywhere: sources, pictures, the code the caches hash.
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Every file below `dir`, sorted, hidden files left out; a missing folder has none. Links are not files. */
export async function listFiles(dir: string): Promise<string[]> {
  return (await listEntries(dir)).files;
}

export interface FolderEntries {
  /** Regular files, sorted. */
  files: string[];
  /**
   * Symbolic links (to files or folders), sorted. Never followed: a link in content/ could read
   * or publish anything the build's user can read, so the caller reports each one.
   */
  links: string[];
}

/** Every file and every link below `dir`, hidden ones left out; a missing folder has none. */
export async function listEntries(dir: string): Promise<FolderEntries> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return { files: [], links: [] };
    throw new Error(`Cannot read the folder ${dir}`, { cause });
  }
  const visible = entries.filter((entry) => !entry.name.startsWith("."));
  const pathOf = (entry: (typeof entries)[number]) => join(entry.parentPath ?? entry.path, entry.name);
  return {
    files: visible.filter((entry) => entry.isFile()).map(pathOf).sort(),
    links: visible.filter((entry) => entry.isSymbolicLink()).map(pathOf).sort(),
  };
}
