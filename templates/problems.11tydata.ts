// The list of source problems, written only in preview: production builds stop on errors
// instead, and readers never see the newsroom's warnings.
interface ProblemsPageData {
  newsroom?: { mode: string };
}

export default {
  layout: "base.njk",
  title: "Source problems",
  permalink: (data: ProblemsPageData) => (data.newsroom?.mode === "preview" ? "/_problems/" : false),
  eleventyExcludeFromCollections: true,
};
