// Eleventy 3.1 keeps every page it renders until the build ends: each page's HTML stays cached
// on its template object (the render caches behind `renderPageEntry`) and in the list of results
// `write()` returns. A 2,000-article build ended holding 124 MB of page HTML (4,418 pages), about
// half of its live heap; at 100,000 articles that is several GB, the out-of-memory failures
// Eleventy users report at that scale (11ty/eleventy#3948). Once a page is on disk nothing in a
// production build reads it again, so its caches are emptied right after the write.
//
// This reaches into Eleventy's Template class (not part of its public API), so it checks that the
// two methods it relies on are there and stops the build with a clear message if an upgrade
// removed them. The dev server is left alone: it sends the written HTML to the open browser tab
// to patch the page in place.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

interface PageEntry {
  _templateContent?: unknown;
  template?: { resetCaches(types: { render: boolean }): void };
}
interface WriteResult {
  content?: unknown;
}
interface TemplatePrototype {
  _write(page: PageEntry, content: unknown): Promise<WriteResult | undefined>;
  resetCaches?: unknown;
}

const eleventyMain = createRequire(import.meta.url).resolve("@11ty/eleventy");
const eleventyVersion = (JSON.parse(readFileSync(join(dirname(eleventyMain), "..", "package.json"), "utf8")) as { version: string }).version;

let releasing = false;
let installed = false;

/** Turns the release on (production builds) or off (preview). Installs it the first time. */
export async function releaseWrittenPages(on: boolean): Promise<void> {
  releasing = on;
  if (installed || !on) return;
  const module = (await import(pathToFileURL(join(dirname(eleventyMain), "Template.js")).href)) as { default: { prototype: TemplatePrototype } };
  const prototype = module.default.prototype;
  if (typeof prototype._write !== "function" || typeof prototype.resetCaches !== "function") {
    throw new Error(
      `src/eleventy/release-written-pages.ts: Eleventy ${eleventyVersion} has no Template#_write or Template#resetCaches, which this file relies on to free written pages (written for Eleventy 3.1). Check how this version keeps rendered pages, and update or remove the file.`,
    );
  }
  const write = prototype._write;
  prototype._write = async function (page, content) {
    const result = await write.call(this, page, content);
    if (releasing) {
      if (result) result.content = undefined;
      page._templateContent = undefined;
      page.template?.resetCaches({ render: true });
    }
    return result;
  };
  installed = true;
}
