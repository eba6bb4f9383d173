// Is this text the name of a news agency? One folded set built once from agencies.ts, for the
// byline parser (agency bylines, agency roles) and the dateline grammar (mixed-case datelines
// must name a real agency: `Berlin (dpa) -`, not `Apple (AAPL) -`).
import { AGENCIES } from "./agencies.ts";

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, accents off, one space, no leading "The": how agency names are compared. */
export function foldAgency(text: string): string {
  const plain = NON_ASCII.test(text) ? text.normalize("NFD").replace(/\p{M}/gu, "") : text;
  const folded = plain.toLowerCase().replace(/\s+/g, " ").trim();
  return folded.startsWith("the ") ? folded.slice(4) : folded;
}

const KNOWN = new Set(AGENCIES.flat().map(foldAgency));
/** Bylines test many pieces that are plainly too long to be an agency's name. */
const LONGEST = Math.max(...[...KNOWN].map((name) => name.length)) + "The ".length;

export function isAgencyName(text: string): boolean {
  return text.length <= LONGEST + 2 && KNOWN.has(foldAgency(text));
}

/**
 * An agency as a dateline gives it, alone or with a partner or regional desk
 * (`dpa`, `tca/dpa`, `dpa/lnw`, `AP-Dow Jones`): known when any part is a known agency.
 */
export function namesAgency(text: string): boolean {
  return isAgencyName(text) || text.split(/\s*[/,]\s*/).some(isAgencyName);
}

/** Most words in an agency's name, a leading "The" included (`The Australian Associated Press`). */
export const MAX_AGENCY_WORDS = Math.max(...AGENCIES.flat().map((name) => name.split(" ").length)) + 1;

/** Every spelling, longest first, for a regex alternation (`TOKYO, Dec. 6 Kyodo -`). */
export const AGENCY_SPELLINGS: readonly string[] = [...new Set(AGENCIES.flat())].sort((a, b) => b.length - a.length);
