// The comment intake server (`npm run comments:serve`): takes the comment and reaction forms,
// checks them, and appends what passes to the moderation folder. It never writes anywhere
// else: publishing is an editor's `npm run comments -- approve`, and the next build.
//
//   POST /comment    article, url, lang?, name, email, comment, replyTo?, website (honeypot)
//   POST /reaction   article, url, lang?, choice (yes | no), website (honeypot)
//   OPTIONS          CORS preflight, for the site's origin only
//   GET /health      200 "ok", for a reverse proxy or monitor
//
// A plain form gets a 303 back to the article (`#comment-received`, `#reaction-received`) or,
// refused, an HTML page listing what to fix. A request whose Accept names application/json
// (the page's script) gets { ok: true, id, lang, dir, message } or
// { ok: false, lang, dir, errors: { field: message }, message }.
//
// Every word of an answer is in the language of the form's hidden `lang` field (the page's), from
// the message catalogues the build uses (messages/, or the folder given), by the pages' fallback
// chain; `Content-Language` names it. A form without a usable `lang`, and a request with no form,
// is answered in the site's language (src/comments/intake-language.ts). `lang` is not kept with
// a submission: it is the page's language, which the article's id already tells the build and the
// moderators, and it says nothing of the language a reader writes in.
//
// Forms are taken only from the site's own pages (an Origin header, when sent, must be the site's
// origin exactly; `Origin: null` is refused) and only for the articles the built site lists
// (src/comments/article-list.ts, read again after every build). An accepted submission is
// answered only once it is on disk: one writer appends them in batches (group commit,
// src/comments/submission-writer.ts), so no request waits for a lock. Past `queueLimit`
// submissions waiting to be written, forms are refused with 503 and Retry-After.
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DateTime } from "luxon";
import type { Site } from "../site.ts";
import { withoutControlCharacters } from "../model/control-characters.ts";
import { loadCatalogues } from "../i18n/catalogues.ts";
import { absoluteUrl } from "../urls.ts";
import { watchArticleList, type LiveArticleList } from "./article-list.ts";
import { bodyLimit, readFormBody } from "./form-body.ts";
import { IntakeLanguages, type Speaker } from "./intake-language.ts";
import { message } from "./intake-messages.ts";
import { sendErrorPage, sendJson, sendRedirect, sendText, type ErrorPage, type Headers } from "./intake-responses.ts";
import { LockBusyError, removeLeftovers, withModerationLock } from "./moderation-lock.ts";
import { newSubmissionId, type QueuedComment, type ReactionEntry } from "./moderation-queue.ts";
import { clientKey, createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimit } from "./rate-limit.ts";
import { createSubmissionWriter, DEFAULT_QUEUE_LIMIT, QueueFullError, type SubmissionWriter } from "./submission-writer.ts";
import { checkComment, checkReaction, maxCommentLength, type FieldErrors } from "./validate-submission.ts";

