// ANPA 1312, the wire format AP transmits (corpus `.tst` files): SYN SYN SOH, a service line
// (`W2870` US `asian`), a selector line (`r a` DC3 DC1 `BC-US--GiantLobsterDeath 1stLd-Writethru
// 08-29 0590`: priority, category, keyword, version, month-day, words), STX, then the text: a
// keyword line (`^BC-US--Giant Lobster Death, 1st Ld-Writethru,127<`), fixed header lines opened
// by `^` (headline, summary, `AP Photo …`, `Eds: …`, `EDITOR'S NOTE _ …`, `By …` and the byline's
// role line) ending in `<` or `=`, body paragraphs opened by a tab, agate table rows opened by a
// backspace, and ETX before the trailer `AP-WF-08-29-16 1626GMT` (month-day-year, time in GMT).
import { error, warning } from "../model/problem.ts";
import type { StoryNote } from "../model/types.ts";
import type { SourceLine } from "./wire-header.ts";
import { numberedLines, withoutControls, type Transmission, type TransmissionRead } from "./transmission-parts.ts";

const STX = "\u0002";
const ETX = "\u0003";
/** `AP-WF-08-29-16 1626GMT`: the transmission's date and GMT time. */
const TRAILER_DATE = /\b[A-Z]{2}-[A-Z]{2}-(\d\d)-(\d\d)-(\d\d) (\d\d)(\d\d) ?GMT\b/;
/** `BC-US--Giant Lobster Death, 1st Ld-Writethru,127`: cycle and category, keyword, version, words. */
const KEYWORD_LINE = /^(?:[A-Z]{2}-)?(?:[A-Z]{2,4}--)?([^,<]+)/;
/** Keyword parts that name a version of the story, not its subject. */
const VERSION_WORDS = /^(?:ABRIDGED|Writethru|\d+(?:st|nd|rd|th)Ld|Glance|Today)$/i;
/** Keywords of items that are not stories: a one-sentence alert, the day's budget, an advisory. */
const NOT_A_STORY = /^(?:APNewsAlert|AP News Alert|Advisory|Budget|Digest|Sked)/i;
const EDS = /^\(?Eds?:/i;
const PHOTO_REFS = /^AP (?:Photos?|Video|Graphics?)\b/i;
const EDITORS_NOTE = /^EDITOR['’]?S['’]? NOTE\b/i;
/** Header lines are read with single spaces (withoutControls), so one space follows `By`. */
const BY = /^By \S/;
/** A table row: a line opened by a backspace, or four or more short `;`-separated cells (`Amsterdam;42;50;rn`). */
const TABLE_ROW = /^\u0008|^[^;]{0,40}(?:;[^;]{0,12}){3,}$/;

export function readAnpa1312(text: string, path: string): TransmissionRead {
  const lines = numberedLines(text);
  const start = lines.findIndex((line) => line.text.includes(STX));
  const selector = withoutControls(lines[1]?.text ?? "");
  const content: SourceLine[] = [];
  let trailer = "";
  for (const [index, line] of lines.entries()) {
    if (index < start) continue;
    const raw = index === start ? line.text.slice(line.text.indexOf(STX) + 1) : line.text;
    const end = raw.indexOf(ETX);
    if (end >= 0) {
      content.push({ text: raw.slice(0, end), number: line.number });
      trailer = [raw.slice(end + 1), ...lines.slice(index + 1, index + 3).map((rest) => rest.text)].join(" ");
      break;
    }
    content.push({ text: raw, number: line.number });
  }

  const t: Transmission = { format: "ANPA 1312", byline: [], tags: [], lines: [], notes: [], problems: [], fieldNames: { published: "AP-WF trailer", headline: "headline line", tags: "keyword line" } };
  const header: SourceLine[] = [];
  const table: SourceLine[] = [];
  let inBody = false;
  for (const line of content) {
    const kind = lineKind(line.text);
    if (kind === "blank") {
      if (inBody) t.lines.push({ text: "", number: line.number });
      continue;
    }
    const text = anpaText(line.text);
    if (kind === "paragraph" || kind === "row") inBody = true;
    if (kind === "row" || (kind === "paragraph" && TABLE_ROW.test(line.text.trim()))) table.push(line);
    if (!inBody) {
      header.push({ text, number: line.number });
      continue;
    }
    // Each tab or backspace opens a paragraph or row: a blank line before it says so to the body reader.
    if (kind !== "continued") t.lines.push({ text: "", number: line.number });
    t.lines.push({ text, number: line.number });
  }

  if (!t.lines.some((line) => line.text !== "")) {
    return { kind: "refused", problem: error(path, "file", `is an ANPA 1312 transmission ("${selector}") with no story text, only header lines (${header.length}): a list of headlines or an advisory is not an article; nothing is published`) };
  }
  const keywordLine = header.shift();
  // The keyword line may carry a second opener (`*9006< ^AP-Top-…`): the keyword follows the last one.
  const keyword = KEYWORD_LINE.exec(keywordLine?.text.split("^").pop()?.trim() ?? "")?.[1]?.trim() ?? "";
  t.tags = keyword.split("-").map((part) => part.trim()).filter((part) => /\p{L}/u.test(part) && !VERSION_WORDS.test(part));
  readHeaderLines(header, t, path);
  if (t.headline === undefined && keyword !== "") {
    t.headline = keyword.replace(/-/g, " ");
    t.problems.push(warning(path, "headline line", `the ANPA 1312 transmission has no headline line: its keyword "${keyword}" is used; write a headline before publishing`));
  }
  if (NOT_A_STORY.test(keyword)) {
    t.heldBack = `an ANPA 1312 ${keyword} ("${t.lines.find((line) => line.text !== "")?.text ?? ""}"): a bulletin or notice for editors, not a story; the full story follows in its own transmission; held back`;
  }
  const date = TRAILER_DATE.exec(trailer);
  if (date) {
    const [, month, day, year, hour, minute] = date;
    t.published = `${Number(year) > 70 ? "19" : "20"}${year}-${month}-${day}T${hour}:${minute}:00Z`;
  } else {
    t.problems.push(warning(path, "AP-WF trailer", `the ANPA 1312 transmission has no date trailer after ETX (like "AP-WF-08-29-16 1626GMT"), so it has no publication date: add a "Date:" header to a plain-text copy of the story`));
  }
  if (table.length >= 3) {
    t.heldBack = `an ANPA 1312 table (agate: ${table.length} rows of standings, results or listings, "${t.headline ?? selector}"), not a story: Dateline publishes running text; held back`;
  }
  return { kind: "transmission", transmission: t };
}

type LineKind = "blank" | "header" | "paragraph" | "row" | "continued";

function lineKind(raw: string): LineKind {
  // Nothing but a line-end code (`<`, `=`) once control characters are gone.
  if (/^[<=]?$/.test(withoutControls(raw))) return "blank";
  if (raw.startsWith("^")) return "header";
  if (raw.startsWith("\t")) return "paragraph";
  if (raw.startsWith("\u0008")) return "row";
  return "continued";
}

/**
 * A line's text: the `^` opener, the `<`/`=` line-end codes and control characters removed, and
 * ANPA's typewriter conventions read: `_` set between spaces is a dash, ``` `` ``` and `''` are quotes.
 */
function anpaText(raw: string): string {
  return withoutControls(raw.replace(/^\^/, "").replace(/[<=]\s*$/, ""))
    .replace(/(^| )_(?= |$)/g, "$1--")
    .replace(/``|''/g, '"');
}

/** Headline, summary, editors' instructions, photo references, editor's note and byline. */
function readHeaderLines(header: readonly SourceLine[], t: Transmission, path: string): void {
  const field = (line: SourceLine) => `line ${line.number}`;
  const extra: SourceLine[] = [];
  for (let index = 0; index < header.length; index++) {
    const line = header[index]!;
    const text = line.text;
    if (EDS.test(text)) {
      t.problems.push(warning(path, field(line), `dropped the editors' instructions, not for publication: "${text}"`));
    } else if (PHOTO_REFS.test(text)) {
      t.problems.push(warning(path, field(line), `dropped the agency's picture references "${text}": the pictures are not in the transmission; add them as figures by hand`));
    } else if (EDITORS_NOTE.test(text)) {
      t.notes.push({ kind: "editor", text } satisfies StoryNote);
    } else if (BY.test(text)) {
      // AP sets the byline's role or agency on the next line: `By CHARLES ODUM` / `AP Sports Writer`.
      const role = header[index + 1];
      if (role && isRoleLine(role.text)) {
        t.byline.push(`${text}, ${role.text}`);
        index++;
      } else {
        t.byline.push(text);
      }
    } else if (t.headline === undefined) {
      t.headline = text;
    } else if (t.dek === undefined) {
      t.dek = text;
    } else {
      // More lines above the byline (a table's title lines, a second summary) open the body.
      extra.push({ text, number: line.number }, { text: "", number: line.number });
    }
  }
  t.lines = [...extra, ...t.lines];
}

/** `Associated Press`, `AP Sports Writer`, `AP Business Writer`: short, capitalised, no sentence. */
function isRoleLine(text: string): boolean {
  return text.length <= 40 && !/[.!?:]$/.test(text) && text.split(" ").every((word) => /^[\p{Lu}\p{N}&]/u.test(word) || ["of", "and", "the", "for"].includes(word));
}
