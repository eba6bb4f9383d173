// The build report: one summary of what became of every source, where each picture's credit
// came from, what the picture step did, then each problem; and what a publish did to the pages.
import type { PictureStats } from "./images/process-figures.ts";
import { articleFigures, mediaNameOf } from "./model/figures.ts";
import { withVisibleControls } from "./model/control-characters.ts";
import { formatProblem, type Problem, type Severity } from "./model/problem.ts";
import type { Article } from "./model/types.ts";
import type { Newsroom } from "./newsroom.ts";

export function formatReport(newsroom: Newsroom, pictures?: PictureStats): string {
  const errors = newsroom.problems.filter((problem) => problem.severity === "error");
  const warnings = newsroom.problems.filter((problem) => problem.severity === "warning");
  const lines = [
    `Dateline: ${newsroom.read} sources read${parsingNote(newsroom)}, ${newsroom.articles.length} published, ${newsroom.held.length} held back, ${newsroom.rejected.length} rejected; ${count(errors.length, "error")}, ${count(warnings.length, "warning")}.`,
    ...creditLines(newsroom.articles),
  ];
  if (pictures) lines.push(`  images     ${pictures.encoded} encoded, ${pictures.reused} reused (${count(pictures.pictures, "local photo")}; ${count(pictures.removed, "unused file")} removed)`);
  for (const item of newsroom.held) lines.push(withVisibleControls(`  held back  ${item.path}: ${item.reason}`));
  for (const problem of errors) lines.push(`  error      ${formatProblem(problem)}`);
  for (const problem of warnings) lines.push(`  warning    ${formatProblem(problem)}`);
  return lines.join("\n");
}

/**
 * How many figures of the published articles were credited by their source and how many from
 * the picture file's embedded metadata, then one line for each of the latter: a credit nobody
 * typed deserves a look.
 */
export function creditLines(articles: readonly Article[]): string[] {
  const figures = articles.flatMap((article) => articleFigures(article).map((figure) => ({ article, figure })));
  if (figures.length === 0) return [];
  const embedded = figures.filter(({ figure }) => figure.creditSource?.startsWith("embedded"));
  const lines = [`  credits    ${count(figures.length, "figure")}: ${figures.length - embedded.length} credited by their source, ${embedded.length} from embedded metadata`];
  for (const { article, figure } of embedded) {
    const file = figure.src === undefined ? undefined : mediaNameOf(figure.src);
    lines.push(`  credit     ${article.source.path}: ${figure.field ?? "figure"}: credit "${figure.credit}" from ${figure.creditSource}${file === undefined ? "" : ` in content/media/${file}`}`);
  }
  return lines;
}


/** One source file's problems of one severity, for preview's problems page. */
export interface ProblemFile {
  /** Relative to the project, as the terminal report gives it. */
  path: string;
  /** In the order the build found them; each message says what is wrong and how to fix it. */
  problems: { field: string; message: string }[];
}

export interface ProblemGroup {
  count: number;
  /** By path. */
  files: ProblemFile[];
}

/** Preview's problems page (templates/problems.njk): errors and warnings, each grouped by source file. */
export interface ProblemsPage {
  errors: ProblemGroup;
  warnings: ProblemGroup;
}

export function problemsPage(problems: readonly Problem[]): ProblemsPage {
  const errors = problemGroup(problems, "error");
  const warnings = problemGroup(problems, "warning");
  return { errors, warnings };
}

function problemGroup(problems: readonly Problem[], severity: Severity): ProblemGroup {
  const files = new Map<string, ProblemFile>();
  let count = 0;
  for (const problem of problems) {
    if (problem.severity !== severity) continue;
    count += 1;
    // Quoted source text shows its control and direction characters as code points, as in the terminal.
    const path = withVisibleControls(problem.path);
    let file = files.get(path);
    if (!file) files.set(path, (file = { path, problems: [] }));
    file.problems.push({ field: withVisibleControls(problem.field), message: withVisibleControls(problem.message) });
  }
  const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { count, files: sorted };
}

