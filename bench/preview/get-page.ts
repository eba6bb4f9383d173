// One GET of a page from the dev server, asking every cache on the way to let it through.
import { Agent, get } from "node:http";

export interface Page {
  status: number;
  body: string;
}

// Kept-alive connections, as a browser keeps them: a new TCP connection every 25 ms would add
// its own cost to the server being measured.
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** The page at `url`; rejects on a network error or when no answer came within `timeoutMs`. */
export function getPage(url: string, timeoutMs: number): Promise<Page> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent, headers: { "cache-control": "no-cache", pragma: "no-cache" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.setTimeout(Math.max(1, timeoutMs), () => request.destroy(new Error(`no answer from ${url} within ${Math.round(timeoutMs)} ms`)));
    request.on("error", reject);
  });
}

/** Closes the kept-alive connections, so the benchmark's process can end. */
export function closeConnections(): void {
  agent.destroy();
}
