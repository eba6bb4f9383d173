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
  cacheCompiledSources(environment);
  splitVariableNamesOnce();
  return environment;
}

type ExportedCallback = (error: Error | null, exported: Record<string, unknown> | null) => void;
interface TemplateInternals {
  env: nunjucks.Environment;
  path?: string;
  tmplStr?: string;
  tmplProps?: unknown;
  getExported(ctx?: unknown, parentFrame?: unknown, callback?: unknown): void;
  _compile(): void;
}

interface EnvironmentInternals {
  asyncFilters: string[];
  extensionsList: unknown[];
  opts: unknown;
}

interface CompilerInternals {
  compile(source: string, asyncFilters: string[], extensions: unknown[], path: string | undefined, options: unknown): string;
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

const compiledByEnvironment = new WeakMap<nunjucks.Environment, Map<string, unknown>>();

/**
 * Eleventy makes a new Nunjucks Template from the page's source for every page of a paginated
 * template, and each compiles that source again the first time it renders: 21,000 compilations
 * of the same few lines (1 s of a 10,000-article build). Compiled code depends only on the source,
 * its path and the environment, so it is compiled once per environment and shared.
 */
function cacheCompiledSources(environment: nunjucks.Environment): void {
  compiledByEnvironment.set(environment, new Map());
  const prototype = (nunjucks.Template as unknown as { prototype: TemplateInternals }).prototype;
  if ((prototype as { datelineCachesCompiled?: boolean }).datelineCachesCompiled) return;
  const original = prototype._compile;
  const compiler = (nunjucks as unknown as { compiler: CompilerInternals }).compiler;
  Object.assign(prototype, { datelineCachesCompiled: true });
  prototype._compile = function (this: TemplateInternals) {
    const compiled = compiledByEnvironment.get(this.env);
    if (compiled && this.tmplProps === undefined && this.tmplStr !== undefined) {
      const key = `${this.path ?? ""}\0${this.tmplStr}`;
      let props = compiled.get(key);
      if (props === undefined) {
        // As Nunjucks itself compiles a source (Template#_compile), kept instead of thrown away.
        const env = this.env as unknown as EnvironmentInternals;
        props = new Function(compiler.compile(this.tmplStr, env.asyncFilters, env.extensionsList, this.path, env.opts))();
        compiled.set(key, props);
      }
      this.tmplProps = props;
    }
    original.call(this);
  };
}

interface FrameInternals {
  variables: Record<string, unknown>;
  resolve(name: string, forWrite: boolean): FrameInternals | undefined;
  set(name: string, value: unknown, resolveUp?: boolean): void;
}

/**
 * Every variable a template writes goes through Nunjucks' Frame#set, which splits the name on
 * "." each time to allow names like `loop.index`. A for loop writes seven `loop.*` names per item
 * and a macro call one name per argument: 420 writes per article page of the benchmark. Rendering
 * the 20,000 pages of a 10,000-article site outside Eleventy took 3.0 s with those splits and
 * 2.5 s without. Names come from template source, so each is split once and kept. Frame is shared
 * by every environment in the process; this writes exactly what Nunjucks 3.2 writes.
 */
function splitVariableNamesOnce(): void {
  const Frame = (nunjucks as unknown as { runtime?: { Frame?: { prototype: FrameInternals } } }).runtime?.Frame;
  // Only a speed-up: a Nunjucks without this internal renders the same, if slower.
  if (typeof Frame?.prototype.set !== "function") return;
  const prototype = Frame.prototype as FrameInternals & { datelineSplitsNamesOnce?: boolean };
  if (prototype.datelineSplitsNamesOnce) return;
  Object.assign(prototype, { datelineSplitsNamesOnce: true });
  const partsByName = new Map<string, string[]>();
  prototype.set = function (this: FrameInternals, name: string, value: unknown, resolveUp?: boolean) {
    let parts = partsByName.get(name);
    if (parts === undefined) {
      parts = name.split(".");
      partsByName.set(name, parts);
    }
    if (resolveUp) {
      const frame = this.resolve(parts[0]!, true);
      if (frame) {
        frame.set(name, value);
        return;
      }
    }
    let target = this.variables;
    for (let index = 0; index < parts.length - 1; index++) {
      const part = parts[index]!;
      if (!target[part]) target[part] = {};
      target = target[part] as Record<string, unknown>;
    }
    target[parts[parts.length - 1]!] = value;
  };
}
