// Runs Pagefind's own browser search (the pagefind.js a built site ships) in Node, for tests, and
// loads the indexes the way the search page does (templates/assets/search.js): the newest
// partition's bundle as the primary index, every other one merged into it. pagefind.js fetches its index
// over HTTP, so the built site is served on 127.0.0.1 for as long as the client is open.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { load } from "cheerio";
import { PARTITION_NAME } from "../../src/search/partitions.ts";

export interface SearchHit {
  /** The page's path on the site: `/2026/10/08/slug/`. */
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
}

export interface PagefindClient {
  /** The partitions searched (`2026-11`, `2026`, `2025`), newest first (the primary index first). */
  indexes: string[];
  /** Pages matching `term`; `null` lists every page in every index. */
  search(term: string | null): Promise<SearchHit[]>;
  /** Every filter in the indexes with each value's page count, summed over the indexes. */
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

/** The part of pagefind.js's API used here. */
interface PagefindModule {
  options(options: { basePath: string; baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundlePath: string, options: { baseUrl: string }): Promise<void>;
  search(term: string | null): Promise<{ results: { data(): Promise<SearchHit> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy?(): Promise<void>;
}

/** The partitions the built search page names in data-indexes, newest first. */
export async function pageIndexes(siteDir: string): Promise<string[]> {
  const $ = load(await readFile(join(siteDir, "search", "index.html"), "utf8"));
  const names = $("#search").attr("data-indexes");
  if (names === undefined) throw new Error(`${siteDir}/search/index.html has no #search[data-indexes]`);
  return names.split(/\s+/).filter((name) => PARTITION_NAME.test(name));
}

/** Each client imports its own copy of pagefind.js: the module keeps one search instance. */
let clients = 0;

/** Opens the site's search as its search page would; `indexes` overrides what the page names. */
export async function openPagefind(siteDir: string, indexes?: string[]): Promise<PagefindClient> {
  const searched = indexes ?? (await pageIndexes(siteDir));
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

  // As search.js: /pagefind/<newest>/ first, the others merged; no index at all: /pagefind/.
  const bundles = searched.length > 0 ? searched.map((name) => `pagefind/${name}/`) : ["pagefind/"];
  const [primary, ...merged] = bundles as [string, ...string[]];
  const script = pathToFileURL(join(siteDir, primary, "pagefind.js"));
  script.search = `client=${++clients}`;
  const pagefind = (await import(script.href)) as PagefindModule;
  await pagefind.options({ basePath: `${origin}/${primary}`, baseUrl: "/" });
  await pagefind.init();
  for (const bundle of merged) await pagefind.mergeIndex(`${origin}/${bundle}`, { baseUrl: "/" });

  return {
    indexes: searched,
    async search(term) {
      const found = await pagefind.search(term);
      return Promise.all(found.results.map((result) => result.data()));
    },
    filters: () => pagefind.filters(),
    async close() {
      await pagefind.destroy?.();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
