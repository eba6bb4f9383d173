// Reads a form body the way browsers send one without JavaScript:
// `application/x-www-form-urlencoded`, UTF-8, small. Anything else is refused with the status
// that says why (415 for another type or a compressed body, 413 for too many bytes, 400 for
// bytes that are not UTF-8 URL encoding).
//
// A refused body is still read to its end (up to a bound) before the answer is sent: closing a
// connection with unread data makes the client see a reset instead of the answer.
import type { IncomingMessage } from "node:http";
import { message, type IntakeMessage } from "./intake-messages.ts";

/**
 * The largest form accepted: room for a comment of `maxLength` characters that are all emoji
 * (4 bytes of UTF-8 each, 12 once URL-encoded: 1500 of them are 18,000 bytes) plus 8 KiB for
 * the other fields; never less than 16 KiB. 1500 characters: 26,192 bytes.
 */
export function bodyLimit(maxLength: number): number {
  return Math.max(16 * 1024, maxLength * 12 + 8 * 1024);
}
/** How much of an oversized or refused body is read and thrown away before the connection is cut. */
const DRAIN_BYTES = 256 * 1024;
/** What a form must be sent as, named in the messages that refuse anything else. */
const FORM_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

export type FormBody =
  | { ok: true; fields: URLSearchParams }
  | {
      ok: false;
      status: 400 | 413 | 415;
      message: IntakeMessage;
      /** The body was not read to its end: close the connection after answering. */
      close: boolean;
    };

export async function readFormBody(request: IncomingMessage, maxBytes: number): Promise<FormBody> {
  const refusal = contentTypeProblem(request);
  const declared = Number(request.headers["content-length"]);
  const tooLarge = Number.isFinite(declared) && declared > maxBytes;
  const { body, complete, size } = await readBody(request, refusal || tooLarge ? 0 : maxBytes);
  if (refusal) return { ok: false, status: 415, message: refusal, close: !complete };
  if (tooLarge || size > maxBytes) return { ok: false, status: 413, message: message("intake.tooLarge", { max: maxBytes }), close: !complete };
  if (!complete) return { ok: false, status: 400, message: message("intake.incomplete"), close: true };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return { ok: false, status: 400, message: message("intake.notUtf8", { encoding: "UTF-8" }), close: false };
  }
  // URLSearchParams quietly turns broken percent escapes into U+FFFD; a browser never sends them.
  // ("+" for a space cannot break an escape, so it needs no decoding here.)
  for (const pair of text.split("&")) {
    try {
      decodeURIComponent(pair);
    } catch {
      return { ok: false, status: 400, message: message("intake.badEncoding", { type: FORM_TYPE }), close: false };
    }
  }
  return { ok: true, fields: new URLSearchParams(text) };
}

/** Why the body's declared type is refused, or undefined when it is a plain UTF-8 URL-encoded form. */
function contentTypeProblem(request: IncomingMessage): IntakeMessage | undefined {
  const wanted = message("intake.wrongType", { type: FORM_TYPE });
  const encoding = (request.headers["content-encoding"] ?? "").trim().toLowerCase();
  if (encoding !== "identity" && encoding !== "") return message("intake.compressed", { type: FORM_TYPE });
  const [type = "", ...parameters] = (request.headers["content-type"] ?? "").split(";").map((part) => part.trim());
  if (type.toLowerCase() !== "application/x-www-form-urlencoded") return wanted;
  for (const parameter of parameters) {
    const [key = "", value = ""] = parameter.split("=").map((part) => part.trim().replace(/^"|"$/g, "").toLowerCase());
    if (key === "charset" && value !== "utf-8" && value !== "utf8") return wanted;
  }
  return undefined;
}

/**
 * Reads up to `keep` bytes into memory; goes on reading (and dropping) up to DRAIN_BYTES more,
 * then stops. `complete` says whether the body was read to its end.
 */
function readBody(request: IncomingMessage, keep: number): Promise<{ body: Buffer; complete: boolean; size: number }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (complete: boolean) => {
      if (settled) return;
      settled = true;
      request.off("data", onData);
      if (!complete) request.pause();
      resolve({ body: Buffer.concat(chunks), complete, size });
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length <= keep) chunks.push(chunk);
      size += chunk.length;
      if (size > keep + DRAIN_BYTES) finish(false);
    };
    request.on("data", onData);
    request.on("end", () => finish(true));
    request.on("error", () => finish(false));
    request.on("close", () => finish(false)); // after "end" this changes nothing
  });
}
