// Each edition's front page: `/`, `/ar/`.
import { editionPages } from "../src/eleventy/edition-pages.ts";

export default editionPages("/", (ui) => ({ description: ui.t("front.description", { site: ui.edition.name }) }));
