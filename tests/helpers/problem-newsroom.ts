// A newsroom with known problems, for preview's problems page (tests/site/problems-page.test.ts,
// tests/browser/problems-page.browser.ts): errors in two files, warnings in two, source text and a
// file name that look like markup.
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const GOOD = `---
headline: Valletta quay reopens after a year of repairs
date: 2026-11-20T09:00:00+01:00
dateline: VALLETTA, Malta
byline: Maria Camilleri
section: news
tags: [harbours]
---
The Grand Harbour's oldest quay reopened on Friday after a year of repairs to its stone facing.
`;

/** Three errors in one file: a date field holding markup, and a lead picture with no file and no credit. */
export const BROKEN = `---
headline: Winter ferry timetable cuts the last crossing
date: <img src=x onerror=alert(1)>
dateline: GOZO, Malta
byline: Joe Borg
section: news
lead:
  src: ferry.jpg
  alt: The ferry leaving Mġarr harbour
---
The last ferry of the night will leave at eleven from December, the operator said.
`;

export const EMPTY = `---
headline: Council approves new bus shelters
date: 2026-11-19T10:00:00+01:00
dateline: MOSTA, Malta
section: news
---
`;

/** Warnings only: an update before the publication, a byline piece naming nobody; its file name is markup. */
export const UNTIDY = `---
headline: Fishermen land a record tuna catch
date: 2026-11-21T07:00:00+01:00
updated: 2026-11-20T07:00:00+01:00
dateline: MARSAXLOKK, Malta
byline: [Paul Vella, ".."]
section: news
---
Fishermen in Marsaxlokk landed the season's largest catch of bluefin tuna on Saturday.
`;
export const HOSTILE_NAME = "<img src=x onerror=alert(2)>.md";

/** A content folder with the sample's comment policy page (the settings name it) and these articles. */
export async function newsroom(articles: Record<string, string>): Promise<string> {
  const content = await mkdtemp(join(tmpdir(), "dateline-problems-"));
  await mkdir(join(content, "articles"), { recursive: true });
  await cp("content/pages", join(content, "pages"), { recursive: true });
  for (const [name, text] of Object.entries(articles)) await writeFile(join(content, "articles", name), text);
  return content;
}

/** Every kind at once: 4 errors in 2 files, 4 warnings in 2 files, one good article. */
export const MIXED = { "quay-reopens.md": GOOD, "ferry-timetable.md": BROKEN, "bus-shelters.md": EMPTY, [HOSTILE_NAME]: UNTIDY, "notes.docx": "minutes of the editors' meeting\n" };
