// A small newsroom whose site asks for Unicode slugs (Site.slugs), for the whole-site suite: an
// Arabic, a Russian and a Chinese edition beside the English one, and stories in each in the shapes
// the sample newsroom uses (Markdown, TASS-style wire text, Xinhua-style ninjs), a Greek story in a
// language without an edition, and an English one with accented tags. Headlines, names, tags and
// credits carry what a real desk pastes in: vowel signs and tatweel, a name in directional isolates,
// a right-to-left mark, a zero-width joiner. The author and tag tables are the repository's
// (_data/authors.ts, _data/tag-spellings.ts), so `رانيا حداد` and `لبنان` keep their Latin pages.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

const FSI = "\u2068";
const PDI = "\u2069";
const RLM = "\u200f";
const ZWJ = "\u200d";

/** The settings file (DATELINE_SITE): the sample's settings with Unicode slugs and three editions. */
export function unicodeSiteSettings(root: string): string {
  const names = (ar: string, ru: string, zh: string) => ({ ar, ru, zh });
  const sections = [
    { slug: "news", name: "News", names: names("أخبار", "Новости", "新闻") },
    { slug: "world", name: "World", names: names("العالم", "В мире", "国际") },
    { slug: "business", name: "Business", names: names("اقتصاد", "Экономика", "经济") },
    { slug: "science", name: "Science", names: names("علوم", "Наука", "科学") },
    { slug: "culture", name: "Culture", names: names("ثقافة", "Культура", "文化") },
  ];
  const editions = [
    { lang: "ar", name: "ذا ميريديان ليدجر", digits: "latn" },
    { lang: "ru", name: "The Meridian Ledger" },
    { lang: "zh", name: "The Meridian Ledger" },
  ];
  return `import site from ${JSON.stringify(join(root, "_data", "site.ts"))};
export default { ...site, slugs: "unicode", editions: ${JSON.stringify(editions)}, sections: ${JSON.stringify(sections)} };
`;
}

interface Story {
  file: string;
  text: string;
}

const STORIES: Story[] = [
  {
    file: "business/beirut-terminal-ar.md",
    text: `---
headline: محطة الحاويات في مرفأ بيروت تعود إلى العمل بعد ثمانية أشهر من التأهيل
dek: رافعات جديدة ورصيف أعيد بناؤه يتيحان للمرفأ استقبال سفن أكبر.
date: 2026-11-18T11:45:00+02:00
dateline: "بيروت، لبنان"
lang: ar
byline: رانيا حداد
section: business
tags: [شحن, لبنان, موانئ]
lead:
  src: beirut-terminal.svg
  alt: رافعات جسرية فوق حاويات شحن مكدّسة عند الغسق
  caption: اثنتان من الرافعات الجسرية الثلاث الجديدة في محطة الحاويات.
  credit: عمر صالح/ذا ميريديان ليدجر
---
عادت محطة الحاويات في مرفأ بيروت إلى استقبال الحركة التجارية يوم الأربعاء بعد أعمال تأهيل استمرت ثمانية أشهر.

وبدأت أول سفينة ترسو في المحطة التفريغ بعيد الفجر.
`,
  },
  {
    // A desk's headline: a company's Latin name in isolates, a right-to-left mark, tashkeel and tatweel in the tags.
    file: "world/grain-ship-ar.md",
    text: `---
headline: "${FSI}DP World${PDI} تفتتح رصيف الحبوب في مرفأ بيروت${RLM}"
date: 2026-11-24T08:10:00+02:00
dateline: "بيروت، لبنان"
lang: ar
byline: عمر صالح
section: world
tags: [مَوانِئ, بيـــروت, "حبوب${ZWJ}"]
---
رست أول سفينة محمّلة بالقمح عند الرصيف الجديد صباح الاثنين.
`,
  },
  {
    file: "world/moscow-metro-ru.txt",
    text: `Date: 2026-11-20T09:00:00+03:00
Byline: Иван Петров
Lang: ru
Section: world
Tags: Москва, метро, транспорт

Московское метро продлит работу в новогоднюю ночь

МОСКВА, 20 ноября. /ТАСС/. Московский метрополитен будет работать всю новогоднюю ночь, сообщили в столичном департаменте транспорта.

Поезда будут ходить с интервалом в десять минут до утра первого января.
`,
  },
  {
    file: "culture/beijing-library-zh.json",
    text: JSON.stringify(
      {
        uri: "urn:publicid:meridianledger.example:2026:zh:beijing-library-hours",
        type: "text",
        language: "zh",
        firstcreated: "2026-11-21T10:00:00+08:00",
        versioncreated: "2026-11-21T10:00:00+08:00",
        headline: "北京大学图书馆延长开放时间",
        byline: "张伟",
        subject: [{ name: "北京" }, { name: "图书馆" }],
        body_html: "<p>新华社北京11月21日电（记者 张伟）北京大学图书馆宣布，从下月起阅览室将开放至午夜。</p><p>学生们对这一决定表示欢迎。</p>",
      },
      null,
      1,
    ),
  },
  {
    file: "world/athens-metro-el.md",
    text: `---
headline: Νέα γραμμή του μετρό της Αθήνας ανοίγει τον Δεκέμβριο
date: 2026-11-22T07:30:00+02:00
dateline: ΑΘΗΝΑ
lang: el
byline: Μαρία Παπαδοπούλου
section: world
tags: [Αθήνα, μετρό]
---
Η νέα γραμμή του μετρό θα ανοίξει για το κοινό στις αρχές Δεκεμβρίου, ανακοίνωσε η εταιρεία.
`,
  },
  {
    file: "culture/zurich-opera-en.md",
    text: `---
headline: Zürich's opera house lends Beirut its stage for a winter season
date: 2026-11-23T18:00:00+01:00
dateline: ZURICH, Switzerland
byline: Leila Khoury
section: culture
tags: [Lebanon, théâtre, Zürich]
lead:
  src: theatre-facade.svg
  alt: The floodlit front of an opera house on a winter evening
  caption: The opera house will send sets and a lighting crew to Beirut.
  credit: Jean Dupré/AFP
---
The city's opera house will lend its winter productions to a theatre in Beirut, its director said.
`,
  },
];

/** Writes the newsroom into `dir` (content/ as the build reads it); the pictures and comment policy are the sample's. */
export async function writeUnicodeNewsroom(dir: string, root: string): Promise<void> {
  for (const folder of ["articles/business", "articles/world", "articles/culture", "media", "pages"]) await mkdir(join(dir, folder), { recursive: true });
  for (const story of STORIES) await writeFile(join(dir, "articles", story.file), story.text);
  for (const picture of ["beirut-terminal.svg", "theatre-facade.svg"]) await copyFile(join(root, "content", "media", picture), join(dir, "media", picture));
  await copyFile(join(root, "content", "pages", "comment-policy.md"), join(dir, "pages", "comment-policy.md"));
}
