// Each edition's search page. Its indexes are built after the site (src/search/index-site.ts), one
// bundle per language at /pagefind/<language>/; the page names them, its edition's language first,
// for assets/search.js, which searches one at a time and lets the reader switch. The page is
// rendered before the indexes exist, so the languages come from the articles, by the rule the
// index uses (src/search/search-languages.ts). The page itself is left out of the index (see the
// note in search.njk).
import { editionPages, type EditionPageData } from "../src/eleventy/edition-pages.ts";
import { searchLanguages } from "../src/search/search-languages.ts";

export default editionPages("/search/", (ui) => ({ title: ui.t("search.title"), description: ui.t("search.description", { site: ui.edition.name }) }), {
  searchLanguages: (data: EditionPageData) => {
    const langs = Array.from(data.newsroom?.articles ?? [], (article) => article?.lang);
    const own = data.edition?.lang;
    return typeof own === "string" && langs.every((lang) => typeof lang === "string") ? searchLanguages(langs, own) : [];
  },
});
