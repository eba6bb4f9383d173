// How the intake server reads a form's body (src/comments/form-body.ts), on loopback: the bodies
// and headers browsers send for a plain <form method="post"> (Chrome's and Firefox's urlencoded
// posts, the multipart and text/plain bodies of a form with another enctype), the page's script
// (fetch with a URLSearchParams body: `application/x-www-form-urlencoded;charset=UTF-8`), jQuery's
// $.post (`; charset=UTF-8`), an old form with accept-charset="ISO-8859-1", and clients that
// compress, stream (chunked) or stop half-way.
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { bodyLimit } from "../../src/comments/form-body.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import { type Context, FORM, JSON_ACCEPT, SITE_ORIGIN, comment, on, postComment, queued } from "./intake-fixture.ts";

/** What Chrome adds to a form post from the article's page (the page's script sends Accept: application/json). */
const FROM_THE_PAGE = { Origin: SITE_ORIGIN, Referer: `${SITE_ORIGIN}/2026/11/18/harbour-reopens/`, Accept: "application/json" };

async function formErrors(answer: { status: number; json: () => Record<string, unknown> }): Promise<string[]> {
  const json = answer.json();
  assert.is(json.ok, false);
  return Object.keys(json.errors as object);
}

// ---------------------------------------------------------------------------------------------

const types = suite("intake server: the body's type and encoding");

const BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
const MULTIPART = [
  ["article", "harbour-reopens"],
  ["url", "/2026/11/18/harbour-reopens/"],
  ["name", "Maya"],
  ["email", "maya@example.com"],
  ["comment", "Good news for the port."],
  ["website", ""],
]
  .map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
  .join("")
  .concat(`--${BOUNDARY}--\r\n`);
const TEXT_PLAIN = "article=harbour-reopens\r\nurl=/2026/11/18/harbour-reopens/\r\nname=Maya\r\nemail=maya@example.com\r\ncomment=Good news for the port.\r\nwebsite=\r\n";

types(
  "a table of Content-Type and Content-Encoding headers: UTF-8 URL-encoded forms only",
  on({}, async (context) => {
    const table: [string, Record<string, string>, string, number][] = [
      // [who sends it, headers, body, status]
      ["a plain form (Chrome, Firefox)", { "Content-Type": FORM }, comment(), 202],
      ["fetch with a URLSearchParams body", { "Content-Type": `${FORM};charset=UTF-8` }, comment(), 202],
      ["jQuery $.post", { "Content-Type": `${FORM}; charset=UTF-8` }, comment(), 202],
      ["the type in capitals", { "Content-Type": "Application/X-WWW-Form-URLEncoded" }, comment(), 202],
      ["a quoted charset", { "Content-Type": `${FORM}; charset="utf-8"` }, comment(), 202],
      ["utf8 without the dash, spaces around =", { "Content-Type": `${FORM} ; charset = utf8` }, comment(), 202],
      ["another parameter beside the charset", { "Content-Type": `${FORM}; charset=utf-8; boundary=unused` }, comment(), 202],
      ["Content-Encoding: identity", { "Content-Type": FORM, "Content-Encoding": "identity" }, comment(), 202],
      ["Content-Encoding: Identity, padded", { "Content-Type": FORM, "Content-Encoding": " Identity " }, comment(), 202],
      ["a form with accept-charset=ISO-8859-1", { "Content-Type": `${FORM}; charset=ISO-8859-1` }, comment(), 415],
      ["charset=windows-1252", { "Content-Type": `${FORM}; charset=windows-1252` }, comment(), 415],
      ["enctype=multipart/form-data (Chrome)", { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` }, MULTIPART, 415],
      ["enctype=text/plain", { "Content-Type": "text/plain;charset=UTF-8" }, TEXT_PLAIN, 415],
      ["a script sending JSON", { "Content-Type": "application/json" }, JSON.stringify({ article: "harbour-reopens" }), 415],
      ["the type as a parameter of another", { "Content-Type": `text/plain; type=${FORM}` }, comment(), 415],
      ["no Content-Type at all", {}, comment(), 415],
      ["gzip", { "Content-Type": FORM, "Content-Encoding": "gzip" }, comment(), 415],
      ["deflate", { "Content-Type": FORM, "Content-Encoding": "deflate" }, comment(), 415],
    ];
    let stored = 0;
    for (const [label, headers, body, status] of table) {
      const answer = await postComment(context, body, { ...headers, Accept: "application/json" });
      assert.is(answer.status, status, `${label}: ${answer.text}`);
      if (status === 202) stored += 1;
      else assert.equal(await formErrors(answer), ["form"], label);
    }
    assert.is((await queued(context)).length, stored);
  }),
);

types(
  "a refused body does not use up the sender's quota",
  on({ rateLimit: { max: 1, windowMs: 60_000 } }, async (context) => {
    assert.is((await postComment(context, MULTIPART, { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`, ...FROM_THE_PAGE })).status, 415);
    assert.is((await postComment(context, comment(), { "Content-Type": FORM, ...FROM_THE_PAGE })).status, 202);
    assert.is((await postComment(context, comment(), { "Content-Type": FORM, ...FROM_THE_PAGE })).status, 429);
  }),
);

