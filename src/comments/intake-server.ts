// The comment intake server (`npm run comments:serve`): takes the comment and reaction forms,
// checks them, and appends what passes to the moderation folder. It never writes anywhere
// else: publishing is an editor's `npm run comments -- approve`, and the next build.
//
//   POST /comment    article, url, name, email, comment, replyTo?, website (honeypot)
//   POST /reaction   article, url, choice (yes | no), website (honeypot)
//   OPTIONS          CORS preflight, for the site's origin only
//   GET /health      200 "ok", for a reverse proxy or monitor
//
// A plain form gets a 303 back to the article (`#comment-received`, `#reaction-received`) or,
// refused, an HTML page listing what to fix. A request whose Accept names application/json
// (the page's script) gets { ok: true, id, message } or { ok: false, errors: { field: message } }.
//
// Forms are taken only from the site's own pages (an Origin header, when sent, must be the site's
// origin exactly; `Origin: null` is refused) and only for the articles the built site lists
// (src/comments/article-list.ts, read again after every build). An accepted submission is
// answered only once it is on disk: one writer appends them in batches (group commit,
// src/comments/submission-writer.ts), so no request waits for a lock. Past `queueLimit`
// submissions waiting to be written, forms are refused with 503 and Retry-After.
import { mkdir } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DateTime } from "luxon";
import type { Site } from "../site.ts";
import { withoutControlCharacters } from "../model/control-characters.ts";
import { absoluteUrl } from "../urls.ts";
import { watchArticleList, type LiveArticleList } from "./article-list.ts";
import { bodyLimit, readFormBody } from "./form-body.ts";
import { sendErrorPage, sendJson, sendRedirect, sendText, type Headers } from "./intake-responses.ts";
import { LockBusyError, removeLeftovers, withModerationLock } from "./moderation-lock.ts";
import { newSubmissionId, type QueuedComment, type ReactionEntry } from "./moderation-queue.ts";
import { clientKey, createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimit } from "./rate-limit.ts";
import { createSubmissionWriter, DEFAULT_QUEUE_LIMIT, QueueFullError, type SubmissionWriter } from "./submission-writer.ts";
import { checkComment, checkReaction, maxCommentLength, type FieldErrors } from "./validate-submission.ts";

export type IntakeSite = Pick<Site, "url" | "pathPrefix" | "zone" | "comments">;

export interface IntakeOptions {
  /** Site settings, checked (src/site.ts): the origin, path prefix, zone and comment length. */
  site: IntakeSite;
  /** The moderation folder: the only place the server writes. */
  queueDir: string;
  /** The built site's folder (`_site`): its comment-articles.json says which articles take forms. */
  builtDir: string;
  /** How often the article list's file is checked for a rebuild (default 2 s). */
  articleListPollMs?: number;
  /**
   * Submissions waiting to be written, at most (default 5,000): past it, forms are refused with
   * 503 and Retry-After rather than held in memory.
   */
  queueLimit?: number;
  port?: number;
  host?: string;
  /** The clock, in milliseconds (tests move it). */
  now?: () => number;
  /** Default: bodyLimit(comments.maxLength), room for a full comment in emoji. */
  maxBodyBytes?: number;
  /** Per client address and form: comments and reactions are counted apart. */
  rateLimit?: RateLimit;
  /**
   * Take the client's address from the last X-Forwarded-For entry (the one the reverse proxy
   * added). Only behind a proxy: anyone else can write that header.
   */
  trustProxy?: boolean;
  log?: (line: string) => void;
}

/** Timeouts (ms): a client must send its headers within `headers`, the whole request within `request`. */
export const INTAKE_TIMEOUTS = { headers: 10_000, request: 15_000 } as const;
/** How often Node looks for connections past those timeouts (its default, 30 s, would let them run 30 s late). */
const TIMEOUT_CHECK_MS = 500;
/** Connections waiting to be accepted: a crowd arriving at once is queued by the kernel, not dropped. */
const LISTEN_BACKLOG = 4_096;

export interface IntakeServer {
  server: Server;
  /** `http://127.0.0.1:8787` */
  url: string;
  close(): Promise<void>;
}

type Kind = "comment" | "reaction";

const THANKS: Record<Kind, string> = {
  comment: "Thank you: your comment has reached the newsroom. An editor reads every comment before it appears.",
  reaction: "Thank you for your answer.",
};
const REFUSED_TITLE: Record<Kind, string> = { comment: "Your comment was not sent", reaction: "Your answer was not sent" };

