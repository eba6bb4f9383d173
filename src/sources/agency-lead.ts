// ANSA's English service (and a few others) set the agency before the place: `(ANSA) - ROME, NOV
// 3 - Text…`. The dateline grammar (src/model/dateline.ts) reads the place first, as most
// agencies write it, so the lead is reordered to `ROME, NOV 3 (ANSA) - Text…` before it looks.
const AGENCY_FIRST = /^\((ANSA|AGI|EFE|Kyodo|Yonhap|Xinhua)\) ?[-–—]+ ?([^-–—()]{2,60}?) [-–—]+ /u;

export function placeFirst(paragraph: string): string {
  const match = AGENCY_FIRST.exec(paragraph);
  return match ? `${match[2]} (${match[1]}) - ${paragraph.slice(match[0].length)}` : paragraph;
}
