// Errors are values: every rule that a source breaks becomes a Problem naming the file,
// the field and what to do, collected across all sources and reported once.
import { withVisibleControls } from "./control-characters.ts";

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

/** One line for the report, the terminal and preview's problems page: quoted source text cannot steer either. */
export function formatProblem(problem: Problem): string {
  return withVisibleControls(`${problem.path}: ${problem.field}: ${problem.message}`);
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}

/**
 * The problem of one source whose step (`reading`, `parsing`, `modelling`, `rendering its page`)
 * threw: that source is left out, the rest of the site builds. A stack overflow is the source's
 * doing (markup or data nested thousands deep); anything else is a fault in Dateline to report.
 */
export function thrownProblem(path: string, field: string, step: string, caught: unknown): Problem {
  // No regular expression here: compiling one needs stack, and this runs right after an overflow.
  if (caught instanceof RangeError && caught.message.includes("call stack")) {
    return error(path, field, `${step} stopped: it nests too deeply (thousands of levels of HTML elements, lists or quotes) for Dateline to follow: flatten the markup`);
  }
  const said = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught);
  return error(path, field, `${step} failed (${said.split("\n")[0]}): the source is left out; if the file looks right, report this to Dateline's maintainers with the file`);
}
