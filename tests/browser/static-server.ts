// A plain static server for the built site on loopback, as a static host serves it: index.html
// for folders, the nearest 404.html with status 404 for anything else, and the headers from _site/_headers
// (so the browser enforces the Content-Security-Policy the site ships with).
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

/** The headers of the `/*` rule in a Netlify-style `_headers` file. */
function siteHeaders(dir: string): Record<string, string> {
  const file = join(dir, "_headers");
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (match) headers[match[1]!] = match[2]!;
  }
  return headers;
}

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/**
 * The 404.html nearest the missing path, up to the site's own, as hosts such as Cloudflare Pages
 * serve it: an edition's missing page gets the edition's 404 (/ar/404.html).
 */
function nearestNotFound(dir: string, path: string): string {
  const folders = path.split("/").filter(Boolean);
  for (let depth = folders.length; depth > 0; depth--) {
    const candidate = normalize(join(dir, ...folders.slice(0, depth), "404.html"));
    if (candidate.startsWith(dir) && existsSync(candidate)) return candidate;
  }
  return join(dir, "404.html");
}

export async function serveStatic(dir: string): Promise<StaticSite> {
  const headers = siteHeaders(dir);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) file = join(dir, "404.html");
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = nearestNotFound(dir, path);
    }
    response.writeHead(status, { ...headers, "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("Internal error: the static server has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
