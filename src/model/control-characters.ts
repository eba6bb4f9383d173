// C0 control characters (NUL, BEL, ESC, ...) and DEL have no place in published text; a feed or
// a pasted file may still carry them. Tab, line feed and carriage return are ordinary whitespace.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}

// What no text on a page may carry: the controls above, C1 controls (U+0080–U+009F, invisible
// leftovers of a wrong decoding), the bidirectional embeddings and overrides (U+202A–U+202E),
// which make "\u202enimdA ffatS" read as "Staff Admin", and the isolates (U+2066–U+2069), which
// are kept only in matched pairs. Left-to-right, right-to-left and Arabic letter marks (U+200E,
// U+200F, U+061C) and the zero-width joiner and non-joiner (U+200C, U+200D) are what Arabic,
// Hebrew, Persian, Indic scripts and emoji need, and change no order outside their own word.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

const PDI = 0x2069;
const isIsolateStart = (code: number) => code >= 0x2066 && code <= 0x2068;
const isLineBreak = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

/**
 * `text` without the characters above, or `text` itself when it has none (one regex test, no
 * copy: this runs on every string of every article). Each removed character is added to
 * `removed` as `U+202E`. An isolate counts as matched when its pop (U+2069) follows on the same
 * line, since a line break ends every isolate a reader's browser has open.
 */
export function withoutUnsafeCharacters(text: string, removed: Set<string>): string {
  if (!UNSAFE.test(text)) return text;
  const keep = matchedIsolates(text);
  let result = "";
  let from = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (keep.has(index) || !UNSAFE.test(text[index]!)) continue;
    result += text.slice(from, index);
    from = index + 1;
    removed.add(`U+${code.toString(16).toUpperCase().padStart(4, "0")}`);
  }
  return result + text.slice(from);
}

/** Positions of isolate initiators and pops that close each other. */
function matchedIsolates(text: string): Set<number> {
  const matched = new Set<number>();
  let open: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isIsolateStart(code)) open.push(index);
    else if (code === PDI && open.length > 0) {
      matched.add(open.pop()!);
      matched.add(index);
    } else if (isLineBreak(code)) open = [];
  }
  return matched;
}

/** Everything a terminal or a report page could be steered by: controls (line breaks too), C1, embeddings, overrides and isolates. */
const STEERING = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A message that quotes a source, made safe to print and to show: each character that could
 * clear a terminal, rewrite its title or reorder the line (`\u001b[2J`, `\u202e`) is written out
 * as `<U+001B>`, so the editor sees exactly what the source holds without it acting.
 */
export function withVisibleControls(text: string): string {
  return text.replace(STEERING, (character) => `<U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`);
}
