// The byline rules one by one, on bylines in the shapes newsrooms and agencies send them: each row
// says which style it imitates. Read through what the rest of Dateline calls: parseByline (the
// people and their roles), organizationCredit (the credit of an agency or staff byline) and
// namelessPieces (the pieces the model warns about).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { namelessPieces, organizationCredit, parseByline } from "../../src/model/byline.ts";

/** A person as the real-world table writes one: `Name`, or `Name, role`. */
const people = (byline: string): string[] => parseByline([byline]).map((person) => (person.role ? `${person.name}, ${person.role}` : person.name));

const rules = suite("byline rules");

const BYLINES: [byline: string, expected: string[], style: string][] = [
  // Scraped pages (WordPress, Jekyll and Hugo themes) keep the markup's line breaks and doubled spaces.
  ["\n    By The Associated Press\n  ", [], "a WordPress theme's byline element, indented"],
  ["\n  By JANE DOE, Associated Press  ", ["Jane Doe, Associated Press"], "an AP byline scraped with its indentation"],
  ["By Jane  Doe", ["Jane Doe"], "a Hugo template's doubled space inside the name"],
  ["By:JANE DOE", ["Jane Doe"], "a theme that prints `By:` with no space"],
  ["Jane Doe ( Reuters )", ["Jane Doe, Reuters"], "a scraped credit whose parentheses wrapped onto their own lines"],
  // A name holding the letters of a prefix keeps them (WSJ's Shelby Holliday; Swedish `af`).
  ["Shelby Holliday", ["Shelby Holliday"], "WSJ byline without `By`"],
  ["By SHELBY HOLLIDAY", ["Shelby Holliday"], "the same in capitals"],
  ["Erik af Klint", ["Erik af Klint"], "a Swedish nobiliary particle, TT style"],
  // A place after the name is not the name (AP, Guardian, dpa).
  ["Jane Doe reporting from Kyiv", ["Jane Doe"], "Guardian: reporting from"],
  ["Von Anna Schmidt aus Berlin", ["Anna Schmidt"], "dpa: aus"],
  // The prefix repeated before the second name.
  ["Von Anna Schmidt und von Jonas Weber", ["Anna Schmidt", "Jonas Weber"], "dpa: `von` before each name"],
  // Name and role after a comma, without a joiner (CNN, Reuters).
  ["By Kevin Liptak, CNN", ["Kevin Liptak, CNN"], "CNN: an outlet no role word names"],
  ["By Jane Doe, Senior Correspondent, Reuters", ["Jane Doe, Senior Correspondent, Reuters"], "Reuters: a title and the agency"],
  // Several names (AP, Canadian Press, Los Angeles Times).
  ["By Jane Doe and John Roe, Reuters", ["Jane Doe, Reuters", "John Roe, Reuters"], "a bare agency name ending the byline is everyone's"],
  ["By JANE DOE and JOHN ROE, AP Sports Writers", ["Jane Doe, AP Sports Writer", "John Roe, AP Sports Writer"], "AP sports: the plural title shared"],
  ["By Jane Doe and John Roe, Reporters Without Borders", ["Jane Doe, Reporters Without Borders", "John Roe, Reporters Without Borders"], "an op-ed by RSF: a plural that ends no title"],
  ["By JANE DOE and JOHN ROE, Associated Press,", ["Jane Doe, Associated Press", "John Roe, Associated Press"], "a CMS byline with a stray trailing comma"],
  ["By Jane Doe, Times Staff Writer, and The Associated Press", ["Jane Doe, Times Staff Writer, The Associated Press"], "LA Times: staff writer with agency help"],
  ["By Jane Doe, Times Staff Writer, and John Roe, Associated Press", ["Jane Doe, Times Staff Writer", "John Roe, Associated Press"], "LA Times: each with their own"],
  ["By Jane Doe, John Roe (Reuters) and Ann Poe", ["Jane Doe", "John Roe, Reuters", "Ann Poe"], "a role in parentheses belongs to its own name only"],
  ["By Jane Doe and Blythe Bernhard", ["Jane Doe", "Blythe Bernhard"], "St. Louis Post-Dispatch: a name holding `the `"],
  ["By The Associated Press and Jane Doe", ["Jane Doe"], "the agency first, then the person"],
  ["Von Anna Schmidt/dpa/lnw", ["Anna Schmidt, dpa, lnw"], "dpa with its regional desk"],
  // A CMS that joins empty or broken credit fields with slashes: what holds no letter is no role.
  ["Jane Doe/../AFP", ["Jane Doe, AFP"], "a broken credit field between slashes"],
  ["Jane Doe / / AFP", ["Jane Doe, AFP"], "an empty credit field between slashes"],
  ["Jane Doe | *** | AFP", ["Jane Doe, AFP"], "a placeholder between bars"],
  // A name in capitals, then what is not (AP run-on affiliations).
  ["JANE DOE ASSOCIATED PRESS", ["Jane Doe, Associated Press"], "AP's ANPA line, all capitals"],
  ["By JANE DOE AFP", ["Jane Doe, AFP"], "agency initials keep their capitals"],
  ["By Mary Ann Smith Associated Press", ["Mary Ann Smith, Associated Press"], "a three-word name before the agency"],
  ["By KIM Tong-hyung", ["Kim Tong-hyung"], "a Korean family name first, in capitals"],
  ["Par Ursula VON DER LEYEN", ["Ursula von der Leyen"], "AFP French: the surname and its particles in capitals"],
  ["By JANE SMITH-McDONALD Associated Press", ["Jane Smith-McDonald, Associated Press"], "AP: a double-barrelled name in capitals, then the agency"],
  ["By Sri Venkata Lakshmi Narayana Rao The Press Trust of India", ["Sri Venkata Lakshmi Narayana Rao, The Press Trust of India"], "PTI run on after a five-word name: the agency's five words"],
  // Nobody at all.
  ["By , Associated Press", [], "a CMS template whose author field was empty"],
  ["By Reuters Staff, London", [], "Reuters staff with the bureau"],
];

