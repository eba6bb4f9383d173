// Builds a content folder with the real Eleventy config into a temporary folder, for tests.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Eleventy } from "@11ty/eleventy";

export interface BuiltSite {
  dir: string;
  read(url: string): Promise<string>;
}

/** The build time every site test uses: what is scheduled depends on it. */
export const BUILD_TIME = "2026-11-25T12:00:00Z";

/** `log` collects what the build prints (the report); by default it is discarded. */
export async function buildSite(contentDir = "content", env: Record<string, string> = {}, log: string[] = []): Promise<BuiltSite> {
  const dir = await mkdtemp(join(tmpdir(), "dateline-site-"));
  const saved = { ...process.env };
  Object.assign(process.env, { DATELINE_NOW: BUILD_TIME, DATELINE_CONTENT: contentDir, DATELINE_OUTPUT: dir, ...env });
  const print = console.log;
  console.log = (...args: unknown[]) => void log.push(args.join(" "));
  try {
    const eleventy = new Eleventy("templates", dir, { configPath: "eleventy.config.ts", quietMode: true });
    await eleventy.write();
  } finally {
    console.log = print;
    process.env = saved;
  }
  return { dir, read: (url) => readFile(join(dir, url.endsWith("/") ? `${url}index.html` : url), "utf8") };
}
