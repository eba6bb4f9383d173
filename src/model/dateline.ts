// The dateline grammar, in the forms the agencies' style guides give it:
//   BEIRUT, Lebanon --                 newspaper and AP: city in capitals, region after a comma
//   NEW YORK, N.Y. (AP) —              AP, with the agency in parentheses
//   ATLANTA (AP) _                     AP's ANPA wire, where `_` stands for the dash
//   LONDON, March 5 (Reuters) -        Reuters and UPI: a date before the agency (dropped)
//   TOKYO, Dec. 6 Kyodo -              Kyodo's older form, agency after the date without parentheses
//   PARIS, 5 mars (AFP) -              AFP French; `Madrid, 5 mar (EFE).-` EFE
//   (ANSA) - ROME, MARCH 5 -           ANSA English: agency first
//   Berlin (dpa) -                     dpa and AFP write the city in mixed case
//   WASHINGTON—The                     Dow Jones: an em dash without spaces
//   بيروت، لبنان  北京，中国                 any script, with its own comma (Arabic `،`, ideographic `，` `、`)
// parseDateline reads a string that is a dateline and nothing else (front matter, ninjs `located`);
// splitDatelineLead finds one opening a paragraph of wire copy, where it must look the part. The
// lead datelines of agencies writing in other scripts (TASS, Xinhua, Kyodo, Yonhap, the Arabic
// services) have forms of their own: script-dateline-leads.ts. Names are kept as written: a
// script without case is never "in capitals", and TASS's `МОСКВА` stays in capitals.
import { AGENCY_SPELLINGS, namesAgency, isAgencyName } from "./agency-names.ts";
import { DATELINE_DATE } from "./dateline-dates.ts";
import { splitScriptLead } from "./script-dateline-leads.ts";
import type { Dateline } from "./types.ts";
import { isKnownCity } from "./zones.ts";

/**
 * A word of a place name in any case and script: `Beirut`, `ST.`, `JOHN'S`, `Port-au-Prince`,
 * `Санкт-Петербург`, Hebrew `תל אביב-יפו` (maqaf), katakana `ニュー・ヨーク` (middle dot), and
 * vowel signs (`नई दिल्ली`) and Arabic harakat, which are marks.
 */
const WORD = String.raw`\p{L}[\p{L}\p{M}.'’\-\u05be・·]*`;
/** A city word; `BRUSSELS/LONDON` is a story filed from two bureaus. */
const CITY_WORD = `${WORD}(?:/${WORD})?`;
/** A word of a region as written after the city: `Lebanon`, `N.Y.`, `Côte d'Ivoire`, `LEBANON`. */
const TITLE_WORD = String.raw`(?:[dl]['’])?\p{Lu}[\p{L}\p{M}.'’\-]*`;
/** Small words allowed inside a region: `Isle of Man`, `Bosnia and Herzegovina`. */
const CONNECTOR = String.raw`(?:and|of|de|del|da|do|du|des|la|le|el|al|y|the)`;
const AGENCY = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N} .&'’/\-]{0,29}`;
const DASH = String.raw`(?:--|-|—|–|_|―)`;
const BARE_AGENCY = AGENCY_SPELLINGS.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

const CITY = `${CITY_WORD}(?: ${CITY_WORD}){0,4}`;
const REGION = `${WORD}(?: ${WORD}){0,3}`;
const TITLE_REGION = `${TITLE_WORD}(?: (?:${CONNECTOR} )?${TITLE_WORD}){0,3}`;
const DATE = `(?<date>${DATELINE_DATE})(?: (?<bare>${BARE_AGENCY}))?`;
const LEADING_AGENCY = `(?:\\((?<lead>${AGENCY})\\) ${DASH} )?`;

const WHOLE = new RegExp(
  `^${LEADING_AGENCY}(?<city>${CITY})(?: ?, ?(?<region>${REGION}))?(?:,? ${DATE})?(?: ?\\((?<agency>${AGENCY})\\))?(?: ?(?:${DASH}|\\.-|:))?$`,
  "u",
);
/**
 * The head of a paragraph up to the separator, which must stand apart: a dash with a space (or
 * the paragraph's end) after it, an em dash run into the first word, or EFE's `.-` and a colon
 * straight after the agency.
 */
