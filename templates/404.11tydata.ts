// Static hosts serve /404.html for unknown addresses (some, such as Cloudflare Pages, the nearest
// one up the path, so /ar/404.html answers in Arabic under /ar/). Its links must work from any
// depth, which site-absolute paths (plus the path prefix added by the HTML base plugin) do.
import { editionPages } from "../src/eleventy/edition-pages.ts";

export default editionPages("/404.html", (ui) => ({ title: ui.t("notFound.title"), description: ui.t("notFound.description") }));