/** Pages that failed to render (src/eleventy/render-barrier.ts), said after the pages are written. */
export function formatRenderFailures(problems: readonly Problem[]): string {
  return [`Dateline: ${count(problems.length, "page")} could not be rendered; each shows its problem instead.`, ...problems.map((problem) => `  error      ${formatProblem(problem)}`)].join("\n");
}

/** What a publish in place does to the site's pages (the HTML files of the output folder). */
export interface PagesPublished {
  /** Rendered pages whose file the output did not have. */
  new: number;
  /** Rendered pages whose file it had (their content changed). */
  changed: number;
  /** Pages every build writes again (the front page, the archive, content pages, 404). */
  everyBuild: number;
  /** Pages left as the last build wrote them. */
  kept: number;
  /** URLs of the last build's pages that the site no longer has (a deleted or moved story, an empty tag). */
  removed: string[];
}

export interface PublishFacts {
  /** The output folder's files before the publish, output-relative with `/`. */
  before: Iterable<string>;
  /** Whether the publish keeps a file of `before` as it is. */
  keeps: (path: string) => boolean;
  /** URLs of the pages it renders, and of the last build's pages it drops. */
  rendered: readonly string[];
  vanished: readonly string[];
  /** A page URL's output-relative file (src/publish/publish-in-place.ts pageFile). */
  fileOf: (url: string) => string;
}

/**
 * Counts what a publish in place does to the pages. Every file it does not keep is removed before
 * it renders (src/publish/prune-output.ts), and most of those are written again: only the pages
 * the site no longer has count as removed. A page neither kept, rendered nor dropped is one of
 * the templates every build renders (front page, archive, search, 404, content pages): a change
 * to those pages' set makes a full build instead. Cheap at any size: one pass over the names.
 */
export function pagesPublished({ before, keeps, rendered, vanished, fileOf }: PublishFacts): PagesPublished {
  const renderedFiles = new Set(rendered.map(fileOf));
  const vanishedFiles = new Map(vanished.map((url) => [fileOf(url), url]));
  const result: PagesPublished = { new: renderedFiles.size, changed: 0, everyBuild: 0, kept: 0, removed: [] };
  for (const path of before) {
    if (!path.endsWith(".html")) continue;
    if (keeps(path)) result.kept += 1;
    else if (renderedFiles.has(path)) result.changed += 1;
    else if (vanishedFiles.has(path)) result.removed.push(vanishedFiles.get(path)!);
    else result.everyBuild += 1;
  }
  result.new -= result.changed;
  return result;
}

/** A full build's line about pages: it renders them all into an emptied output folder (src/eleventy/clean-output.ts). */
export const EVERY_PAGE_WRITTEN = "  pages      every page written anew into an emptied output folder (its pictures aside); none kept from the last build";

/** How many removed pages the summary names; the rest are counted. */
const NAMED_REMOVALS = 5;

/** The summary's line about pages, in the report's layout. */
export function formatPagesPublished(pages: PagesPublished): string {
  const written = pages.new + pages.changed + pages.everyBuild;
  const { removed } = pages;
  const named = removed.slice(0, NAMED_REMOVALS).join(", ");
  const more = removed.length > NAMED_REMOVALS ? ` and ${thousands(removed.length - NAMED_REMOVALS)} more` : "";
  const gone = removed.length === 0 ? "none removed" : `${thousands(removed.length)} removed as no longer in the site: ${named}${more}`;
  return withVisibleControls(
    `  pages      ${thousands(written)} written (${thousands(pages.new)} new, ${thousands(pages.changed)} changed, ${thousands(pages.everyBuild)} that every build writes, such as the front page), ${thousands(pages.kept)} kept as they were, ${gone}`,
  );
}

/** A count as the build's report prints it: `2,292`. */
export function thousands(n: number): string {
  return n.toLocaleString("en");
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Rebuilds say how much came from the parse cache; a first build says nothing extra. */
function parsingNote({ parsing }: Newsroom): string {
  return parsing.reused === 0 ? "" : ` (${parsing.parsed} parsed, ${parsing.reused} unchanged since the last build)`;
}
