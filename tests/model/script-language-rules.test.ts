// The script check's rules each side of their limits (20 letters, a fifth of the letters in the
// language's own scripts, three fifths in another), and the languages written in several
// scripts, through scriptLanguageProblems as normalize calls it.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { scriptLanguageProblems, type ScriptCheck } from "../../src/model/script-language.ts";
import type { Block } from "../../src/model/types.ts";

const paragraph = (text: string): Block<unknown> => ({ type: "paragraph", html: `<p>${text}</p>` as never });
const base: ScriptCheck = { path: "content/articles/x.md", field: "lang", lang: "en", declared: true, headline: undefined, body: [] };
/** The problems as a report shows them, with only the script named (the wording is checked in script-language.test.ts). */
const check = (lang: string, body: readonly Block<unknown>[], headline?: string): string[] =>
  scriptLanguageProblems({ ...base, lang, body, headline }).map((problem) => `${problem.severity} ${problem.field}: ${/mostly in (.+?) script/.exec(problem.message)?.[1]}`);
const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

// Agencies' own-language copy: Yonhap (Korean), Xinhua (Chinese), CNA (traditional Chinese), NHK (Japanese).
const KOREAN = "서울시는 다음 달부터 지하철 심야 운행을 다시 시작한다고 밝혔다";
const CHINESE = "北京市政府宣布从下月起地铁末班车延长运营时间";
const TRADITIONAL = "臺北市政府宣布下個月起捷運末班車延長營運時間";
const JAPANESE = "市立図書館は十二月から日曜日の午後も開館することになりました";
const ENGLISH = "The council opened a weekly farmers' market in the main square on Saturday";
const TAMIL = "சென்னை மாநகராட்சி அடுத்த மாதம் முதல் புதிய பேருந்து சேவையை தொடங்குகிறது";

const rules = suite("script check rules");

rules("languages written in several scripts: their own text is fine, English under them is reported", () => {
  const cases: [lang: string, own: string][] = [
    ["ja", JAPANESE],
    ["ko", KOREAN],
    ["ko", CHINESE], // Hanja in Korean copy
    ["zh", CHINESE],
    ["zh-TW", TRADITIONAL],
  ];
  for (const [lang, own] of cases) {
    assert.equal(check(lang, [paragraph(own)]), [], `${lang}: own text`);
    assert.equal(check(lang, [paragraph(ENGLISH)]), ["warning lang: Latin"], `${lang}: English`);
  }
});

rules("a language whose script is not told apart (Tamil) is not checked", () => {
  assert.equal(check("ta", [paragraph(TAMIL)]), []);
  assert.equal(check("ta", [paragraph(ENGLISH)]), []);
});

rules("20 letters are enough to tell, 19 are not", () => {
  // Al Jazeera-style Arabic briefs, a headline's length, published under the site's `en`.
  const twenty = "قمة المناخ تبدأ الاثنين";
  const nineteen = "قمة المناخ تنطلق في دبي";
  assert.is(letters(twenty), 20);
  assert.is(letters(nineteen), 19);
  assert.equal(check("en", [paragraph(twenty)]), ["warning lang: Arabic"]);
  assert.equal(check("en", [paragraph(nineteen)]), []);
  // The headline counts as much as the body.
  assert.equal(check("en", [], twenty), ["warning lang: Arabic"]);
});

rules("a fifth of the letters in the language's own script is enough", () => {
  // An Arabic headline around the Latin acronym NATO, under `en`: 4 of 20 letters are Latin.
  const fifth = "NATO: قمة الحلف في بروكسل";
  const under = "NATO: وزراء الحلف يجتمعون";
  assert.equal([letters(fifth), letters(under)], [20, 21]);
  assert.equal(check("en", [paragraph(fifth)]), []);
  assert.equal(check("en", [paragraph(under)]), ["warning lang: Arabic"]);
});

rules("another script must write more than three fifths of the letters", () => {
  // A bilingual sign at the Hand in Hand school in Jerusalem, Arabic and Hebrew, under `en`.
  const even = "مدرسة يد بيد القدس · חצר בית הספר";
  const more = "مدرسة يد بيد في القدس · ברוכים הבאים";
  assert.equal([letters("مدرسة يد بيد القدس"), letters("חצר בית הספר")], [15, 10]);
  assert.equal([letters("مدرسة يد بيد في القدس"), letters("ברוכים הבאים")], [17, 11]);
  assert.equal(check("en", [paragraph(even)]), []);
  assert.equal(check("en", [paragraph(more)]), ["warning lang: Arabic"]);
});

rules("only the first 400 letters are read", () => {
  // A bilingual press release published as `ar` (a Lebanese ministry's, English first): the first
  // 400 letters are 320 English and 80 Arabic, a fifth in the article's own script; what follows
  // is not read. With the English paragraphs first, the first 400 letters are all Latin.
  const english = "The Ministry of Health announced on Monday that the new children's hospital in the eastern district will open its outpatient clinics in March, with the emergency department and the maternity ward following in the summer once the staff have been recruited and trained. Officials said the hospital would serve about two hundred thousand residents of the surrounding towns and villages.";
  const arabic = "وقالت الوزارة إن المستشفى الجديد سيخدم نحو مئتي ألف نسمة من سكان البلدات والقرى المجاورة في عكار";
  const more = "The hospital was built with a loan from the European Investment Bank and a grant from the World Bank.";
  assert.equal([letters(english), letters(arabic)], [320, 80]);
  assert.equal(check("ar", [paragraph(english), paragraph(arabic), paragraph(more)]), []);
  assert.equal(check("ar", [paragraph(english), paragraph(more), paragraph(arabic)]), ["warning lang: Latin"]);
});

rules("entities are not letters, list items are text, figures are not", () => {
  // WordPress pads scraped Arabic paragraphs with &nbsp;.
  const arabic = "افتتحت البلدية صباح السبت سوقاً أسبوعياً للمزارعين في الساحة الرئيسية";
  assert.equal(check("en", [paragraph(`${arabic}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;`)]), ["warning lang: Arabic"]);
  const list: Block<unknown> = { type: "list", ordered: false, items: [arabic as never, "سوق المزارعين كل سبت" as never] };
  assert.equal(check("en", [list]), ["warning lang: Arabic"]);
  // An Arabic story (ar) with a picture: the figure carries no story text of its own.
  const figure: Block<unknown> = { type: "figure", figure: { src: "market.jpg", alt: "Farmers' market", caption: "The market on Saturday" } };
  assert.equal(check("ar", [figure, paragraph(arabic)]), []);
});

rules.run();