for (const [byline, expected, style] of BYLINES) {
  rules(`${style}: ${JSON.stringify(byline)}`, () => {
    assert.equal(people(byline), expected);
  });
}

rules("a byline piece of up to 120 characters loses a trailing place, a longer one is kept whole", () => {
  // A scraped page whose byline element swallowed the opening of the story (a Jekyll theme without
  // a closing tag): the place and everything after it go, but only in a piece short enough to be a
  // name and a place, so a runaway paragraph is not scanned.
  const story = "By Jane Doe in Beirut The port reopened on Monday after weeks of repairs to its cranes following the blast of last year";
  assert.is(story.length - "By ".length, 116);
  const at = (length: number) => `${story}${"s".repeat(length - 116)}`;
  assert.is(at(120).length - "By ".length, 120);
  assert.equal(people(at(120)), ["Jane Doe"]);
  assert.equal(people(at(119)), ["Jane Doe"]);
  assert.equal(people(at(121)).length, 1);
  assert.ok(people(at(121))[0]!.startsWith("Jane Doe in Beirut The port reopened"), people(at(121))[0]);
});

rules.run();

const credit = suite("organizationCredit");

const CREDITS: [bylines: string[], expected: string | undefined, style: string][] = [
  [["By The Associated Press"], "The Associated Press", "AP"],
  [["\n   By The Associated Press\n"], "The Associated Press", "a WordPress theme's byline element"],
  [["By The  Associated Press"], "The Associated Press", "a doubled space from the markup"],
  [["By Reuters Staff"], "Reuters Staff", "Reuters"],
  [["From Reuters"], "Reuters", "a syndicated story"],
  [["Staff and agencies"], "Staff and agencies", "the Guardian"],
  [["By Jane Doe", "By The Associated Press"], "The Associated Press", "a person's line first, then the agency's: the agency is the credit"],
  [["By Jane Doe, Reuters"], undefined, "a person with the agency as role"],
  [["By Kevin Liptak, CNN"], undefined, "CNN"],
  [["By"], undefined, "an empty template"],
  [[], undefined, "no byline"],
];

for (const [bylines, expected, style] of CREDITS) {
  credit(`${style}: ${JSON.stringify(bylines)}`, () => {
    assert.is(organizationCredit(bylines), expected);
  });
}

credit.run();

const nameless = suite("namelessPieces");

nameless("only pieces with no letter or digit are reported, each as written", () => {
  const cases: [bylines: string[], expected: string[]][] = [
    [["By Jane Doe and ***"], ["***"]],
    [["By ***", "By Jane Doe"], ["***"]],
    // An empty author field names nobody, but there is no piece to show.
    [["By , Associated Press"], []],
    // An agency or the staff names nobody, on purpose.
    [["By Reuters Staff, London"], []],
    [["By The Associated Press"], []],
    [["By Jane Doe, Reuters"], []],
    // Beside a name, after a slash or a bar: left out of the role, and shown unless empty.
    [["Jane Doe/../AFP"], [".."]],
    [["Jane Doe | *** | AFP"], ["***"]],
    [["Jane Doe / / AFP"], []],
    [["Karin Lund/TT"], []],
  ];
  for (const [bylines, expected] of cases) assert.equal(namelessPieces(bylines), expected, JSON.stringify(bylines));
});

nameless.run();
