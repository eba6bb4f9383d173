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
];

for (const [shouted, name] of CASES) {
  names(`${shouted} → ${name}`, () => {
    assert.is(nameCase(shouted), name);
  });
}

names.run();
