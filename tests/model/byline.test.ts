import { suite } from "uvu";
import * as assert from "uvu/assert";
import { authorAliases, parseByline } from "../../src/model/byline.ts";

const byline = suite("parseByline");

byline("strips prefixes in the languages wires write in", () => {
  assert.equal(parseByline(["By Jane Doe"]), [{ name: "Jane Doe", slug: "jane-doe" }]);
  assert.equal(parseByline(["Von Anna Schmidt"]), [{ name: "Anna Schmidt", slug: "anna-schmidt" }]);
  assert.equal(parseByline(["Av Erik Berg"]), [{ name: "Erik Berg", slug: "erik-berg" }]);
});

byline("keeps surnames that look like prefixes", () => {
  assert.equal(parseByline(["Maria De Souza"]).map((p) => p.name), ["Maria De Souza"]);
  assert.equal(parseByline(["By Luca Di Stefano"]).map((p) => p.name), ["Luca Di Stefano"]);
});

byline("splits several names joined by and, und, och, &", () => {
  assert.equal(parseByline(["By Jane Doe and John Roe"]).map((p) => p.name), ["Jane Doe", "John Roe"]);
  assert.equal(parseByline(["Anna Schmidt und Jonas Weber"]).map((p) => p.name), ["Anna Schmidt", "Jonas Weber"]);
  assert.equal(parseByline(["Ann Poe, Bo Li and Cy Young"]).map((p) => p.name), ["Ann Poe", "Bo Li", "Cy Young"]);
});

byline("a comma without a joiner separates a name from a role", () => {
  assert.equal(parseByline(["By JANE DOE, Associated Press"]), [{ name: "Jane Doe", role: "Associated Press", slug: "jane-doe" }]);
});

byline("an agency after a slash is a role", () => {
  assert.equal(parseByline(["Karin Lund/TT"]), [{ name: "Karin Lund", role: "TT", slug: "karin-lund" }]);
  assert.equal(parseByline(["By Jane Doe / AFP and John Roe"]).map((p) => [p.name, p.role]), [["Jane Doe", "AFP"], ["John Roe", undefined]]);
});

byline("an initial is not a joiner", () => {
  assert.equal(parseByline(["Jane E. Doe"]).map((p) => p.name), ["Jane E. Doe"]);
});

byline("names in capitals become title case; mixed case is left alone", () => {
  assert.equal(parseByline(["BY O'NEILL-SMITH"]).map((p) => p.name), ["O'Neill-Smith"]);
  assert.equal(parseByline(["Mary McAllister"]).map((p) => p.name), ["Mary McAllister"]);
});

byline("the same person named twice is listed once", () => {
  assert.equal(parseByline(["Jane Doe", "By Jane Doe"]).length, 1);
});

byline("empty strings give nobody", () => {
  assert.equal(parseByline(["", "  By  "]), []);
});

byline("other spellings listed in _data/authors.ts become the name pages show", () => {
  const aliases = authorAliases({ "Leila Khoury": ["Leila Khouri", "L. Khoury"] });
  assert.equal(parseByline(["By LEILA KHOURI", "L. Khoury, Beirut bureau"], aliases), [{ name: "Leila Khoury", slug: "leila-khoury" }]);
  assert.equal(parseByline(["L. Khoury and Tom Achterberg"], aliases).map((p) => p.name), ["Leila Khoury", "Tom Achterberg"]);
});

byline.run();
