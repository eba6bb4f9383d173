// The build report: one summary of what became of every source, where each picture's credit
// came from, what the picture step did, then each problem.
import type { PictureStats } from "./images/process-figures.ts";
import { articleFigures, mediaNameOf } from "./model/figures.ts";
import { withVisibleControls } from "./model/control-characters.ts";
import { formatProblem, type Problem } from "./model/problem.ts";
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


/** Pages that failed to render (src/eleventy/render-barrier.ts), said after the pages are written. */
export function formatRenderFailures(problems: readonly Problem[]): string {
  return [`Dateline: ${count(problems.length, "page")} could not be rendered; each shows its problem instead.`, ...problems.map((problem) => `  error      ${formatProblem(problem)}`)].join("\n");
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Rebuilds say how much came from the parse cache; a first build says nothing extra. */
function parsingNote({ parsing }: Newsroom): string {
  return parsing.reused === 0 ? "" : ` (${parsing.parsed} parsed, ${parsing.reused} unchanged since the last build)`;
}
