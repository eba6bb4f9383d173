// `npm run bench -- --preview`: live-preview latency. Writes the synthetic newsroom, starts the
// dev server as `npm start` does, then edits a few Markdown articles one at a time and times,
// from each save, how long until the dev server serves the article page and the listing pages
// that show it with the edit. Prints one JSON line on stdout and a line for people on stderr.
// See bench/README.md, "Preview latency".
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { DateTime } from "luxon";
import { BENCH_NOW, writeNewsroom } from "./generate-newsroom.ts";
import { DevServer, ServerExitedError } from "./preview/dev-server.ts";
import { freePort } from "./preview/free-port.ts";
import { closeConnections, getPage } from "./preview/get-page.ts";
import { measureEdit, type EditResult } from "./preview/measure-edit.ts";
import { OpenTab } from "./preview/open-tab.ts";
import { planEdits } from "./preview/pick-articles.ts";
import { pollUntil } from "./preview/poll.ts";
import { describePreview, summarizePreview } from "./preview/preview-summary.ts";

export interface PreviewOptions {
  /** The project root: its package.json's start script and eleventy.config.ts are what run. */
  root: string;
  articles: number;
  seed: number;
  /** Rounds of edits: each round edits every picked article once more, with a new marker. */
  repeat: number;
  keep: boolean;
  /** Where the temporary folder goes (/dev/shm when the machine has it). */
  scratch: string;
  log: (line: string) => void;
}

/** A page that has not shown its edit this long after the save is a failure. */
const EDIT_TIMEOUT_MS = 60_000;
/** The dev server may take this long over its first build, and over any rebuild, before the benchmark gives up. */
const BUILD_TIMEOUT_MS = 15 * 60_000;
/** Between two requests for one page: about what a person would notice. */
const POLL_INTERVAL_MS = 25;
/** Idle means no build running and no output for this long. */
const QUIET_MS = 300;

