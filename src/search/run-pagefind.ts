// One Pagefind run: index some of a built site's pages and write the bundle (the index, its
// fragments and Pagefind's UI files) to a folder. The markup decides what is indexed: article
// pages carry `data-pagefind-body`, and `data-pagefind-ignore` keeps tag lists and reader
// comments out.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { check, SearchIndexError } from "./search-error.ts";

/**
 * The settings every index is made with; part of the cache key, so changing them re-indexes.
 * (Pagefind's binary writes no playground unless asked; the Node API is told the same.)
 */
export const PAGEFIND_SETTINGS = { writePlayground: false } as const;

/** The Pagefind release in node_modules: a bundle is only reused by the release that wrote it. */
export async function pagefindVersion(): Promise<string> {
  // The package exports only its entry point, so find package.json beside it (lib/../).
  const manifest = new URL("../package.json", import.meta.resolve("pagefind"));
  const { version } = JSON.parse(await readFile(manifest, "utf8")) as { version?: string };
  if (!version) throw new SearchIndexError("read Pagefind's version", [`${manifest.pathname} names no version: reinstall with \`npm ci\``]);
  return version;
}

/**
 * Indexes the pages of `site` that `glob` matches with Pagefind's own binary, writing the bundle
 * to `outputPath`, and returns how many HTML files it read. Each call is a process of its own,
 * so years can be indexed side by side on several cores: Pagefind's Node API talks to one
 * process, which handles one index at a time (two years through it took as long as one after
 * the other; two processes took half that).
 */
export async function indexWithPagefind(site: string, glob: string, outputPath: string): Promise<number> {
  const binary = await pagefindBinary();
  const { code, stdout, stderr } = await run(binary, ["--site", site, "--glob", glob, "--output-path", outputPath]);
  const where = `index ${join(site, glob)}`;
  if (code !== 0) throw new SearchIndexError(where, [`Pagefind (${binary}) exited with ${code}`, ...lastLines(stderr || stdout)]);
  // "Found 2060 files matching 2025/**/*.html": the only place the binary says how many it read.
  const found = /^Found (\d+) files? matching /m.exec(stdout);
  if (!found) throw new SearchIndexError(where, ["Pagefind did not say how many files it read (its output changed?)", ...lastLines(stdout)]);
  return Number(found[1]);
}

/** Pagefind's binary for this platform, found as its Node package finds it (PAGEFIND_BINARY_PATH overrides). */
async function pagefindBinary(): Promise<string> {
  // The package exports only its entry point; the resolver sits beside it (lib/).
  const resolver = (await import(new URL("./resolveBinary.js", import.meta.resolve("pagefind")).href)) as { resolveBinaryPath(names: string[]): string };
  return resolver.resolveBinaryPath(["pagefind_extended", "pagefind"]);
}

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function lastLines(text: string): string[] {
  return text.trim().split("\n").slice(-10);
}

/**
 * An empty bundle (Pagefind's UI files and no page) in `outputPath`, for a site with no article:
 * through the Node API, which can write an index it was given nothing for.
 */
export async function emptyBundle(outputPath: string): Promise<void> {
  const created = await pagefind.createIndex({ ...PAGEFIND_SETTINGS });
  check("start Pagefind", created.errors);
  const index = created.index;
  if (!index) throw new SearchIndexError("start Pagefind", ["it created no index"]);
  try {
    const written = await index.writeFiles({ outputPath });
    check(`write ${outputPath}`, written.errors);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** What Pagefind writes in pagefind-entry.json; only the part read here. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** Pages in the bundle at `bundleDir`, from its pagefind-entry.json (all languages). */
export async function bundlePages(bundleDir: string): Promise<number> {
  const file = join(bundleDir, "pagefind-entry.json");
  const entry = JSON.parse(await readFile(file, "utf8")) as PagefindEntry;
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
