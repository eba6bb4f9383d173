// Checks a comment or reaction form as a reader (or a robot) sent it. Every field is hostile
// until it passes here: what passes is safe to store, and to redirect to.
//
// Text handling, for every field: C0 control characters (except tab, line feed and carriage
// return), DEL and C1 control characters are refused (no keyboard types them, and a terminal
// would run some as commands); line endings become "\n"; the text is put in Unicode NFC, so
// "é" typed two ways is one string. Lengths are counted in characters (code points), after
// that: a 1500-character comment in emoji is 1500, not 3000 UTF-16 units or 6000 bytes.
import { COMMENT_ID } from "./comments-file.ts";
import { message, type IntakeMessage } from "./intake-messages.ts";
import { ARTICLE_ID } from "./moderation-queue.ts";

export const NAME_MAX = 80;
export const EMAIL_MAX = 254;
const URL_MAX = 512;
/** The longest id ARTICLE_ID takes (its `{0,127}` after the first character). */
const ARTICLE_ID_MAX = 128;

/** The longest comment, from the site settings (`comments.maxLength` in _data/site.ts). */
export function maxCommentLength(site: { comments: { maxLength: number } }): number {
  return site.comments.maxLength;
}

/**
 * Field name → what to fix, as a message the answer puts into words in the reader's language
 * (each a whole sentence: the page's script shows the messages alone). `form` is for the
 * request as a whole.
 */
export type FieldErrors = Record<string, IntakeMessage>;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Where the reader came from: what the answer redirects back to. */
export interface Target {
  article: string;
  /** The article's site path (`/2026/11/18/slug/`), without the path prefix. */
  url: string;
}

export interface CommentSubmission extends Target {
  name: string;
  email: string;
  text: string;
  replyTo?: string;
  /** The honeypot was filled in: answer as usual, keep nothing. */
  trapped: boolean;
}

export interface ReactionSubmission extends Target {
  choice: "yes" | "no";
  trapped: boolean;
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Bidirectional embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI).
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
// A path on this site, checked as it reads decoded, whichever way the form sent it (`é` or
// `%C3%A9`): one leading "/", then letters, marks and digits of any script (a site's Unicode slugs,
// `/ar/tag/لبنان/`), the unreserved - . _ ~ and "/". No scheme, no "//" host, no backslash
// (browsers read "/\evil.example" as "//evil.example"), no ".." (nor "%2e%2e"), no "%" left over
// (nothing is decoded twice), and nothing invisible: a bidi override or zero-width space would
// make the path read as another.
const SITE_PATH = /^\/(?![/\\])[\p{L}\p{M}\p{Nd}\-._~/]*$/u;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

function isSitePath(url: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url);
  } catch {
    return false;
  }
  return SITE_PATH.test(path) && !INVISIBLE.test(path) && !path.split("/").includes("..");
}

export function characterCount(text: string): number {
  return Array.from(text).length;
}

export function checkTarget(fields: URLSearchParams, errors: FieldErrors): Target | undefined {
  const article = field(fields, "article", errors);
  const url = field(fields, "url", errors);
  if (!errors.article && (article === undefined || !ARTICLE_ID.test(article))) {
    errors.article = article ? message("intake.articleInvalid", { max: ARTICLE_ID_MAX }) : message("intake.articleMissing");
  }
  if (!errors.url && (url === undefined || url.length > URL_MAX || !isSitePath(url))) {
    errors.url = message(url ? "intake.urlInvalid" : "intake.urlMissing");
  }
  // An absent field is an error on it, so both are set here.
  if (errors.article || errors.url) return undefined;
  return { article: article!, url: url! };
}

export function checkComment(fields: URLSearchParams, maxLength: number): Checked<CommentSubmission> {
  const errors: FieldErrors = {};
  const target = checkTarget(fields, errors);
  const trapped = honeypot(fields, errors);

  const rawName = field(fields, "name", errors);
  // Bidirectional controls are removed from names: an override or isolate left open in a name
  // reorders whatever follows it wherever the name is shown (a comment list, the editor's
  // `list`, a notification): with a right-to-left override, "Maya" followed by letters typed
  // backwards displays as a different name, or as a name with a staff title. No real name
  // needs them; the page isolates each name with <bdi>, so right-to-left names still show right.
  const name = rawName?.replace(BIDI_CONTROLS, "").replace(/\s+/g, " ").trim();
  if (name !== undefined && !errors.name) {
    if (name === "") errors.name = message("intake.nameMissing");
    else if (characterCount(name) > NAME_MAX) errors.name = message("intake.nameTooLong", { max: NAME_MAX, length: characterCount(name) });
  }

  const email = field(fields, "email", errors)?.trim();
  if (email !== undefined && !errors.email) {
    if (email === "") errors.email = message("intake.emailMissing");
    else if (characterCount(email) > EMAIL_MAX) errors.email = message("intake.emailTooLong", { max: EMAIL_MAX });
    else if (!EMAIL.test(email)) errors.email = message("intake.emailInvalid", { example: "name@example.com" });
  }

  const text = field(fields, "comment", errors);
  if (text !== undefined && !errors.comment) {
    const length = characterCount(text);
    if (text.trim() === "") errors.comment = message("intake.commentMissing");
    else if (length > maxLength) errors.comment = message("intake.commentTooLong", { length, limit: maxLength, over: length - maxLength });
  }

  const replyTo = field(fields, "replyTo", errors)?.trim();
  if (replyTo && !errors.replyTo && !COMMENT_ID.test(replyTo)) errors.replyTo = message("intake.replyInvalid");

  if (name === undefined && !errors.name) errors.name = message("intake.nameMissing");
  if (email === undefined && !errors.email) errors.email = message("intake.emailMissing");
  if (text === undefined && !errors.comment) errors.comment = message("intake.commentMissing");

  // A target is found unless `article` or `url` has an error: with no errors, there is one.
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const value: CommentSubmission = { ...target!, name: name!, email: email!, text: text!, trapped };
  if (replyTo) value.replyTo = replyTo;
  return { ok: true, value };
}

export function checkReaction(fields: URLSearchParams): Checked<ReactionSubmission> {
  const errors: FieldErrors = {};
  const target = checkTarget(fields, errors);
  const trapped = honeypot(fields, errors);
  const choice = field(fields, "choice", errors);
  if (!errors.choice && choice !== "yes" && choice !== "no") errors.choice = message("intake.choiceMissing");
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ...target!, choice: choice as "yes" | "no", trapped } };
}

/**
 * One field's value, cleaned as the header says; undefined when absent. A field sent twice or
 * holding control characters is an error (the message goes in `errors`).
 */
function field(fields: URLSearchParams, name: string, errors: FieldErrors): string | undefined {
  const values = fields.getAll(name);
  if (values.length === 0) return undefined;
  if (values.length > 1) {
    errors[name] = message("intake.fieldRepeated", { field: name });
    return undefined;
  }
  const value = values[0]!;
  if (CONTROL.test(value)) {
    // The message names the field as the reader knows it (a select over the field's name).
    errors[name] = message("intake.controlCharacters", { field: name });
    return undefined;
  }
  return value.replace(/\r\n?/g, "\n").normalize("NFC");
}

/** The hidden `website` field people never see: anything in it means a robot filled the form. */
function honeypot(fields: URLSearchParams, errors: FieldErrors): boolean {
  const values = fields.getAll("website");
  if (values.length > 1) errors.website = message("intake.fieldRepeated", { field: "website" });
  return values.some((value) => value !== "");
}
