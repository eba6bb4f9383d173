// The lead datelines of agencies writing in other scripts (issue 22, part 5), each row in the exact
// shape that agency sends, as wire text and as a ninjs body: the city and agency come out of the
// first paragraph, the city is dated in its zone, and the story starts after the dateline. A date
// in the dateline only restates the publication date and is dropped, as for English datelines.
import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { splitDatelineLead } from "../../src/model/dateline.ts";
import type { BlockInput, Dateline, ParseResult } from "../../src/model/types.ts";
import { zoneForDateline } from "../../src/model/zones.ts";
import { parseWireText } from "../../src/sources/wire-text.ts";
import { article } from "./ninjs-item.ts";

interface Row {
  /** The agency and style the lead imitates. */
  style: string;
  lead: string;
  city: string;
  agency: string;
  zone: string;
  /** The paragraph after the dateline. */
  rest: string;
}

const ROWS: Row[] = [
  // TASS: city in capitals, the day and month (genitive), the agency between slashes and full stops.
  { style: "TASS", lead: "МОСКВА, 5 марта. /ТАСС/. Правительство России утвердило план развития транспорта до 2030 года.", city: "МОСКВА", agency: "ТАСС", zone: "Europe/Moscow", rest: "Правительство России утвердило план развития транспорта до 2030 года." },
  // TASS names its correspondent inside the slashes; the credit is kept with the agency, as written.
  { style: "TASS, a correspondent's credit", lead: "ВАШИНГТОН, 5 марта. /Корр. ТАСС Иван Лебедев/. Сенат США одобрил законопроект о финансировании.", city: "ВАШИНГТОН", agency: "Корр. ТАСС Иван Лебедев", zone: "America/New_York", rest: "Сенат США одобрил законопроект о финансировании." },
  { style: "TASS from UN headquarters", lead: "ООН, 5 марта. /Корр. ТАСС Олег Зеленин/. Совет Безопасности ООН провел заседание.", city: "ООН", agency: "Корр. ТАСС Олег Зеленин", zone: "America/New_York", rest: "Совет Безопасности ООН провел заседание." },
  // RIA Novosti: a three-letter month, an em dash, the agency and a full stop.
  { style: "RIA Novosti", lead: "МОСКВА, 5 мар — РИА Новости. Курс доллара на Московской бирже снизился в начале торгов.", city: "МОСКВА", agency: "РИА Новости", zone: "Europe/Moscow", rest: "Курс доллара на Московской бирже снизился в начале торгов." },
  { style: "RIA Novosti, a city of two words", lead: "САНКТ-ПЕТЕРБУРГ, 6 дек — РИА Новости. Метро города продлит работу в новогоднюю ночь.", city: "САНКТ-ПЕТЕРБУРГ", agency: "РИА Новости", zone: "Europe/Moscow", rest: "Метро города продлит работу в новогоднюю ночь." },
  // Xinhua: agency, city, month and day, 电; the reporter's credit in full-width parentheses stays in the story.
  { style: "Xinhua Chinese", lead: "新华社北京12月6日电（记者 张三）国务院新闻办公室6日举行新闻发布会。", city: "北京", agency: "新华社", zone: "Asia/Shanghai", rest: "（记者 张三）国务院新闻办公室6日举行新闻发布会。" },
  { style: "Xinhua Chinese, a foreign bureau", lead: "新华社东京12月6日电 日本政府6日宣布将扩大对中小企业的支持。", city: "东京", agency: "新华社", zone: "Asia/Tokyo", rest: "日本政府6日宣布将扩大对中小企业的支持。" },
  { style: "China News Service", lead: "中新社香港12月6日电 香港特区政府6日公布最新失业率数据。", city: "香港", agency: "中新社", zone: "Asia/Hong_Kong", rest: "香港特区政府6日公布最新失业率数据。" },
  // Kyodo and Jiji: the bureau and the agency in lenticular brackets, the story straight after.
  { style: "Kyodo", lead: "【北京共同】中国外務省の報道官は6日の記者会見で、日本との対話を続ける考えを示した。", city: "北京", agency: "共同", zone: "Asia/Shanghai", rest: "中国外務省の報道官は6日の記者会見で、日本との対話を続ける考えを示した。" },
  { style: "Kyodo, a bureau in katakana", lead: "【ワシントン共同】米国務省は5日、新たな制裁措置を発表した。", city: "ワシントン", agency: "共同", zone: "America/New_York", rest: "米国務省は5日、新たな制裁措置を発表した。" },
  { style: "Jiji", lead: "【ソウル時事】韓国政府は6日、来年度の予算案を発表した。", city: "ソウル", agency: "時事", zone: "Asia/Seoul", rest: "韓国政府は6日、来年度の予算案を発表した。" },
  { style: "Yonhap's Japanese service", lead: "【ソウル聯合ニュース】韓国の統計庁は6日、11月の消費者物価指数を発表した。", city: "ソウル", agency: "聯合ニュース", zone: "Asia/Seoul", rest: "韓国の統計庁は6日、11月の消費者物価指数を発表した。" },
  // Nikkei and other papers quoting Kyodo set an equals sign between bureau and agency.
  { style: "a Japanese paper quoting Kyodo", lead: "【北京＝共同】中国の国家統計局が発表した。", city: "北京", agency: "共同", zone: "Asia/Shanghai", rest: "中国の国家統計局が発表した。" },
  // Arabic services: Reuters with dashes round the agency, AFP after the city, WAM between
  // slashes after a date, SPA before a colon, Anadolu after a slash.
  { style: "Reuters Arabic", lead: "بيروت - (رويترز) - قال مسؤولون إن مرفأ بيروت استأنف العمل يوم الأربعاء.", city: "بيروت", agency: "رويترز", zone: "Asia/Beirut", rest: "قال مسؤولون إن مرفأ بيروت استأنف العمل يوم الأربعاء." },
  { style: "AFP Arabic", lead: "القاهرة (أ ف ب) - أعلنت الحكومة المصرية الثلاثاء خفض أسعار الوقود.", city: "القاهرة", agency: "أ ف ب", zone: "Africa/Cairo", rest: "أعلنت الحكومة المصرية الثلاثاء خفض أسعار الوقود." },
  { style: "WAM (Emirates News Agency)", lead: "دبي، 6 ديسمبر /وام/ أعلنت هيئة الطرق والمواصلات في دبي افتتاح جسر جديد.", city: "دبي", agency: "وام", zone: "Asia/Dubai", rest: "أعلنت هيئة الطرق والمواصلات في دبي افتتاح جسر جديد." },
  { style: "SPA (Saudi Press Agency)", lead: "الرياض - واس: أعلنت وزارة الصحة إطلاق حملة التطعيم الموسمية.", city: "الرياض", agency: "واس", zone: "Asia/Riyadh", rest: "أعلنت وزارة الصحة إطلاق حملة التطعيم الموسمية." },
  { style: "Anadolu Arabic", lead: "أنقرة/ الأناضول - قال وزير الخارجية التركي إن المحادثات ستستأنف.", city: "أنقرة", agency: "الأناضول", zone: "Europe/Istanbul", rest: "قال وزير الخارجية التركي إن المحادثات ستستأنف." },
  { style: "Reuters Arabic, a Levantine month and the agency in parentheses", lead: "دمشق، 6 كانون الأول (رويترز) - ارتفعت أسعار الخبز في العاصمة السورية.", city: "دمشق", agency: "رويترز", zone: "Asia/Damascus", rest: "ارتفعت أسعار الخبز في العاصمة السورية." },
  // Yonhap: city=agency in parentheses; the reporter's `name 기자 =` credit stays in the story.
  { style: "Yonhap Korean", lead: "(서울=연합뉴스) 김지헌 기자 = 정부가 6일 내년도 경제정책방향을 발표했다.", city: "서울", agency: "연합뉴스", zone: "Asia/Seoul", rest: "김지헌 기자 = 정부가 6일 내년도 경제정책방향을 발표했다." },
  { style: "Yonhap Korean, a correspondent abroad", lead: "(워싱턴=연합뉴스) 김경희 특파원 = 미국 국무부는 5일 성명을 냈다.", city: "워싱턴", agency: "연합뉴스", zone: "America/New_York", rest: "김경희 특파원 = 미국 국무부는 5일 성명을 냈다." },
  // Latin-script agencies in their own languages (the grammar read these before; kept in the table).
  { style: "dpa German", lead: "Berlin (dpa) - Die Bundesregierung hat den Haushalt beschlossen.", city: "Berlin", agency: "dpa", zone: "Europe/Berlin", rest: "Die Bundesregierung hat den Haushalt beschlossen." },
  { style: "AFP French", lead: "PARIS (AFP) - Le gouvernement a annoncé une hausse du salaire minimum.", city: "PARIS", agency: "AFP", zone: "Europe/Paris", rest: "Le gouvernement a annoncé une hausse du salaire minimum." },
  { style: "EFE Spanish", lead: "Madrid, 6 dic (EFE).- El Gobierno español aprobó este viernes el decreto.", city: "Madrid", agency: "EFE", zone: "Europe/Madrid", rest: "El Gobierno español aprobó este viernes el decreto." },
];

