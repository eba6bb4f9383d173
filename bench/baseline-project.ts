// Makes the baseline Eleventy site a project of its own in the benchmark's folder: its templates
// and config from bench/baseline/, its settings from Dateline's site settings, and the
// repository's node_modules linked in, as `npm install` would provide them.
import { cp, mkdir, symlink, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Site } from "../src/site.ts";

/** Files in bench/baseline/ that are the benchmark's, not the site's. */
const NOT_THE_SITE = new Set(["build.js", "README.md"]);

export async function makeBaselineProject(root: string, siteDir: string, site: Site): Promise<void> {
  const source = join(root, "bench", "baseline");
  await cp(source, siteDir, { recursive: true, filter: (path) => path === source || !NOT_THE_SITE.has(basename(path)) });
  const metadata = {
    title: site.name,
    description: `The latest news from ${site.name}`,
    url: `${site.url}/`,
    language: site.lang,
    pageSize: site.pageSize,
    sections: site.sections,
  };
  await mkdir(join(siteDir, "_data"), { recursive: true });
  await writeFile(join(siteDir, "_data", "metadata.json"), `${JSON.stringify(metadata, null, 2)}\n`);
  await symlink(join(root, "node_modules"), join(siteDir, "node_modules"), "dir");
}
