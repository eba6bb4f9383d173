// One article can only fail its own page. Eleventy stops the whole build when any page's template
// throws, so a filter or macro choking on one story (a stack overflow on hostile markup, a bug
// that data in one source sets off) would cost every page. Rendering the article layout goes
// through this barrier instead: the failure becomes that article's problem, its page says so,
// and the build reports it at the end (a strict build then fails, as it does for any error).
import nunjucks from "nunjucks";
import { formatProblem, thrownProblem, type Problem } from "../model/problem.ts";

type RenderCallback = (error: Error | null, result?: string) => void;

interface TemplateInternals {
  env: nunjucks.Environment;
  path?: string;
  render(ctx?: unknown, parentFrame?: unknown, callback?: unknown): string | void;
}

/** The template (its path ends so) whose pages each show one source, and how to tell which from the page's data. */
export interface GuardedTemplate {
  pathEnd: string;
  sourceOf: (data: unknown) => string | undefined;
}

const barriers = new WeakMap<nunjucks.Environment, RenderBarrier>();

export class RenderBarrier {
  /** Pages that failed in this build, each as its source's problem. */
  readonly problems: Problem[] = [];

  constructor(private readonly templates: readonly GuardedTemplate[]) {}

  /** Guards the pages `environment` renders from now on. */
  install(environment: nunjucks.Environment): void {
    barriers.set(environment, this);
    guardRendering();
  }

  /** The problems met since the last call, forgotten (each build reports its own). */
  take(): Problem[] {
    return this.problems.splice(0);
  }

  /** The source a page of template `path` shows, when it is a guarded template's page. */
  sourceOf(path: string | undefined, data: unknown): string | undefined {
    if (path === undefined) return undefined;
    const guarded = this.templates.find((template) => path.endsWith(template.pathEnd));
    return guarded?.sourceOf(data);
  }

  /** What is written in place of the page that failed: the problem, for preview (a strict build fails). */
  failed(source: string, caught: unknown): string {
    const problem = thrownProblem(source, "file", "rendering this article's page", thrownInside(caught));
    this.problems.push(problem);
    return `<!doctype html>\n<html lang="en"><meta charset="utf-8"><title>Page not built</title>\n<p>This page could not be built: ${escapeHtml(formatProblem(problem))}</p>\n</html>\n`;
  }
}

/**
 * Nunjucks' Template#render, once per process, made to hand a guarded page's error to its
 * barrier. Only the callback form is touched (Eleventy renders that way); a synchronous render
 * (preview's first look) throws as before, to its own handler.
 */
function guardRendering(): void {
  const prototype = (nunjucks.Template as unknown as { prototype: TemplateInternals & { datelineRenderBarrier?: boolean } }).prototype;
  if (prototype.datelineRenderBarrier) return;
  Object.assign(prototype, { datelineRenderBarrier: true });
  const original = prototype.render;
  prototype.render = function (this: TemplateInternals, ctx?: unknown, parentFrame?: unknown, callback?: unknown) {
    const done = (typeof parentFrame === "function" ? parentFrame : callback) as RenderCallback | undefined;
    const barrier = barriers.get(this.env);
    const source = typeof done === "function" ? barrier?.sourceOf(this.path, ctx) : undefined;
    if (!barrier || source === undefined || !done) return original.call(this, ctx, parentFrame, callback);
    const guarded: RenderCallback = (error, result) => (error ? done(null, barrier.failed(source, error)) : done(null, result));
    return typeof parentFrame === "function" ? original.call(this, ctx, guarded) : original.call(this, ctx, parentFrame, guarded);
  };
}

/**
 * What a filter or macro threw, out of the "Template render error" Nunjucks 3.2 wraps it in: its
 * message is the template's path and line, then the thrown error's name and message.
 */
function thrownInside(caught: unknown): unknown {
  if (!(caught instanceof Error) || caught.name !== "Template render error") return caught;
  const [where, ...rest] = caught.message.split("\n");
  const thrown = rest.join(" ").trim();
  if (thrown.startsWith("RangeError: ")) return new RangeError(thrown.slice("RangeError: ".length));
  return new Error(`${thrown} in ${where}`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
