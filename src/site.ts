// Site settings as code reads them: the shape of _data/site.ts, checked once at start-up
// so a typo in a zone or section fails with a message instead of wrong pages.
import { IANAZone } from "luxon";

export interface Section {
  slug: string;
  name: string;
}

export interface Site {
  name: string;
  url: string;
  lang: string;
  zone: string;
  defaultSection: string;
  sections: Section[];
  frontPageSize: number;
  datelineZones: Record<string, string>;
}

export class SiteSettingsError extends Error {
  constructor(field: string, message: string) {
    super(`_data/site.ts: ${field}: ${message}`);
    this.name = "SiteSettingsError";
  }
}

export function checkSite(site: Site): Site {
  if (!IANAZone.isValidZone(site.zone)) throw new SiteSettingsError("zone", `"${site.zone}" is not an IANA time zone such as "Europe/London"`);
  try {
    Intl.getCanonicalLocales(site.lang);
  } catch {
    throw new SiteSettingsError("lang", `"${site.lang}" is not a BCP 47 language tag such as "en" or "en-GB"`);
  }
  if (!/^https?:\/\/[^/]+$/.test(site.url)) throw new SiteSettingsError("url", `"${site.url}" must be an origin such as "https://news.example.com" with no path or trailing slash`);
  if (!site.sections.some((section) => section.slug === site.defaultSection)) {
    throw new SiteSettingsError("defaultSection", `"${site.defaultSection}" is not one of the sections (${site.sections.map((s) => s.slug).join(", ")})`);
  }
  for (const [city, zone] of Object.entries(site.datelineZones)) {
    if (!IANAZone.isValidZone(zone)) throw new SiteSettingsError(`datelineZones.${city}`, `"${zone}" is not an IANA time zone`);
  }
  return site;
}

/** Loads _data/site.ts fresh (the query defeats the module cache so preview picks up edits). */
export async function loadSite(file: string): Promise<Site> {
  const { pathToFileURL } = await import("node:url");
  const module = (await import(`${pathToFileURL(file).href}?t=${Date.now()}`)) as { default: Site };
  return checkSite(module.default);
}
