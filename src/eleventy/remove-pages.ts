// Removes pages a preview wrote earlier whose article was deleted or moved to another URL, so the
// preview never serves a page the site no longer has. URLs come from source data (slugs, dates):
// a path that would leave the output folder is refused, not followed.
import { rm, rmdir } from "node:fs/promises";
import { dirname, isAbsolute, join, relative } from "node:path";

/** `urls` are site paths such as `/2026/11/02/harbour-reopens/` (no path prefix). */
export async function removePages(outputDir: string, urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    const file = join(outputDir, decodeURIComponent(url), url.endsWith("/") ? "index.html" : "");
    const inside = relative(outputDir, file);
    if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) throw new Error(`Refusing to remove ${file}: ${url} is not a page inside ${outputDir}`);
    await rm(file, { force: true });
    // The page's own folder goes too when nothing else is in it.
    await rmdir(dirname(file)).catch(() => undefined);
  }
}
