// Site settings as code reads them: the shape of _data/site.ts, checked once at start-up
// so a typo in a zone or section fails with a message instead of wrong pages.
import { pathToFileURL } from "node:url";
import { IANAZone } from "luxon";
import { normalizePathPrefix } from "./urls.ts";
import type { BuildMode } from "./eleventy/prepare-newsroom.ts";
import { endpointFix, formEndpoint, isLocalBuild, unreachableEndpoint } from "./form-endpoints.ts";
import { canonicalLanguage } from "./model/language.ts";
import type { EditionSettings } from "./i18n/editions.ts";
import type { SlugMode } from "./model/slug.ts";

export interface Section {
  slug: string;
  name: string;
  /** The section's name in other editions, by language (`{ ar: "العالم" }`). */
  names?: Record<string, string>;
}

/** A section's name as the edition in `lang` prints it: checkSite makes sure every edition has one. */
export function sectionNameIn(section: Section, lang: string): string {
  return section.names?.[lang] ?? section.name;
}

/** The output formats a picture can have; "auto" is the original's own (JPEG or PNG). */
export type ImageFormat = "avif" | "webp" | "jpeg" | "png" | "auto";

export interface ImageSettings {
  /** Widths of the derivatives in pixels, narrowest first. */
  widths: number[];
  /** Best first; the last is the fallback every browser shows (JPEG, PNG or "auto"). */
  formats: ImageFormat[];
  /** The largest picture accepted, in pixels (width × height). */
  maxPixels: number;
}

export interface Site {
  name: string;
  url: string;
  /** Always `/` or `/folder/`: checkSite normalizes it. */
  pathPrefix: string;
  logo: { path: string; width: number; height: number };
  lang: string;
  /** Digits of the site's own edition ("latn", "arab", …); the language's default when unset. */
  digits?: string;
  /** Editions in other languages, each under its own prefix (`/ar/`): see src/i18n/editions.ts. */
  editions?: EditionSettings[];
  zone: string;
  defaultSection: string;
  sections: Section[];
  pageSize: number;
  frontSectionSize: number;
  relatedCount: number;
  datelineZones: Record<string, string>;
  comments: { endpoint?: string; maxLength: number; policyUrl: string };
  reactions: { endpoint?: string };
  images: ImageSettings;
  /**
   * Whether `_headers` tells browsers to use only https for a year, subdomains included (HSTS).
   * On unless set to false; never sent for a site whose `url` is http.
   */
  strictTransportSecurity?: boolean;
  /**
   * How addresses are made from headlines, names, tags and credits: `"ascii"` (the default)
   * transliterates every script (`/tag/labnan/`); `"unicode"` keeps the text's own letters
   * (`/ar/tag/لبنان/`). See src/model/slug.ts.
   */
  slugs?: SlugMode;
}

export class SiteSettingsError extends Error {
  constructor(field: string, message: string) {
    super(`_data/site.ts: ${field}: ${message}`);
    this.name = "SiteSettingsError";
  }
}

/**
 * The settings checked and completed for a build in `mode`: the path prefix normalized, the forms'
 * endpoints decided (src/form-endpoints.ts). Production unless said, the mode that defaults nothing.
 */
export function checkSite(settings: Site, mode: BuildMode = "strict"): Site {
  const site = { ...settings, pathPrefix: normalizePathPrefix(settings.pathPrefix) };
  if (!IANAZone.isValidZone(site.zone)) throw new SiteSettingsError("zone", `"${site.zone}" is not an IANA time zone such as "Europe/London"`);
  try {
    Intl.getCanonicalLocales(site.lang);
  } catch {
    throw new SiteSettingsError("lang", `"${site.lang}" is not a BCP 47 language tag such as "en" or "en-GB"`);
  }
  checkEditions(site);
  if (!/^[\w\-./~%]*$/.test(site.pathPrefix)) throw new SiteSettingsError("pathPrefix", `"${settings.pathPrefix}" must be a folder path such as "/news/"`);
  if (!/^https?:\/\/[^/]+$/.test(site.url)) throw new SiteSettingsError("url", `"${site.url}" must be an origin such as "https://news.example.com" with no path or trailing slash`);
  if (!site.sections.some((section) => section.slug === site.defaultSection)) {
    throw new SiteSettingsError("defaultSection", `"${site.defaultSection}" is not one of the sections (${site.sections.map((s) => s.slug).join(", ")})`);
  }
  for (const key of ["pageSize", "frontSectionSize", "relatedCount"] as const) {
    if (!Number.isInteger(site[key]) || site[key] < 1) throw new SiteSettingsError(key, `must be a whole number of at least 1, not ${site[key]}`);
  }
  const local = isLocalBuild(site.url, mode);
  site.comments = { ...site.comments, endpoint: checkEndpoint("comments", site.comments.endpoint, site.url, local) };
  site.reactions = { ...site.reactions, endpoint: checkEndpoint("reactions", site.reactions.endpoint, site.url, local) };
  if (!Number.isInteger(site.comments.maxLength) || site.comments.maxLength < 1) throw new SiteSettingsError("comments.maxLength", "must be a whole number of characters");
  checkImages(site.images);
  if (site.strictTransportSecurity !== undefined && typeof site.strictTransportSecurity !== "boolean") {
    throw new SiteSettingsError("strictTransportSecurity", `must be true or false, not ${JSON.stringify(site.strictTransportSecurity)}`);
  }
  if (site.slugs !== undefined && !SLUG_MODES.includes(site.slugs)) {
    throw new SiteSettingsError("slugs", `must be "ascii" (addresses transliterated to a-z and 0-9) or "unicode" (addresses in the text's own script), not ${JSON.stringify(site.slugs)}`);
  }
  for (const [city, zone] of Object.entries(site.datelineZones)) {
    if (!IANAZone.isValidZone(zone)) throw new SiteSettingsError(`datelineZones.${city}`, `"${zone}" is not an IANA time zone`);
  }
  return site;
}

