// Runs Pagefind's own browser search (the pagefind.js a bundle ships) in Node, for tests: a
// language's bundle as the search page loads it (templates/assets/search.js), or any bundle with
// the `<html lang>` a page would have. pagefind.js fetches its index over HTTP, so the built
// site is served on 127.0.0.1 for as long as the client is open.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize, sep } from "node:path";
import { load } from "cheerio";
import { SEARCH_LANGUAGE } from "../../src/search/search-languages.ts";

export interface SearchHit {
  /** The page's path on the site: `/2026/10/08/slug/`. */
  url: string;
  /** Pagefind's score for the page: results come highest first. */
  score: number;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
}

export interface PagefindClient {
  /** Pages matching `term`, best first; `null` lists every page of the index. */
  search(term: string | null): Promise<SearchHit[]>;
  /** Every filter in the index with each value's page count. */
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

/** The part of pagefind.js's API used here. */
interface PagefindModule {
  options(options: { basePath: string; baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null): Promise<{ results: { score: number; data(): Promise<Omit<SearchHit, "score">> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

/** The languages the built search page offers (data-languages), in its order: the first is searched first. */
export async function pageLanguages(siteDir: string): Promise<string[]> {
  const $ = load(await readFile(join(siteDir, "search", "index.html"), "utf8"));
  const codes = $("#search").attr("data-languages");
  if (codes === undefined) throw new Error(`${siteDir}/search/index.html has no #search[data-languages]`);
  return codes.split(/\s+/).filter((code) => SEARCH_LANGUAGE.test(code));
}

/** The site's search in `language` (the page's first unless given), as its search page opens it. */
export async function openPagefind(siteDir: string, language?: string): Promise<PagefindClient> {
  const chosen = language ?? (await pageLanguages(siteDir))[0];
  if (chosen === undefined) throw new Error(`${siteDir}: the search page offers no language`);
  return openBundle(siteDir, `pagefind/${chosen}/`);
}

/** Each client gets its own copy of pagefind.js, and so its own search instance and WebAssembly. */
let clients = 0;

/**
 * The bundle at `bundle` (a folder of `siteDir`, ending in `/`), searched as a page whose
 * `<html lang>` is `htmlLang` would search it: Pagefind loads the index of that language.
 * Without it, as a page in a language the bundle lacks: its only (or largest) index.
 */
export async function openBundle(siteDir: string, bundle: string, htmlLang?: string): Promise<PagefindClient> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
    const file = join(siteDir, path);
    try {
      if (!file.startsWith(siteDir + sep)) throw new Error("outside the site");
      const body = await readFile(file);
      response.writeHead(200);
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  // pagefind.js keeps one search instance and one WebAssembly module (with one language's
  // stemmer) per module. A query string does not make a second module here (tsx loads a `.js`
  // file once whatever its query), so the script is imported as a data: URL of its own.
  const script = (await readFile(join(siteDir, bundle, "pagefind.js"))).toString("base64");
  const pagefind = (await import(`data:text/javascript;client=${++clients};base64,${script}`)) as PagefindModule;
  await pagefind.options({ basePath: `${origin}/${bundle}`, baseUrl: "/" });
  // pagefind.js reads the page's <html lang> when it starts (init), as a browser page gives it.
  const globals = globalThis as { document?: unknown };
  if (htmlLang !== undefined) globals.document = { querySelector: () => ({ getAttribute: () => htmlLang }) };
  try {
    await pagefind.init();
  } finally {
    delete globals.document;
  }

  return {
    async search(term) {
      const found = await pagefind.search(term);
      return Promise.all(found.results.map(async (result) => ({ ...(await result.data()), score: result.score })));
    },
    filters: () => pagefind.filters(),
    async close() {
      await pagefind.destroy();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
