// Dateline's own Nunjucks environment: templates/ is the one search root, so pages,
// layouts, partials and macros all name each other as `partials/x.njk`, `macros/y.njk`.
import nunjucks from "nunjucks";

export function nunjucksEnvironment(templatesDir: string): nunjucks.Environment {
  return new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir), {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
}
