// Runs Pagefind's own browser search (the pagefind.js a built site ships) in Node, for tests.
// pagefind.js fetches its index over HTTP, so the built site is served on 127.0.0.1 for as long
// as the client is open.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize, sep } from "node:path";
import { pathToFileURL } from "node:url";

export interface SearchHit {
  /** The page's path on the site: `/2026/10/08/slug/`. */
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
}

export interface PagefindClient {
  /** Pages matching `term`; `null` lists every page in the index. */
  search(term: string | null): Promise<SearchHit[]>;
  /** Every filter in the index with each value's page count. */
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

/** The part of pagefind.js's API used here. */
interface PagefindModule {
  options(options: { basePath: string; baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null): Promise<{ results: { data(): Promise<SearchHit> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy?(): Promise<void>;
}

export async function openPagefind(siteDir: string): Promise<PagefindClient> {
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

  const pagefind = (await import(pathToFileURL(join(siteDir, "pagefind", "pagefind.js")).href)) as PagefindModule;
  await pagefind.options({ basePath: `http://127.0.0.1:${port}/pagefind/`, baseUrl: "/" });
  await pagefind.init();

  return {
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
