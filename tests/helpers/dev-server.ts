// `npm start`'s dev server on a copy of a content folder, for the preview tests: a free port, the
// project's config, the tests' build time, and what the server prints, line by line.
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILD_TIME } from "../site/build-site.ts";

export interface DevServer {
  /** `http://localhost:<port>` */
  base: string;
  port: number;
  /** The copy of the content folder the server previews. */
  content: string;
  /** Its output folder. */
  output: string;
  /** Every line printed so far, on either stream. */
  lines: string[];
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `check` every 50 ms for up to `seconds`. */
export async function until(check: () => boolean | Promise<boolean>, seconds: number): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

export async function status(url: string): Promise<number> {
  return fetch(url, { cache: "no-store" }).then((response) => response.status, () => 0);
}

/** Starts the dev server on a copy of `contentDir` and waits until it serves the front page. */
export async function startDevServer(name: string, contentDir = "content"): Promise<DevServer> {
  const dir = await mkdtemp(join(tmpdir(), `dateline-${name}-`));
  const content = join(dir, "content");
  const output = join(dir, "out");
  await cp(contentDir, content, { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--serve", `--port=${port}`], {
    env: { ...process.env, DATELINE_CONTENT: content, DATELINE_OUTPUT: output, DATELINE_NOW: BUILD_TIME, DATELINE_CACHE: join(dir, "cache") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = "";
    stream.on("data", (chunk: Buffer) => {
      const text = rest + chunk.toString("utf8");
      const parts = text.split("\n");
      rest = parts.pop()!;
      lines.push(...parts);
    });
  }
  const base = `http://localhost:${port}`;
  const server: DevServer = {
    base,
    port,
    content,
    output,
    lines,
    stop: async () => {
      child.kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
  if (!(await until(async () => (await status(`${base}/`)) === 200, 90))) {
    await server.stop();
    throw new Error(`The dev server did not serve the front page within 90 s:\n${lines.slice(-20).join("\n")}`);
  }
  return server;
}