/** The endpoint `form` posts to in this build (see src/form-endpoints.ts), refused when readers could not use it. */
function checkEndpoint(form: "comments" | "reactions", given: string | undefined, siteUrl: string, local: boolean): string | undefined {
  const endpoint = formEndpoint(form, given, local);
  if (endpoint === undefined || endpoint === "") return endpoint;
  if (!/^https?:\/\/[^\s]+$/.test(endpoint) || !URL.canParse(endpoint)) throw new SiteSettingsError(`${form}.endpoint`, `"${endpoint}" must be an http(s) URL, or "" to close the form`);
  const unreachable = local ? undefined : unreachableEndpoint(endpoint, siteUrl);
  if (unreachable) throw new SiteSettingsError(`${form}.endpoint`, `${unreachable}: ${endpointFix(form)}`);
  return endpoint;
}

/** Edition languages as canonical tags, each once, none the site's own; digits a numbering system Intl knows. */
function checkEditions(site: Site): void {
  site.lang = canonicalLanguage(site.lang) ?? site.lang;
  checkDigits("digits", site.lang, site.digits);
  if (site.editions === undefined) return;
  if (!Array.isArray(site.editions)) throw new SiteSettingsError("editions", `must be a list such as [{ lang: "ar" }, { lang: "fr" }], not ${JSON.stringify(site.editions)}`);
  const seen = new Set([site.lang]);
  site.editions = site.editions.map((edition, index) => {
    const lang = typeof edition?.lang === "string" ? canonicalLanguage(edition.lang) : undefined;
    if (!lang) throw new SiteSettingsError(`editions[${index}].lang`, `${JSON.stringify(edition?.lang)} is not a BCP 47 language tag such as "ar" or "pt-BR"`);
    if (seen.has(lang)) throw new SiteSettingsError(`editions[${index}].lang`, `"${lang}" is ${lang === site.lang ? "the site's own language (lang), which has its edition already" : "declared twice"}: list each other language once`);
    seen.add(lang);
    checkDigits(`editions[${index}].digits`, lang, edition.digits);
    return { ...edition, lang };
  });
  for (const section of site.sections) {
    for (const lang of Object.keys(section.names ?? {})) {
      if (!seen.has(lang)) throw new SiteSettingsError(`sections.${section.slug}.names.${lang}`, `"${lang}" is not the language of an edition (${[...seen].join(", ")}): add the edition, or correct the language`);
    }
    // An edition's masthead, pages and feeds name every section in the edition's language.
    for (const { lang } of site.editions) {
      if (!section.names?.[lang]) throw new SiteSettingsError(`sections.${section.slug}.names`, `has no name in ${lang}, an edition of the site: add ${lang}: "…" (the section's name as that edition prints it)`);
    }
  }
}

function checkDigits(field: string, lang: string, digits: string | undefined): void {
  if (digits === undefined) return;
  const used = new Intl.NumberFormat(`${lang}-u-nu-${digits}`).resolvedOptions().numberingSystem;
  if (used !== digits) throw new SiteSettingsError(field, `"${digits}" is not a numbering system: use "latn" for 0-9 or "arab" for ٠-٩ (Unicode's names)`);
}

const SLUG_MODES: readonly SlugMode[] = ["ascii", "unicode"];
const FORMATS: readonly ImageFormat[] = ["avif", "webp", "jpeg", "png", "auto"];
const FALLBACKS: readonly ImageFormat[] = ["jpeg", "png", "auto"];

function checkImages(images: ImageSettings | undefined): void {
  if (!images) throw new SiteSettingsError("images", "is missing: give { widths, formats, maxPixels }");
  const { widths, formats, maxPixels } = images;
  if (!Array.isArray(widths) || widths.length === 0 || !widths.every((width, index) => Number.isInteger(width) && width > 0 && (index === 0 || width > widths[index - 1]!))) {
    throw new SiteSettingsError("images.widths", `must be whole numbers of pixels, narrowest first, such as [320, 640, 960, 1280], not ${JSON.stringify(widths)}`);
  }
  if (!Array.isArray(formats) || formats.length === 0 || !formats.every((format) => FORMATS.includes(format)) || new Set(formats).size !== formats.length) {
    throw new SiteSettingsError("images.formats", `must list formats from ${FORMATS.join(", ")} once each, not ${JSON.stringify(formats)}`);
  }
  if (!FALLBACKS.includes(formats[formats.length - 1]!) || formats.slice(0, -1).some((format) => FALLBACKS.includes(format))) {
    throw new SiteSettingsError("images.formats", `must end with the one fallback every browser shows ("auto", "jpeg" or "png"), such as ["avif", "webp", "auto"]`);
  }
  if (!Number.isInteger(maxPixels) || maxPixels < 1) throw new SiteSettingsError("images.maxPixels", `must be a whole number of pixels, such as 50000000, not ${maxPixels}`);
}

/** A data file's default export, loaded fresh: the query defeats the module cache so preview sees edits. */
export async function importFresh<T>(file: string): Promise<T> {
  const module = (await import(`${pathToFileURL(file).href}?t=${Date.now()}`)) as { default: T };
  return module.default;
}

/** The settings in `file`, checked for the build this process runs (Eleventy's run mode, DATELINE_STRICT). */
export async function loadSite(file: string): Promise<Site> {
  // Imported here, not at the top: prepare-newsroom imports this module.
  const { buildMode } = await import("./eleventy/prepare-newsroom.ts");
  return checkSite(await importFresh<Site>(file), buildMode(process.env.ELEVENTY_RUN_MODE, process.env));
}
