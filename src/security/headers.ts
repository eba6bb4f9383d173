// HTTP headers for the built site, as a `_headers` file (the format Netlify and Cloudflare
// Pages read): one rule for every path, since hosts merge overlapping rules differently.
// The Content-Security-Policy allows only what the pages use: scripts and styles from the site
// itself (no inline code anywhere), Pagefind's WebAssembly, pictures from the site and from the
// servers its articles' pictures come from, and the comment and reaction endpoints.
import type { Article } from "../model/types.ts";
import type { Site } from "../site.ts";
import { PERMISSIONS_POLICY } from "./permissions-policy.ts";
import { pictureOrigins } from "./picture-origins.ts";

/** One year, the least the HSTS preload list accepts and what security reviews expect. */
const HSTS_MAX_AGE = 365 * 24 * 60 * 60;

export function endpointOrigins(site: Pick<Site, "comments" | "reactions">): string[] {
  const origins = [site.comments.endpoint, site.reactions.endpoint]
    .filter((endpoint): endpoint is string => Boolean(endpoint))
    .map((endpoint) => new URL(endpoint).origin);
  return [...new Set(origins)];
}

/** `pictureHosts`: the origins of the remote pictures the site shows (see picture-origins.ts). */
export function contentSecurityPolicy(site: Pick<Site, "comments" | "reactions">, pictureHosts: readonly string[] = []): string {
  const endpoints = endpointOrigins(site);
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    ["script-src", "'self'", "'wasm-unsafe-eval'"],
    ["style-src", "'self'"],
    // data: for Pagefind UI's search and clear icons, which its stylesheet draws as
    // `mask-image: url("data:image/svg+xml,…")` (CSS images count as img-src).
    ["img-src", "'self'", "data:", ...pictureHosts],
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

/**
 * Strict-Transport-Security, unless the site is served over plain http (browsers ignore it
 * there, and it would promise what the host does not do) or the settings turn it off.
 */
export function strictTransportSecurity(site: Pick<Site, "url" | "strictTransportSecurity">): string | undefined {
  if (!site.url.startsWith("https:") || site.strictTransportSecurity === false) return undefined;
  return `max-age=${HSTS_MAX_AGE}; includeSubDomains`;
}

/**
 * The `_headers` file: one rule for every path of the site, under its path prefix. Written from
 * the published articles, so the policy allows every picture server they use.
 */
export function headersFile(site: Pick<Site, "comments" | "reactions" | "pathPrefix" | "url" | "strictTransportSecurity">, articles: readonly Pick<Article, "lead" | "body">[]): string {
  const hsts = strictTransportSecurity(site);
  return [
    `${site.pathPrefix}*`,
    `  Content-Security-Policy: ${contentSecurityPolicy(site, pictureOrigins(articles))}`,
    ...(hsts ? [`  Strict-Transport-Security: ${hsts}`] : []),
    `  Permissions-Policy: ${PERMISSIONS_POLICY}`,
    // No other site's window keeps a handle on ours (window.opener), and no other site can load
    // our files into its pages (pictures, scripts, pages read as subresources). Pictures from
    // wire servers are their responses, not ours, and are unaffected.
    "  Cross-Origin-Opener-Policy: same-origin",
    "  Cross-Origin-Resource-Policy: same-origin",
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "  X-Frame-Options: DENY",
    "",
  ].join("\n");
}
