// Dateline's own Nunjucks environment: templates/ is the one search root, so pages,
// layouts, partials and macros all name each other as `partials/x.njk`, `macros/y.njk`.
import nunjucks from "nunjucks";

export function nunjucksEnvironment(templatesDir: string): nunjucks.Environment {
  const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir), {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  cacheMacroExports(environment);
  return environment;
}

type ExportedCallback = (error: Error | null, exported: Record<string, unknown> | null) => void;
interface TemplateInternals {
  env: nunjucks.Environment;
  getExported(ctx?: unknown, parentFrame?: unknown, callback?: unknown): void;
}

const cachingEnvironments = new WeakSet<nunjucks.Environment>();
const exportsByTemplate = new WeakMap<object, Record<string, unknown>>();

/**
 * `{% from "macros/x.njk" import y %}` runs the whole macro file again on every page that
 * imports it: Nunjucks caches a compiled template, not what it exports (3.6 s of rendering a
 * 10,000-article site). An import without context sees only the environment (filters and
 * globals), never the page, so its exports are the same every time and are kept per template
 * object. A template edited during preview is a new object, so edits are seen.
 */
function cacheMacroExports(environment: nunjucks.Environment): void {
  cachingEnvironments.add(environment);
  const prototype = (nunjucks.Template as unknown as { prototype: TemplateInternals }).prototype;
  if ((prototype as { datelineCachesExports?: boolean }).datelineCachesExports) return;
  const original = prototype.getExported;
  Object.assign(prototype, { datelineCachesExports: true });
  prototype.getExported = function (this: TemplateInternals, ctx?: unknown, parentFrame?: unknown, callback?: unknown) {
    // Only the context-free form `getExported(callback)`, which `{% from … import … %}` and
    // `{% import … %}` use; `with context` imports pass the page's variables and run every time.
    if (typeof ctx !== "function" || !cachingEnvironments.has(this.env)) return original.call(this, ctx, parentFrame, callback);
    const done = ctx as ExportedCallback;
    const cached = exportsByTemplate.get(this);
    if (cached) return done(null, cached);
    original.call(this, (error: Error | null, exported: Record<string, unknown> | null) => {
      if (!error && exported) exportsByTemplate.set(this, exported);
      done(error, exported);
    });
  };
}
