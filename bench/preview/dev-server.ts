// Eleventy's dev server as `npm start` runs it, in a child process of its own (its own process
// group, so stopping it stops everything it started), with every line it prints timed on
// arrival and kept in a log file.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { realClock, type Clock } from "./poll.ts";
import { readServerLine, type ServerEvent } from "./server-log.ts";
import { startArguments } from "./start-command.ts";

export interface TimedEvent {
  /** performance.now() when the line arrived. */
  at: number;
  event: ServerEvent;
}

export interface ServerOptions {
  root: string;
  port: number;
  env: NodeJS.ProcessEnv;
  /** Everything the server prints goes here. */
  logFile: string;
}

/** The server stopped by itself: what it last printed says why. */
export class ServerExitedError extends Error {}

const TAIL_LINES = 30;

export class DevServer {
  /** Every line that meant something, in order (of the Writing lines, only each build's first). */
  readonly events: TimedEvent[] = [];
  /** When each output file was last written (its Writing line), by absolute path. */
  readonly writtenAt = new Map<string, number>();
  private building = true;
  /** Whether the next Writing line is a build's first, which is kept as an event. */
  private firstWritePending = true;
  private lastOutputAt: number;
  private exited: string | undefined;
  private readonly tail: string[] = [];
  private readonly closed: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly log: WriteStream,
    private readonly port: number,
    private readonly root: string,
    readonly startedAt: number,
  ) {
    this.lastOutputAt = startedAt;
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.pipe(log, { end: false });
      createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) => this.onLine(line));
    }
    this.closed = new Promise((done) => {
      child.on("error", (cause) => {
        this.exited = `could not start: ${cause.message}`;
        done();
      });
      child.on("exit", (code, signal) => {
        this.exited = signal ? `stopped by ${signal}` : `exited with code ${code}`;
        done();
      });
    });
  }

  /** Starts `npm start`'s command on `port` and returns at once: wait for its first build with waitFor. */
  static async start({ root, port, env, logFile }: ServerOptions): Promise<DevServer> {
    const manifest = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { scripts?: Record<string, string> };
    const script = manifest.scripts?.start;
    if (!script) throw new Error("package.json has no start script");
    const log = createWriteStream(logFile);
    const startedAt = performance.now();
    // detached: a process group of its own, which stop() ends as one (tsx, Eleventy, anything they spawn).
    const child = spawn(process.execPath, startArguments(script, port), { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    return new DevServer(child, log, port, root, startedAt);
  }

  /** Where the server answers: the port it printed (it moves on when the one asked for is taken). */
  get origin(): string {
    let announced = `http://localhost:${this.port}/`;
    for (const { event } of this.events) if (event.kind === "server") announced = event.url;
    const url = new URL(announced);
    // 127.0.0.1, not localhost: it listens on every interface, and localhost may resolve to ::1 first.
    return `${url.protocol}//127.0.0.1:${url.port}`;
  }

  /** No build running, and nothing printed for `quietMs`. */
  isIdle(quietMs: number, clock: Clock = realClock): boolean {
    return !this.building && clock.now() - this.lastOutputAt >= quietMs;
  }

  /** The last lines it printed other than Writing lines, for error messages. */
  recentOutput(): string {
    return this.tail.join("\n");
  }

  /**
   * Checks `find` every `everyMs` until it gives a value, which is returned; undefined once
   * `deadline` (a clock time) passes. Throws ServerExitedError if the server stops meanwhile.
   */
  async waitFor<T>(find: () => T | undefined, deadline: number, everyMs = 20, clock: Clock = realClock): Promise<T | undefined> {
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (this.exited) throw new ServerExitedError(`The dev server ${this.exited}. Its last lines:\n${this.recentOutput()}`);
      if (clock.now() >= deadline) return undefined;
      await clock.sleep(everyMs);
    }
  }

  /** Ends the server's whole process group: politely, then by force after a few seconds. */
  async stop(): Promise<void> {
    if (!this.exited) {
      this.signalGroup("SIGTERM");
      const forced = setTimeout(() => this.signalGroup("SIGKILL"), 3000);
      await this.closed;
      clearTimeout(forced);
    }
    // The server has exited: nothing more comes for the log file.
    await new Promise<void>((done) => this.log.end(done));
  }

  /** For process exit, where nothing asynchronous runs: kill the group at once. */
  killNow(): void {
    if (!this.exited) this.signalGroup("SIGKILL");
  }

  private signalGroup(signal: NodeJS.Signals): void {
    try {
      // A negative pid is the process group the detached child leads.
      if (this.child.pid) process.kill(-this.child.pid, signal);
    } catch {
      // Already gone.
    }
  }

  private onLine(line: string): void {
    const at = performance.now();
    this.lastOutputAt = at;
    const event = readServerLine(line);
    if (event?.kind === "writing") {
      // Thousands a build: timed by file, and only a build's first kept as an event.
      this.writtenAt.set(resolve(this.root, event.outputPath), at);
      if (this.firstWritePending) this.events.push({ at, event });
      this.firstWritePending = false;
      return;
    }
    this.tail.push(line);
    if (this.tail.length > TAIL_LINES) this.tail.shift();
    if (!event) return;
    if (event.kind === "change" || event.kind === "rerun") {
      this.building = true;
      this.firstWritePending = true;
    }
    if (event.kind === "watching") this.building = false;
    this.events.push({ at, event });
  }
}
