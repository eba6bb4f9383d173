// Which IANA zone a dateline city is in: the site's own table first (for names the city
// table spells otherwise), then the city-timezones table (matched without regard to case),
// most populous match first.
import cityTimezones from "city-timezones";
import { IANAZone } from "luxon";
import type { Dateline } from "./types.ts";

interface CityRecord {
  city: string;
  country: string;
  iso2: string;
  iso3: string;
  province: string;
  timezone: string;
  pop: number;
}

// Checking a zone name builds an Intl formatter (slow); the city table names ~400 zones 7,300 times.
const zoneValidity = new Map<string, boolean>();

export function isZone(name: string): boolean {
  let valid = zoneValidity.get(name);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(name);
    zoneValidity.set(name, valid);
  }
  return valid;
}

/**
 * Finds the zone of a dateline's city. When the dateline names a region or country
 * ("PORTLAND, Maine") it picks the city there; else the most populous city of that name.
 */
export function zoneForDateline(dateline: Dateline, overrides: Record<string, string>): string | undefined {
  const override = lookupOverride(dateline, overrides);
  if (override) return override;
  const candidates = citiesNamed(dateline.city);
  if (candidates.length === 0) return undefined;
  const region = dateline.region?.toLowerCase().replace(/\.$/, "");
  const inRegion = region
    ? candidates.filter((record) =>
        [record.country, record.iso2, record.iso3, record.province].some((name) => name?.toLowerCase().startsWith(region)),
      )
    : [];
  const pool = inRegion.length > 0 ? inRegion : candidates;
  return [...pool].sort((a, b) => b.pop - a.pop)[0]!.timezone;
}

let citiesByName: Map<string, CityRecord[]> | undefined;

/**
 * The cities of that name (any case) whose zone this runtime knows. city-timezones' own lookup
 * scans its ~7,300 cities on every call (2 s over a 10,000-article archive); the table is
 * indexed by name once instead.
 */
function citiesNamed(city: string): CityRecord[] {
  if (!citiesByName) {
    citiesByName = new Map();
    for (const record of cityTimezones.cityMapping as CityRecord[]) {
      if (!isZone(record.timezone)) continue;
      const key = record.city.toLowerCase();
      const list = citiesByName.get(key);
      if (list) list.push(record);
      else citiesByName.set(key, [record]);
    }
  }
  return citiesByName.get(city.toLowerCase()) ?? [];
}

function lookupOverride(dateline: Dateline, overrides: Record<string, string>): string | undefined {
  const wanted = [dateline.region ? `${dateline.city}, ${dateline.region}` : undefined, dateline.city]
    .filter((name): name is string => name !== undefined)
    .map((name) => name.toLowerCase());
  for (const name of wanted) {
    for (const [city, zone] of Object.entries(overrides)) if (city.toLowerCase() === name) return zone;
  }
  return undefined;
}

