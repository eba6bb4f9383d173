import { suite } from "uvu";
import * as assert from "uvu/assert";
import { foldAgency, isAgencyName, namesAgency } from "../../src/model/agency-names.ts";

const agencies = suite("agency names");

agencies("known in any case, with or without a leading The, accents ignored", () => {
  for (const name of ["AP", "The Associated Press", "associated press", "Reuters", "dpa", "DPA", "The Canadian Press", "Agence France-Presse", "PA Media", "Kyodo News", "Agencia EFE", "Agencia Brasil", "TT"]) {
    assert.ok(isAgencyName(name), name);
  }
});

agencies("names and sentences that are not agencies", () => {
  for (const name of ["Jane Doe", "AAPL", "center", "The", "", "Associated", "Press"]) assert.not.ok(isAgencyName(name), name);
});

agencies("a partner or regional desk beside a known agency still names it", () => {
  assert.ok(namesAgency("tca/dpa"));
  assert.ok(namesAgency("dpa/lnw"));
  assert.not.ok(namesAgency("AAPL"));
  assert.not.ok(namesAgency("center"));
});

agencies("folding", () => {
  assert.is(foldAgency("  The   Associated  Press "), "associated press");
  assert.is(foldAgency("Agência Brasil"), "agencia brasil");
});

// AAP's full name with "The" is the longest name an agency goes by; a byline or dateline copied
// from a scraped page may carry a space either side of it.
agencies("the longest name, with The and a stray space either side, is still known", () => {
  assert.ok(isAgencyName("The Australian Associated Press"));
  assert.ok(isAgencyName(" The Australian Associated Press "));
  assert.ok(isAgencyName("THE AUSTRALIAN ASSOCIATED PRESS"));
});

agencies.run();
