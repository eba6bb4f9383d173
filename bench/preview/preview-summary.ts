// The preview benchmark's JSON line: every edit, the figures issue 7 sets targets for, and
// whether the preview met them.
import type { EditResult } from "./measure-edit.ts";

/** Issue 7, part 5: seconds from the save to the updated article page, and to the listing pages that show it. */
export const TARGETS = { article: 1, listing: 3 } as const;

export interface PreviewLine {
  preview: true;
  articles: number;
  /** From starting the dev server until it served the front page after its first build. */
  initialBuildSeconds: number;
  /** The first build's own time as Eleventy reports it. */
  initialBuildEleventySeconds: number | null;
  edits: EditResult[];
  /** When a tab open on the article showed the edit (EditResult.tabSeconds): the 1 s target. */
  tabSecondsMedian: number | null;
  tabSecondsMax: number | null;
  /** When the article page was first served with the edit; over the edits whose pages showed up. */
  articleSecondsMedian: number | null;
  articleSecondsMax: number | null;
  listingSecondsMax: number | null;
  reloadSecondsMax: number | null;
  /** Pages that never showed their edit within the timeout. */
  timedOut: number;
  targets: typeof TARGETS;
  met: boolean;
  repeat: number;
  seed: number;
}

export interface RunFacts {
  articles: number;
  initialBuildSeconds: number;
  initialBuildEleventySeconds: number | null;
  repeat: number;
  seed: number;
}

export function summarizePreview(edits: readonly EditResult[], facts: RunFacts): PreviewLine {
  const tab = edits.map((edit) => edit.tabSeconds);
  const article = edits.map((edit) => edit.articleSeconds);
  const listing = edits.flatMap((edit) => Object.values(edit.listingSeconds));
  const reload = edits.map((edit) => edit.reloadSeconds);
  const timedOut = [...article, ...listing].filter((value) => value === null).length;
  const tabSecondsMax = max(tab);
  const listingSecondsMax = max(listing);
  const reloadSecondsMax = max(reload);
  // The article counts when an open tab shows it (handed the page, or reloaded and served it);
  // the listing pages when they are served and open tabs have been told to reload.
  const met =
    edits.length > 0 &&
    timedOut === 0 &&
    tab.every((value) => value !== null) &&
    reload.every((value) => value !== null) &&
    tabSecondsMax !== null && tabSecondsMax <= TARGETS.article &&
    reloadSecondsMax !== null && reloadSecondsMax <= TARGETS.listing &&
    (listingSecondsMax ?? 0) <= TARGETS.listing;
  return {
    preview: true,
    articles: facts.articles,
    initialBuildSeconds: facts.initialBuildSeconds,
    initialBuildEleventySeconds: facts.initialBuildEleventySeconds,
    edits: [...edits],
    tabSecondsMedian: median(tab),
    tabSecondsMax,
    articleSecondsMedian: median(article),
    articleSecondsMax: max(article),
    listingSecondsMax,
    reloadSecondsMax,
    timedOut,
    targets: TARGETS,
    met,
    repeat: facts.repeat,
    seed: facts.seed,
  };
}

export function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round(((sorted[middle - 1]! + sorted[middle]!) / 2) * 1000) / 1000;
}

function max(values: readonly (number | null)[]): number | null {
  const measured = values.filter((value): value is number => value !== null);
  return measured.length === 0 ? null : Math.max(...measured);
}

/** The line for people: what was measured against what was asked. */
export function describePreview(line: PreviewLine): string {
  const s = (value: number | null) => (value === null ? "never" : `${value} s`);
  const failures = line.timedOut > 0 ? `; ${line.timedOut} page(s) never showed the edit` : "";
  return (
    `preview at N=${line.articles}: first build served after ${line.initialBuildSeconds} s. From a save to the edit in a tab open on the article: ` +
    `median ${s(line.tabSecondsMedian)}, max ${s(line.tabSecondsMax)} (target ${TARGETS.article} s); to the article page served: median ${s(line.articleSecondsMedian)}, max ${s(line.articleSecondsMax)}; ` +
    `listing pages served max ${s(line.listingSecondsMax)} (target ${TARGETS.listing} s); reload after the rebuild sent to open tabs max ${s(line.reloadSecondsMax)}${failures}. ` +
    (line.met ? "Targets met." : "Targets not met.")
  );
}
