// Where a page's file is in the output folder. Page URLs come from source data (slugs, dates), so
// a URL whose file would fall outside the output folder is refused, not followed.
import { isAbsolute, join, relative } from "node:path";

/** The file Eleventy writes for the site path `url` (`/2026/11/02/harbour-reopens/` → `…/index.html`). */
export function pageFile(outputDir: string, url: string): string {
  const file = join(outputDir, decodeURIComponent(url), url.endsWith("/") ? "index.html" : "");
  const inside = relative(outputDir, file);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) throw new Error(`Refusing to touch ${file}: ${url} is not a page inside ${outputDir}`);
  return file;
}
