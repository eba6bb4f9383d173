// One edit, timed: wait until the preview is idle, save a new headline and first paragraph, then
// from the moment the save completed ask the dev server for the article page and its listing
// pages until each shows the marker, while an open tab notes when it was handed the new page,
// and the server's log says when it saw the change, how long Eleventy says the rebuild took and
// when it told browsers to reload.
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { DevServer, TimedEvent } from "./dev-server.ts";
import { getPage } from "./get-page.ts";
import { markArticle, saveSource } from "./mark-article.ts";
import type { OpenTab } from "./open-tab.ts";
import type { EditTarget } from "./pick-articles.ts";
import { pollUntil } from "./poll.ts";
import type { ServerEvent } from "./server-log.ts";

export interface EditResult {
  role: string;
  /** Relative to the content folder. */
  path: string;
  url: string;
  marker: string;
  /**
   * Seconds from the save until a tab open on the article showed the edit: when the dev server
   * handed it the new page (preview's first look), or else when the page was served after the
   * reload that followed the rebuild. null: not within the timeout.
   */
  tabSeconds: number | null;
  /** Seconds from the save until the dev server handed open tabs the article's new page; null: it did not. */
  patchedSeconds: number | null;
  /** Seconds from the save until the article page was first served with the marker; null: not within the timeout. */
  articleSeconds: number | null;
  /** The same for each listing page that shows the article. */
  listingSeconds: Record<string, number | null>;
  /** Seconds from the save until the rebuild was done and browsers were told to reload (Eleventy's "Watching…"). */
  reloadSeconds: number | null;
  // The rebuild's timeline, from the server's log, for whoever makes it faster:
  /** Seconds from the save until Eleventy's watcher reported the change. */
  changeSeenSeconds: number | null;
  /** Seconds from the save until Dateline printed its build report: every source read and checked again. */
  reportSeconds: number | null;
  /** Seconds from the save until the rebuild wrote its first file. */
  firstWriteSeconds: number | null;
  /**
   * Seconds from the save until the rebuild wrote each watched page's file (article and
   * listings, by URL), from Eleventy's Writing lines: against the served times, this shows how
   * long a written page waited before the server could answer with it.
   */
  writtenSeconds: Record<string, number | null>;
  /** The rebuild's own time as Eleventy reports it ("Wrote N files in X seconds"). */
  rebuildSeconds: number | null;
  /** Files the rebuild wrote, as Eleventy counts them. */
  filesWritten: number | null;
  /** The longest any one request waited for its answer during the edit (the server shares its process with the build). */
  slowestAnswerSeconds: number;
  /** Articles the rebuild published (Dateline's report), to show the edit broke nothing. */
  published: number | null;
}

export interface EditOptions {
  server: DevServer;
  /** A tab open on the preview, listening for reloads. */
  tab: OpenTab;
  contentDir: string;
  /** The site's output folder, where the watched pages' files are written. */
  outputDir: string;
  target: EditTarget;
  /** Unique to this edit; letters and digits only, so it reads the same in HTML. */
  marker: string;
  /** How long to wait for each page after the save before calling it a failure. */
  timeoutMs: number;
  /** Pause between two requests for the same page. */
  intervalMs: number;
  /** How long the server may stay busy before or after an edit before the benchmark stops. */
  idleTimeoutMs: number;
  /** The server counts as idle after this long with no build and no output. */
  quietMs: number;
}

