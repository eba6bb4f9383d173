// What agencies append to a story that is not the story: blocks not for publication (dpa's
// `# Notebook` with `## Internet links`, `* * * *` and `The following information is not for
// publication` with contacts), sign-off lines (` Reuter`, `dpa aw xx sm`, AFP's `bur-jd/ab`,
// `-0-`, `ends`, `==Kyodo`, AP's `AP-WF-…GMT`), copyright notices and `Follow AP coverage at …`.
// They are dropped with a warning each, so nothing vanishes unreported. Contributor lines
// (`… contributed to this report.`, Reuters' `(Reporting by …; Editing by …)`) are not dropped:
// they become notes the page shows after the story.
import { warning, type Problem } from "../model/problem.ts";
import type { StoryNote } from "../model/types.ts";
import type { Paragraph } from "./wire-body.ts";
import type { SourceLine } from "./wire-header.ts";

/** Opens a block that runs to the end of the copy and is never published. */
const NOTEBOOK = /^#\s*(?:dpa\s+)?notebook\s*$/i;
const NOT_FOR_PUBLICATION = /^(?:the )?following information is not (?:intended )?for publication\b/i;
const STARS = /^\*(?: \*){3,}$/;

/** A last line that signs the copy off. */
const SIGN_OFFS = [
  /^REUTERS?$/i,
  /^dpa(?: [a-z]{1,4}){1,8}$/,
  /^(?:bur|burs|[a-z]{2,4})?-?[a-z]{2,4}(?:\/[a-z]{2,4})+$/, // AFP: `bur-jd/ab`, `jd/ab`, `sst/rox/dl`
  /^-0-$/,
  /^(?:ends|ENDS|Ends)$/,
  /^=+\s*Kyodo$/i,
  /^(?:—\s*)?The Canadian Press$/,
  /^[A-Z]{2}-[A-Z]{2}-\d\d-\d\d-\d\d \d{4} ?GMT$/,
];
const MAX_SIGN_OFF = 40;

