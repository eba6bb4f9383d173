// Which IANA zone a dateline is in: the site's own table first (for names the city table spells
// otherwise), then the city-timezones table with the names wires use (city-aliases.ts) and the
// names datelines in other scripts use (native-city-names.ts), most populous match first. A region
// after the city (`PORTLAND, Ore.`, `LONDON, Ont.`, `BEIRUT, Lebanon`, `بيروت، لبنان`) picks the
// city there, and dates a town the table lacks (`CHATHAM, Mass.`) by its state, province or
// country; a country named in another script is known by CLDR's names for it in the languages of
// native-city-names.ts (Intl.DisplayNames). Names are compared folded: no case, accents, full
// stops or "Saint", and Arabic's spelling variants as one.
import cityTimezones from "city-timezones";
import { IANAZone } from "luxon";
import { CITY_ALIASES, EXTRA_CITIES } from "./city-aliases.ts";
import { NATIVE_CITY_NAMES } from "./native-city-names.ts";
import { REGIONS, type Region } from "./region-abbreviations.ts";
import type { Dateline } from "./types.ts";

interface CityRecord {
  city: string;
  country: string;
  iso2: string;
  province: string;
  timezone: string;
  pop: number;
}

/** A city with its province and country folded once, for matching a dateline's region. */
interface City {
  record: CityRecord;
  /** Province and country, folded. */
  keys: readonly string[];
  /** ISO code in lower case (the table has a few records without one). */
  iso2: string;
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

const NON_ASCII = /[^\x00-\x7f]/;
/**
 * Marks that do not tell place names apart once decomposed: Latin, Greek and Cyrillic accents
 * (`São`, `Αθήνα`, `Орёл`), Hebrew points and Arabic vowel signs, shadda and hamza (`أ` is `ا`
 * with a hamza above). Kana voicing marks and the vowel signs of Indic scripts are letters'
 * substance and stay (`ガザ` is not `カサ`).
 */
const FOLDED_MARKS = /[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g;
/** Arabic letters typed for one another: alef maqsura for ya, ta marbuta for ha, Persian kaf and ya; tatweel is only a stretch. */
const ARABIC_VARIANTS: Readonly<Record<string, string>> = { "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ـ": "" };

/**
 * How place names are compared: `SÃO PAULO` and `Sao Paulo`, `ST. JOHN'S` and `St. John’s`,
 * `Saint John` and `ST. JOHN`, `МОСКВА` and `Москва`, `أبوظبي` and `ابوظبي` are one name each.
 */
export function placeKey(name: string): string {
  return (NON_ASCII.test(name) ? name.normalize("NFD").replace(FOLDED_MARKS, "").replace(/[ىةیکـ]/g, (letter) => ARABIC_VARIANTS[letter]!) : name)
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, " ")
    .replace(/\bsainte?\b/g, (word) => (word === "sainte" ? "ste" : "st"))
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Finds the zone of a dateline's city. When the dateline names a region or country it picks the
 * city there, else the region's own zone; with no region, the most populous city of that name.
 * `BRUSSELS/LONDON` (a story filed from two bureaus) is dated by its first city.
 */
export function zoneForDateline(dateline: Dateline, overrides: Record<string, string>): string | undefined {
  const override = lookupOverride(dateline, overrides);
  if (override) return override;
  // No name in the tables holds a slash: a city without one is its own first part.
  const candidates = citiesNamed(dateline.city.split("/")[0]!);
  if (!dateline.region) return mostPopulous(candidates)?.timezone;
  const region = placeKey(dateline.region);
  const known = regionNamed(region);
  // A country in another script (`لبنان`, `Ливан`) is known by its ISO code.
  const code = known ? undefined : nativeCountryCode(region);
  const wanted = known ? placeKey(known.name) : (code ?? region);
  const inRegion = candidates.filter((city) => city.keys.some((key) => key.startsWith(wanted)) || city.iso2 === wanted);
  return mostPopulous(inRegion)?.timezone ?? known?.zone ?? (code ? codeZone(code) : countryZone(region)) ?? mostPopulous(candidates)?.timezone;
}

/** Whether the built-in tables know a place of this name (for mixed-case datelines). */
export function isKnownCity(name: string): boolean {
  return cityIndex().has(placeKey(name));
}

function mostPopulous(cities: readonly City[]): CityRecord | undefined {
  let best: CityRecord | undefined;
  for (const { record } of cities) if (!best || record.pop > best.pop) best = record;
  return best;
}

let citiesByKey: Map<string, City[]> | undefined;
let zonesByCountry: Map<string, CityRecord> | undefined;
let zonesByCode: Map<string, CityRecord> | undefined;

/**
 * The city table indexed once by folded name, with the extra cities and aliases merged in.
 * city-timezones' own lookup scans its ~7,300 cities on every call (2 s over a 10,000-article
 * archive); records whose zone this runtime does not know are left out.
 */
function cityIndex(): Map<string, City[]> {
  if (citiesByKey) return citiesByKey;
  const index = new Map<string, City[]>();
  const countries = new Map<string, CityRecord>();
  const codes = new Map<string, CityRecord>();
  const add = (key: string, city: City) => {
    const list = index.get(key);
    if (!list) index.set(key, [city]);
    // Two aliases may fold alike (`Pékin`, `Pekín`) and add a city twice: harmless to both the
    // most-populous pick and the region filter.
    else list.push(city);
  };
  for (const record of [...(cityTimezones.cityMapping as CityRecord[]), ...EXTRA_CITIES]) {
    // A record without a zone (48 Antarctic stations) is not a valid zone either.
    if (!isZone(record.timezone)) continue;
    add(placeKey(record.city), { record, keys: [placeKey(String(record.province ?? "")), placeKey(String(record.country ?? ""))], iso2: String(record.iso2 ?? "").toLowerCase() });
    const country = placeKey(String(record.country ?? ""));
    const biggest = countries.get(country);
    if (!biggest || record.pop > biggest.pop) countries.set(country, record);
    const code = String(record.iso2 ?? "").toLowerCase();
    const biggestOfCode = codes.get(code);
    if (code && (!biggestOfCode || record.pop > biggestOfCode.pop)) codes.set(code, record);
  }
  for (const [alias, name] of Object.entries(CITY_ALIASES)) {
    for (const record of index.get(placeKey(name)) ?? []) add(placeKey(alias), record);
  }
  for (const [name, spellings] of Object.entries(NATIVE_CITY_NAMES)) {
    // A copy: the list is the index's own, which add() may grow.
    const cities = [...(index.get(placeKey(CITY_ALIASES[name] ?? name)) ?? [])];
    for (const spelling of new Set(spellings.map(placeKey))) for (const city of cities) add(spelling, city);
  }
  citiesByKey = index;
  zonesByCode = codes;
  zonesByCountry = countries;
  return index;
}

function citiesNamed(city: string): City[] {
  return cityIndex().get(placeKey(city)) ?? [];
}

/** A country named as the region: its most populous city's zone. */
function countryZone(key: string): string | undefined {
  cityIndex();
  return zonesByCountry!.get(key)?.timezone;
}

/** The same, for a country known by its ISO code (in lower case). */
function codeZone(code: string): string | undefined {
  cityIndex();
  return zonesByCode!.get(code)?.timezone;
}

/** The languages of native-city-names.ts, whose names for countries CLDR gives. */
const COUNTRY_NAME_LANGUAGES = ["ar", "fa", "ur", "ru", "uk", "be", "bg", "sr", "el", "he", "zh", "zh-Hant", "ja", "ko", "hi"];
let countriesByNativeName: Map<string, string> | undefined;

/**
 * The ISO code (lower case) of a country named in another script, in its long or short form
 * (`لبنان`, `الإمارات العربية المتحدة`, `США`, `美国`); undefined for Latin names, which the city
 * table spells itself. Built on first use: only datelines in other scripts ask.
 */
function nativeCountryCode(key: string): string | undefined {
  if (!NON_ASCII.test(key) || /^[\p{Script=Latin}\s'-]+$/u.test(key)) return undefined;
  if (!countriesByNativeName) {
    const codes = new Set((cityTimezones.cityMapping as CityRecord[]).map((record) => String(record.iso2 ?? "")).filter((code) => /^[A-Z]{2}$/.test(code)));
    countriesByNativeName = new Map();
    for (const language of COUNTRY_NAME_LANGUAGES) {
      for (const style of ["long", "short"] as const) {
        const names = new Intl.DisplayNames([language], { type: "region", style, fallback: "none" });
        for (const code of codes) {
          const name = names.of(code);
          if (name) countriesByNativeName.set(placeKey(name), code.toLowerCase());
        }
      }
    }
  }
  return countriesByNativeName.get(key);
}

const regionsByKey = new Map<string, Region>();
for (const region of REGIONS) {
  for (const name of [region.name, ...region.abbreviations]) regionsByKey.set(placeKey(name), region);
}

function regionNamed(key: string): Region | undefined {
  return regionsByKey.get(key);
}

/** The site's table, folded once per table object (it is the same object for a whole build). */
const overrideIndexes = new WeakMap<Record<string, string>, Map<string, string>>();

function lookupOverride(dateline: Dateline, overrides: Record<string, string>): string | undefined {
  let index = overrideIndexes.get(overrides);
  if (!index) {
    index = new Map(Object.entries(overrides).map(([city, zone]) => [placeKey(city), zone]));
    overrideIndexes.set(overrides, index);
  }
  if (dateline.region) {
    const zone = index.get(placeKey(`${dateline.city}, ${dateline.region}`));
    if (zone) return zone;
  }
  return index.get(placeKey(dateline.city));
}