export async function startIntakeServer(options: IntakeOptions): Promise<IntakeServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  // Owner only when the server creates it: the queue holds readers' e-mail addresses.
  await mkdir(options.queueDir, { recursive: true, mode: 0o700 });
  await clearLeftovers(options.queueDir, log);
  const articles = await watchArticleList(options.builtDir, { intervalMs: options.articleListPollMs, log });
  const writer = createSubmissionWriter(options.queueDir, { limit: options.queueLimit ?? DEFAULT_QUEUE_LIMIT, now: options.now });
  const host = options.host ?? "127.0.0.1";
  const server = createServer(
    { requestTimeout: INTAKE_TIMEOUTS.request, headersTimeout: INTAKE_TIMEOUTS.headers, connectionsCheckingInterval: TIMEOUT_CHECK_MS },
    intakeHandler({ ...options, log }, articles, writer),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ port: options.port ?? 8787, host, backlog: LISTEN_BACKLOG }, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (cause) {
    articles.close();
    await writer.close();
    throw cause;
  }
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((cause) => (cause ? reject(cause) : resolve()));
        server.closeAllConnections();
      });
      articles.close();
      await writer.close();
    },
  };
}

/** Temporary files a crashed editor's command left (they may hold e-mail addresses). */
async function clearLeftovers(queueDir: string, log: (line: string) => void): Promise<void> {
  try {
    const removed = await withModerationLock(queueDir, () => removeLeftovers(queueDir), { waitMs: 1_000 });
    if (removed.length > 0) log(`Removed ${removed.length} temporary file${removed.length === 1 ? "" : "s"} left in ${queueDir} by a crash`);
  } catch (cause) {
    // An editor's command is running: it clears them itself.
    if (!(cause instanceof LockBusyError)) throw cause;
  }
}