export async function measureEdit(options: EditOptions): Promise<EditResult> {
  const { server, tab, contentDir, outputDir, target, marker, timeoutMs, intervalMs } = options;
  const file = join(contentDir, target.path);
  const text = markArticle(await readFile(file, "utf8"), {
    headline: `${marker} ${target.headline}`,
    slug: target.slug,
    paragraph: `${marker}: this paragraph was added by the preview benchmark.`,
  });
  await waitUntilIdle(options, "before the edit");

  const firstEvent = server.events.length;
  await saveSource(file, text);
  const savedAt = performance.now();
  const deadline = savedAt + timeoutMs;
  const seconds = (at: number | undefined) => (at === undefined ? null : Math.round(at - savedAt) / 1000);

  const origin = server.origin;
  let slowestAnswer = 0;
  const servedWithMarker = (path: string) =>
    pollUntil(async (remainingMs) => {
      const asked = performance.now();
      const page = await getPage(`${origin}${path}`, remainingMs);
      slowestAnswer = Math.max(slowestAnswer, performance.now() - asked);
      return page.status === 200 && page.body.includes(marker);
    }, { intervalMs, deadline });
  const since = () => server.events.slice(firstEvent);
  const [articleAt, listingTimes, change, reload] = await Promise.all([
    servedWithMarker(target.url),
    Promise.all(target.listings.map(servedWithMarker)),
    server.waitFor(() => since().find(({ event }) => event.kind === "change"), deadline),
    server.waitFor(() => reloadAfterChange(since()), deadline),
  ]);

  await waitUntilIdle(options, "after the edit");
  // The rebuild's own lines: those from the watcher's report of the change on.
  const rebuild = since().filter(({ at }) => change !== undefined && at >= change.at);
  const wrote = first(rebuild, "wrote");
  const patched = seconds(tab.patchedAt(target.url, marker, savedAt));
  const served = seconds(articleAt);
  const reloaded = seconds(reload?.at);
  const written = (path: string) => {
    const at = server.writtenAt.get(resolve(outputDir, `.${path}`, "index.html"));
    return seconds(at !== undefined && at > savedAt ? at : undefined);
  };
  return {
    role: target.role,
    path: target.path,
    url: target.url,
    marker,
    tabSeconds: patched ?? (served === null || reloaded === null ? null : Math.max(served, reloaded)),
    patchedSeconds: patched,
    articleSeconds: served,
    listingSeconds: Object.fromEntries(target.listings.map((path, index) => [path, seconds(listingTimes[index])])),
    reloadSeconds: reloaded,
    changeSeenSeconds: seconds(change?.at),
    reportSeconds: seconds(firstAt(rebuild, "report")),
    firstWriteSeconds: seconds(firstAt(rebuild, "writing")),
    writtenSeconds: Object.fromEntries([target.url, ...target.listings].map((path) => [path, written(path)])),
    rebuildSeconds: wrote?.seconds ?? null,
    filesWritten: wrote?.files ?? null,
    slowestAnswerSeconds: Math.round(slowestAnswer) / 1000,
    published: first(rebuild, "report")?.published ?? null,
  };
}

/** Eleventy tells browsers to reload at the end of a rebuild, just before it says it is watching (or building again). */
export function reloadAfterChange(events: readonly TimedEvent[]): TimedEvent | undefined {
  const change = events.findIndex(({ event }) => event.kind === "change");
  if (change < 0) return undefined;
  return events.slice(change + 1).find(({ event }) => event.kind === "watching" || event.kind === "rerun");
}

function firstAt(events: readonly TimedEvent[], kind: ServerEvent["kind"]): number | undefined {
  return events.find(({ event }) => event.kind === kind)?.at;
}

function first<K extends ServerEvent["kind"]>(events: readonly TimedEvent[], kind: K): Extract<ServerEvent, { kind: K }> | undefined {
  return events.find(({ event }) => event.kind === kind)?.event as Extract<ServerEvent, { kind: K }> | undefined;
}

async function waitUntilIdle({ server, idleTimeoutMs, quietMs }: EditOptions, when: string): Promise<void> {
  const idle = await server.waitFor(() => server.isIdle(quietMs) || undefined, performance.now() + idleTimeoutMs, 50);
  if (!idle) throw new Error(`The dev server was still building ${Math.round(idleTimeoutMs / 1000)} s ${when}. Its last lines:\n${server.recentOutput()}`);
}
