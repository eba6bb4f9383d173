// The credit convention shared by wire text and Markdown figure titles:
// a caption that ends in `[Credit]` carries its credit inside the brackets.

export interface CaptionParts {
  caption?: string;
  credit?: string;
}

const TRAILING_CREDIT = /^(.*?)\s*\[([^\[\]]+)\]\s*$/s;

/** Splits `Boats at dawn. [Jane Doe/AFP]` into caption and credit; either may be absent. */
export function splitBracketCredit(text: string): CaptionParts {
  const trimmed = text.trim();
  const match = TRAILING_CREDIT.exec(trimmed);
  if (!match) return trimmed === "" ? {} : { caption: trimmed };
  const caption = match[1]!.trim();
  const credit = match[2]!.trim();
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}
