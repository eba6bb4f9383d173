// Names wire bylines give in capitals (`By JANE DOE`, AP's `By JIM McDONALD`) as names are
// written. Case is lost in capitals, so some choices are conventions, kept here in one place:
// - each word and each part after `'` or `-` takes a capital: O'BRIEN → O'Brien, O'NEILL-SMITH → O'Neill-Smith;
// - `MC` starts a capital again (MCDONALD → McDonald); a prefix the wire kept in mixed case stays as
//   written and the rest follows (McDONALD → McDonald, MacDONALD → MacDonald, DiCAPRIO → DiCaprio);
//   a bare `MAC` is not split (MACHADO, MACK are names of their own);
// - inside a name, the particles Spanish, Portuguese, Dutch, German and Arabic names write in lower
//   case are lower case (JUAN DE LA CRUZ → Juan de la Cruz, LUIZ DA SILVA → Luiz da Silva,
//   LUDWIG VAN BEETHOVEN → Ludwig van Beethoven); Italian `Di`, `De` before a capitalised name of its
//   own (`DE LUCA`) and French `Le` keep their capital only when written so in mixed case, which
//   capitals cannot say: a newsroom that spells one otherwise lists it in _data/authors.ts;
// - suffixes and initials: JR. → Jr., III stays III, J.R. stays J.R.
// In a name written in mixed case only words in capitals change (AFP's `Claire DUBOIS`).

/** Particles that stand lower case inside a name once it is in capitals. */
const LOWER_PARTICLES = new Set(["de", "del", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "ter", "ten", "zu", "y", "bin", "ibn"]);
/** Articles lower case after a particle: `de la`, `van der`, `de los`. */
const AFTER_PARTICLE = new Set(["la", "las", "los", "le", "der", "den", "het"]);
const ROMAN = /^(?:II|III|IV|VI|VII|VIII)$/;
/** A prefix kept in mixed case before capitals: `McDONALD`, `MacDONALD`, `DiCAPRIO`, `LeBLANC`. */
const MIXED_PREFIX = /^(\p{Lu}\p{Ll}{1,2})(\p{Lu}{2}[\p{Lu}'’\-]*\.?)$/u;

/** A word of a name set in capitals: all capitals, a kept prefix (`McDONALD`) or a particle (`van`). */
export function isCapitalsWord(word: string): boolean {
  return !/\p{Ll}/u.test(word) || MIXED_PREFIX.test(word) || LOWER_PARTICLES.has(word);
}

/** Whether a byline name is set in capitals, and so needs its case back. */
function isShouted(name: string): boolean {
  const words = name.split(" ");
  return words.some((word) => /\p{Lu}.*\p{Lu}/u.test(word)) && words.every(isCapitalsWord);
}

/**
 * A name in capitals in title case by the conventions above. In a mixed-case name only the words in
 * capitals change: AFP and French copy set the surname so (`Claire DUBOIS` → Claire Dubois).
 * Anything else stays as written.
 */
export function nameCase(name: string): string {
  const words = name.split(" ");
  if (!isShouted(name)) return words.map((word) => (isCapitalsName(word) ? wordCase(word) : word)).join(" ");
  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      const inside = index > 0 && index < words.length - 1;
      if (inside && LOWER_PARTICLES.has(lower)) return lower;
      if (inside && AFTER_PARTICLE.has(lower) && LOWER_PARTICLES.has(words[index - 1]!.toLowerCase())) return lower;
      return wordCase(word);
    })
    .join(" ");
}

/** A word of two or more letters all in capitals that is not an initial or a numeral: `DUBOIS`. */
function isCapitalsName(word: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word) && !ROMAN.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word);
}

function wordCase(word: string): string {
  if (ROMAN.test(word) || /^(?:\p{Lu}\.)+$/u.test(word)) return word;
  const prefixed = MIXED_PREFIX.exec(word);
  if (prefixed) return prefixed[1]! + wordCase(prefixed[2]!);
  const lower = word.toLowerCase();
  const titled = /['’\-]/.test(lower)
    ? lower.replace(/(^|['’\-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    : lower.charAt(0).toUpperCase() + lower.slice(1);
  return titled.startsWith("Mc") && titled.length > 2 ? `Mc${titled.charAt(2).toUpperCase()}${titled.slice(3)}` : titled;
}
