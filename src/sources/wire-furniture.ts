// Lines of wire copy and rescued pages that are not story text: end-of-story marks
// (`-30-`, `# # #`), and page furniture scraped along with the story (reaction prompts,
// comment counts, comment-form leftovers). Every pattern matches a whole line, so a
// paragraph that merely mentions comments is never furniture.

export type FurnitureKind =
  /** Marks the end of the story or a break in it (`-30-`, `END`, `# # #`, `___`): dropped. */
  | "end"
  /** "Do you like this article?": its Yes/No answers follow. */
  | "reaction"
  /** A Yes/No answer button, only right after a reaction prompt. */
  | "answer"
  /** Opens the comments: what follows are reader comments. */
  | "comments"
  /** "Comments are closed.": opens the comments and closes them. */
  | "comments-closed"
  /** Comment-form leftovers: also open the comments. */
  | "form";

export interface LineContext {
  /** A reaction prompt came before, with no story text since. */
  afterReaction: boolean;
  /** The comments have begun, or the line before was furniture: short form labels count. */
  inFurniture: boolean;
}

const END_MARKS = /^(?:--|—|_{3,}|\*{3,}|\*(?: \*){2,}|#{3}|#(?: #){2,}|\(?ENDS?\)?|-30-|- 30 -|-0-)$/;
const REACTION = /^(?:did|do) you (?:like|enjoy) this (?:article|story|post)\s*\??$|^was this (?:article|story) (?:helpful|useful)\s*\??$/i;
/** `Yes`, `No (4)`, or both buttons on one line: `Yes   No`, `Yes (12) / No (3)`. */
const ANSWER = /^(?:yes|no)(?:\s*\(?\d+\)?)?(?:\s*[/|]?\s*(?:yes|no)(?:\s*\(?\d+\)?)?)?$/i;
const COMMENTS = /^(?:(?:\d+|no) comments?|comments?(?: \(\d+\))?|comment policy|(?:leave|post|add|write) a (?:comment|reply)|reader comments|join the (?:discussion|conversation))\s*:?$/i;
const COMMENTS_CLOSED = /^comments are (?:now )?closed(?: for this (?:article|story))?\.?$/i;
/** Form leftovers unlikely to be a line of a story anywhere. */
const FORM = /^(?:\* ?denotes (?:a )?required field\.?|\* ?required(?: fields?)?|post(?: your)? comment|submit comment|cancel reply|you must be logged in to post a comment\.?|your email address will not be published\.?(?: required fields are marked \*)?)$/i;
/** Short form labels (`Name *`, `Submit`, `1500 / 1500`, `Reply`): furniture only among other furniture or in the comments. */
const FORM_LABEL = /^(?:(?:name|e-?mail|website|comment|message|location)\s*\*?|submit|send|post|preview|reply|report(?: abuse)?|\d{1,5}\s*\/\s*\d{2,5}(?: characters?(?: left| remaining)?)?)$/i;

/** What kind of furniture a line is, if any. `line` is trimmed. */
export function furnitureKind(line: string, context: LineContext): FurnitureKind | undefined {
  if (END_MARKS.test(line)) return "end";
  if (REACTION.test(line)) return "reaction";
  if (context.afterReaction && ANSWER.test(line)) return "answer";
  if (COMMENTS_CLOSED.test(line)) return "comments-closed";
  if (COMMENTS.test(line)) return "comments";
  if (FORM.test(line)) return "form";
  if (context.inFurniture && FORM_LABEL.test(line)) return "form";
  return undefined;
}

/** Whether a kind of furniture means that reader comments follow. */
export function opensComments(kind: FurnitureKind): boolean {
  return kind === "comments" || kind === "comments-closed" || kind === "form";
}
