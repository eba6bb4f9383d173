// What the intake server answers: a 303 back to the article for a plain form, JSON for the
// page's script, and for a plain form that was refused a small HTML page listing what to fix.
// Every answer forbids caching, sniffing and loading anything (the page has nothing to load).
import type { ServerResponse } from "node:http";
import type { FieldErrors } from "./validate-submission.ts";

export const BASE_HEADERS: Record<string, string> = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "Referrer-Policy": "no-referrer",
};

export type Headers = Record<string, string>;

export function sendRedirect(response: ServerResponse, location: string, headers: Headers = {}): void {
  response.writeHead(303, { ...BASE_HEADERS, ...headers, Location: location, "Content-Type": "text/plain; charset=utf-8" });
  response.end(`See ${location}\n`);
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  response.writeHead(status, { ...BASE_HEADERS, ...headers, "Content-Type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

export function sendText(response: ServerResponse, status: number, text: string, headers: Headers = {}): void {
  response.writeHead(status, { ...BASE_HEADERS, ...headers, "Content-Type": "text/plain; charset=utf-8" });
  response.end(`${text}\n`);
}

export interface ErrorPage {
  title: string;
  errors: FieldErrors;
  /** The article (absolute URL and "the article"), else the site's front page. */
  back: { href: string; label: string };
  /** What the reader wrote, shown back so it is not lost. */
  wrote?: string;
}

export function sendErrorPage(response: ServerResponse, status: number, page: ErrorPage, headers: Headers = {}): void {
  response.writeHead(status, { ...BASE_HEADERS, ...headers, "Content-Type": "text/html; charset=utf-8" });
  response.end(errorPageHtml(page));
}

export function errorPageHtml({ title, errors, back, wrote }: ErrorPage): string {
  const items = Object.values(errors).map((message) => `      <li>${escapeHtml(message)}</li>`);
  const kept = wrote
    ? `
    <h2>What you wrote</h2>
    <p>Copy it before you leave this page if your browser does not keep it.</p>
    <pre>${escapeHtml(wrote)}</pre>`
    : "";
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <main>
    <h1>${escapeHtml(title)}</h1>
    <p>Please fix this and send it again:</p>
    <ul>
${items.join("\n")}
    </ul>
    <p>Your browser's Back button takes you to the form. <a href="${escapeHtml(back.href)}">Back to ${escapeHtml(back.label)}</a></p>${kept}
    </main>
  </body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
