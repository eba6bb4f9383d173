// `npm run bench -- --comments [--waves 500,2000]`: the comment intake server under a crowd, on
// loopback only. Starts the real server (`scripts/comments-serve.ts`, default settings) on a
// temporary moderation folder and a built-site article list of a few articles, then for each
// wave fires that many valid comments at once, each from its own loopback address (Linux routes
// all of 127.0.0.0/8 to lo, so the rate limiter sees distinct readers). Prints, per wave: counts
// by status, p50/p99 latency, accepted posts per second; then checks that every 202 is stored
// in the queue exactly once. One JSON line on stdout, lines for people on stderr.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loopbackAddress, postFromLoopback, type PostAnswer } from "./loopback-post.ts";

const ARTICLES = ["harbour-reopens", "bridge-vote", "orchard-saved", "tram-strike"];
const MAX_WAVE = 20_000;

export interface WaveResult {
  concurrent: number;
  statuses: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  acceptedPerSecond: number;
  /** 503s without Retry-After (always 0 when the server behaves). */
  refusedWithoutRetryAfter: number;
}

export async function runCommentsLoad(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { waves: { type: "string", default: "500,2000" }, help: { type: "boolean", default: false } } });
  if (values.help) {
    console.error("npm run bench -- --comments [--waves 500,2000]");
    return 0;
  }
  const waves = values.waves.split(",").map(Number);
  if (waves.some((size) => !Number.isInteger(size) || size < 1 || size > MAX_WAVE)) {
    console.error(`bench: --waves must be whole numbers from 1 to ${MAX_WAVE}, such as 500,2000; not ${values.waves}`);
    return 2;
  }
  const root = await mkdtemp(join(tmpdir(), "dateline-comments-load-"));
  const queueDir = join(root, "moderation");
  const builtDir = join(root, "_site");
  await mkdir(builtDir, { recursive: true });
  const listed = Object.fromEntries(ARTICLES.map((id) => [id, { url: `/2026/11/18/${id}/`, commentsOpen: true }]));
  await writeFile(join(builtDir, "comment-articles.json"), JSON.stringify({ articles: listed }));
  const server = await startServer({ ...process.env, COMMENTS_PORT: "0", COMMENTS_QUEUE_DIR: queueDir, COMMENTS_SITE_DIR: builtDir });
  try {
    const results: WaveResult[] = [];
    const accepted: string[] = [];
    let sent = 0;
    for (const size of waves) {
      const started = performance.now();
      const answers = await Promise.all(Array.from({ length: size }, () => post(server.port, (sent += 1))));
      const seconds = (performance.now() - started) / 1000;
      const result = summarize(size, answers, seconds);
      results.push(result);
      accepted.push(...answers.flatMap((answer) => (answer.id ? [answer.id] : [])));
      console.error(`bench: ${size} at once: ${JSON.stringify(result.statuses)}, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.acceptedPerSecond} accepted/s`);
    }
    const stored = await storedIds(queueDir);
    const missing = accepted.filter((id) => !stored.has(id)).length;
    const twice = [...stored.values()].filter((count) => count > 1).length;
    console.error(`bench: ${accepted.length} accepted, ${missing} of them missing from the queue, ${twice} stored twice`);
    console.log(JSON.stringify({ bench: "comments-load", waves: results, accepted: accepted.length, missing, storedTwice: twice }));
    return missing === 0 && twice === 0 && results.every((result) => result.refusedWithoutRetryAfter === 0) ? 0 : 1;
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
    await rm(root, { recursive: true, force: true });
  }
}

function summarize(concurrent: number, answers: readonly PostAnswer[], seconds: number): WaveResult {
  const statuses: Record<string, number> = {};
  for (const answer of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  const times = answers.map((answer) => answer.ms).sort((a, b) => a - b);
  const at = (share: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(share * times.length) - 1)]!);
  return {
    concurrent,
    statuses,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    acceptedPerSecond: Math.round((statuses["202"] ?? 0) / seconds),
    refusedWithoutRetryAfter: answers.filter((answer) => answer.status === 503 && !answer.retryAfter).length,
  };
}

/** One comment, from loopback address number `n`, on a connection of its own. */
function post(port: number, n: number): Promise<PostAnswer> {
  const article = ARTICLES[n % ARTICLES.length]!;
  const body = new URLSearchParams({ article, url: `/2026/11/18/${article}/`, name: `Reader ${n}`, email: `reader${n}@example.com`, comment: `Load test comment number ${n}.`, website: "" }).toString();
  return postFromLoopback(port, loopbackAddress(n), body);
}

/** How many times each id is in the queue's segments. */
async function storedIds(queueDir: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const name of (await readdir(queueDir)).filter((candidate) => candidate.startsWith("comments."))) {
    for (const line of (await readFile(join(queueDir, name), "utf8")).split("\n").filter(Boolean)) {
      const id = (JSON.parse(line) as { id: string }).id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/comments-serve.ts"], { env, stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return new Promise((resolve, reject) => {
    let out = "";
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const address = /Comment intake at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (!address) return;
      // The server logs a line per post: read and dropped, so it never waits on a full pipe.
      child.stdout!.off("data", onData);
      child.stdout!.resume();
      resolve({ child, port: Number(address[1]), exited });
    };
    child.stdout!.on("data", onData);
    void exited.then(() => reject(new Error(`the intake server ended before it listened:\n${out}`)));
  });
}
