// The article page as Eleventy renders it, for preview's first look (first-look.ts): the same
// template file through the same Nunjucks environment (with the filters Eleventy registered on
// it), given the data Eleventy's pagination gives each page. The template is read on every call,
// so an edit to it is never shown stale (the compiled code is cached by its text, see
// nunjucks-environment.ts).
import { readFileSync } from "node:fs";
import nunjucks from "nunjucks";
import type { ArticlePageData } from "./first-look.ts";

export function articlePageRenderer(environment: nunjucks.Environment, templateFile: string): (data: ArticlePageData) => string {
  return (data) => new nunjucks.Template(readFileSync(templateFile, "utf8"), environment, templateFile).render(data);
}
