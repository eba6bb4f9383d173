// The intake server test fixture: a server on 127.0.0.1 (port 0) with its own temporary folders and
// a built site's article list, and the requests the tests send it.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startIntakeServer, type IntakeOptions, type IntakeServer } from "../../src/comments/intake-server.ts";
import { makeTestSite } from "../helpers/test-site.ts";


export const SITE_ORIGIN = "https://news.example.com";
export const ARTICLE_URL = `${SITE_ORIGIN}/2026/11/18/harbour-reopens/`;

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: () => Record<string, unknown>;
}

export interface Context {
  root: string;
  queueDir: string;
  builtDir: string;
  intake: IntakeServer;
}

export let requests = 0;
/** A guard against a runaway loop: the suites sharing this fixture (run together in one process) send fewer. */
const MAX_REQUESTS = 500;

/** One request to the server on 127.0.0.1, without a connection pool. */
export function send(intake: IntakeServer, method: string, path: string, body: string | Buffer = "", headers: Record<string, string> = {}): Promise<Answer> {
  requests += 1;
  if (requests > MAX_REQUESTS) throw new Error(`Internal error: the intake suites send at most ${MAX_REQUESTS} requests`);
  const { port } = new URL(intake.url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port, method, path, agent: false, headers: { "Content-Length": String(Buffer.byteLength(body)), ...headers } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text, json: () => JSON.parse(text) as Record<string, unknown> });
      });
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

export const FORM = "application/x-www-form-urlencoded";
export const JSON_ACCEPT = { "Content-Type": FORM, Accept: "application/json" };

export function form(fields: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) params.append(key, value);
  return params.toString();
}

export function comment(overrides: Record<string, string | undefined> = {}): string {
  return form({ article: "harbour-reopens", url: "/2026/11/18/harbour-reopens/", name: "Maya", email: "maya@example.com", comment: "Good news for the port.", website: "", ...overrides });
}

export function postComment(context: Context, body: string, headers: Record<string, string> = { "Content-Type": FORM }) {
  return send(context.intake, "POST", "/comment", body, headers);
}

/** The lines of the server's segment files of one kind (comments or reactions), oldest first. */
export async function segmentLines(queueDir: string, kind: "comments" | "reactions"): Promise<Record<string, unknown>[]> {
  const names = (await readdir(queueDir).catch(() => [] as string[])).filter((name) => name.startsWith(`${kind}.`) && name.endsWith(".jsonl")).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(queueDir, name), "utf8")));
  return texts.flatMap((text) => text.split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>));
}

export const queued = (context: Context) => segmentLines(context.queueDir, "comments");

/** A built site's article list, as the build writes it (src/comments/article-list.ts). */
export async function writeArticleList(builtDir: string, articles: Record<string, { url: string; commentsOpen: boolean }>): Promise<void> {
  await mkdir(builtDir, { recursive: true });
  await writeFile(join(builtDir, "comment-articles.json"), JSON.stringify({ articles }));
}

export const BUILT_ARTICLES = {
  "harbour-reopens": { url: "/2026/11/18/harbour-reopens/", commentsOpen: true },
  "closed-story": { url: "/2026/11/17/closed-story/", commentsOpen: false },
};

export async function setUp(options: Partial<IntakeOptions> = {}): Promise<Context> {
  const root = await mkdtemp(join(tmpdir(), "dateline-intake-"));
  const queueDir = join(root, "moderation");
  const builtDir = join(root, "_site");
  await mkdir(join(root, "content", "comments"), { recursive: true });
  await writeFile(join(root, "content", "comments", "harbour-reopens.json"), '{ "article": "harbour-reopens", "comments": [] }\n');
  await writeArticleList(builtDir, BUILT_ARTICLES);
  // A generous rate limit unless a test is about it: these tests send many forms from one address.
  const intake = await startIntakeServer({ site: makeTestSite(), queueDir, builtDir, port: 0, host: "127.0.0.1", rateLimit: { max: 100, windowMs: 60_000 }, log: () => undefined, ...options });
  return { root, queueDir, builtDir, intake };
}

export async function tearDown(context: Context): Promise<void> {
  await context.intake.close();
  await rm(context.root, { recursive: true, force: true });
}

/** Runs a test on a fresh server and folders, and always cleans up. */
export function on(options: Partial<IntakeOptions>, test: (context: Context) => Promise<void>): () => Promise<void> {
  return async () => {
    const context = await setUp(options);
    try {
      await test(context);
    } finally {
      await tearDown(context);
    }
  };
}
