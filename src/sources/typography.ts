// Typewriter punctuation to typographic punctuation, where the reading is unambiguous:
// "word" → “word”, don't → don’t, 'quoted' → ‘quoted’, word -- word → word — word.
// Anything that could be something else (inch and foot marks after digits, a lone quote,
// a quote between two letters, `---`) is left as written.

/** Characters after which a quote opens: start of text, space, brackets, dashes, another opening quote. */
const OPENS_AFTER = /^$|[\s([{\u2014\u2013\-/“‘]/u;
/** Characters before which a quote closes: end of text, space, punctuation, brackets, dashes, a closing quote. */
const CLOSES_BEFORE = /^$|[\s.,;:!?)\]}\u2014\u2013\-/”’…]/u;
/** Words that begin with an apostrophe standing for dropped letters: 'em, 'tis, 'n' (rock 'n' roll). */
const ELISIONS = /^'(?:em|tis|twas|til|cause|round|n)\b/i;
/** A two-digit year after an apostrophe: '90s, '68. */
const SHORT_YEAR = /^'\d\d(?:s\b|\b)/;
/** `--` joining two words or set between them, never part of a longer run of hyphens. */
const DOUBLE_HYPHEN = /(?<=[^\s-]\s?)--(?=\s?[^\s-])/gu;

/** Three dots, not part of a longer run of dots. */
const THREE_DOTS = /(?<!\.)\.\.\.(?!\.)/gu;

export function smartenPunctuation(text: string): string {
  return smartenQuotes(smartenDashes(text));
}

/** `--` between words to an em dash: the one rule every format shares (Markdown uses it too). */
export function smartenDashes(text: string): string {
  return text.replace(DOUBLE_HYPHEN, "—");
}

/** `...` to an ellipsis; four dots (an ellipsis after a full stop) and longer runs stay as typed. */
export function smartenEllipses(text: string): string {
  return text.replace(THREE_DOTS, "…");
}

function smartenQuotes(text: string): string {
  let out = "";
  let doubleOpen = false;
  let singleOpen = false;
  const lastCloser = lastClosingSingle(text);
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char !== '"' && char !== "'") {
      out += char;
      continue;
    }
    const before = out.slice(-1);
    const after = text[index + 1] ?? "";
    const opens = OPENS_AFTER.test(before) && after !== "" && !/\s/u.test(after);
    const closes = before !== "" && !/\s/u.test(before) && CLOSES_BEFORE.test(after);
    const afterDigit = /\p{N}/u.test(before);
    if (char === '"') {
      if (opens && !closes) {
        out += "“";
        doubleOpen = true;
      } else if (closes && !opens && (!afterDigit || (doubleOpen && !/\s/u.test(after)))) {
        // After a digit `"` is an inch mark unless a quote is open and punctuation or the end follows.
        out += "”";
        doubleOpen = false;
      } else {
        out += char;
      }
      continue;
    }
    const rest = text.slice(index);
    if (opens && (SHORT_YEAR.test(rest) || ELISIONS.test(rest))) {
      out += "’";
    } else if (opens) {
      const closedLater = lastCloser > index;
      out += closedLater ? "‘" : char;
      if (closedLater) singleOpen = true;
    } else if (before !== "" && !/\s/u.test(before) && (!afterDigit || singleOpen)) {
      // After a letter or punctuation it is an apostrophe or a closing quote: the same glyph.
      out += "’";
      if (closes) singleOpen = false;
    } else {
      out += char;
    }
  }
  return out;
}

/** Where the last `'` that can close a single quote is (after a non-space, not inside a word); -1 if none. */
function lastClosingSingle(text: string): number {
  for (let index = text.lastIndexOf("'"); index > 0; index = text.lastIndexOf("'", index - 1)) {
    const before = text[index - 1]!;
    const after = text[index + 1] ?? "";
    if (!/[\s\p{N}]/u.test(before) && CLOSES_BEFORE.test(after)) return index;
  }
  return -1;
}
