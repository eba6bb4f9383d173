// Removes pages a preview wrote earlier that the site no longer has (an article, listing, credits or content
// page deleted or moved to another URL), so the preview never serves a stale page.
import { rm } from "node:fs/promises";
import { pageFile } from "./page-file.ts";

/** `urls` are site paths such as `/2026/11/02/harbour-reopens/` (no path prefix). */
export async function removePages(outputDir: string, urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    const file = pageFile(outputDir, url);
    // Only the file: Eleventy remembers which output folders exist and never makes one again, so
    // a removed folder made the page unwritable when its address came back (a headline changed
    // and changed back). An empty folder serves nothing.
    await rm(file, { force: true });
  }
}
