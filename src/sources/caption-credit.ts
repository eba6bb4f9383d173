// Which paragraph of wire copy is a photo caption: one that ends in a credit, either in brackets
// (`Boats at dawn. [Jane Doe/AFP]`, the house style) or in parentheses as the agencies write it
// (`… (AP Photo/Silvia Ramos)`, `(Reuters/Jane Doe)`, `(AFP Photo/…)`, `(Photo: Jane Doe/dpa)`,
// `(PA)`, `(CP PHOTO/…)`). A parenthesis is a credit only when it names a photo source, so an
// aside that ends a sentence `(in Spanish)` stays text.
import { splitBracketCredit, type CaptionParts } from "./bracket-credit.ts";

const TRAILING_BRACKET = /\[([^[\]]+)\]$/;
const TRAILING_PARENTHESIS = /^(.*?)\s*\(([^()]+)\)$/s;
/** Brackets that end a paragraph of text without being a picture credit. */
const NOT_A_CREDIT = /^(?:sic|laughter|applause|inaudible|crosstalk|emphasis (?:added|mine)|translated|translation|\.\.\.|…|(?:additional )?reporting\b|writing\b|editing\b|editor['’]?s note\b)/i;
const MAX_CREDIT_LENGTH = 100;

/** Agencies and picture desks whose name makes a parenthesis a photo credit. */
const AGENCY = String.raw`(?:AP|AFP|CP|EPA(?:-EFE)?|UPI|ANSA|Kyodo(?: News)?|Xinhua|Yonhap|Reuters|PA(?: Wire| Media)?|dpa|Getty Images|Pool|Handout|The Canadian Press|The Associated Press)`;
const PHOTO_CREDITS = [
  // `AP Photo/Silvia Ramos`, `CP PHOTO/Darryl Dyck`, `AFP Photo/…`, `Reuters/Jane Doe`, `PA`, `dpa`
  new RegExp(String.raw`^${AGENCY}(?: (?:Photo|PHOTO|Photos|Images|Wire))?(?:\s*/\s*[^/]+(?:/[^/]+)?)?$`),
  // `Photo: Jane Doe/dpa`, `Photograph by Jane Doe`, `Foto: Anna Schmidt/dpa`
  /^(?:Photo(?:graph)?|Picture|Image|Foto|Bild)s?(?:\s*:\s*|\s+by\s+)\S.*$/iu,
  // `Jane Doe/AP`, `Jane Doe/PA Wire`, `Jane Doe/Getty Images`
  new RegExp(String.raw`^\p{Lu}[^/]{1,60}/${AGENCY}(?:, File)?$`, "u"),
];

/** The caption and credit of a paragraph that is a photo caption; `undefined` for text. */
export function captionCredit(text: string): (CaptionParts & { credit: string }) | undefined {
  const bracket = TRAILING_BRACKET.exec(text)?.[1]?.trim();
  if (bracket !== undefined) {
    if (bracket.length > MAX_CREDIT_LENGTH || !/\p{Lu}/u.test(bracket) || NOT_A_CREDIT.test(bracket)) return undefined;
    // The bracket ends the text, so it is the credit splitBracketCredit finds too.
    return { ...splitBracketCredit(text), credit: bracket };
  }
  const parenthesis = TRAILING_PARENTHESIS.exec(text.trimEnd());
  if (!parenthesis) return undefined;
  const caption = parenthesis[1]!.trim();
  const credit = parenthesis[2]!.trim();
  // An agency's name closing a dateline (`LONDON (Reuters)`) is not a credit: a caption is a phrase.
  if (caption.split(/\s+/).length < 3 || credit.length > MAX_CREDIT_LENGTH || !PHOTO_CREDITS.some((pattern) => pattern.test(credit))) return undefined;
  return { caption, credit };
}
