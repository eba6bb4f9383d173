// What the intake server says, as catalogue keys: checks and refusals name a message and its
// values, and only the answer puts them into words, in the language the form was sent from
// (intake-language.ts). Every key is in messages/en.json; tests/comments/intake-languages.test.ts
// fails on a key missing there, and on an `intake.` key there that nothing here names.

export const INTAKE_KEYS = [
  // Fields of the form (validate-submission.ts).
  "intake.fieldRepeated",
  "intake.controlCharacters",
  "intake.articleMissing",
  "intake.articleInvalid",
  "intake.urlMissing",
  "intake.urlInvalid",
  "intake.nameMissing",
  "intake.nameTooLong",
  "intake.emailMissing",
  "intake.emailTooLong",
  "intake.emailInvalid",
  "intake.commentMissing",
  "intake.commentTooLong",
  "intake.replyInvalid",
  "intake.choiceMissing",
  // The body as a whole (form-body.ts).
  "intake.wrongType",
  "intake.compressed",
  "intake.tooLarge",
  "intake.incomplete",
  "intake.notUtf8",
  "intake.badEncoding",
  // The server's own refusals.
  "intake.otherOrigin",
  "intake.rateLimited",
  "intake.articleUnknown",
  "intake.commentsClosed",
  "intake.busy",
  "intake.notSaved",
  "intake.notFound",
  "intake.usePost",
  "intake.internalError",
  // The page a refused plain form gets.
  "intake.commentRefused",
  "intake.reactionRefused",
  "intake.fixThis",
  "intake.backButton",
  "intake.backToArticle",
  "intake.backToFront",
  "intake.wroteHeading",
  "intake.wroteNote",
  // The thanks: the very words the article page shows a reader without JavaScript, already translated.
  "commentForm.received",
  "reaction.received",
] as const;

export type IntakeKey = (typeof INTAKE_KEYS)[number];

/**
 * A message before it is put into words. Numbers are counts (formatted, and plural, by the
 * answer's language); text values are the server's own (an origin, a media type), never a reader's.
 */
export interface IntakeMessage {
  key: IntakeKey;
  values?: Record<string, string | number>;
}

export function message(key: IntakeKey, values?: Record<string, string | number>): IntakeMessage {
  return values ? { key, values } : { key };
}
