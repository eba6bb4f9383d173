// The dateline grammar: `BEIRUT, Lebanon`, `LONDON (Reuters)`, `NEW YORK, N.Y. (AP)`.
// parseDateline reads a string that is a dateline and nothing else (front matter, ninjs `located`);
// splitDatelineLead finds one opening a paragraph of wire copy, where it must look the part:
// city in capitals, then the separator (`--`, `-`, `—`, `–`) straight after city, region or agency.
import type { Dateline } from "./types.ts";

/** A word of a place name in any case: `Beirut`, `ST.`, `JOHN'S`, `Port-au-Prince`. */
const WORD = String.raw`\p{L}[\p{L}\p{M}.'’\-]*`;
/** A word in capitals, as wire copy sets the city: no lower-case letter anywhere. */
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’\-]*`;
/** A word of a region as written after the city: `Lebanon`, `N.Y.`, `Côte d'Ivoire`, `LEBANON`. */
const TITLE_WORD = String.raw`(?:[dl]['’])?\p{Lu}[\p{L}\p{M}.'’\-]*`;
/** Small words allowed inside a region: `Isle of Man`, `Bosnia and Herzegovina`. */
const CONNECTOR = String.raw`(?:and|of|de|del|da|do|du|des|la|le|el|al|y|the)`;
const AGENCY = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N} .&'’/\-]{0,29}`;
const SEPARATOR = String.raw`(?:--|-|—|–)`;

const CITY = `${WORD}(?: ${WORD}){0,4}`;
const CAPS_CITY = `${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
const REGION = `${WORD}(?: ${WORD}){0,3}`;
const TITLE_REGION = `${TITLE_WORD}(?: (?:${CONNECTOR} )?${TITLE_WORD}){0,3}`;

const WHOLE = new RegExp(`^(${CITY})(?: ?, ?(${REGION}))?(?: ?\\((${AGENCY})\\))?(?: ${SEPARATOR})?$`, "u");
const LEAD = new RegExp(`^(${CAPS_CITY})(?:, (${TITLE_REGION}))?(?: \\((${AGENCY})\\))? ${SEPARATOR}(?: ([^]*))?$`, "u");

/** Longest dateline (city, region and agency) a paragraph may open with. */
const MAX_LEAD_LENGTH = 60;
const MAX_CITY_LENGTH = 40;

/**
 * Capitals that open wire copy but name no place: slugs and flags (`EDITOR'S NOTE --`,
 * `UPDATE -`), organisations that lead a sentence (`NATO --`), pronouns and conjunctions.
 */
const NOT_A_CITY = new Set([
  "ADVISORY", "ANALYSIS", "BREAKING", "BULLETIN", "CLARIFICATION", "COMMENTARY", "CORRECTED", "CORRECTION",
  "EDITOR'S NOTE", "EDITOR’S NOTE", "EDITORS NOTE", "EDITORS' NOTE", "EDITORS’ NOTE", "EXCLUSIVE", "FACTBOX",
  "FLASH", "INTERVIEW", "LIVE", "NOTE", "OPINION", "PHOTOS", "REVIEW", "UPDATE", "UPDATED", "URGENT", "VIDEO",
  "WARNING", "WATCH",
  "FIFA", "IMF", "NASA", "NATO", "OPEC", "UEFA", "UNESCO", "UNICEF", "USA", "WHO",
]);
const NOT_A_FIRST_WORD = new Set(["AND", "BUT", "HE", "HOW", "I", "IF", "IT", "OR", "SHE", "THAT", "THESE", "THEY", "THIS", "THOSE", "WE", "WHAT", "WHEN", "WHO", "WHY", "YOU"]);

/** Reads a string that is a dateline as a whole; mixed case is fine. */
export function parseDateline(text: string): Dateline | undefined {
  const cleaned = text.replace(/\s+/g, " ").trim();
  const match = WHOLE.exec(cleaned);
  if (!match) return undefined;
  const city = match[1]!;
  if (city.length > MAX_CITY_LENGTH || letterCount(city) < 2) return undefined;
  return datelineOf(city, match[2], match[3]);
}

/**
 * Finds a dateline opening a paragraph of wire copy (`BEIRUT, Lebanon -- The ...`) and returns it
 * with the text after the separator. `rest` is empty when the paragraph is the dateline alone.
 */
export function splitDatelineLead(paragraph: string): { dateline: Dateline; rest: string } | undefined {
  const text = paragraph.replace(/\s+/g, " ").trim();
  const match = LEAD.exec(text);
  if (!match) return undefined;
  const [, city, region, agency, rest] = match;
  const length = city!.length + (region ? region.length + 2 : 0) + (agency ? agency.length + 3 : 0);
  if (length > MAX_LEAD_LENGTH || !looksLikeCity(city!)) return undefined;
  return { dateline: datelineOf(city!, region, agency), rest: rest ?? "" };
}

function looksLikeCity(city: string): boolean {
  if (city.length > MAX_CITY_LENGTH || letterCount(city) < 3) return false;
  if (NOT_A_CITY.has(city)) return false;
  return !NOT_A_FIRST_WORD.has(city.split(" ")[0]!);
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

function datelineOf(city: string, region: string | undefined, agency: string | undefined): Dateline {
  const dateline: Dateline = { city };
  if (region) dateline.region = region;
  const agencyName = agency?.trim();
  if (agencyName) dateline.agency = agencyName;
  return dateline;
}
