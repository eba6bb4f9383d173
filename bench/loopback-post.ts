// One form post to the intake server on 127.0.0.1, from a loopback address of its own and on a
// connection of its own (Linux routes all of 127.0.0.0/8 to lo), so a crowd of readers can be
// played from one machine without the rate limit seeing one client. Used by the load benchmark
// and by the intake server's crowd and crash tests.
import { request } from "node:http";

export interface PostAnswer {
  /** 0 when the connection failed (the server was killed, or refused it). */
  status: number;
  /** The submission's id when it was accepted (202). */
  id?: string;
  retryAfter?: string;
  ms: number;
}

/** The `n`th distinct loopback address under `127.<first>.…`: 62,500 before it moves on. */
export function loopbackAddress(n: number, first = 10): string {
  return `127.${first + Math.floor(n / 62_500)}.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
}

export function postFromLoopback(port: number, localAddress: string, body: string, path = "/comment"): Promise<PostAnswer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const failed = () => resolve({ status: 0, ms: performance.now() - started });
    const outgoing = request(
      { host: "127.0.0.1", port, localAddress, method: "POST", path, agent: false, headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json", "Content-Length": String(Buffer.byteLength(body)) } },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("error", failed);
        incoming.on("end", () => {
          const answer: PostAnswer = { status: incoming.statusCode ?? 0, ms: performance.now() - started };
          if (answer.status === 202) answer.id = (JSON.parse(Buffer.concat(chunks).toString()) as { id: string }).id;
          if (incoming.headers["retry-after"]) answer.retryAfter = String(incoming.headers["retry-after"]);
          resolve(answer);
        });
      },
    );
    outgoing.on("error", failed);
    outgoing.end(body);
  });
}