const LEAD = new RegExp(
  `^${LEADING_AGENCY}(?<city>${CITY})(?:, (?<region>${TITLE_REGION}))?(?:,? ${DATE})?(?: \\((?<agency>${AGENCY})\\))?(?<sep> ${DASH}(?= |$)|—(?=\\p{Lu})|\\.-(?= |$)|:(?= |$))`,
  "u",
);

/** Longest dateline (city, region and agency) a paragraph may open with. */
const MAX_LEAD_LENGTH = 60;
/** Longest head before the separator: a leading agency, the dateline, a date, spaces. */
const MAX_HEAD_LENGTH = 160;
const SEPARATOR_NEAR_START = /[-—–_―:]/;
const MAX_CITY_LENGTH = 40;
/** A city in capitals has at most four words (`SALT LAKE CITY`); more is a shouted sentence. */
const MAX_CAPITAL_CITY_WORDS = 4;

/**
 * Capitals that open wire copy but name no place: slugs, flags and story-type labels
 * (`EDITOR'S NOTE --`, `UPDATE -`, `FACTBOX -`), organisations that lead a sentence (`NATO --`),
 * pronouns and conjunctions. Agencies' own names are refused too (`REUTERS -`).
 */
const NOT_A_CITY = new Set([
  "ADVISORY", "ALERT", "ANALYSIS", "BREAKING", "BREAKINGVIEWS", "BRIEF", "BULLETIN", "BUZZ", "CAPTION", "CLARIFICATION",
  "COLUMN", "COMMENT", "COMMENTARY", "CORRECTED", "CORRECTION", "CORRECTS", "DIARY", "EDITORIAL", "EDITOR'S NOTE", "EDITOR’S NOTE",
  "EDITORS NOTE", "EDITORS' NOTE", "EDITORS’ NOTE", "EDS NOTE", "EXCLUSIVE", "EXPLAINER", "FACTBOX", "FEATURE", "FILE", "FILE PHOTO",
  "FLASH", "FOCUS", "GRAPHIC", "HIGHLIGHTS", "INSIGHT", "INTERVIEW", "KILL", "LEAD", "LIVE", "NEWSALERT", "NOTE", "OPINION",
  "PHOTO", "PHOTOS", "POLL", "PREVIEW", "QUOTEBOX", "RECASTS", "REFILE", "REPEAT", "REVIEW", "RPT", "SCENARIOS", "SIDEBAR",
  "SPECIAL REPORT", "TABLE", "TEXT", "TIMELINE", "UPDATE", "UPDATED", "URGENT", "VIDEO", "WARNING", "WATCH", "WITHDRAWN", "WRAPUP",
  "FIFA", "IMF", "NASA", "NATO", "OPEC", "UEFA", "UNESCO", "UNICEF", "USA", "WHO",
]);
const NOT_A_FIRST_WORD = new Set(["AND", "BUT", "HE", "HOW", "I", "IF", "IT", "OR", "SHE", "THAT", "THESE", "THEY", "THIS", "THOSE", "WE", "WHAT", "WHEN", "WHO", "WHY", "YOU"]);

/** The commas of other scripts, and an ideographic full stop closing it, as the grammar's own punctuation. */
const SCRIPT_COMMA = /\s*[،，、]\s*/g;
const CLOSING_STOP = /\s*。$/;

/** Reads a string that is a dateline as a whole; mixed case is fine, and so is any script. */
export function parseDateline(text: string): Dateline | undefined {
  const cleaned = text.replace(/\s+/g, " ").trim().replace(SCRIPT_COMMA, ", ").replace(CLOSING_STOP, "");
  const groups = WHOLE.exec(cleaned)?.groups;
  if (!groups) return undefined;
  const city = groups.city!;
  if (city.length > MAX_CITY_LENGTH || letterCount(city) < 2) return undefined;
  if (groups.lead && (groups.agency || !namesAgency(groups.lead))) return undefined;
  return datelineOf(city, groups.region, groups.lead ?? groups.agency ?? groups.bare);
}

