// Lines of wire copy and rescued pages that are not story text: end-of-story marks
// (`-30-`, `# # #`), and page furniture scraped along with the story (reaction prompts,
// comment counts, comment-form leftovers, share buttons). A line is furniture only when it is
// made wholly of furniture phrases (src/sources/furniture-vocabulary.ts), so a paragraph that
// merely mentions comments is never furniture.
import { readFurniture, type FurnitureReading, type VocabularyKind } from "./furniture-vocabulary.ts";

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
  /** Comment-form leftovers and comment actions: also open the comments. */
  | "form"
  /** Share buttons and links to other pages: dropped, and open nothing (they sit above stories too). */
  | "share";

export interface LineContext {
  /** A reaction prompt came before, with no story text since. */
  afterReaction: boolean;
  /** The comments have begun, or the line before was furniture: short form labels count. */
  inFurniture: boolean;
}

const END_MARKS = /^(?:--|—|_{3,}|\*{3,}|\*(?: \*){2,}|#{3}|#(?: #){2,}|\(?ENDS?\)?|-30-|- 30 -|-0-)$/;

/** A line's kind from the kinds of its phrases, the first that it holds winning. */
const KIND_ORDER: readonly [VocabularyKind, FurnitureKind][] = [
  ["closed", "comments-closed"],
  ["count", "comments"],
  ["policy", "comments"],
  ["platform", "comments"],
  ["form", "form"],
  ["label", "form"],
  ["action", "form"],
  ["time", "form"],
  ["reaction", "reaction"],
  ["share", "share"],
  ["navigation", "share"],
  ["answer", "answer"],
];

/** What kind of furniture a line is, if any. `line` is trimmed. */
export function furnitureKind(line: string, context: LineContext): FurnitureKind | undefined {
  if (END_MARKS.test(line)) return "end";
  const reading = readFurniture(line);
  return reading && kindOf(reading, context);
}

/** The kind of a line read as furniture phrases, when its context lets it be furniture. */
export function kindOf(reading: FurnitureReading, context: LineContext): FurnitureKind | undefined {
  const { kinds, strong } = reading;
  // `Yes` and `No` are answers only after a reaction prompt or on its line, and only beside
  // other answers: `Yes.`, `No` and "No comment" are story text anywhere else.
  if (kinds.has("answer") && !kinds.has("reaction") && (!context.afterReaction || kinds.size > 1)) return undefined;
  if (!strong && !context.inFurniture && !(kinds.size === 1 && kinds.has("answer"))) return undefined;
  for (const [kind, furniture] of KIND_ORDER) if (kinds.has(kind)) return furniture;
  return "share";
}

/** Whether a kind of furniture means that reader comments follow. */
export function opensComments(kind: FurnitureKind): boolean {
  return kind === "comments" || kind === "comments-closed" || kind === "form";
}
