// Preview's open browser tabs, reached through Eleventy's dev server: it tells them to reload, or
// hands a page's new HTML to the tab showing it, which patches itself without reloading (the dev
// server's DOM diffing). Eleventy does that once a rebuild is over; preview's first look
// (first-look.ts) does it as soon as the edited article's page is written.
//
// Eleventy offers no handle on its dev server. The server runs each middleware given in its
// options with itself as `this` (@11ty/eleventy-dev-server 2.x), so a middleware keeps it from
// the first request on: before any request there is no tab to tell.
import type { IncomingMessage, ServerResponse } from "node:http";

/** A page's new HTML for the tab showing it, as Eleventy's own reload event carries it. */
export interface PageUpdate {
  /** Site path, path prefix included. */
  url: string;
  /** The template that made it, as Eleventy names it (`./templates/article.njk`). */
  inputPath: string;
  content: string;
}

interface ReloadingServer {
  reload(event: { files: string[]; build: { templates: PageUpdate[] } }): unknown;
}

export type Middleware = (this: unknown, request: IncomingMessage, response: ServerResponse, next: () => void) => void;

export class OpenTabs {
  private server: ReloadingServer | undefined;
  /** For `setServerOptions({ middleware })`: passes every request on, unchanged. */
  readonly middleware: Middleware;

  constructor() {
    const tabs = this;
    this.middleware = function (this: unknown, _request, _response, next) {
      if (!tabs.server && isReloadingServer(this)) tabs.server = this;
      next();
    };
  }

  /**
   * Sends the pages to the tabs: a tab showing one of them patches itself; every other tab
   * reloads. Returns whether there was a server to send through.
   */
  show(pages: readonly PageUpdate[]): boolean {
    if (!this.server || pages.length === 0) return false;
    this.server.reload({ files: [...new Set(pages.map((page) => page.inputPath))], build: { templates: [...pages] } });
    return true;
  }
}

function isReloadingServer(value: unknown): value is ReloadingServer {
  return typeof value === "object" && value !== null && typeof (value as { reload?: unknown }).reload === "function";
}
