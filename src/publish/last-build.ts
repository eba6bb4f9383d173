// The record a production build leaves in the cache folder (`<cache>/last-build`) so the next one
// can publish in place: render only the pages whose content changed and keep the others as they
// are in the output folder. It says what the pages were made from (src/eleventy/render-selection.ts
// PageKeys, with a signature of every article), what made them (code, templates, data files,
// dependencies, settings) and what the output folder held at the end.
//
// The record is removed when a build starts and written again when it ends, so a build that
// fails halfway leaves none, and the next build is a full one.
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { deserialize, serialize } from "node:v8";
import { codeVersion } from "../code-version.ts";
import type { PageKeys } from "../eleventy/render-selection.ts";
import { firstDifference, snapshotOutput, type OutputSnapshot } from "./output-snapshot.ts";

/** Bump when the record's shape or what it means changes. */
const FORMAT = 1;

export interface LastBuild {
  format: number;
  /** A hash of everything besides the sources that shapes the pages (see buildInputs). */
  inputs: string;
  /** The output folder (absolute). */
  output: string;
  pages: PageKeys;
  files: OutputSnapshot;
}

/** What decides every page besides the sources: code, templates, data files, dependencies, settings. */
export async function buildInputs(root: string, settings: Record<string, string | undefined>): Promise<string> {
  return codeVersion(root, ["src", "templates", "_data", "eleventy.config.ts", "package-lock.json"], [JSON.stringify(settings)]);
}

export type PublishPlan = InPlace | { previous: undefined; reason: string };

interface InPlace {
  /** The last build's record: its pages can be kept. */
  previous: LastBuild;
  /** The output folder now: exactly what the record says it was. */
  files: OutputSnapshot;
  /** Why a build is full, or that it publishes in place. */
  reason: string;
}

export interface PlanOptions {
  recordFile: string;
  inputs: string;
  output: string;
  /** `npm run build -- --full`: every page, whatever the record says. */
  full: boolean;
}

/**
 * Reads and removes the record of the last build, and says whether this build may keep that
 * build's pages: only when nothing but the sources changed and the output folder is exactly as
 * that build left it.
 */
export async function planPublish({ recordFile, inputs, output, full }: PlanOptions): Promise<PublishPlan> {
  const fullBuild = (reason: string): PublishPlan => ({ previous: undefined, reason });
  if (full) {
    await rm(recordFile, { force: true });
    return fullBuild("a full build was asked for (--full)");
  }
  const previous = await readRecord(recordFile);
  await rm(recordFile, { force: true });
  if (previous === "missing") return fullBuild(`no record of an earlier build in ${recordFile}`);
  if (previous === "unreadable") return fullBuild(`the record of the last build (${recordFile}) could not be read`);
  if (previous.output !== output) return fullBuild(`the last build wrote to ${previous.output}`);
  if (previous.inputs !== inputs) return fullBuild("code, templates, data files, dependencies or build settings changed since the last build");
  const files = snapshotOutput(output);
  const difference = firstDifference(previous.files, files);
  if (difference) return fullBuild(`the output folder changed since the last build: ${difference}`);
  return { previous, files, reason: "only sources changed since the last build" };
}

/**
 * Writes the record (beside it first, then renamed: a crash leaves no half-written record). Its
 * folder is made if need be: a newsroom with no sources yet has nothing else in its cache folder.
 */
export async function writeRecord(recordFile: string, record: Omit<LastBuild, "format">): Promise<void> {
  await mkdir(dirname(recordFile), { recursive: true });
  const temporary = `${recordFile}.${process.pid}.tmp`;
  await writeFile(temporary, serialize({ format: FORMAT, ...record }));
  await rename(temporary, recordFile);
}

async function readRecord(file: string): Promise<LastBuild | "missing" | "unreadable"> {
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw cause;
  }
  try {
    const record = deserialize(bytes) as LastBuild;
    return record?.format === FORMAT && record.pages?.articles instanceof Map && record.files instanceof Map ? record : "unreadable";
  } catch {
    return "unreadable";
  }
}
