// `npm start`'s dev server on a copy of the project and a content folder, for the preview tests:
// default settings, a free port, the tests' build time, and what the server prints, line by line.
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startArguments } from "../../bench/preview/start-command.ts";
import { BUILD_TIME } from "../site/build-site.ts";

export interface DevServer {
  /** `http://localhost:<port>` */
  base: string;
  port: number;
  /** The copy of the project the server runs in. */
  project: string;
  /** Its content folder, a copy of the one given. */
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

/** What a project needs to preview: the newsroom's own files come from the content folder given. */
const PROJECT_FILES = ["eleventy.config.ts", "package.json", "tsconfig.json", ".gitignore", "_data", "messages", "src", "scripts", "templates"];

/**
 * Starts `npm start` (package.json's start script, on a free port) in a copy of the project whose
 * content folder is a copy of `contentDir`, with default settings: its cache in .cache/dateline/,
 * its output in _preview/, as a newsroom runs it. Only the clock is fixed (DATELINE_NOW), so that
 * what is scheduled matches the tests' builds. Waits until it serves the front page.
 */
export async function startDevServer(name: string, contentDir = "content"): Promise<DevServer> {
  const dir = await mkdtemp(join(tmpdir(), `dateline-${name}-`));
  const project = join(dir, "project");
  await mkdir(project);
  for (const file of PROJECT_FILES) await cp(file, join(project, file), { recursive: true });
  await symlink(resolve("node_modules"), join(project, "node_modules"), "dir");
  const content = join(project, "content");
  await cp(contentDir, content, { recursive: true });
  const port = await freePort();
  const script = (JSON.parse(await readFile("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("DATELINE_") && !key.startsWith("ELEVENTY_")));
  const child: ChildProcess = spawn(process.execPath, startArguments(script, port), {
    cwd: project,
    env: { ...env, DATELINE_NOW: BUILD_TIME },
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
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const base = `http://localhost:${port}`;
  const server: DevServer = {
    base,
    port,
    project,
    content,
    output: join(project, "_preview"),
    lines,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill();
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
  const stopped = () => child.exitCode !== null || child.signalCode !== null;
  if (!(await until(async () => stopped() || (await status(`${base}/`)) === 200, 90)) || stopped()) {
    await server.stop();
    throw new Error(`The dev server did not serve the front page within 90 s:\n${lines.slice(-20).join("\n")}`);
  }
  return server;
}