types(
  "bytes and escapes: + is a space, %2B a plus; Latin-1 bytes, Latin-1 escapes and broken escapes are 400 on `form`",
  on({}, async (context) => {
    const plus = await postComment(context, `${comment({ comment: undefined })}&comment=Good+news+for+C%2B%2B+fans`, JSON_ACCEPT);
    assert.is(plus.status, 202, plus.text);
    assert.is((await queued(context))[0]!.text, "Good news for C++ fans");
    const refused: [string, string | Buffer][] = [
      ["Latin-1 bytes (an old form's raw é)", Buffer.concat([Buffer.from(`${comment({ comment: undefined })}&comment=Caf`), Buffer.from([0xe9])])],
      ["a Latin-1 percent escape (accept-charset=ISO-8859-1)", `${comment({ comment: undefined })}&comment=Caf%E9`],
      ["a lone %", `${comment({ comment: undefined })}&comment=100%`],
      ["a % with no hex digits", `${comment({ comment: undefined })}&comment=%zz`],
      ["a broken escape in a field name", `${comment()}&na%E9me=x`],
    ];
    for (const [label, body] of refused) {
      const answer = await postComment(context, body as string, JSON_ACCEPT);
      assert.is(answer.status, 400, label);
      assert.equal(await formErrors(answer), ["form"], label);
    }
    assert.is((await queued(context)).length, 1);
  }),
);

types.run();

// ---------------------------------------------------------------------------------------------

const sizes = suite("intake server: how large a form may be");

/** A POST without Content-Length: Node sends the body chunked, as a streaming client does. */
function postChunked(context: Context, chunks: string[], headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const { port } = new URL(context.intake.url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/comment", agent: false, headers }, (incoming) => {
      const parts: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => parts.push(chunk));
      incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(parts).toString("utf8") }));
    });
    outgoing.on("error", reject);
    for (const chunk of chunks) outgoing.write(chunk);
    outgoing.end();
  });
}

/** The form with its comment padded so the whole body is exactly `bytes` long. */
function formOf(bytes: number): string {
  const empty = Buffer.byteLength(comment({ comment: "" }));
  const body = comment({ comment: "x".repeat(bytes - empty) });
  assert.is(Buffer.byteLength(body), bytes);
  return body;
}

sizes("the largest form: room for a full comment in emoji, never under 16 KiB", () => {
  assert.is(bodyLimit(1500), 1500 * 12 + 8 * 1024);
  assert.is(bodyLimit(1500), 26_192);
  assert.is(bodyLimit(1000), 20_192);
  assert.is(bodyLimit(500), 16 * 1024);
  assert.is(bodyLimit(0), 16_384);
});

sizes(
  "maxBodyBytes: a form of exactly that size is read, one byte more is 413, declared or streamed",
  on({ maxBodyBytes: 600 }, async (context) => {
    assert.is((await postComment(context, formOf(600), JSON_ACCEPT)).status, 202);
    const over = await postComment(context, formOf(601), JSON_ACCEPT);
    assert.is(over.status, 413);
    assert.equal(await formErrors(over), ["form"]);
    const exact = formOf(600);
    assert.is((await postChunked(context, [exact.slice(0, 300), exact.slice(300)], JSON_ACCEPT)).status, 202, "streamed, 600 bytes");
    const streamedOver = formOf(601);
    assert.is((await postChunked(context, [streamedOver.slice(0, 300), streamedOver.slice(300)], JSON_ACCEPT)).status, 413, "streamed, 601 bytes");
    assert.is((await queued(context)).length, 2);
  }),
);

sizes(
  "without maxBodyBytes the limit follows the site's comment length: 16 KiB for a short limit",
  on({ site: makeTestSite({ comments: { maxLength: 100, policyUrl: "/comment-policy/" } }) }, async (context) => {
    const over = await postComment(context, formOf(16 * 1024 + 1), JSON_ACCEPT);
    assert.is(over.status, 413);
    const atLimit = await postComment(context, formOf(16 * 1024), JSON_ACCEPT);
    assert.is(atLimit.status, 400, "read, then refused as too long a comment");
    assert.equal(await formErrors(atLimit), ["comment"]);
  }),
);

sizes.run();

// ---------------------------------------------------------------------------------------------

