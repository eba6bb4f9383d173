// Each edition's archive: its months, newest first.
import { editionPages } from "../src/eleventy/edition-pages.ts";

export default editionPages("/archive/", (ui) => ({ title: ui.t("archive.title"), description: ui.t("archive.description", { site: ui.edition.name }) }));