/**
 * Finds a dateline opening a paragraph of wire copy (`BEIRUT, Lebanon -- The ...`) and returns it
 * with the text after the separator. `rest` is empty when the paragraph is the dateline alone.
 * A city in capitals is a dateline unless it is a known label; a city in mixed case
 * (`Berlin (dpa) -`) only with a known agency in parentheses and a known city or a region, so
 * `Paris Hilton (center) -` and `Apple (AAPL) -` stay sentences.
 */
export function splitDatelineLead(paragraph: string): { dateline: Dateline; rest: string } | undefined {
  const script = splitScriptLead(paragraph);
  if (script) return script;
  // Most paragraphs have no separator near their start: they are passed over without the grammar.
  if (!SEPARATOR_NEAR_START.test(paragraph.slice(0, MAX_HEAD_LENGTH))) return undefined;
  const text = paragraph.replace(/\s+/g, " ").trim();
  const match = LEAD.exec(text);
  // A match of LEAD always has its named groups.
  if (!match) return undefined;
  const groups = match.groups!;
  const { lead, city, region, agency, bare, sep } = groups as Record<string, string | undefined>;
  const source = lead ?? agency ?? bare;
  const length = city!.length + (region ? region.length + 2 : 0) + (source ? source.length + 3 : 0);
  if (length > MAX_LEAD_LENGTH || city!.length > MAX_CITY_LENGTH) return undefined;
  if (lead && (agency || !namesAgency(lead))) return undefined;
  // EFE's `.-` and a colon follow the agency's parenthesis; after a bare city they are prose.
  if ((sep === ".-" || sep === ":") && !agency) return undefined;
  const placed = region !== undefined || source !== undefined || groups.date !== undefined;
  if (!(!hasCase(city!) ? looksLikeUncasedCity(city!, source) : isCapitals(city!) ? looksLikeCity(city!, region !== undefined, placed) : looksLikeMixedCaseCity(city!, region, source))) return undefined;
  if (sep === "—" && !isCapitals(city!)) return undefined;
  return { dateline: datelineOf(city!, region, source), rest: text.slice(match[0].length).trim() };
}

function isCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}

/** Whether the text is in a script with capitals at all: Arabic, Hebrew and CJK are not. */
function hasCase(text: string): boolean {
  return /[\p{Lu}\p{Ll}]/u.test(text);
}

/**
 * A city in a script without capitals, which cannot look the part: Arabic papers' own `بيروت -`
 * is a dateline because the city is known, and an agency beside it must be one agencies.ts knows
 * (`بيروت (رويترز) -`), so `لبنان (مصادر) -` ("sources") stays a sentence.
 */
function looksLikeUncasedCity(city: string, agency: string | undefined): boolean {
  return agency === undefined ? isKnownCity(city) : namesAgency(agency);
}

/**
 * A city in capitals. A single word with no region, date or agency is a city that stands alone
 * in datelines, so a known one: an unknown one is a ticker or a label (`AAPL -`, `CEO —`). A
 * label's word may begin a place only when the place is known or has a region (`LIVE OAK, Fla.`,
 * not `BREAKING NEWS —`).
 */
function looksLikeCity(city: string, hasRegion: boolean, placed: boolean): boolean {
  if (letterCount(city) < 3 || NOT_A_CITY.has(city) || isAgencyName(city)) return false;
  const words = city.split(" ");
  if (words.length > MAX_CAPITAL_CITY_WORDS || NOT_A_FIRST_WORD.has(words[0]!)) return false;
  if (NOT_A_CITY.has(words[0]!) && !hasRegion && !isKnownCity(city)) return false;
  return placed || words.length > 1 || isKnownCity(city);
}

function looksLikeMixedCaseCity(city: string, region: string | undefined, agency: string | undefined): boolean {
  if (!agency || !namesAgency(agency) || !/^\p{Lu}/u.test(city)) return false;
  return region !== undefined || isKnownCity(city);
}

function letterCount(text: string): number {
  return text.replace(/\P{L}/gu, "").length;
}

function datelineOf(city: string, region: string | undefined, agency: string | undefined): Dateline {
  const dateline: Dateline = { city };
  if (region) dateline.region = region;
  // AGENCY begins with a letter or digit; a space may end it (`(Reuters )`).
  const agencyName = agency?.trimEnd();
  if (agencyName) dateline.agency = agencyName;
  return dateline;
}
