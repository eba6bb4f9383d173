// The comment form's labels and buttons left at the foot of a rescued page with nothing above
// them that opens the comments: `Name *`, `Email *`, `Website`, `Submit`, a `1500 / 1500`
// counter. A short label alone is too like a story's own words to be furniture anywhere
// (`Name *` counts only beside other furniture: src/sources/wire-furniture.ts), but a run of
// lines made of nothing but form pieces that reaches the end of the page, or the line that opens
// the comments, is the form as WordPress, Drupal and Disqus print it, not the story.
import { readFurniture, type VocabularyKind } from "./furniture-vocabulary.ts";
import { furnitureKind, opensComments } from "./wire-furniture.ts";
import type { SourceLine } from "./wire-header.ts";

/** Labels, buttons, counters, notices and captchas: what a comment form is made of. */
const FORM_KINDS: ReadonlySet<VocabularyKind> = new Set(["form", "label"]);
/**
 * Disqus's sign-in box asks for `Name`, `Email`, `Password`. A bare `Email` reads as the share
 * button anywhere else, so it joins a run but never makes one alone.
 */
const BARE_EMAIL = /^e-?mail$/i;
/** A label glued under prose that stops mid-sentence is that sentence's last word. */
const ENDS_SENTENCE = /[.!?…:;"”’)\]]$/;

/**
 * The indexes of the lines from `from` on that are comment-form leftovers: each run of form
 * lines (blank lines between them allowed) that ends the page or ends at a line that opens the
 * comments by itself.
 */
export function formLeftovers(lines: readonly SourceLine[], from: number): ReadonlySet<number> {
  const found = new Set<number>();
  let run: number[] = [];
  /** The lines below the ones being read end a run: the end of the page, or an opener. */
  let ending = true;
  const settle = (above: SourceLine | undefined) => {
    if (run.some((index) => !BARE_EMAIL.test(lines[index]!.text)) && !endsMidSentence(above)) for (const index of run) found.add(index);
    run = [];
  };
  for (let index = lines.length - 1; index >= from; index--) {
    const { text } = lines[index]!;
    if (text === "") continue;
    if (ending && isFormPiece(text)) {
      run.push(index);
      continue;
    }
    const top = run.at(-1);
    settle(top === index + 1 ? lines[index] : undefined);
    const kind = furnitureKind(text, { afterReaction: false, inFurniture: false });
    ending = kind !== undefined && opensComments(kind);
  }
  settle(undefined);
  return found;
}

function isFormPiece(text: string): boolean {
  if (BARE_EMAIL.test(text)) return true;
  const reading = readFurniture(text);
  return reading !== undefined && reading.kinds.size > 0 && [...reading.kinds].every((kind) => FORM_KINDS.has(kind));
}

/** Whether `above`, the line straight above a run with no blank between, is prose cut mid-sentence. */
function endsMidSentence(above: SourceLine | undefined): boolean {
  return above !== undefined && readFurniture(above.text) === undefined && !ENDS_SENTENCE.test(above.text);
}