const table = suite("agency leads in other scripts: city, agency, zone and the story after");

for (const row of ROWS) {
  table(row.style, () => {
    const split = splitDatelineLead(row.lead);
    const expected: Dateline = { city: row.city, agency: row.agency };
    assert.equal(split, { dateline: expected, rest: row.rest });
    assert.is(zoneForDateline(split!.dateline, {}), row.zone);
  });
}

table.run();

// ---------------------------------------------------------------------------------------------

const loaders = suite("the same leads through the wire-text and ninjs loaders");

function wire(text: string): Extract<ParseResult, { kind: "article" }> {
  const result = parseWireText(text, "content/articles/story.txt");
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

const paragraphs = (body: BlockInput[]) => body.flatMap((block) => (block.type === "paragraph" ? [block.html] : []));

loaders("wire text: the dateline leaves the first paragraph, the second stays", () => {
  for (const row of ROWS) {
    const { input } = wire(`Headline\n\n${row.lead}\n\nSecond paragraph.`);
    assert.equal(input.dateline, { city: row.city, agency: row.agency }, row.style);
    assert.equal(paragraphs(input.body), [row.rest, "Second paragraph."], row.style);
  }
});

loaders("ninjs: the dateline leaves body_html's first paragraph, its markup kept", () => {
  for (const row of ROWS) {
    const { input, problems } = article({ uri: "urn:x", type: "text", headline: "A", body_html: `<p><b>${row.lead.slice(0, 4)}</b>${row.lead.slice(4)}</p><p>Second paragraph.</p>` });
    assert.equal(input.dateline, { city: row.city, agency: row.agency }, row.style);
    assert.equal(paragraphs(input.body), [row.rest, "Second paragraph."], row.style);
    assert.is(input.fieldNames.dateline, "body_html (first paragraph)", row.style);
    assert.equal(problems, [], row.style);
  }
});

loaders("ninjs: `located` in the story's script and the lead name one place: no warning", () => {
  const { input, problems } = article({ uri: "urn:x", type: "text", headline: "A", located: "بيروت، لبنان", body_html: "<p>بيروت - (رويترز) - استأنف المرفأ العمل.</p>" });
  assert.equal(input.dateline, { city: "بيروت", region: "لبنان", agency: "رويترز" });
  assert.equal(problems, []);
});

loaders.run();

// ---------------------------------------------------------------------------------------------

const refused = suite("openings that are not an agency's dateline");

refused("stay in the story", () => {
  const sentences = [
    "قال الوزير: إن المحادثات ستستأنف.", // a colon after two words, no agency
    "لبنان (مصادر) - قال مسؤولون إن المرفأ استأنف العمل.", // a country, and "sources" in the agency's place
    "وزير الخارجية - في مؤتمر صحفي - قال إن المحادثات ستستأنف.", // a dash after words that name no known city
    "(서울=우리집) 정부가 발표했다.", // city=… with no agency
    "【北京特派員】中国政府は発表した。", // a paper's bureau and its correspondent, no agency
    "新华社记者张三报道，国务院举行发布会。", // Xinhua named in a sentence, no 电
    "Москва, 5 марта — в столице прошел снегопад.", // a date and a dash, no agency
  ];
  for (const sentence of sentences) assert.is(splitDatelineLead(sentence), undefined, sentence);
});

refused("an Arabic paper's own dateline, a known city and a dash, is read without an agency", () => {
  assert.equal(splitDatelineLead("بيروت - استأنف مرفأ بيروت العمل يوم الأربعاء."), { dateline: { city: "بيروت" }, rest: "استأنف مرفأ بيروت العمل يوم الأربعاء." });
});

refused.run();

// ---------------------------------------------------------------------------------------------

const corpus = suite("real non-English items in ../shared/corpus");

const CORPUS = new URL("../../../shared/corpus/ninjs/iptc-newsinjson/examples/", import.meta.url);

corpus("Business Wire's Chinese release opens `(美國商業資訊)--` with no city: no dateline, the text kept", () => {
  for (const version of ["1.4/businesswire-newsml-20130605006126.json", "2.1/businesswire-newsml-20130605006126.json", "3.0/businesswire-newsml-20130605006126.json"]) {
    const { input } = article(JSON.parse(readFileSync(new URL(version, CORPUS), "utf8")));
    assert.is(input.dateline, undefined, version);
    assert.match(paragraphs(input.body)[0]!, /^\(美國商業資訊\)--為透明及軟性導體市場/, version);
  }
});

corpus.run();
