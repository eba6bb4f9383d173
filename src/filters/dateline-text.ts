// A dateline as the page prints it: the city in capitals, then region and agency as given.
// "BEIRUT, Lebanon", "LONDON (Reuters)". The dash after it is the template's.
import type { Dateline } from "../model/types.ts";

export function datelineText(dateline: Dateline, lang = "en"): string {
  const city = dateline.city.toLocaleUpperCase(lang);
  const place = dateline.region ? `${city}, ${dateline.region}` : city;
  return dateline.agency ? `${place} (${dateline.agency})` : place;
}
