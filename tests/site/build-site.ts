// Builds a content folder with the real Eleventy config into a temporary folder, for tests.
import { cp, mkdir, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Eleventy } from "@11ty/eleventy";

export interface BuiltSite {
  dir: string;
  read(url: string): Promise<string>;
}

export interface BuildOptions {
  /** Build into this folder (to build twice into one) instead of a new temporary one. */
  output?: string;
  /** Start from the responsive pictures earlier builds made (see seedPictures); true unless said. */
  seed?: boolean;
  /** Eleventy's run mode: "serve" builds as preview's first build does (without serving). */
  runMode?: "build" | "serve";
}

/** The build time every site test uses: what is scheduled depends on it. */
export const BUILD_TIME = "2026-11-25T12:00:00Z";

/** `log` collects what the build prints (the report); by default it is discarded. */
export async function buildSite(contentDir = "content", env: Record<string, string> = {}, log: string[] = [], options: BuildOptions = {}): Promise<BuiltSite> {
  const dir = options.output ?? (await mkdtemp(join(tmpdir(), "dateline-site-")));
  if (options.seed !== false) await seedPictures(dir);
  const saved = { ...process.env };
  // No parse cache unless a test asks for one: each build parses its sources, as a first build does.
  Object.assign(process.env, { DATELINE_NOW: BUILD_TIME, DATELINE_CONTENT: contentDir, DATELINE_OUTPUT: dir, DATELINE_CACHE: "off", ...env });
  const print = console.log;
  console.log = (...args: unknown[]) => void log.push(args.join(" "));
  try {
    const eleventy = new Eleventy("templates", dir, { configPath: "eleventy.config.ts", quietMode: true, runMode: options.runMode ?? "build" });
    await eleventy.write();
  } finally {
    console.log = print;
    process.env = saved;
  }
  await keepPictures(dir);
  return { dir, read: (url) => readFile(join(dir, url.endsWith("/") ? `${url}index.html` : url), "utf8") };
}

let pictureCache: string | undefined;

/**
 * Copies the responsive pictures this test process has made so far into `<output>/img/`, as a
 * CI cache would. Their names hash the photo and the encoder settings, so a build reuses only what
 * it would have made itself; without this each of the suite's builds encodes every photo again.
 */
export async function seedPictures(output: string): Promise<void> {
  if (pictureCache === undefined) return;
  await mkdir(join(output, "img"), { recursive: true });
  await cp(pictureCache, join(output, "img"), { recursive: true, force: false });
}

/** Adds a finished build's pictures to the process's cache. */
async function keepPictures(output: string): Promise<void> {
  pictureCache ??= await mkdtemp(join(tmpdir(), "dateline-pictures-"));
  await cp(join(output, "img"), pictureCache, { recursive: true, force: false }).catch((cause: NodeJS.ErrnoException) => {
    if (cause.code !== "ENOENT") throw cause;
  });
}
