// Which paragraph of wire copy is a photo caption (src/sources/caption-credit.ts, read by the wire
// loaders and by nothing ninjs-specific despite this file's name): one that ends in a picture
// credit, in brackets as the house style writes it or in parentheses as AP, Reuters, AFP, dpa, PA
// and CP write theirs. Captions and credits below are written in those agencies' published styles
// (AP Stylebook "AP Photo/Name", Reuters "REUTERS/Name", dpa "Foto: Name/dpa", Reuters handout
// notices).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { captionCredit } from "../../src/sources/caption-credit.ts";

/** Exactly 100 characters: the longest credit taken as one (Reuters' handout notice, cut). */
const LONGEST = "Photo: Portuguese Navy/Handout via Reuters. THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALE";
const TOO_LONG = `${LONGEST}S`;

const captions = suite("captionCredit: paragraphs that are captions");

captions("the caption and the credit, as an editor expects to see them", () => {
  // [the paragraph as the wire sends it, caption, credit]
  const cases: [string, string | undefined, string][] = [
    ["Teachers march in Madrid on Tuesday. (AP Photo/Silvia Ramos)", "Teachers march in Madrid on Tuesday.", "AP Photo/Silvia Ramos"],
    // A parenthesis inside the caption is the caption's.
    ["Ana Gomes (left) and Luis Montenegro talk in Lisbon on Tuesday. (AP Photo/Armando Franca)", "Ana Gomes (left) and Luis Montenegro talk in Lisbon on Tuesday.", "AP Photo/Armando Franca"],
    // So is an editor's bracket.
    ["Ana Gomes speaks to [Prime Minister] Luis Montenegro in Lisbon. (AP Photo/Armando Franca)", "Ana Gomes speaks to [Prime Minister] Luis Montenegro in Lisbon.", "AP Photo/Armando Franca"],
    ["Crowds cheer Portugal (Reuters/Pedro Nunes)", "Crowds cheer Portugal", "Reuters/Pedro Nunes"],
    ["  Teachers march in Madrid. ( AP Photo/Silvia Ramos ) \n", "Teachers march in Madrid.", "AP Photo/Silvia Ramos"],
    ["Badegäste am Wannsee in Berlin. (Foto: Anna Schmidt/dpa)", "Badegäste am Wannsee in Berlin.", "Foto: Anna Schmidt/dpa"],
    ["Ravens on the walls of the Tower of London on Wednesday (Yui Mok/PA Wire)", "Ravens on the walls of the Tower of London on Wednesday", "Yui Mok/PA Wire"],
    [`The frigate off Madeira on Monday. (${LONGEST})`, "The frigate off Madeira on Monday.", LONGEST],
    ["Boats at dawn. [Jane Doe/AFP]", "Boats at dawn.", "Jane Doe/AFP"],
    // Reuters' photographer Jessica Rinaldi: "sic" inside a name is no [sic].
    ["Runners at the marathon finish. [Jessica Rinaldi/Reuters]", "Runners at the marathon finish.", "Jessica Rinaldi/Reuters"],
    [`The frigate off Madeira on Monday. [${LONGEST}]`, "The frigate off Madeira on Monday.", LONGEST],
    ["[Jane Doe/AFP]", undefined, "Jane Doe/AFP"],
  ];
  assert.is(LONGEST.length, 100);
  for (const [text, caption, credit] of cases) {
    assert.equal(captionCredit(text), caption === undefined ? { credit } : { caption, credit }, text);
  }
});

captions("text that ends in a bracket or parenthesis but no picture credit", () => {
  const texts = [
    // Transcript and editing marks.
    "He said it was ready [sic]",
    "The minister paused. [Laughter]",
    "The minister paused. [ Applause ]",
    "The crowd went quiet. [laughs]",
    "Shares fell on Monday. [Reporting by Jane Doe; Editing by John Roe]",
    "Shares fell on Monday. [Writing by Jane Doe]",
    "[Editor's note: this caption has been corrected to give the day.]",
    "[Editors note: corrects day]",
    // Asides, datelines and too few words for a caption.
    "He answered in three languages (in that order)",
    "LONDON (Reuters)",
    "Crowds cheer (Reuters/Pedro Nunes)",
    "Crowds  cheer (Reuters/Pedro Nunes)",
    "Visitors queued until the last day of the show (see photos by our readers)",
    // A notice too long to be a credit.
    `The frigate off Madeira on Monday. (${TOO_LONG})`,
    `The frigate off Madeira on Monday. [${TOO_LONG}]`,
  ];
  for (const text of texts) assert.is(captionCredit(text), undefined, text);
});

captions.run();
