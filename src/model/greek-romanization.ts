// Greek in Latin letters for URL slugs, by ELOT 743 (ISO 843's transcription, which Greek
// passports and road signs use), written without diacritics: ου ou, αυ ευ ηυ av ev iv before a
// vowel or a voiced consonant and af ef if otherwise, μπ ντ γκ b d g at a word's start and mp nt
// ng inside it, γγ ng, γξ nx, γχ nch, χ ch, η ι υ i i y, ω o (Παπαδόπουλος → papadopoulos,
// Ελευθέριος → eleftherios, Χανιά → chania, Μπακογιάννη → bakogianni). A dialytika keeps two
// vowels apart (αϋ is ay).

const LETTERS: Readonly<Record<string, string>> = {
  α: "a", β: "v", γ: "g", δ: "d", ε: "e", ζ: "z", η: "i", θ: "th", ι: "i", κ: "k", λ: "l", μ: "m", ν: "n", ξ: "x",
  ο: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o",
};
/** After αυ, ευ, ηυ these make υ a v; anything else (and a word's end) an f. */
const VOICED = new Set(["α", "ε", "η", "ι", "ο", "υ", "ω", "β", "γ", "δ", "ζ", "λ", "μ", "ν", "ρ"]);
const DIALYTIKA = "\u0308";
const WORD_START: Readonly<Record<string, string>> = { μπ: "b", ντ: "d", γκ: "g" };
const INSIDE: Readonly<Record<string, string>> = { μπ: "mp", ντ: "nt", γκ: "ng" };
const GREEK_WORD = /[\p{Script=Greek}\u0300-\u036f]+/gu;

/** Greek words in `text` romanized (in lower case); everything else left as it is. */
export function romanizeGreek(text: string): string {
  return text.replace(GREEK_WORD, (word) => romanizeWord(word.toLowerCase().normalize("NFD")));
}

function romanizeWord(word: string): string {
  // Accents go; a dialytika marks its letter as no second half of a pair.
  const letters: { letter: string; apart: boolean }[] = [];
  for (const character of word) {
    if (character === DIALYTIKA && letters.length > 0) letters[letters.length - 1]!.apart = true;
    else if (!/[\u0300-\u036f]/.test(character)) letters.push({ letter: character, apart: false });
  }
  let out = "";
  for (let index = 0; index < letters.length; index++) {
    const letter = letters[index]!.letter;
    const next = letters[index + 1];
    const pair = next && !next.apart ? letter + next.letter : "";
    if (pair === "ου") {
      out += "ou";
      index++;
    } else if (pair === "αυ" || pair === "ευ" || pair === "ηυ") {
      const after = letters[index + 2]?.letter;
      out += LETTERS[letter]! + (after !== undefined && VOICED.has(after) ? "v" : "f");
      index++;
    } else if (pair === "μπ" || pair === "ντ" || pair === "γκ") {
      out += (index === 0 ? WORD_START : INSIDE)[pair];
      index++;
    } else if (letter === "γ" && (next?.letter === "γ" || next?.letter === "ξ" || next?.letter === "χ")) {
      out += "n";
    } else {
      out += LETTERS[letter] ?? letter;
    }
  }
  return out;
}
