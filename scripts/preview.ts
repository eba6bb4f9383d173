// `npm start`: preview the newsroom while it works. Eleventy builds the site into its own folder,
// _preview/ (never _site/, which is what gets published: a preview's pages carry the problems
// banner and /_problems/), serves it with live reload, and rebuilds on every change to the sources,
// templates or settings, deletions included.
//
// Eleventy's command line (`eleventy --serve`) rebuilds when a file is added or changed, but not
// when one is only deleted: a story killed in preview stayed on the page. Its watcher does see the
// deletion, so here a deletion is handed to the same rebuild an edit gets.
//
// Options: --port=N (8080). Environment: as for `npm run build` (docs/configuration.md).
import { createServer } from "node:net";
import { parseArgs } from "node:util";
import { Eleventy } from "@11ty/eleventy";

/** The part of Eleventy's API a preview uses beyond its documented one. */
interface WatchingEleventy {
  init(): Promise<void>;
  /** Builds, starts watching, and returns the function each watched change is handed to. */
  watch(): Promise<(path: string) => Promise<void>>;
  serve(port: number): Promise<void>;
  stopWatch(): Promise<void>;
  watcher?: { on(event: "unlink", listener: (path: string) => void): void };
}

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

function portOption(): number {
  let values;
  try {
    ({ values } = parseArgs({ options: { port: { type: "string", default: "8080" } } }));
  } catch (cause) {
    fail(`${(cause as Error).message}; the one option is --port=N`);
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port < 1 || port > 65535) fail(`--port: "${values.port}" is not a port number (1 to 65535)`);
  return port;
}

/** Whether a server could listen on `port` now, on every address, as the dev server does. */
async function portFree(port: number): Promise<NodeJS.ErrnoException | undefined> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once("error", (cause: NodeJS.ErrnoException) => resolve(cause));
    probe.listen(port, () => probe.close(() => resolve(undefined)));
  });
}

const port = portOption();
// Asked before the first build, which takes a while: Eleventy's dev server would otherwise move
// to the next free port quietly, and an editor's bookmark would show an older preview.
const busy = await portFree(port);
if (busy?.code === "EADDRINUSE") fail(`port ${port} is already in use (another preview?): stop it, or choose another port with npm start -- --port=${port + 1}`);
if (busy) fail(`cannot listen on port ${port} (${busy.code ?? busy.message}): choose another with npm start -- --port=N`);

const eleventy = new Eleventy("templates", undefined, { configPath: "eleventy.config.ts", runMode: "serve", source: "cli" }) as unknown as WatchingEleventy;
await eleventy.init();
const rebuild = await eleventy.watch();
eleventy.watcher?.on("unlink", (path) => void rebuild(path));
await eleventy.serve(port);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    eleventy.stopWatch().then(() => process.exit(0), () => process.exit(1));
  });
}