/** Runs the benchmark; resolves to the exit code (1 when a page never showed its edit or the run failed). */
export async function runPreview({ root, articles, seed, repeat, keep, scratch, log }: PreviewOptions): Promise<number> {
  const dir = await mkdtemp(join(scratch, "dateline-preview-"));
  let server: DevServer | undefined;
  let tab: OpenTab | undefined;
  // Ctrl-C: the server is in a process group of its own (the terminal's signal does not reach
  // it), so it is ended here, and the temporary folder with it.
  const interrupted = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the dev server`);
    server?.killNow();
    if (keep) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  };
  const lastResort = () => server?.killNow();
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  process.once("exit", lastResort);
  try {
    const contentDir = join(dir, "content");
    log(`writing ${articles} articles into ${dir}`);
    const summary = await writeNewsroom({ articles, seed, contentDir });
    log(`written: ${summary.formats.markdown} Markdown, ${summary.formats.ninjs} ninjs, ${summary.formats.wire} wire text`);

    const plan = await planEdits({ root, contentDir, now: DateTime.fromISO(BENCH_NOW) });
    if (plan.errors.length > 0 || plan.published !== articles) {
      throw new Error(`the synthetic newsroom has ${plan.errors.length} errors and ${plan.published} of ${articles} articles published`);
    }
    if (plan.targets.length === 0) throw new Error(`the synthetic newsroom of ${articles} has no Markdown article to edit`);
    for (const target of plan.targets) log(`will edit the ${target.role} Markdown article ${target.path}: ${target.url} and ${target.listings.join(", ")}`);

    const outputDir = join(dir, "preview-site");
    server = await DevServer.start({ root, port: await freePort(), env: previewEnv(dir, contentDir, outputDir), logFile: join(dir, "preview-server.log") });
    const ready = server;
    log(`started the dev server (npm start's command); its output goes to ${join(dir, "preview-server.log")}`);
    const deadline = performance.now() + BUILD_TIMEOUT_MS;
    const built = await ready.waitFor(() => ready.events.find(({ event }) => event.kind === "watching"), deadline, 50);
    const servedAt = built && (await pollUntil(async (remainingMs) => (await getPage(`${ready.origin}/`, remainingMs)).status === 200, { intervalMs: 100, deadline }));
    if (!servedAt) throw new Error(`the dev server did not serve its front page within ${BUILD_TIMEOUT_MS / 60_000} minutes. Its last lines:\n${ready.recentOutput()}`);
    const firstBuild = ready.events.find(({ event }) => event.kind === "wrote")?.event;
    const firstReport = ready.events.find(({ event }) => event.kind === "report")?.event;
    if (firstReport?.kind === "report" && firstReport.published !== articles) throw new Error(`the dev server published ${firstReport.published} of ${articles} articles`);
    const initialBuildSeconds = round((servedAt - ready.startedAt) / 1000);
    log(`first build served after ${initialBuildSeconds} s at ${ready.origin}/`);

    // A tab open on the preview, as an editor has one (it joins after the front page was served:
    // a browser asks for a page before its reload client connects).
    tab = await OpenTab.join(ready.origin);
    const edits: EditResult[] = [];
    for (let pass = 1; pass <= repeat; pass++) {
      for (const target of plan.targets) {
        const marker = `PreviewEdit${edits.length + 1}x${randomBytes(4).toString("hex")}`;
        const edit = await measureEdit({ server: ready, tab, contentDir, outputDir, target, marker, timeoutMs: EDIT_TIMEOUT_MS, intervalMs: POLL_INTERVAL_MS, idleTimeoutMs: BUILD_TIMEOUT_MS, quietMs: QUIET_MS });
        edits.push(edit);
        log(describeEdit(edit, pass));
      }
    }

    const line = summarizePreview(edits, {
      articles,
      initialBuildSeconds,
      initialBuildEleventySeconds: firstBuild?.kind === "wrote" ? firstBuild.seconds : null,
      repeat,
      seed,
    });
    console.log(JSON.stringify(line));
    console.error(describePreview(line));
    return line.timedOut > 0 ? 1 : 0;
  } catch (cause) {
    if (!(cause instanceof Error)) throw cause;
    log(cause instanceof ServerExitedError ? cause.message : `failed: ${cause.message}`);
    return 1;
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    tab?.close();
    await server?.stop();
    process.off("exit", lastResort);
    closeConnections();
    if (keep) log(`kept ${dir} (the newsroom as edited, preview-site/, preview-server.log)`);
    else await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The dev server's environment: the synthetic newsroom at the benchmark's build time, otherwise
 * `npm start`'s defaults (preview mode, no search index), whatever the shell has set. Any cache
 * of parsed sources lives in the temporary folder: each run starts cold, as `npm start` does on a
 * fresh checkout, and the project's own .cache/ gets no synthetic articles.
 */
function previewEnv(dir: string, contentDir: string, output: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATELINE_CONTENT: contentDir, DATELINE_OUTPUT: output, DATELINE_NOW: BENCH_NOW, DATELINE_CACHE: join(dir, "parse-cache") };
  for (const name of ["PATH_PREFIX", "SITE_URL", "DATELINE_SEARCH", "DATELINE_STRICT", "DATELINE_SITE", "COMMENTS_ENDPOINT", "REACTIONS_ENDPOINT"]) delete env[name];
  return env;
}

function describeEdit(edit: EditResult, pass: number): string {
  const s = (value: number | null) => (value === null ? "never" : `${value} s`);
  const listings = Object.entries(edit.listingSeconds).map(([url, value]) => `${url} ${s(value)}`).join(", ");
  return `round ${pass}, ${edit.role} article ${edit.url}: shown in the open tab after ${s(edit.tabSeconds)}${edit.patchedSeconds === null ? "" : " (handed the new page before the rebuild)"}; written by the rebuild after ${s(edit.writtenSeconds[edit.url] ?? null)}, served after ${s(edit.articleSeconds)}; listings ${listings}; watcher saw the change after ${s(edit.changeSeenSeconds)}, reload sent after ${s(edit.reloadSeconds)}; slowest answer ${edit.slowestAnswerSeconds} s (Eleventy: ${edit.filesWritten ?? "?"} files in ${s(edit.rebuildSeconds)})`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
