// The list of source problems, written only in preview: production builds stop on errors
// instead, and readers never see the newsroom's warnings. Errors first, then warnings, each
// grouped by source file (src/report.ts problemsPage).
import { problemsPage, type ProblemsPage } from "../src/report.ts";
import type { Problem } from "../src/model/problem.ts";
import { plainMeta } from "../src/seo/page-meta.ts";
import type { Site } from "../src/site.ts";
import type { Interface } from "../src/i18n/interface.ts";

interface ProblemsPageData {
  newsroom?: { mode: string; problems: readonly Problem[]; i18n: Interface };
  site: Site;
}

export default {
  layout: "base.njk",
  permalink: (data: ProblemsPageData) => (data.newsroom?.mode === "preview" ? "/_problems/" : false),
  eleventyExcludeFromCollections: true,
  eleventyComputed: {
    meta: (data: ProblemsPageData) => {
      const ui = data.newsroom?.i18n.page(data.site.lang);
      return ui && plainMeta(data.site, "/_problems/", ui.t("problems.title"), ui.t("problems.description"), ui);
    },
    problemsPage: (data: ProblemsPageData): ProblemsPage => problemsPage(data.newsroom?.problems ?? []),
  },
};
