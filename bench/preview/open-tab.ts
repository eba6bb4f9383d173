// A browser tab left open on the preview, as far as live reload goes: the dev server's WebSocket,
// joined as its reload client joins it, with every reload message timed on arrival. A message
// that carries a page's HTML patches the tab showing that page in place (the dev server's DOM
// diffing); any other makes every tab load its page again.
import WebSocket from "ws";

export interface TimedReload {
  /** performance.now() when the message arrived. */
  at: number;
  /** The pages whose HTML it carries, by URL. */
  pages: Map<string, string>;
}

export class OpenTab {
  readonly reloads: TimedReload[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on("message", (data) => {
      const at = performance.now();
      const message = JSON.parse(String(data)) as { type?: string; build?: { templates?: { url: string; content: string }[] } };
      if (message.type !== "eleventy.reload") return;
      this.reloads.push({ at, pages: new Map((message.build?.templates ?? []).map((page) => [page.url, page.content])) });
    });
  }

  /** Joins the dev server at `origin` (`http://localhost:8080`). */
  static async join(origin: string): Promise<OpenTab> {
    const socket = new WebSocket(origin.replace(/^http/, "ws"));
    await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
    return new OpenTab(socket);
  }

  /** When a message after `since` handed over `url`'s HTML with `marker` in it. */
  patchedAt(url: string, marker: string, since: number): number | undefined {
    return this.reloads.find((reload) => reload.at >= since && reload.pages.get(url)?.includes(marker))?.at;
  }

  close(): void {
    this.socket.close();
  }
}
