// Slow clients against the intake server with its default timeouts: each test takes the full
// 10 and 15 seconds a real slow client would, so they live apart from the quick intake tests.
import { connect } from "node:net";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { IntakeServer } from "../../src/comments/intake-server.ts";
import { FORM, on } from "./intake-fixture.ts";

const slow = suite("intake server: slow clients");

/** Sends a request's head and then one byte of body a second; resolves with when the server cut it. */
function dribble(intake: IntakeServer, sendHeaders: "all" | "slowly"): Promise<number> {
  const { port } = new URL(intake.url);
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), "127.0.0.1", () => {
      const head = `POST /comment HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${FORM}\r\nContent-Length: 1000\r\n`;
      socket.write(sendHeaders === "all" ? `${head}\r\n` : "POST /comment HTTP/1.1\r\n");
      const timer = setInterval(() => socket.write(sendHeaders === "all" ? "a" : "X-Slow: 1\r\n"), 1_000);
      socket.on("close", () => {
        clearInterval(timer);
        resolve(Date.now() - started);
      });
    });
    socket.on("error", () => undefined);
    socket.resume();
  });
}

slow(
  "slow clients are cut at the configured times: headers after 10 s, the whole request after 15 s",
  on({}, async (context) => {
    const [body, headers] = await Promise.all([dribble(context.intake, "all"), dribble(context.intake, "slowly")]);
    assert.ok(body >= 15_000 && body < 16_500, `a dribbled body was cut after ${body} ms`);
    assert.ok(headers >= 10_000 && headers < 11_500, `dribbled headers were cut after ${headers} ms`);
  }),
);

slow.run();
