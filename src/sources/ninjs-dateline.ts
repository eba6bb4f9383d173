// Which dateline a ninjs story gets: the one its first paragraph opens with (what the agency
// wrote, and printed by the page, so it comes out of the paragraph), else `located`. A `located`
// that is the byline's name is no place at all.
import { parseDateline } from "../model/dateline.ts";
import type { BlockInput, Dateline } from "../model/types.ts";
import { takeLeadDateline } from "./ninjs-lead-dateline.ts";
import type { Found, NinjsReader } from "./ninjs-reader.ts";

export interface ChosenDateline {
  dateline?: string | Dateline;
  field?: string;
  blocks: BlockInput[];
}

export function chooseDateline(blocks: BlockInput[], bodyField: string | undefined, located: Found | undefined, bylineNames: string[], read: NinjsReader): ChosenDateline {
  const place = located && !isPersonName(located, bylineNames, read) ? located : undefined;
  const lead = takeLeadDateline(blocks);
  if (!lead) return place ? { dateline: place.value, field: place.field, blocks } : { blocks };
  const field = `${bodyField ?? "body"} (first paragraph)`;
  if (!place) return { dateline: lead.dateline, field, blocks: lead.blocks };
  const given = parseDateline(place.value);
  if (given && sameCity(given.city, lead.dateline.city)) {
    // One place written twice: the story's words (with the agency) and `located`'s region if the story gives none.
    const region = lead.dateline.region ?? given.region;
    return { dateline: { ...lead.dateline, ...(region ? { region } : {}) }, field, blocks: lead.blocks };
  }
  read.warn(
    place.field,
    `"${place.value}" is not the dateline the story opens with ("${lead.written}"): the story's own dateline is printed, since the agency wrote it; correct located, or the story, if the story's is wrong`,
  );
  return { dateline: lead.dateline, field, blocks: lead.blocks };
}

/**
 * Superdesk fills `located` from the dateline form, and 360info's desk typed the author's line
 * into it ("Aaron J. Staples, Michigan" beside the byline "Aaron J. Staples, Michigan State
 * University"): as a dateline it would print a person as a city. A located whose city is one of
 * the byline's names is left out; one-word cities are never taken for names ("Paris").
 */
function isPersonName(located: Found, bylineNames: string[], read: NinjsReader): boolean {
  const city = located.value.split(",")[0]!.trim();
  if (city.split(/\s+/).length < 2) return false;
  const match = bylineNames.find((name) => name.toLowerCase() === city.toLowerCase());
  if (!match) return false;
  read.warn(located.field, `"${located.value}" names the writer ${match}, not a place (the newsroom system's dateline field holds the author's line), so the story is published without a dateline: put the city the story was filed from in located`);
  return true;
}

/** The names a byline gives: `By Jane Doe and John Roe, Michigan State University` → Jane Doe, John Roe, Michigan State University. */
export function bylineNames(byline: string | undefined): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*(?:by|von|av|par)\s+/i, "")
    .split(/\s*,\s*|\s+and\s+|\s+und\s+|\s+och\s+|\s+og\s+|\s+et\s+|\s*&\s*/i)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

function sameCity(a: string, b: string): boolean {
  const plain = (city: string) => city.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
  return plain(a) === plain(b);
}
