// HTTP headers for the built site, as a `_headers` file (the format Netlify and Cloudflare
// Pages read). The Content-Security-Policy allows only what the pages use: scripts and styles
// from the site itself (no inline code anywhere), Pagefind's WebAssembly, pictures from the
// site or over https (wire renditions), and the comment and reaction endpoints.
import type { Site } from "../site.ts";

export function endpointOrigins(site: Pick<Site, "comments" | "reactions">): string[] {
  const origins = [site.comments.endpoint, site.reactions.endpoint]
    .filter((endpoint): endpoint is string => Boolean(endpoint))
    .map((endpoint) => new URL(endpoint).origin);
  return [...new Set(origins)];
}

export function contentSecurityPolicy(site: Pick<Site, "comments" | "reactions">): string {
  const endpoints = endpointOrigins(site);
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    ["script-src", "'self'", "'wasm-unsafe-eval'"],
    ["style-src", "'self'"],
    // data: for the search box's icon; https: for pictures a wire serves from its own servers.
    ["img-src", "'self'", "data:", "https:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...endpoints],
    ["form-action", "'self'", ...endpoints],
    ["worker-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** The `_headers` file: one rule for every path of the site, under its path prefix. */
export function headersFile(site: Pick<Site, "comments" | "reactions" | "pathPrefix">): string {
  return [
    `${site.pathPrefix}*`,
    `  Content-Security-Policy: ${contentSecurityPolicy(site)}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "  X-Frame-Options: DENY",
    "",
  ].join("\n");
}
