// Search bundles kept between builds, one entry per index (a language: search-languages.ts) and
// hash of what Pagefind is given for it (index-site.ts):
//
//   <cache>/<language>/<hash>/bundle/   the Pagefind bundle as Pagefind wrote it
//   <cache>/<language>/<hash>/hash      the hash again, written last: the entry is complete
//
// An entry is made in a temporary folder beside it and renamed into place only when its hash
// file is written, so a crash leaves a `.tmp-*` folder, never a half-written entry under its
// real name; an entry without its hash file (or with another hash in it) is ignored, and
// replaced when the language is indexed again. Entries are never changed once in place, which keeps
// concurrent builds sharing the folder safe: the worst they do is index the same language twice.
import { randomUUID } from "node:crypto";
import { constants, type Dirent } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { mapLimited } from "../map-limited.ts";

const HASH_FILE = "hash";
const BUNDLE = "bundle";
const HEX_HASH = /^[0-9a-f]{64}$/;
/** Temporary folders older than this belong to a build that died; younger ones may be in use. */
const STALE_MS = 60 * 60 * 1000;

/** The bundle folder of the complete entry for `language` and `hash`, if the cache has one. */
export async function findBundle(cacheDir: string, language: string, hash: string): Promise<string | undefined> {
  const entry = join(cacheDir, language, hash);
  return (await isComplete(entry, hash)) ? join(entry, BUNDLE) : undefined;
}

/**
 * Makes the entry for `language` and `hash`: `write` fills the folder it is given with the
 * bundle. Returns the bundle folder of the entry now in place (this one, or an equal one another
 * build put there first), and removes the language's other entries: a language keeps only its
 * latest bundle.
 */
export async function storeBundle(cacheDir: string, language: string, hash: string, write: (bundleDir: string) => Promise<void>): Promise<string> {
  if (!HEX_HASH.test(hash)) throw new Error(`Internal error: "${hash}" is not a sha256 in hex`);
  const languageDir = join(cacheDir, language);
  await mkdir(languageDir, { recursive: true });
  const temp = await mkdtemp(join(languageDir, ".tmp-"));
  try {
    await write(join(temp, BUNDLE));
    await writeFile(join(temp, HASH_FILE), hash);
    await install(temp, join(languageDir, hash), hash);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  await prune(languageDir, hash);
  return join(languageDir, hash, BUNDLE);
}

/** Files copied at once: a bundle has a file for every page and a few hundred more. */
const COPY_AHEAD = 64;

/**
 * Copies a cached bundle to `target`, which must not exist yet. (fs.cp takes four times as long
 * on a bundle of small files.) The copy fails, rather than coming out short, if another build
 * removes the entry meanwhile: removal renames the entry away first, and every file here is
 * opened by its path under the entry's name.
 */
export async function copyBundle(bundleDir: string, target: string): Promise<void> {
  const entries = await readdir(bundleDir, { recursive: true, withFileTypes: true });
  const inside = (entry: Dirent) => relative(bundleDir, join(entry.parentPath ?? entry.path, entry.name));
  await mkdir(dirname(target), { recursive: true });
  await mkdir(target);
  for (const folder of entries.filter((entry) => entry.isDirectory())) await mkdir(join(target, inside(folder)), { recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map(inside);
  await mapLimited(files, COPY_AHEAD, (file) => copyFile(join(bundleDir, file), join(target, file), constants.COPYFILE_EXCL));
}

async function isComplete(entry: string, hash: string): Promise<boolean> {
  const written = await readFile(join(entry, HASH_FILE), "utf8").catch(() => undefined);
  return written === hash;
}

/** Renames the finished temporary entry into place; an incomplete entry there is replaced. */
async function install(temp: string, entry: string, hash: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await rename(temp, entry);
      return;
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (code !== "ENOTEMPTY" && code !== "EEXIST") throw cause;
    }
    // Something is there already: an equal entry from a concurrent build (keep it), or a broken one.
    if (await isComplete(entry, hash)) return;
    await discard(entry);
  }
  throw new Error(`Could not put the search bundle in place at ${entry}: another process keeps writing there. Delete ${entry} and build again.`);
}

/** Removes the language's other entries and any temporary folder left by a build that died. */
async function prune(languageDir: string, keep: string): Promise<void> {
  for (const name of await readdir(languageDir)) {
    const path = join(languageDir, name);
    if (HEX_HASH.test(name) && name !== keep) await discard(path);
    else if (name.startsWith(".") && (await isStale(path))) await rm(path, { recursive: true, force: true });
  }
}

async function isStale(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > STALE_MS;
}

/** Takes an entry out of use at once (a rename), then deletes it. */
async function discard(entry: string): Promise<void> {
  const aside = join(dirname(entry), `.old-${randomUUID()}`);
  try {
    await rename(entry, aside);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return; // Another build removed it.
    throw cause;
  }
  await rm(aside, { recursive: true, force: true });
}

/**
 * Removes the entries of languages a site no longer has articles in, and anything else in the
 * folder (the per-year bundles earlier releases kept there).
 */
export async function forgetIndexesExcept(cacheDir: string, keep: ReadonlySet<string>): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  for (const name of names.filter((name) => !keep.has(name))) await discard(join(cacheDir, name));
}