export function intakeHandler(options: IntakeOptions, articles: LiveArticleList, writer: SubmissionWriter): (request: IncomingMessage, response: ServerResponse) => void {
  const { site, queueDir } = options;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(line));
  const limiter = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, now);
  const siteOrigin = new URL(site.url).origin;
  const maxLength = maxCommentLength(site);
  const maxBodyBytes = options.maxBodyBytes ?? bodyLimit(maxLength);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? "/", "http://intake.invalid").pathname;
    const kind: Kind | undefined = path === "/comment" ? "comment" : path === "/reaction" ? "reaction" : undefined;
    if (path === "/health" && (request.method === "GET" || request.method === "HEAD")) return sendText(response, 200, "ok");
    if (!kind) return sendText(response, 404, "Not found: forms are sent to /comment and /reaction.");

    const origin = request.headers.origin;
    const cors: Headers = origin === siteOrigin ? { "Access-Control-Allow-Origin": siteOrigin, Vary: "Origin" } : { Vary: "Origin" };
    if (request.method === "OPTIONS") {
      if (origin !== siteOrigin) return sendText(response, 403, `Only pages of ${siteOrigin} may send forms here.`, { Vary: "Origin" });
      response.writeHead(204, { ...cors, "Access-Control-Allow-Methods": "POST", "Access-Control-Allow-Headers": "Content-Type, Accept", "Access-Control-Max-Age": "600", "Cache-Control": "no-store" });
      return void response.end();
    }
    if (request.method !== "POST") return sendText(response, 405, "Send the form with POST.", { ...cors, Allow: "POST, OPTIONS" });

    const wantsJson = (request.headers.accept ?? "").toLowerCase().includes("application/json");
    // Exactly the site's origin, or none (a form service, curl). "null" comes from sandboxed
    // frames and data: pages, which anyone can make: refused.
    const fromElsewhere = origin !== undefined && origin !== siteOrigin;
    const client = `${kind} ${clientKey(clientAddress(request, options.trustProxy))}`;
    const decision = fromElsewhere ? { allowed: false as const, retryAfterSeconds: 0 } : limiter.hit(client);
    const body = await readFormBody(request, maxBodyBytes);
    const fields = body.ok ? body.fields : new URLSearchParams();
    const url = fields.get("url") ?? "";
    const headers: Headers = { ...cors };
    if (!body.ok && body.close) {
      headers.Connection = "close";
      response.once("finish", () => request.destroy());
    }

    const refuse = (status: number, errors: FieldErrors, extra: Headers = {}) => {
      // Only accepted forms use up the client's quota.
      if (decision.allowed) limiter.refund(client);
      log(`${kind} refused (${status}): ${Object.keys(errors).join(", ")}`);
      if (wantsJson) return sendJson(response, status, { ok: false, errors, message: Object.values(errors).join(" ") }, { ...headers, ...extra });
      const article = errors.url || errors.article ? undefined : articleUrl(url);
      sendErrorPage(response, status, {
        title: REFUSED_TITLE[kind],
        errors,
        back: article ? { href: article, label: "the article" } : { href: absoluteUrl(site, "/"), label: "the front page" },
        ...(kind === "comment" && fields.get("comment") ? { wrote: withoutControlCharacters(fields.get("comment")!) } : {}),
      }, { ...headers, ...extra });
    };

    if (fromElsewhere) return refuse(403, { form: `Forms are accepted from the pages of ${siteOrigin} only.` });
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterSeconds / 60);
      return refuse(429, { form: `Too many submissions from your address. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.` }, { "Retry-After": String(decision.retryAfterSeconds) });
    }
    if (!body.ok) return refuse(body.status, { form: body.message });

    const checked = kind === "comment" ? checkComment(fields, maxLength) : checkReaction(fields);
    if (!checked.ok) return refuse(400, checked.errors);
    const value = checked.value;
    const listed = articles.get(value.article);
    if (!listed) return refuse(400, { article: "The form is for an article that is not on this site (or not any more). Please send it from the article's page." });
    if (kind === "comment" && !listed.commentsOpen) return refuse(400, { article: "Comments on this article are closed." });
    // Back to the article where the site has it now; the form's own address is only checked.
    const target = articleUrl(listed.url);
    if (!target || !articleUrl(value.url)) return refuse(400, { url: "The form gives an article address that is not a page of this site. Please send it from the article's page." });

    const id = newSubmissionId(kind === "comment" ? "c" : "r");
    const received = DateTime.fromMillis(now(), { zone: site.zone }).startOf("second").toISO({ suppressMilliseconds: true })!;
    if (value.trapped) {
      // Answered exactly like a success, so a robot learns nothing; nothing is kept.
      log(`${kind} dropped: the honeypot field was filled in`);
    } else {
      let line: QueuedComment | ReactionEntry;
      if ("choice" in value) line = { id, received, article: value.article, choice: value.choice };
      else line = { id, received, article: value.article, url: listed.url, name: value.name, email: value.email, text: value.text, ...(value.replyTo ? { replyTo: value.replyTo } : {}) };
      try {
        await writer.append(kind === "comment" ? "comments" : "reactions", JSON.stringify(line));
      } catch (cause) {
        if (cause instanceof QueueFullError) {
          log(`${kind} refused (503): ${cause.message}`);
          return refuse(503, { form: "Sorry, too many forms are arriving at once. Please try again in a few seconds." }, { "Retry-After": "5" });
        }
        console.error(`Cannot save a ${kind} in ${queueDir}:`, cause);
        return refuse(503, { form: "Sorry, it could not be saved just now. Please try again in a minute." }, { "Retry-After": "60" });
      }
      log(`${kind} ${id} queued for ${value.article}`);
    }
    if (wantsJson) return sendJson(response, 202, { ok: true, id, message: THANKS[kind] }, headers);
    return sendRedirect(response, `${target}#${kind}-received`, headers);
  }

  /** The article's absolute URL on this site, or undefined if `path` would lead anywhere else. */
  function articleUrl(path: string): string | undefined {
    if (!/^\/(?![/\\])/.test(path)) return undefined;
    try {
      const url = new URL(absoluteUrl(site, path));
      return url.origin === siteOrigin && url.pathname.startsWith(site.pathPrefix) ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  return (request, response) => {
    handle(request, response).catch((cause: unknown) => {
      console.error("Internal error in the comment intake server:", cause);
      if (!response.headersSent) sendText(response, 500, "Internal error. Please try again later.");
      else response.destroy();
    });
  };
}

function clientAddress(request: IncomingMessage, trustProxy = false): string | undefined {
  if (trustProxy) {
    // Node joins a repeated X-Forwarded-For header into one value, with ", ".
    const forwarded = String(request.headers["x-forwarded-for"] ?? "");
    const last = forwarded.split(",").pop()?.trim();
    if (last) return last;
  }
  return request.socket.remoteAddress;
}
