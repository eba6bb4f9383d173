// The line a comment layout prints above a reader's comment: who wrote it and when. WordPress
// (`Jane Doe says:` and a date, or `Jane Doe on November 18, 2019 at 9:41 am said:`), Drupal
// (`Submitted by Jane on Mon, 11/18/2019 - 09:30`), Disqus (`Jane Doe • 2 years ago`), and a
// date or a relative time alone. Dates come out as `2019-11-18 09:41` (the article's zone reads
// them, as the page showed them to its readers); relative times (`2 years ago`) give no date,
// since they count back from a copy nobody dated.
import { readFurniture } from "./furniture-vocabulary.ts";

export interface CommentHeader {
  author?: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`, wall-clock time in the article's zone. */
  posted?: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?`;
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?: ?([ap])\.?m\.?)?`;
const AT = String.raw`(?:,? (?:at|@|-|–|\|) |,? )`;
/** `November 18, 2019 at 9:41 am`, `Nov. 18, 2019, 9:41 a.m.` */
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}(${MONTH}) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?:${AT}${TIME})?$`, "i");
/** `18 November 2019 at 09:41`, `Monday 18 November 2019 9:41pm` */
const DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)? (${MONTH}),? (\d{4})(?:${AT}${TIME})?$`, "i");
/** `Mon, 11/18/2019 - 09:30` (Drupal's default, month first) or `18/11/2019 09:30`. */
const NUMERIC = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})/(\d{1,2})/(\d{4})(?:${AT}${TIME})?$`, "i");
/** `2019-11-18 09:41`, `2019-11-18T09:41` */
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[ T]${TIME})?$`, "i");
const RELATIVE = /^(?:(?:\d+|an?|one) (?:second|minute|hour|day|week|month|year)s? ago|\d+ ?(?:s|m|h|d|w|y|mo|min|mins|hr|hrs|yr|yrs)(?: ago)?|just now|yesterday|edited)$/i;

/** A commenter's name as layouts print it: a few words, no sentence punctuation. */
const NAME = /^[\p{L}\p{N}@][\p{L}\p{M}\p{N}'’._@-]*(?: [\p{L}\p{M}\p{N}'’._@-]+){0,4}(?:, [\p{L}\p{M}' -]{1,30})?$/u;
const MAX_NAME_LENGTH = 60;

/** Greedy: the name runs to the last `says`, so a commenter called Omar Said keeps his surname. */
const SAYS = /^(.+) (?:says|said):?(?: (.+))?$/i;
const ON_SAID = /^(.+?) on (.+?) said:$/i;
const SUBMITTED = /^(?:submitted|posted) by (.+?)(?: (?:on|\||-|–) (.+))?$/i;
/** WordPress's entry meta: `Posted on November 18, 2019 by admin`. */
const POSTED_ON = /^posted on (.+?)(?: by (.+))?$/i;
const NAME_AND_TIME = /^(.+?) ?[•·|] ?(.+)$/;
const LEADING_BULLET = /^[•·|] ?/;

/** Who and when, if the line is a comment's header; `{}` for a relative time alone. */
export function readCommentHeader(line: string): CommentHeader | undefined {
  const text = line.replace(LEADING_BULLET, "");
  const when = whenOf(text);
  if (when) return when;
  const onSaid = ON_SAID.exec(text);
  if (onSaid && isName(onSaid[1]!)) return withName(onSaid[1]!, whenOf(onSaid[2]!));
  const says = SAYS.exec(text);
  // `Jane Doe says:` needs its colon, or a date after it: `Jane says` alone could be a comment.
  if (says && isName(says[1]!) && (text.includes(":") || says[2] !== undefined)) {
    const after = says[2] === undefined ? {} : whenOf(says[2]);
    if (after) return withName(says[1]!, after);
  }
  const submitted = SUBMITTED.exec(text);
  if (submitted && isName(submitted[1]!)) {
    const after = submitted[2] === undefined ? {} : whenOf(submitted[2]);
    if (after) return withName(submitted[1]!, after);
  }
  const postedOn = POSTED_ON.exec(text);
  if (postedOn && (postedOn[2] === undefined || isName(postedOn[2]))) {
    const on = whenOf(postedOn[1]!);
    if (on) return postedOn[2] === undefined ? on : withName(postedOn[2], on);
  }
  const nameAndTime = NAME_AND_TIME.exec(text);
  if (nameAndTime && isName(nameAndTime[1]!)) {
    const after = whenOf(nameAndTime[2]!);
    if (after) return withName(nameAndTime[1]!, after);
  }
  return undefined;
}

/** Whether a line could be a commenter's name printed on its own line above a date. */
export function isName(text: string): boolean {
  // `Reply • 2 years ago` is a button and a time, not a commenter called Reply.
  // NAME lets no sentence punctuation end a name but a full stop (`J. Smith` has one inside).
  return text.length <= MAX_NAME_LENGTH && NAME.test(text) && !text.endsWith(".") && readFurniture(text) === undefined;
}

function withName(author: string, when: CommentHeader | undefined): CommentHeader {
  return { author, ...when };
}

/** The date a layout prints, as a date the model reads; `{}` for a relative time; else undefined. */
function whenOf(raw: string): CommentHeader | undefined {
  const text = raw.trim();
  if (RELATIVE.test(text)) return {};
  let match = MONTH_FIRST.exec(text);
  if (match) return posted(match[3]!, monthOf(match[1]!), match[2]!, match.slice(4, 7));
  match = DAY_FIRST.exec(text);
  if (match) return posted(match[3]!, monthOf(match[2]!), match[1]!, match.slice(4, 7));
  match = NUMERIC.exec(text);
  if (match) {
    // Month first, as Drupal prints by default, unless the first number cannot be a month.
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [month, day] = first > 12 ? [second, first] : [first, second];
    return posted(match[3]!, month, String(day), match.slice(4, 7));
  }
  match = ISO.exec(text);
  if (match) return posted(match[1]!, Number(match[2]), match[3]!, match.slice(4, 7));
  return undefined;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function posted(year: string, month: number, day: string, [hour, minute, meridiem]: (string | undefined)[]): CommentHeader | undefined {
  if (month < 1 || month > 12) return undefined;
  const date = `${year}-${pad(month)}-${pad(Number(day))}`;
  // TIME captures the hour and the minute together: one is there when the other is.
  if (minute === undefined) return { posted: date };
  let hours = Number(hour);
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
  }
  return { posted: `${date} ${pad(hours)}:${minute}` };
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
