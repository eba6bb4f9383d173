// Each edition's topics: every tag its articles carry.
import { editionPages } from "../src/eleventy/edition-pages.ts";

export default editionPages("/tags/", (ui) => ({ title: ui.t("tags.title"), description: ui.t("tags.description", { site: ui.edition.name }) }));
