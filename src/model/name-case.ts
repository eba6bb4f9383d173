// Names wire bylines give in capitals (`By JANE DOE`, AP's `By JIM McDONALD`) as names are
// written. Case is lost in capitals, so some choices are conventions, kept here in one place:
// - each word and each part after `'` or `-` takes a capital: O'BRIEN → O'Brien, O'NEILL-SMITH → O'Neill-Smith;
// - `MC` starts a capital again (MCDONALD → McDonald); a prefix the wire kept in mixed case stays as
//   written and the rest follows (McDONALD → McDonald, MacDONALD → MacDonald, DiCAPRIO → DiCaprio);
//   a bare `MAC` is not split (MACHADO, MACK are names of their own); each part of a double-barrelled
//   name follows these rules on its own (SMITH-McDONALD → Smith-McDonald);
// - inside a name, the particles Spanish, Portuguese, Dutch, German and Arabic names write in lower
//   case are lower case (JUAN DE LA CRUZ → Juan de la Cruz, LUIZ DA SILVA → Luiz da Silva,
//   LUDWIG VAN BEETHOVEN → Ludwig van Beethoven); Italian `Di`, `De` before a capitalised name of its
//   own (`DE LUCA`) and French `Le` keep their capital only when written so in mixed case, which
//   capitals cannot say: a newsroom that spells one otherwise lists it in _data/authors.ts;
// - suffixes and initials: JR. → Jr., III stays III, J.R. stays J.R.
// In a name written in mixed case only words in capitals change, by the same rules (AFP's
// `Claire DUBOIS`, `Ursula VON DER LEYEN` → Ursula von der Leyen).

/** Particles that stand lower case inside a name once it is in capitals. */
const LOWER_PARTICLES = new Set(["de", "del", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "ter", "ten", "zu", "y", "bin", "ibn"]);
/** Articles lower case after a particle: `de la`, `de los`, `van het` (`van der` is two particles). */
const AFTER_PARTICLE = new Set(["la", "las", "los", "le", "het"]);
const ROMAN = /^(?:II|III|IV|VI|VII|VIII)$/;
/** A prefix kept in mixed case before capitals: `McDONALD`, `MacDONALD`, `DiCAPRIO`, `LeBLANC`. */
const MIXED_PREFIX = /^(\p{Lu}\p{Ll}{1,2})(\p{Lu}{2}[\p{Lu}'’]*\.?)$/u;

/** A word of a name set in capitals: all capitals or a kept prefix (`McDONALD`, `SMITH-McDONALD`), or a particle (`van`). */
export function isCapitalsWord(word: string): boolean {
  return word.split("-").every(isCapitalsPart) || LOWER_PARTICLES.has(word);
}

/** One part of a double-barrelled name in capitals: `SMITH`, `McDONALD`. */
function isCapitalsPart(part: string): boolean {
  return !/\p{Ll}/u.test(part) || MIXED_PREFIX.test(part);
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
  const shouted = isShouted(name);
  return words
    .map((word, index) => {
      // In mixed case only the words in capitals change, by the same rules (`Luiz LULA DA SILVA`).
      if (!shouted && !isCapitalsName(word)) return word;
      const lower = word.toLowerCase();
      const inside = index > 0 && index < words.length - 1;
      if (inside && LOWER_PARTICLES.has(lower)) return lower;
      if (inside && AFTER_PARTICLE.has(lower) && LOWER_PARTICLES.has(words[index - 1]!.toLowerCase())) return lower;
      return wordCase(word);
    })
    .join(" ");
}

/** A word of two or more letters in capitals: `DUBOIS`, `DUBOIS-McBRIDE` (initials and numerals stay as they are in wordCase). */
function isCapitalsName(word: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(word) && word.split("-").every(isCapitalsPart);
}

/** Each part of a double-barrelled name on its own, so `SMITH-McDONALD` keeps its second capital too. */
function wordCase(word: string): string {
  return word.split("-").map(partCase).join("-");
}

function partCase(word: string): string {
  if (ROMAN.test(word) || /^(?:\p{Lu}\.)+$/u.test(word)) return word;
  const prefixed = MIXED_PREFIX.exec(word);
  if (prefixed) return prefixed[1]! + partCase(prefixed[2]!);
  const lower = word.toLowerCase();
  // A capital at the start and after each apostrophe (a first character that is no letter stays as it is).
  const titled = lower.replace(/(^|['’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  // A bare "Mc" stays "Mc": charAt(2) is then "".
  return titled.startsWith("Mc") ? `Mc${titled.charAt(2).toUpperCase()}${titled.slice(3)}` : titled;
}
