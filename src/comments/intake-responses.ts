// What the intake server answers: a 303 back to the article for a plain form, JSON for the
// page's script, and for a plain form that was refused a small HTML page listing what to fix.
// Every answer forbids caching, sniffing and loading anything (the page has nothing to load).
// The words arrive in the reader's language (intake-language.ts); this module lays them out.
import type { ServerResponse } from "node:http";

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

/** A refused plain form's page, every word already in the answer's language. */
export interface ErrorPage {
  lang: string;
  dir: "ltr" | "rtl";
  title: string;
  /** "Please fix this and send it again:" */
  intro: string;
  /** What to fix, one sentence each. */
  errors: string[];
  /** That the browser's Back button returns to the form. */
  backHint: string;
  /** The article, else the site's front page: its absolute URL and the link's words. */
  back: { href: string; text: string };
  /** What the reader wrote, shown back so it is not lost, under a heading and a note. */
  wrote?: { heading: string; note: string; text: string };
}

export function sendErrorPage(response: ServerResponse, status: number, page: ErrorPage, headers: Headers = {}): void {
  response.writeHead(status, { ...BASE_HEADERS, ...headers, "Content-Type": "text/html; charset=utf-8" });
  response.end(errorPageHtml(page));
}

/** Every text is escaped here, catalogue messages too: a translation is text, never markup. */
export function errorPageHtml({ lang, dir, title, intro, errors, backHint, back, wrote }: ErrorPage): string {
  const items = errors.map((text) => `      <li>${escapeHtml(text)}</li>`);
  const kept = wrote
    ? `
    <h2>${escapeHtml(wrote.heading)}</h2>
    <p>${escapeHtml(wrote.note)}</p>
    <pre>${escapeHtml(wrote.text)}</pre>`
    : "";
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir === "rtl" ? "rtl" : "ltr"}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <main>
    <h1>${escapeHtml(title)}</h1>
    <p>${escapeHtml(intro)}</p>
    <ul>
${items.join("\n")}
    </ul>
    <p>${escapeHtml(backHint)} <a href="${escapeHtml(back.href)}">${escapeHtml(back.text)}</a></p>${kept}
    </main>
  </body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
