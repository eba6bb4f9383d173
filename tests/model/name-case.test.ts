import { suite } from "uvu";
import * as assert from "uvu/assert";
import { nameCase } from "../../src/model/name-case.ts";

const names = suite("nameCase");

const CASES: [string, string][] = [
  ["JANE DOE", "Jane Doe"],
  ["O'NEILL-SMITH", "O'Neill-Smith"],
  ["SEAN O’BRIEN", "Sean O’Brien"],
  ["D'ARCY MOORE", "D'Arcy Moore"],
  ["JIM MCDONALD", "Jim McDonald"],
  ["JIM McDONALD", "Jim McDonald"],
  ["ANN MacDONALD", "Ann MacDonald"],
  ["LEO DiCAPRIO", "Leo DiCaprio"],
  ["ROSA MACHADO", "Rosa Machado"],
  ["JUAN DE LA CRUZ", "Juan de la Cruz"],
  ["DE LA CRUZ", "De la Cruz"],
  ["LUIZ DA SILVA", "Luiz da Silva"],
  ["LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven"],
  ["PIETER VAN DER BERG", "Pieter van der Berg"],
  ["MOHAMMED BIN SALMAN", "Mohammed bin Salman"],
  ["LUCA DI STEFANO", "Luca Di Stefano"],
  ["MARIE LE PEN", "Marie Le Pen"],
  ["J.R. SMITH JR.", "J.R. Smith Jr."],
  ["HENRY FORD III", "Henry Ford III"],
  ["MÜLLER-LÜDENSCHEIDT", "Müller-Lüdenscheidt"],
  // mixed case: only words in capitals change
  ["Claire DUBOIS", "Claire Dubois"],
  ["Maria De Souza", "Maria De Souza"],
  ["Mary McAllister", "Mary McAllister"],
  ["Jane E. Doe", "Jane E. Doe"],
  ["bell hooks", "bell hooks"],
  // More of the conventions, as AP and AFP bylines set names in capitals.
  ["RENE LeBLANC", "Rene LeBlanc"], // a kept prefix of two letters
  ["MAC", "Mac"], // a bare MAC is a name of its own
  ["JIM MC", "Jim Mc"], // a bare MC gains no second capital
  ["LUIS DE LOS SANTOS", "Luis de los Santos"], // Spanish particle and article
  ["KARL-THEODOR ZU GUTTENBERG", "Karl-Theodor zu Guttenberg"], // German particle after a hyphenated name
  ["VAN HALEN", "Van Halen"], // a particle that opens the name keeps its capital
  ["EDDIE VAN HALEN", "Eddie van Halen"],
  ["JOHN DOE VII", "John Doe VII"], // a regnal numeral stays in capitals
  ["ANNE-MARIE O’NEILL", "Anne-Marie O’Neill"], // typographic apostrophe, AFP
  ["Claire DUBOIS-MARTIN", "Claire Dubois-Martin"], // AFP: a double surname in capitals
  ["Mary MCALLISTER", "Mary McAllister"], // mixed case: MC in the surname in capitals
  ["PRIMO LEVI", "Primo Levi"], // ends in the letters of a numeral (VI), is no numeral
  ["VIKTOR ORBAN", "Viktor Orban"], // begins with them
  ["JOSE ORTEGA Y GASSET", "Jose Ortega y Gasset"], // a one-letter particle
  ["BARTOLOME DE LAS CASAS", "Bartolome de las Casas"],
  ["KAREL VAN HET REVE", "Karel van het Reve"], // Dutch article after a particle
  ["ZHU DE", "Zhu De"], // a particle's letters ending a name are the name (AP: the Chinese marshal)
  ["Marine LE PEN", "Marine Le Pen"], // AFP: a two-letter surname word in capitals
  ["Ken GRIFFEY JR.", "Ken Griffey Jr."], // AFP sports: the suffix in capitals too
  ["DeAndre Hopkins", "DeAndre Hopkins"], // AP sports: mixed case as written
  ["LeBron James", "LeBron James"],
  // Double-barrelled names: each part by the conventions above (the Mc of the second part too).
  ["JANE SMITH-McDONALD", "Jane Smith-McDonald"],
  ["JANE SMITH-MCDONALD", "Jane Smith-McDonald"],
  ["MARY O'NEILL-McCARTHY", "Mary O'Neill-McCarthy"],
  ["Claire DUBOIS-McBRIDE", "Claire Dubois-McBride"], // AFP: the surname in capitals
  ["Leo DiCAPRIO", "Leo DiCaprio"], // AFP: a kept prefix in a surname in capitals
  // AFP sets the whole surname in capitals, particles too: they follow the same rules.
  ["Ursula VON DER LEYEN", "Ursula von der Leyen"],
  ["Luiz Inácio LULA DA SILVA", "Luiz Inácio Lula da Silva"],
  ["Juan Carlos DE LA CRUZ", "Juan Carlos de la Cruz"],
  ["LeBron JAMES", "LeBron James"], // AFP sports: the given name as written
];

for (const [shouted, name] of CASES) {
  names(`${shouted} → ${name}`, () => {
    assert.is(nameCase(shouted), name);
  });
}

names.run();
