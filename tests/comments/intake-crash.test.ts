// The intake server killed with SIGKILL at random moments while readers post, and started again:
// every post it answered 202 is in the queue exactly once, nothing left behind blocks the next
// start, and the queue can be approved. The server runs as `npm run comments:serve` runs it,
// with its default settings (only the folders and a free port are given).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { loopbackAddress, postFromLoopback } from "../../bench/loopback-post.ts";
import { approve, listPending } from "../../src/comments/moderate.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ROUNDS = 10;
const ARTICLE = { id: "harbour-reopens", url: "/2026/11/18/harbour-reopens/" };

interface Running {
  child: ChildProcess;
  port: number;
}

/** Starts the real script and waits for the line that gives its address. */
function startServer(env: NodeJS.ProcessEnv): Promise<Running> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/comments-serve.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    let errors = "";
    const timer = setTimeout(() => reject(new Error(`the server did not start in 20 s:\n${out}${errors}`)), 20_000);
    child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const address = /Comment intake at http:\/\/127\.0\.0\.1:(\d+)\/comment/.exec(out);
      if (address) {
        clearTimeout(timer);
        child.stdout!.removeAllListeners("data");
        child.stdout!.resume();
        resolve({ child, port: Number(address[1]) });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server ended (${code}) before it listened:\n${out}${errors}`));
    });
  });
}

let sent = 0;

/** One comment from its own loopback address (so the rate limit never applies); its id if answered 202. */
async function post(port: number): Promise<string | undefined> {
  sent += 1;
  const body = new URLSearchParams({ article: ARTICLE.id, url: ARTICLE.url, name: "Maya", email: `reader${sent}@example.com`, comment: `Post ${sent}`, website: "" }).toString();
  return (await postFromLoopback(port, loopbackAddress(sent, 3), body)).id;
}

const crash = suite("intake server under kill -9");

crash("every 202 survives SIGKILL at random moments, exactly once; restarts are not blocked; the queue can be approved", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-crash-"));
  const queueDir = join(root, "moderation");
  const builtDir = join(root, "_site");
  const contentDir = join(root, "content");
  await mkdir(builtDir, { recursive: true });
  await writeFile(join(builtDir, "comment-articles.json"), JSON.stringify({ articles: { [ARTICLE.id]: { url: ARTICLE.url, commentsOpen: true } } }));
  const env = { ...process.env, COMMENTS_PORT: "0", COMMENTS_QUEUE_DIR: queueDir, COMMENTS_SITE_DIR: builtDir, DATELINE_CONTENT: contentDir };
  const acknowledged: string[] = [];
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { child, port } = await startServer(env);
      const exited = new Promise((resolve) => child.once("exit", resolve));
      let killed = false;
      // Twenty posts in flight at any time until the kill, 100 to 700 ms after the start.
      const worker = async () => {
        while (!killed) {
          const id = await post(port);
          if (id) acknowledged.push(id);
        }
      };
      const workers = Array.from({ length: 20 }, worker);
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 600));
      child.kill("SIGKILL");
      killed = true;
      await exited;
      await Promise.all(workers);
    }
    assert.ok(acknowledged.length > ROUNDS * 10, `only ${acknowledged.length} posts were acknowledged`);

    // One more start: nothing the crashes left stops it, and it clears what they left.
    const last = await startServer(env);
    const after = await post(last.port);
    assert.ok(after, "a post after the last crash is accepted");
    acknowledged.push(after!);
    const lastExit = new Promise((resolve) => last.child.once("exit", resolve));
    last.child.kill("SIGTERM");
    await lastExit;

    const names = await readdir(queueDir);
    assert.equal(names.filter((name) => !/^comments\.\d{8}T\d{9}Z\.[A-Za-z0-9-]+\.\d+\.jsonl$/.test(name)), [], "only segments: no lock, no temporary file");
    const stored = new Map<string, number>();
    for (const name of names) {
      const text = await readFile(join(queueDir, name), "utf8");
      // A last line without its line end was cut short by the kill and never acknowledged.
      for (const line of text.split("\n").slice(0, -1)) {
        const id = (JSON.parse(line) as { id: string }).id;
        stored.set(id, (stored.get(id) ?? 0) + 1);
      }
    }
    const missing = acknowledged.filter((id) => !stored.has(id));
    assert.equal(missing, [], "every acknowledged post is stored");
    assert.equal([...stored].filter(([, count]) => count > 1), [], "none twice");

    const pending = await listPending({ queueDir, contentDir });
    assert.equal(pending.broken, []);
    assert.is(pending.pending.length, stored.size);
    const folders = { queueDir, contentDir, builtDir };
    for (const id of acknowledged.slice(0, 3)) assert.is((await approve(folders, id)).added, true);
    assert.is((await listPending({ queueDir, contentDir })).pending.length, stored.size - 3);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

crash("a busy port is one clear line on stderr, not a stack trace", async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
  const root = await mkdtemp(join(tmpdir(), "dateline-crash-"));
  try {
    await mkdir(join(root, "_site"));
    await writeFile(join(root, "_site", "comment-articles.json"), '{ "articles": {} }');
    const port = String((busy.address() as AddressInfo).port);
    const env = { ...process.env, COMMENTS_PORT: port, COMMENTS_QUEUE_DIR: join(root, "moderation"), COMMENTS_SITE_DIR: join(root, "_site") };
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/comments-serve.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let errors = "";
    child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    const code = await new Promise((resolve) => child.once("exit", resolve));
    assert.is(code, 1);
    assert.is(errors, `comments:serve: 127.0.0.1:${port} is already in use (another intake server?): stop it, or choose another port with COMMENTS_PORT\n`);
  } finally {
    busy.close();
    await rm(root, { recursive: true, force: true });
  }
});

crash.run();
