// What stands above the story in agency copy, before its first paragraph: editor's notes
// (`EDITOR'S NOTE — …`, AP style, kept as a note the page shows above the story), byline lines
// (`By JANE DOE and JOHN ROE, The Canadian Press`, `By MIKE CORDER Associated Press`,
// `Von Anna Schmidt, dpa`, one or two of them, and AP's role line under one: `AP Sports Writer`)
// and photo captions, which stay where they are. Splitting names from roles is the model's job
// (src/model/byline.ts): here a line only has to look like a byline.
import { organizationCredit } from "../model/byline.ts";
import type { StoryNote } from "../model/types.ts";
import { captionCredit } from "./caption-credit.ts";
import type { Paragraph } from "./wire-body.ts";
import type { SourceLine } from "./wire-header.ts";

const EDITORS_NOTE = /^EDITOR['’]?S['’]? NOTE\s*(?:—|–|--|-|_|:)/i;
const BYLINE_LINE = /^(?:By|BY|Von|VON) +(\p{Lu}.*)$/u;
const CREDIT_PREFIX = /^(?:by|von|from) /i;
const NAME_JOINERS = new Set(["and", "&", "und", "de", "van", "von", "der", "den", "da", "du", "la", "le", "al", "bin", "el"]);
const MAX_BYLINE_LENGTH = 100;
const MAX_NAME_WORDS = 12;
const MAX_AFFILIATION_WORDS = 6;
/** How many paragraphs from the top may hold notes, bylines and captions before the story starts. */
const MAX_PREAMBLE = 5;
/** How many lines from the top may be byline lines run together with no blank line between them. */
const MAX_BYLINE_LINES = 8;

export interface Preamble {
  bylines: string[];
  notes: StoryNote[];
  /** The paragraphs left, in order: captions and the story. */
  paragraphs: Paragraph[];
}

/**
 * Sets a blank line around each byline line near the top, and between a byline line and its role
 * line: agencies send two bylines (`By Anna Schmidt, dpa` / `By Jean Martin, dpa`) or a name and
 * its role (`By CHARLES ODUM` / `AP Sports Writer`) on consecutive lines, which would otherwise
 * read as one paragraph.
 */
export function separateBylineLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let afterByline = false;
  let seen = 0;
  for (const line of lines) {
    if (line.text !== "") seen++;
    const single: Paragraph = { text: line.text, line: line.number, lineCount: 1 };
    const byline = seen <= MAX_BYLINE_LINES && line.text !== "" && isBylineLine(single);
    const role = afterByline && line.text !== "" && isRoleLine(single);
    if ((byline || role) && out.length > 0 && out[out.length - 1]!.text !== "") out.push({ text: "", number: line.number });
    if (!byline && !role && afterByline && line.text !== "") out.push({ text: "", number: line.number });
    out.push(line);
    afterByline = byline;
  }
  return out;
}

/** Takes editor's notes and byline lines from the top of the copy, passing over captions. */
export function takePreamble(paragraphs: readonly Paragraph[]): Preamble {
  const preamble: Preamble = { bylines: [], notes: [], paragraphs: [] };
  let index = 0;
  for (; index < paragraphs.length && index < MAX_PREAMBLE; index++) {
    const paragraph = paragraphs[index]!;
    if (EDITORS_NOTE.test(paragraph.text)) {
      preamble.notes.push({ kind: "editor", text: paragraph.text });
    } else if (isBylineLine(paragraph)) {
      const role = paragraphs[index + 1];
      // AP sets the role on a line of its own under the name: `By MIKE CORDER` / `Associated Press`.
      if (role && isRoleLine(role)) {
        preamble.bylines.push(`${paragraph.text}, ${role.text}`);
        index++;
      } else {
        preamble.bylines.push(paragraph.text);
      }
    } else if (captionCredit(paragraph.text)) {
      preamble.paragraphs.push(paragraph);
    } else {
      break;
    }
  }
  preamble.paragraphs.push(...paragraphs.slice(index));
  return preamble;
}

/**
 * `By` and capitalised names (`and`, `von`, … between them), in one or more comma-separated
 * groups, then an affiliation in any case after the last comma or bar (`, dpa`, `, The Canadian
 * Press`, `| AFP`) or straight after the names (`By MIKE CORDER Associated Press`); never a sentence.
 */
export function isBylineLine(paragraph: Paragraph): boolean {
  if (paragraph.lineCount !== 1 || paragraph.text.length > MAX_BYLINE_LENGTH || /[.!?:;"”]$/.test(paragraph.text)) return false;
  // An agency or the staff credited in their own spelling (`By dpa correspondents`, `From Reuters`).
  if (CREDIT_PREFIX.test(paragraph.text) && organizationCredit([paragraph.text]) !== undefined) return true;
  const match = BYLINE_LINE.exec(paragraph.text);
  if (!match) return false;
  const parts = match[1]!.split(/\s*(?:,|\s\|)\s*/).filter((part) => part !== "");
  const affiliation = parts.length > 1 ? parts.pop()!.split(/\s+/) : [];
  const nameWords = parts.flatMap((part) => part.split(/\s+/));
  return (
    nameWords.length <= MAX_NAME_WORDS &&
    affiliation.length <= MAX_AFFILIATION_WORDS &&
    nameWords.every((word) => /^\p{Lu}/u.test(word) || NAME_JOINERS.has(word))
  );
}

/** `Associated Press`, `AP Sports Writer`, `The Canadian Press`: a few capitalised words, no sentence. */
function isRoleLine(paragraph: Paragraph): boolean {
  const words = paragraph.text.split(" ");
  return (
    paragraph.lineCount === 1 &&
    words.length <= 5 &&
    !/[.!?:;,"”]$/.test(paragraph.text) &&
    !BYLINE_LINE.test(paragraph.text) &&
    words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || ["of", "and", "the", "for"].includes(word))
  );
}
