// The words of a page for unit tests: the project's own catalogues (messages/), for `site`.
import { join } from "node:path";
import { loadCatalogues } from "../../src/i18n/catalogues.ts";
import { Interface } from "../../src/i18n/interface.ts";
import type { PageLanguage } from "../../src/i18n/page-language.ts";
import type { Site } from "../../src/site.ts";

const ROOT = join(import.meta.dirname, "..", "..");

export const catalogues = await loadCatalogues(join(ROOT, "messages"), ROOT);

/** Every language's words for `site`, as a build gives templates `newsroom.i18n`. */
export function interfaceFor(site: Site): Interface {
  return new Interface(catalogues, site);
}

/** The words of a page in `lang` (the site's own when not given). */
export function pageLanguage(site: Site, lang = site.lang): PageLanguage {
  return interfaceFor(site).page(lang);
}
