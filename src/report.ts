// The build report: one summary of what became of every source, then each problem.
import { formatProblem } from "./model/problem.ts";
import type { Newsroom } from "./newsroom.ts";

export function formatReport(newsroom: Newsroom): string {
  const errors = newsroom.problems.filter((problem) => problem.severity === "error");
  const warnings = newsroom.problems.filter((problem) => problem.severity === "warning");
  const lines = [
    `Dateline: ${newsroom.read} sources read, ${newsroom.articles.length} published, ${newsroom.held.length} held back, ${newsroom.rejected.length} rejected; ${count(errors.length, "error")}, ${count(warnings.length, "warning")}.`,
  ];
  for (const item of newsroom.held) lines.push(`  held back  ${item.path}: ${item.reason}`);
  for (const problem of errors) lines.push(`  error      ${formatProblem(problem)}`);
  for (const problem of warnings) lines.push(`  warning    ${formatProblem(problem)}`);
  return lines.join("\n");
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