const cut = suite("intake server: clients that send too much or stop half-way");

interface RawAnswer {
  head: string;
  body: string;
  /** The server closed the connection after answering. */
  closed: boolean;
}

/** Writes raw HTTP/1.1 on one keep-alive connection and reads what comes back until the server closes it or `enough` says so. */
function raw(context: Context, writes: (string | Buffer)[], enough: (text: string) => boolean, endAfterWrites = false): Promise<RawAnswer> {
  const { port } = new URL(context.intake.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let text = "";
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      const split = text.indexOf("\r\n\r\n");
      resolve({ head: text.slice(0, split), body: text.slice(split + 4), closed });
      socket.destroy();
    };
    socket.on("error", (cause) => (text ? finish(true) : reject(cause)));
    socket.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      if (enough(text)) finish(false);
    });
    socket.on("close", () => finish(true));
    socket.on("connect", () => {
      for (const write of writes) socket.write(write);
      if (endAfterWrites) socket.end();
    });
  });
}

function head(length: number, extra = ""): string {
  return `POST /comment HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${FORM}\r\nAccept: application/json\r\nConnection: keep-alive\r\nContent-Length: ${length}\r\n${extra}\r\n`;
}

cut(
  "a refused body that was read whole (wrong type, not UTF-8, broken escape, declared too large): the connection serves the next form",
  on({ maxBodyBytes: 600 }, async (context) => {
    const latin1 = Buffer.concat([Buffer.from(`${comment({ comment: undefined })}&comment=Caf`), Buffer.from([0xe9])]);
    const table: [string, number, string, string | Buffer][] = [
      ["a multipart form", 415, `multipart/form-data; boundary=${BOUNDARY}`, MULTIPART],
      ["Latin-1 bytes", 400, FORM, latin1],
      ["a broken escape", 400, FORM, `${comment({ comment: undefined })}&comment=100%`],
      ["declared and sent larger than the limit", 413, FORM, formOf(5_000)],
    ];
    for (const [label, status, type, body] of table) {
      const first = `POST /comment HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nAccept: application/json\r\nConnection: keep-alive\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
      const good = comment();
      const answers = await raw(context, [first, body, head(Buffer.byteLength(good)), good], (text) => /"ok":true/.test(text));
      assert.match(answers.head, new RegExp(`^HTTP/1\\.1 ${status} `), label);
      assert.not.match(answers.head, /\r\nConnection: close/i, label);
      assert.match(answers.body, /HTTP\/1\.1 202 /, `${label}: the next form on the same connection is answered`);
    }
    assert.is((await queued(context)).length, table.length);
  }),
);

cut(
  "a body far past the limit: the server stops reading, answers 413 and closes the connection",
  on({ maxBodyBytes: 600 }, async (context) => {
    const declared = 2 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, "x");
    const answer = await raw(context, [head(declared), ...Array.from({ length: 8 }, () => chunk)], () => false);
    assert.match(answer.head, /^HTTP\/1\.1 413 /);
    assert.match(answer.head, /\r\nConnection: close/i);
    assert.is(answer.closed, true);
    assert.equal(await queued(context), []);
  }),
);

cut(
  "a refused body is read and dropped up to 256 KiB, so the answer is not lost to a reset; one byte more and the connection is closed",
  on({ maxBodyBytes: 600 }, async (context) => {
    const drained = 256 * 1024;
    const good = comment();
    const kept = await raw(context, [head(drained), Buffer.alloc(drained, "x"), head(Buffer.byteLength(good)), good], (text) => /"ok":true/.test(text));
    assert.match(kept.head, /^HTTP\/1\.1 413 /);
    assert.not.match(kept.head, /\r\nConnection: close/i, "256 KiB: read to its end, the connection kept");
    assert.match(kept.body, /HTTP\/1\.1 202 /);
    const cutOff = await raw(context, [head(drained + 1), Buffer.alloc(drained + 1, "x")], () => false);
    assert.match(cutOff.head, /^HTTP\/1\.1 413 /);
    assert.match(cutOff.head, /\r\nConnection: close/i, "one byte more: closed");
    assert.is(cutOff.closed, true);
  }),
);

cut(
  "a client that stops half-way: nothing is kept and the refusal is logged as a 400 on `form`",
  async () => {
    const lines: string[] = [];
    await on({ log: (line) => lines.push(line) }, async (context) => {
      const body = comment();
      await raw(context, [head(Buffer.byteLength(body) + 200), body], () => false, true);
      const deadline = Date.now() + 5_000;
      while (!lines.some((line) => line.startsWith("comment refused")) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(lines.filter((line) => line.startsWith("comment ")), ["comment refused (400): form"]);
      assert.equal(await queued(context), []);
    })();
  },
);

cut.run();
