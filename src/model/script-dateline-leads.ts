// The lead datelines of agencies writing in other scripts, each in the form its own copy has:
//   МОСКВА, 5 марта. /ТАСС/. Текст…              TASS: city in capitals, date, agency between slashes
//   ВАШИНГТОН, 5 марта. /Корр. ТАСС Иван Лебедев/.  TASS, its correspondent named with the agency
//   МОСКВА, 5 мар — РИА Новости. Текст…           RIA Novosti: the agency after a dash, then a full stop
//   新华社北京12月6日电（记者 张三）正文…           Xinhua and China News Service: agency, city, date, 电
//   【北京共同】本文… 【ワシントン＝時事】本文…     Kyodo and Jiji (and papers quoting them) in lenticular brackets,
//   【ソウル聯合ニュース】本文…                     and Yonhap's Japanese service
//   (서울=연합뉴스) 김지헌 기자 = 본문…             Yonhap, Newsis, News1: city=agency in parentheses
//   بيروت - (رويترز) - النص…                     Reuters Arabic
//   القاهرة (أ ف ب) - النص…                       AFP Arabic
//   دبي، 6 ديسمبر /وام/ النص…                     WAM: the agency between slashes
//   الرياض - واس: النص…                           SPA: the agency before a colon
//   إسطنبول/ الأناضول النص…                       Anadolu Arabic: city, slash, agency
// A date in the dateline only restates the publication date: it is read past and dropped, as in
// the Latin grammar (dateline-dates.ts). The agency must be one agencies.ts knows, which keeps an
// ordinary sentence that opens with a parenthesis or a dash from being taken for a dateline.
// What stands after the dateline and before the story (Xinhua's `（记者 张三）`, Yonhap's
// `김지헌 기자 =`) is the correspondent's credit: it stays in the story, as the agencies print it.
import { AGENCY_SPELLINGS, isAgencyName, namesAgency } from "./agency-names.ts";
import { CJK_DATE, DATELINE_DATE } from "./dateline-dates.ts";
import type { Dateline } from "./types.ts";

/** Direction marks Arabic and Hebrew copy may open a paragraph with. */
const MARKS = "[\\u200e\\u200f\\u061c]*";
const DASH = "(?:--|-|—|–)";
/** A word in Cyrillic: `МОСКВА`, `НЬЮ-ЙОРК`, `Санкт-Петербург`. */
const CYRILLIC_CITY = String.raw`\p{Script=Cyrillic}[\p{Script=Cyrillic}\-]*(?: \p{Script=Cyrillic}[\p{Script=Cyrillic}\-]*){0,3}`;
/** A word in Arabic script, its vowel signs and tatweel included; Arabic punctuation (`،`) is not a letter. */
const ARABIC_WORD = String.raw`[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc\u06ff][\u0620-\u065f\u0670-\u06d3\u06d5\u06fa-\u06fc\u06ff]*`;
const ARABIC_CITY = `${ARABIC_WORD}(?: ${ARABIC_WORD}){0,2}`;
/** Arabic agencies are written in words or in letters spaced or dotted (`أ ف ب`, `أ.ف.ب`). */
const ARABIC_AGENCY = String.raw`[\u0620-\u065f\u0670-\u06d3 .]{1,30}`;
/** A city in Chinese characters or Japanese katakana: `北京`, `ワシントン`, `ニューヨーク`. */
const CJK_CITY = String.raw`[\p{Script=Han}\p{Script=Katakana}ー・]{1,12}`;
const HANGUL_CITY = String.raw`[\p{Script=Hangul}\p{Script=Han}]{1,10}`;
/** The agencies agencies.ts spells in Chinese characters (`新华社`, `中新社`), longest first. */
const HAN_AGENCY = AGENCY_SPELLINGS.filter((name) => /^\p{Script=Han}+$/u.test(name)).join("|");
/** The same in Japanese, katakana included (`共同`, `時事`, `聯合ニュース`). */
const JAPANESE_AGENCY = AGENCY_SPELLINGS.filter((name) => /^[\p{Script=Han}\p{Script=Katakana}ー]+$/u.test(name)).join("|");

/** The agencies agencies.ts spells in Arabic, also with a bare alef for أ إ آ as much copy types them. */
const ARABIC_AGENCY_NAME = [...new Set(AGENCY_SPELLINGS.filter((name) => /^[\u0600-\u06ff ]+$/.test(name)).flatMap((name) => [name, name.replace(/[أإآ]/g, "ا")]))].join("|");

