// Each edition's front page: `/`, `/ar/`.
import { editionPages, type EditionPageData } from "../src/eleventy/edition-pages.ts";
import { frontPageAlternates } from "../src/i18n/editions.ts";
import { absoluteUrl } from "../src/urls.ts";

export default editionPages("/", (ui) => ({ description: ui.t("front.description", { site: ui.edition.name }) }), {
  // Each edition's front page names the others in <head> (partials/hreflang.njk), as the sitemap does.
  editionAlternates: (data: EditionPageData) =>
    data.newsroom?.i18n && data.site ? frontPageAlternates(data.newsroom.i18n.editions).map(({ hreflang, url }) => ({ hreflang, href: absoluteUrl(data.site, url) })) : [],
});