const AGENCIES = String.raw`(?:The )?(?:Associated Press|Canadian Press|Thomson Reuters|Reuters|AFP|Agence France-Presse|dpa|Deutsche Presse-Agentur|PA Media|Press Association|United Press International|UPI|ANSA|Kyodo(?: News)?|AP)`;
/** `Copyright 2019 The Associated Press. All rights reserved. …`, `© 2026 PA Media`, `(c) Copyright Thomson Reuters 2026`. */
const COPYRIGHT = new RegExp(String.raw`^(?:(?:Copyright|©|\(c\))\s*(?:©|\(c\)|Copyright)?\s*(?:\d{4},?\s+)?${AGENCIES}\b|.{0,80}\bAll rights reserved\b|.{0,120}\bmay not be published, broadcast\b)`, "iu");
/** `Follow AP coverage at https://…`, `Follow AP's coverage of the election at …`, `More AP coverage: https://…`. */
const FOLLOW = /^(?:Follow|More|Find more|Read more|See more)\s+(?:AP|the AP|AP['’]s|Reuters|PA)\b.*(?:https?:\/\/|\bapnews\.com\b|\bat\s+\S+\.\S+)/i;
/** The Canadian Press's note closing a story: `This report by The Canadian Press was first published Nov. 3, 2026.` */
const FIRST_PUBLISHED = /^This (?:report|story|article) by The Canadian Press was first published\b/i;
/** `PA Media`, `(c) PA Media 2026`, `PA Wire` closing PA copy. */
const PA_TRAILER = /^(?:\(c\)\s*|©\s*)?PA (?:Media|Wire)(?: \d{4})?\.?$/i;
const MAX_TRAILER = 400;
/** ANSA closes its last paragraph with its name: `… to reduce crowds. (ANSA).` */
const CLOSING_AGENCY = /\s*\((ANSA|AGI)\)\.?$/;

/** Reuters' credit line: `(Reporting by Jane Doe; Editing by John Roe)`. */
const CREDIT_LINE = /^\(((?:Additional |Further )?(?:reporting|writing|editing|compiled|graphics?|research)\b[^()]*)\)$/i;
/** `Associated Press writer Jane Doe in Madrid contributed to this report.` */
const CONTRIBUTED = /\b(?:contributed|helped)\b[^.]*\b(?:report|reporting|story)\b/i;
const CONTRIBUTOR_ROLE = /\b(?:writers?|reporters?|correspondents?|contributors?|journalists?|staff|producers?|photographers?|videojournalists?|researchers?)\b/i;

/**
 * Cuts from the lines a block not for publication (to the end of the copy) and the sign-off lines
 * that end it, each reported.
 */
export function cutTrailingLines(lines: readonly SourceLine[], path: string, problems: Problem[]): SourceLine[] {
  let end = lines.length;
  const block = lines.findIndex((line, index) => NOTEBOOK.test(line.text) || NOT_FOR_PUBLICATION.test(line.text) || (STARS.test(line.text) && NOT_FOR_PUBLICATION.test(lines[index + 1]?.text ?? "")));
  if (block >= 0) {
    const cut = lines.slice(block).filter((line) => line.text !== "");
    const last = cut[cut.length - 1]!;
    problems.push(warning(path, `line ${lines[block]!.number}`, `dropped the agency's notes not for publication, lines ${lines[block]!.number}–${last.number} ("${cut[0]!.text}" … "${last.text}": notes to editors, links, contacts, sign-off)`));
    end = block;
  }
  for (let index = end - 1; index >= 0; index--) {
    const text = lines[index]!.text;
    if (text === "") continue;
    if (text.length > MAX_SIGN_OFF || !SIGN_OFFS.some((pattern) => pattern.test(text))) break;
    problems.push(warning(path, `line ${lines[index]!.number}`, `dropped the sign-off "${text}": it is the agency's, not the story's`));
    end = index;
  }
  return lines.slice(0, end);
}

/**
 * Takes from the end of the story its contributor lines (as notes), copyright notices and
 * `Follow AP coverage` lines; a copyright notice is dropped wherever it stands.
 */
export function takeTrailers(paragraphs: Paragraph[], path: string, problems: Problem[]): { paragraphs: Paragraph[]; notes: StoryNote[] } {
  const notes: StoryNote[] = [];
  const drop = (paragraph: Paragraph, what: string) => problems.push(warning(path, `line ${paragraph.line}`, `dropped ${what} "${ellipsis(paragraph.text)}": it is not story text`));
  let end = paragraphs.length;
  for (; end > 0; end--) {
    const paragraph = paragraphs[end - 1]!;
    const kind = trailerKind(paragraph.text);
    if (kind === undefined) break;
    if (kind === "contributors") notes.unshift({ kind, text: CREDIT_LINE.exec(paragraph.text)?.[1] ?? paragraph.text });
    else drop(paragraph, kind);
  }
  const last = paragraphs[end - 1];
  const closing = last && CLOSING_AGENCY.exec(last.text);
  if (last && closing) {
    problems.push(warning(path, `line ${last.line}`, `dropped "${closing[0].trim()}" closing the last paragraph: it is the agency's sign-off`));
    paragraphs = [...paragraphs.slice(0, end - 1), { ...last, text: last.text.slice(0, closing.index) }, ...paragraphs.slice(end)];
  }
  const kept = paragraphs.slice(0, end).filter((paragraph) => {
    if (paragraph.text.length > MAX_TRAILER || !COPYRIGHT.test(paragraph.text)) return true;
    drop(paragraph, "the copyright notice");
    return false;
  });
  return { paragraphs: kept, notes };
}

type TrailerKind = "contributors" | "the copyright notice" | "the link line" | "the agency's first-published note" | "the trailer";

function trailerKind(text: string): TrailerKind | undefined {
  if (text.length > MAX_TRAILER) return undefined;
  if (CREDIT_LINE.test(text) || (CONTRIBUTED.test(text) && CONTRIBUTOR_ROLE.test(text))) return "contributors";
  if (COPYRIGHT.test(text)) return "the copyright notice";
  if (FOLLOW.test(text)) return "the link line";
  if (FIRST_PUBLISHED.test(text)) return "the agency's first-published note";
  if (PA_TRAILER.test(text) || (text.length <= MAX_SIGN_OFF && SIGN_OFFS.some((pattern) => pattern.test(text)))) return "the trailer";
  return undefined;
}

function ellipsis(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
