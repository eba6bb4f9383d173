// Errors are values: every rule that a source breaks becomes a Problem naming the file,
// the field and what to do, collected across all sources and reported once.

export type Severity = "error" | "warning";

export interface Problem {
  /** Path of the source, relative to the project root. */
  path: string;
  /** The field as the source names it (`date`, `versioncreated`, `Image-2`, `body line 14`). */
  field: string;
  /** What is wrong and how to fix it, in one sentence or two. */
  message: string;
  severity: Severity;
}

export function error(path: string, field: string, message: string): Problem {
  return { path, field, message, severity: "error" };
}

export function warning(path: string, field: string, message: string): Problem {
  return { path, field, message, severity: "warning" };
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.field}: ${problem.message}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}
