// Removes pages a preview wrote earlier whose article was deleted or moved to another URL, so the
// preview never serves a page the site no longer has.
import { rm, rmdir } from "node:fs/promises";
import { dirname } from "node:path";
import { pageFile } from "./page-file.ts";

/** `urls` are site paths such as `/2026/11/02/harbour-reopens/` (no path prefix). */
export async function removePages(outputDir: string, urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    const file = pageFile(outputDir, url);
    await rm(file, { force: true });
    // The page's own folder goes too when nothing else is in it.
    await rmdir(dirname(file)).catch(() => undefined);
  }
}