export interface IntakeOptions {
  /**
   * Site settings, checked (src/site.ts): the origin, path prefix, zone and comment length, and
   * the language, editions and digits answers are worded in.
   */
  site: Site;
  /** The message catalogues' folder (DATELINE_MESSAGES); default: Dateline's own messages/. */
  messagesDir?: string;
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

const DEFAULT_MESSAGES_DIR = fileURLToPath(new URL("../../messages", import.meta.url));

export async function startIntakeServer(options: IntakeOptions): Promise<IntakeServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const languages = await loadLanguages(options.messagesDir ?? DEFAULT_MESSAGES_DIR, options.site, log);
  // Owner only when the server creates it: the queue holds readers' e-mail addresses.
  await mkdir(options.queueDir, { recursive: true, mode: 0o700 });
  await clearLeftovers(options.queueDir, log);
  const articles = await watchArticleList(options.builtDir, { intervalMs: options.articleListPollMs, log });
  const writer = createSubmissionWriter(options.queueDir, { limit: options.queueLimit ?? DEFAULT_QUEUE_LIMIT, now: options.now });
  const host = options.host ?? "127.0.0.1";
  const server = createServer(
    { requestTimeout: INTAKE_TIMEOUTS.request, headersTimeout: INTAKE_TIMEOUTS.headers, connectionsCheckingInterval: TIMEOUT_CHECK_MS },
    intakeHandler({ ...options, log }, articles, writer, languages),
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

/** The catalogues, read once at start; a broken message is logged (its language falls back for it). */
async function loadLanguages(folder: string, site: Site, log: (line: string) => void): Promise<IntakeLanguages> {
  const catalogues = await loadCatalogues(folder, dirname(folder));
  // Untranslated messages are the build report's to list; only broken ones are news here.
  for (const problem of catalogues.problems.filter((found) => found.severity === "error")) log(`${problem.path}: ${problem.field}: ${problem.message}`);
  return new IntakeLanguages(catalogues, site, log);
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

export function intakeHandler(options: IntakeOptions, articles: LiveArticleList, writer: SubmissionWriter, languages: IntakeLanguages): (request: IncomingMessage, response: ServerResponse) => void {
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
    // No form to name a language yet: the site's.
    const siteWords = languages.forSite();
    const inSiteLanguage: Headers = { "Content-Language": siteWords.lang };
    if (!kind) return sendText(response, 404, siteWords.say(message("intake.notFound", { comment: "/comment", reaction: "/reaction" })), inSiteLanguage);

    const origin = request.headers.origin;
    const cors: Headers = origin === siteOrigin ? { "Access-Control-Allow-Origin": siteOrigin, Vary: "Origin" } : { Vary: "Origin" };
    if (request.method === "OPTIONS") {
      if (origin !== siteOrigin) return sendText(response, 403, siteWords.say(message("intake.otherOrigin", { origin: siteOrigin })), { ...inSiteLanguage, Vary: "Origin" });
      response.writeHead(204, { ...cors, "Access-Control-Allow-Methods": "POST", "Access-Control-Allow-Headers": "Content-Type, Accept", "Access-Control-Max-Age": "600", "Cache-Control": "no-store" });
      return void response.end();
    }
    if (request.method !== "POST") return sendText(response, 405, siteWords.say(message("intake.usePost", { method: "POST" })), { ...cors, ...inSiteLanguage, Allow: "POST, OPTIONS" });

    const wantsJson = (request.headers.accept ?? "").toLowerCase().includes("application/json");
    // Exactly the site's origin, or none (a form service, curl). "null" comes from sandboxed
    // frames and data: pages, which anyone can make: refused.
    const fromElsewhere = origin !== undefined && origin !== siteOrigin;
    const client = `${kind} ${clientKey(clientAddress(request, options.trustProxy))}`;
    const decision = fromElsewhere ? { allowed: false as const, retryAfterSeconds: 0 } : limiter.hit(client);
    const body = await readFormBody(request, maxBodyBytes);
    const fields = body.ok ? body.fields : new URLSearchParams();
    const url = fields.get("url") ?? "";
    const speaker = languages.forForm(fields);
    const headers: Headers = { ...cors, "Content-Language": speaker.lang };
    if (!body.ok && body.close) {
      headers.Connection = "close";
      response.once("finish", () => request.destroy());
    }

    const refuse = (status: number, errors: FieldErrors, extra: Headers = {}) => {
      // Only accepted forms use up the client's quota.
      if (decision.allowed) limiter.refund(client);
      log(`${kind} refused (${status}): ${Object.keys(errors).join(", ")}`);
      const words = Object.fromEntries(Object.entries(errors).map(([field, problem]) => [field, speaker.say(problem)]));
      if (wantsJson) return sendJson(response, status, { ok: false, lang: speaker.lang, dir: speaker.dir, errors: words, message: Object.values(words).join(" ") }, { ...headers, ...extra });
      const article = errors.url || errors.article ? undefined : articleUrl(url);
      const wrote = kind === "comment" ? fields.get("comment") : null;
      sendErrorPage(response, status, refusalPage(speaker, kind, Object.values(words), article, wrote ? withoutControlCharacters(wrote) : undefined, absoluteUrl(site, "/")), { ...headers, ...extra });
    };

    if (fromElsewhere) return refuse(403, { form: message("intake.otherOrigin", { origin: siteOrigin }) });
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterSeconds / 60);
      return refuse(429, { form: message("intake.rateLimited", { minutes }) }, { "Retry-After": String(decision.retryAfterSeconds) });
    }
    if (!body.ok) return refuse(body.status, { form: body.message });

    const checked = kind === "comment" ? checkComment(fields, maxLength) : checkReaction(fields);
    if (!checked.ok) return refuse(400, checked.errors);
    const value = checked.value;
    const listed = articles.get(value.article);
    if (!listed) return refuse(400, { article: message("intake.articleUnknown") });
    if (kind === "comment" && !listed.commentsOpen) return refuse(400, { article: message("intake.commentsClosed") });
    // Back to the article where the site has it now; the form's own address is only checked.
    const target = articleUrl(listed.url);
    if (!target || !articleUrl(value.url)) return refuse(400, { url: message("intake.urlInvalid") });

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
          return refuse(503, { form: message("intake.busy") }, { "Retry-After": "5" });
        }
        console.error(`Cannot save a ${kind} in ${queueDir}:`, cause);
        return refuse(503, { form: message("intake.notSaved") }, { "Retry-After": "60" });
      }
      log(`${kind} ${id} queued for ${value.article}`);
    }
    if (wantsJson) return sendJson(response, 202, { ok: true, id, lang: speaker.lang, dir: speaker.dir, message: speaker.say(message(kind === "comment" ? "commentForm.received" : "reaction.received")) }, headers);
    // The article page thanks the reader in its own words; this answer has none to name a language for.
    return sendRedirect(response, `${target}#${kind}-received`, cors);
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
      if (!response.headersSent) {
        const words = languages.forSite();
        sendText(response, 500, words.say(message("intake.internalError")), { "Content-Language": words.lang });
      }
      else response.destroy();
    });
  };
}

/** The page a refused plain form gets, in the speaker's language: back to the article when known, else to the front page. */
function refusalPage(speaker: Speaker, kind: Kind, errors: string[], article: string | undefined, wrote: string | undefined, front: string): ErrorPage {
  return {
    lang: speaker.lang,
    dir: speaker.dir,
    title: speaker.say(message(kind === "comment" ? "intake.commentRefused" : "intake.reactionRefused")),
    intro: speaker.say(message("intake.fixThis")),
    errors,
    backHint: speaker.say(message("intake.backButton")),
    back: article ? { href: article, text: speaker.say(message("intake.backToArticle")) } : { href: front, text: speaker.say(message("intake.backToFront")) },
    ...(wrote ? { wrote: { heading: speaker.say(message("intake.wroteHeading")), note: speaker.say(message("intake.wroteNote")), text: wrote } } : {}),
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