interface LeadStyle {
  pattern: RegExp;
  /** The agency group may name a correspondent beside the agency (`Корр. ТАСС Иван Лебедев`). */
  credit?: boolean;
}

const STYLES: readonly LeadStyle[] = [
  // TASS
  {
    pattern: new RegExp(`^${MARKS}(?<city>${CYRILLIC_CITY})(?:, (?<date>${DATELINE_DATE}))?\\. ?/(?<agency>[^/]{2,40})/\\.?(?: |$)`, "u"),
    credit: true,
  },
  // RIA Novosti
  {
    pattern: new RegExp(`^${MARKS}(?<city>${CYRILLIC_CITY}), (?<date>${DATELINE_DATE}) ${DASH} (?<agency>\\p{Script=Cyrillic}[\\p{Script=Cyrillic} ]{1,20}?)\\.(?: |$)`, "u"),
  },
  // Xinhua, China News Service
  {
    pattern: new RegExp(`^${MARKS}(?<agency>${HAN_AGENCY})(?<city>\\p{Script=Han}{1,10}?)(?<date>${CJK_DATE})电 ?`, "u"),
  },
  // Kyodo, Jiji, Yonhap's Japanese service
  {
    pattern: new RegExp(`^${MARKS}【(?<city>${CJK_CITY}?)[=＝]?(?<agency>${JAPANESE_AGENCY})】 ?`, "u"),
  },
  // Yonhap, Newsis, News1
  {
    pattern: new RegExp(`^${MARKS}[(（](?<city>${HANGUL_CITY})[=＝](?<agency>[\\p{Script=Hangul}\\p{N}]{2,10})[)）] ?`, "u"),
  },
  // Reuters and AFP Arabic (agency in parentheses), WAM (between slashes), SPA (before a colon)
  {
    pattern: new RegExp(
      `^${MARKS}(?<city>${ARABIC_CITY})(?:،? (?<date>${DATELINE_DATE}))?(?: ${DASH})? ?(?:\\((?<agency>${ARABIC_AGENCY})\\)|/(?<slashed>${ARABIC_AGENCY})/|(?<colon>${ARABIC_AGENCY}):)(?: ?${DASH} ?| |$)`,
      "u",
    ),
  },
  // Anadolu Arabic
  {
    pattern: new RegExp(`^${MARKS}(?<city>${ARABIC_CITY}) ?/ ?(?<agency>${ARABIC_AGENCY_NAME})(?: ${DASH} | |$)`, "u"),
  },
];

/** Only paragraphs opening with a letter outside ASCII, a parenthesis or a bracket can hold one of these. */
const MAY_OPEN = /^[\u200e\u200f\u061c]*[^\x00-\x7f]|^\(/;
const MAX_CITY_LENGTH = 40;

/**
 * A dateline in one of the styles above opening `paragraph`, with the text after it (white space
 * collapsed); undefined when none does, for the Latin grammar to try.
 */
export function splitScriptLead(paragraph: string): { dateline: Dateline; rest: string } | undefined {
  const start = paragraph.trimStart();
  if (!MAY_OPEN.test(start)) return undefined;
  const text = start.replace(/\s+/g, " ").trimEnd();
  for (const { pattern, credit } of STYLES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const groups = match.groups!;
    const city = groups.city!.trim();
    const agency = (groups.agency ?? groups.slashed ?? groups.colon)!.trim();
    if (city.length > MAX_CITY_LENGTH || !(credit ? mentionsAgency(agency) : namesAgency(agency))) continue;
    return { dateline: { city, agency }, rest: text.slice(match[0].length).trim() };
  }
  return undefined;
}

/**
 * A known agency, alone (`ТАСС`, `أ ف ب`) or named in a correspondent's credit (`Корр. ТАСС
 * Иван Лебедев`): any run of up to three of its words.
 */
function mentionsAgency(text: string): boolean {
  if (namesAgency(text)) return true;
  const words = text.split(/[\s.]+/).filter((word) => word !== "");
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= Math.min(words.length, start + 3); end++) {
      if (isAgencyName(words.slice(start, end).join(" "))) return true;
    }
  }
  return false;
}
