// Reads content/comments/*.json (approved comments, filed by article id) and
// content/reactions.json (Yes/No counts) for the build. Problems name the file; a broken
// comment never takes the article or the other comments with it.
import { readdir, readFile } from "node:fs/promises";
import type { Dirent } from "node:fs";
import { join } from "node:path";
import { isLink, projectPath, refusedLink } from "../linked-files.ts";
import { error, warning, type Problem } from "../model/problem.ts";
import type { CommentInput } from "../model/types.ts";
import { parseCommentsFile } from "./comments-file.ts";

export interface ReactionCounts {
  yes: number;
  no: number;
}

export interface ApprovedComments {
  /** Comments by article id, in file order. */
  byArticle: Map<string, { path: string; comments: CommentInput[] }>;
  problems: Problem[];
}

export async function loadApprovedComments(contentDir: string, root: string): Promise<ApprovedComments> {
  const dir = join(contentDir, "comments");
  const result: ApprovedComments = { byArticle: new Map(), problems: [] };
  let entries: Dirent[];
  try {
    entries = (await readdir(dir, { withFileTypes: true })).filter((entry) => !entry.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return result;
    throw new Error(`Cannot read the folder ${dir}`, { cause });
  }
  for (const entry of entries) {
    const name = entry.name;
    const path = projectPath(root, join(dir, name));
    // Never opened: a link could be /dev/zero or another newsroom's file (src/linked-files.ts).
    if (entry.isSymbolicLink()) {
      result.problems.push(refusedLink(path));
      continue;
    }
    if (!entry.isFile()) {
      result.problems.push(warning(path, "file", "is not a file, ignored: comments files are named <article-id>.json"));
      continue;
    }
    if (!name.endsWith(".json")) {
      result.problems.push(warning(path, "file", "not a comments file, ignored: comments files are named <article-id>.json"));
      continue;
    }
    const articleId = name.slice(0, -".json".length);
    const parsed = parseCommentsFile(await readFile(join(dir, name), "utf8"), path, articleId);
    result.problems.push(...parsed.problems);
    if (!parsed.ok) continue;
    result.byArticle.set(articleId, { path, comments: parsed.file.comments.map((comment) => ({ ...comment })) });
  }
  return result;
}

/** Reaction counts by article id; a missing file means no counts yet. */
export async function loadReactions(contentDir: string, root: string): Promise<{ counts: Map<string, ReactionCounts>; problems: Problem[] }> {
  const file = join(contentDir, "reactions.json");
  const path = projectPath(root, file);
  if (await isLink(file)) return { counts: new Map(), problems: [refusedLink(path)] };
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return { counts: new Map(), problems: [] };
    throw new Error(`Cannot read ${file}`, { cause });
  }
  const problems: Problem[] = [];
  const counts = new Map<string, ReactionCounts>();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    return { counts, problems: [error(path, "json", `is not valid JSON (${(cause as Error).message}): rebuild it with \`npm run comments -- tally\``)] };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { counts, problems: [error(path, "json", 'must map article ids to counts, like { "harbour-reopens": { "yes": 3, "no": 1 } }')] };
  }
  for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
    const { yes, no } = (value ?? {}) as { yes?: unknown; no?: unknown };
    if (!isCount(yes) || !isCount(no)) {
      problems.push(error(path, id, "needs whole-number yes and no counts"));
      continue;
    }
    counts.set(id, { yes, no });
  }
  return { counts, problems };
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}
