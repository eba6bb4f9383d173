// The translated catalogues (messages/<language>.json) as an editor of each language reads them.
// Every message is formatted through intl-messageformat with sample values (every plural at
// several counts, every select at each of its keys) and must: format; keep the English message's
// placeholders and tags; leave no brace and no English word behind; have exactly the plural forms
// of its language's CLDR rules; and, in Arabic, Chinese and Russian, show no Latin letter but the
// names of formats. Text values are stand-ins without letters (⟦0⟧), so any letter in an output is
// the catalogue's own. A table of exact outputs pins what an editor of each language checked.
import { IntlMessageFormat } from "intl-messageformat";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { catalogues, pageLanguage } from "../helpers/page-language.ts";
import { makeTestSite } from "../helpers/test-site.ts";

const LANGUAGES = ["ar", "fr", "de", "es", "ru", "sv", "nb", "zh"] as const;
type Language = (typeof LANGUAGES)[number];

/** CLDR's cardinal plural categories of each language, written out so a runtime with other data fails here. */
const PLURAL_FORMS: Record<Language, string[]> = {
  ar: ["zero", "one", "two", "few", "many", "other"],
  ru: ["one", "few", "many", "other"],
  // `many` is for round millions: "1 000 000 de commentaires", "1.000.000 de comentarios".
  fr: ["one", "many", "other"],
  es: ["one", "many", "other"],
  de: ["one", "other"],
  sv: ["one", "other"],
  nb: ["one", "other"],
  zh: ["other"],
};

/** Counts every plural is formatted at: each CLDR category of the eight languages, and a fraction. */
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 1.5, 1_000_000];

/** Names of formats and programs: written in Latin letters in Chinese and Russian too (not in Arabic). */
const PROPER_NAMES = ["Atom", "JSON", "JavaScript"];

/** Words a language shares with English, each a word of that language where it stands. */
const SHARED_WORDS: Record<Language, string[]> = {
  ar: [],
  // "page", "article", "source", "site" are French words; "e-mail" is Le Monde's; "caractère nul"
  // is French for NUL, the control character the intake server's message names.
  fr: ["page", "article", "articles", "source", "sources", "site", "mail", "nul"],
  // "E-Mail", "Name", "Browser", "Link", "Feed", "Problem", "Minute", "Byte" (the unit) and "in" are German.
  de: ["mail", "name", "browser", "link", "feed", "problem", "minute", "byte", "in"],
  // "caracteres de control" is the Spanish term; "byte" the unit's Spanish name (RAE), plural "bytes".
  es: ["no", "error", "editor", "control", "byte", "bytes"],
  ru: [],
  // "byte" is the unit's name in Swedish and Norwegian.
  sv: ["problem", "byte"],
  nb: ["problem", "for", "byte"],
  zh: [],
};

/**
 * Messages with words that are the English message itself, because the language says the same:
 * Spanish "No", and the CET and CEST El País prints after its times. A message without words
 * (placeholders and punctuation only, like "{left} / {limit}") may always be the English one.
 */
const CET = ["Paris", "Berlin", "Madrid", "Rome", "Brussels", "Amsterdam", "Stockholm", "Oslo", "Copenhagen", "Vienna", "Warsaw"].map((city) => `zone.Europe/${city}`);
const SAME_AS_ENGLISH: Record<Language, string[]> = { ar: [], fr: [], de: [], es: ["reaction.no", ...CET], ru: [], sv: [], nb: [], zh: [] };

const english = catalogues.byLanguage.get("en")!;
/** The zones of the sample's stories, in every edition. */
const SAMPLE_ZONES = ["Europe/London", "Europe/Paris", "Europe/Stockholm", "Europe/Oslo", "Europe/Berlin", "Europe/Madrid", "Europe/Moscow", "Asia/Beirut", "Africa/Cairo", "Asia/Dubai", "Asia/Riyadh", "Asia/Shanghai", "Asia/Tokyo", "America/New_York"];
/** Zones every language names: the English table's, the sample's, and UTC. */
const REQUIRED_ZONES = [...new Set([...[...english.keys()].filter((key) => key.startsWith("zone.")), ...[...SAMPLE_ZONES, "UTC"].map((zone) => `zone.${zone}`)])];

type Element = ReturnType<IntlMessageFormat["getAst"]>[number];
type Kind = "text" | "number" | "plural" | "select" | "tag";
interface Argument {
  kind: Kind;
  options: Set<string>;
}
type Value = string | number | ((chunks: string[]) => string);

// The parser's element types (TYPE in @formatjs/icu-messageformat-parser) without a name of their own.
const LITERAL = 0;
const POUND = 7;
const NUMBER = 2;

/** Each argument of a message by name: what kind of value it takes, and a select's or plural's keys. */
function argumentsOf(elements: readonly Element[], found = new Map<string, Argument>()): Map<string, Argument> {
  for (const element of elements) {
    if (element.type === LITERAL || element.type === POUND) continue;
    const kind: Kind = "children" in element ? "tag" : "pluralType" in element ? "plural" : "options" in element ? "select" : element.type === NUMBER ? "number" : "text";
    const argument = found.get(element.value) ?? { kind, options: new Set<string>() };
    found.set(element.value, argument);
    if ("children" in element) argumentsOf(element.children, found);
    if ("options" in element) {
      for (const [key, option] of Object.entries(element.options)) {
        argument.options.add(key);
        argumentsOf(option.value, found);
      }
    }
  }
  return found;
}

/** Every plural of a message, nested ones too: its argument and its keys. */
function pluralsOf(elements: readonly Element[]): { name: string; keys: string[] }[] {
  return elements.flatMap((element) => {
    if ("children" in element) return pluralsOf(element.children);
    if (!("options" in element)) return [];
    const nested = Object.values(element.options).flatMap((option) => pluralsOf(option.value));
    return "pluralType" in element ? [{ name: element.value, keys: Object.keys(element.options) }, ...nested] : nested;
  });
}

/** Every combination of sample values for a message's arguments. */
function samples(args: Map<string, Argument>): Record<string, Value>[] {
  let combos: Record<string, Value>[] = [{}];
  [...args.keys()].sort().forEach((name, index) => {
    const argument = args.get(name)!;
    const values: Value[] =
      argument.kind === "plural" ? COUNTS
      : argument.kind === "select" ? [...[...argument.options].filter((key) => key !== "other"), `⟦${index}⟧`]
      : argument.kind === "number" ? [1500]
      : argument.kind === "tag" ? [(chunks) => `⟪${chunks.join("")}⟫`]
      : [`⟦${index}⟧`];
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [name]: value })));
  });
  return combos;
}

interface Formatted {
  args: Map<string, Argument>;
  /** One output per combination of sample values. */
  outputs: string[];
  failures: string[];
}

function formatAll(message: string, lang: string): Formatted {
  const format = new IntlMessageFormat(message, lang);
  const args = argumentsOf(format.getAst());
  const outputs: string[] = [];
  const failures: string[] = [];
  for (const values of samples(args)) {
    try {
      const out = format.format<string>(values);
      outputs.push(Array.isArray(out) ? out.join("") : String(out));
    } catch (cause) {
      failures.push(`${JSON.stringify(values)}: ${(cause as Error).message}`);
    }
  }
  return { args, outputs, failures };
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length > 1);
}

function catalogueOf(lang: Language): ReadonlyMap<string, string> {
  const catalogue = catalogues.byLanguage.get(lang);
  assert.ok(catalogue, `messages/${lang}.json is missing or unreadable`);
  return catalogue;
}

const englishKeys = [...english.keys()].filter((key) => !key.startsWith("zone."));
/** The English keys a catalogue has: a missing one fails the first test, not every test after it. */
const translatedKeys = (catalogue: ReadonlyMap<string, string>) => englishKeys.filter((key) => catalogue.has(key));
const englishFormatted = new Map(englishKeys.map((key) => [key, formatAll(english.get(key)!, "en")]));

const files = suite("each catalogue, message by message");

files("has every key of en.json and no key en.json lacks; the loader reads it without a problem", () => {
  for (const lang of LANGUAGES) {
    const catalogue = catalogueOf(lang);
    const own = [...catalogue.keys()].filter((key) => !key.startsWith("zone."));
    assert.equal(englishKeys.filter((key) => !catalogue.has(key)), [], `${lang}.json misses keys of en.json`);
    assert.equal(own.filter((key) => !english.has(key)), [], `${lang}.json has keys en.json does not (a typo?)`);
    const problems = catalogues.problems.filter((problem) => problem.path.endsWith(`messages/${lang}.json`));
    assert.equal(problems, [], `the loader reports problems in ${lang}.json`);
  }
});

files("every message formats at every sample value, keeps the English placeholders and tags, and leaves no brace", () => {
  const wrong: string[] = [];
  for (const lang of LANGUAGES) {
    const catalogue = catalogueOf(lang);
    for (const key of translatedKeys(catalogue)) {
      const { outputs, failures, args } = formatAll(catalogue.get(key)!, lang);
      const englishArgs = englishFormatted.get(key)!.args;
      wrong.push(...failures.map((failure) => `${lang} ${key} ${failure}`));
      for (const output of outputs) if (/[{}]/.test(output)) wrong.push(`${lang} ${key}: a brace is left in ${JSON.stringify(output)}`);
      const names = (map: Map<string, Argument>) => [...map.keys()].sort();
      if (names(args).join() !== names(englishArgs).join()) wrong.push(`${lang} ${key}: arguments ${names(args)} where English has ${names(englishArgs)}`);
      for (const [name, argument] of englishArgs) {
        const own = args.get(name);
        if (!own) continue;
        const numeric = (kind: Kind) => kind === "number" || kind === "plural";
        if (numeric(argument.kind) !== numeric(own.kind) || (!numeric(argument.kind) && argument.kind !== own.kind)) wrong.push(`${lang} ${key}: {${name}} is a ${own.kind} where English has a ${argument.kind}`);
        if (argument.kind === "select" && [...argument.options].sort().join() !== [...own.options].sort().join()) wrong.push(`${lang} ${key}: {${name}} selects on ${[...own.options]} where English selects on ${[...argument.options]}`);
      }
    }
  }
  assert.equal(wrong, []);
});

files("no English is left: no word of the English message, and no message that is the English one unless it has no words", () => {
  const wrong: string[] = [];
  for (const lang of LANGUAGES) {
    const catalogue = catalogueOf(lang);
    const allowed = new Set([...SHARED_WORDS[lang], ...PROPER_NAMES.map((name) => name.toLowerCase())]);
    for (const key of translatedKeys(catalogue)) {
      const ownOutputs = formatAll(catalogue.get(key)!, lang).outputs;
      const englishOutputs = englishFormatted.get(key)!.outputs;
      const englishWords = new Set(englishOutputs.flatMap(words));
      const left = [...new Set(ownOutputs.flatMap(words))].filter((word) => englishWords.has(word) && !allowed.has(word));
      if (left.length) wrong.push(`${lang} ${key}: English words ${left.join(", ")} in ${JSON.stringify(ownOutputs[0])}`);
    }
    for (const key of [...catalogue.keys()].filter((key) => english.has(key))) {
      const same = catalogue.get(key) === english.get(key);
      const hasWords = formatAll(english.get(key)!, "en").outputs.some((output) => words(output).length > 0);
      const listed = SAME_AS_ENGLISH[lang].includes(key);
      if (same && hasWords && !listed) wrong.push(`${lang} ${key} is the English message ${JSON.stringify(english.get(key))}`);
      if (listed && !same) wrong.push(`${lang} ${key} is listed as the same as English, but it is not: take it off SAME_AS_ENGLISH`);
    }
  }
  assert.equal(wrong, []);
});

files("plurals have exactly the CLDR forms of the language: six in Arabic, four in Russian; `=0` wherever English has it", () => {
  const wrong: string[] = [];
  for (const lang of LANGUAGES) {
    assert.equal(new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort(), [...PLURAL_FORMS[lang]].sort(), `the runtime's plural rules for ${lang}`);
    const catalogue = catalogueOf(lang);
    for (const key of translatedKeys(catalogue)) {
      const withZero = new Set(pluralsOf(new IntlMessageFormat(english.get(key)!, "en").getAst()).filter((plural) => plural.keys.includes("=0")).map((plural) => plural.name));
      for (const plural of pluralsOf(new IntlMessageFormat(catalogue.get(key)!, lang).getAst())) {
        const forms = plural.keys.filter((form) => !form.startsWith("="));
        if (forms.slice().sort().join() !== [...PLURAL_FORMS[lang]].sort().join()) wrong.push(`${lang} ${key} {${plural.name}}: forms ${forms} (want ${PLURAL_FORMS[lang]})`);
        if (withZero.has(plural.name) && !plural.keys.includes("=0")) wrong.push(`${lang} ${key} {${plural.name}}: no =0 where English has one`);
      }
    }
  }
  assert.equal(wrong, []);
});

files("Arabic, Chinese and Russian outputs have no Latin letter; Chinese and Russian may name Atom, JSON and JavaScript", () => {
  const wrong: string[] = [];
  for (const lang of ["ar", "zh", "ru"] as const) {
    const catalogue = catalogueOf(lang);
    const names = lang === "ar" ? [] : PROPER_NAMES;
    for (const key of [...catalogue.keys()]) {
      const outputs = formatAll(catalogue.get(key)!, lang).outputs;
      for (const output of outputs) {
        const rest = names.reduce((text, name) => text.replaceAll(name, ""), output);
        if (/[A-Za-z]/.test(rest)) wrong.push(`${lang} ${key}: ${JSON.stringify(output)}`);
      }
    }
  }
  assert.equal(wrong, []);
});

files("zone names: every zone of the English table, of the sample's stories and UTC, each a real IANA zone, formatting in and out of summer time", () => {
  const wrong: string[] = [];
  for (const lang of LANGUAGES) {
    const catalogue = catalogueOf(lang);
    const zones = [...catalogue.keys()].filter((key) => key.startsWith("zone."));
    const missing = REQUIRED_ZONES.filter((key) => !catalogue.has(key));
    if (missing.length) wrong.push(`${lang} names no ${missing.join(", ")}`);
    for (const key of zones) {
      if (!DateTime.now().setZone(key.slice("zone.".length)).isValid) wrong.push(`${lang} ${key}: not an IANA zone`);
      const format = new IntlMessageFormat(catalogue.get(key)!, lang);
      const args = [...argumentsOf(format.getAst()).keys()];
      if (args.some((name) => name !== "daylight")) wrong.push(`${lang} ${key}: takes ${args}, only {daylight} is given`);
      for (const daylight of ["yes", "no"]) {
        const name = String(format.format({ daylight }));
        if (!/\p{L}/u.test(name) || /[{}]/.test(name)) wrong.push(`${lang} ${key}: ${JSON.stringify(name)}`);
      }
    }
  }
  assert.equal(wrong, []);
});

files.run();

const editors = suite("exact outputs an editor of each language checks");

function say(lang: string, key: string, values: Record<string, Value> = {}): string {
  const message = catalogues.byLanguage.get(lang.split("-u-")[0]!)!.get(key)!;
  return String(new IntlMessageFormat(message, lang).format<string>(values));
}

editors("Arabic: the six forms of a count, in Latin and in Arabic-Indic digits; arrows of a mirrored page", () => {
  const comments = [0, 1, 2, 3, 11, 100].map((count) => say("ar", "comments.count", { count }));
  assert.equal(comments, ["لا توجد تعليقات بعد", "تعليق واحد", "تعليقان", "3 تعليقات", "11 تعليقًا", "100 تعليق"]);
  assert.is(say("ar-u-nu-arab", "comments.count", { count: 3 }), "٣ تعليقات");
  assert.equal([1, 2, 5, 11].map((count) => say("ar", "listing.count", { count })), ["مقال واحد", "مقالان", "5 مقالات", "11 مقالًا"]);
  assert.is(say("ar", "problems.inFiles", { kind: "errors", count: 2, files: 1 }), "خطآن في ملف واحد");
  assert.is(say("ar", "problems.inFiles", { kind: "warnings", count: 11, files: 3 }), "11 تحذيرًا في 3 ملفات");
  assert.is(say("ar", "commentForm.limit", { limit: 1500 }), "(حتى 1,500 حرف)");
  assert.is(say("ar", "commentForm.limit", { limit: 2 }), "(حتى حرفين)");
  assert.equal(["pager.newer", "pager.older", "pager.previous", "pager.next"].map((key) => say("ar", key)), ["→ الأحدث", "الأقدم ←", "→ السابق", "التالي ←"]);
});

editors("Russian: one, few, many and fractions, in every case a sentence needs", () => {
  assert.equal([0, 1, 2, 5, 21, 1.5].map((count) => say("ru", "comments.count", { count })), ["Комментариев пока нет", "1 комментарий", "2 комментария", "5 комментариев", "21 комментарий", "1,5 комментария"]);
  assert.is(say("ru", "problems.inFiles", { kind: "errors", count: 2, files: 1 }), "2 ошибки в 1 файле");
  assert.is(say("ru", "problems.inFiles", { kind: "warnings", count: 5, files: 3 }), "5 предупреждений в 3 файлах");
  assert.is(say("ru", "commentForm.limit", { limit: 1500 }), "(не более 1\u00A0500 символов)");
  assert.is(say("ru", "commentForm.limit", { limit: 21 }), "(не более 21 символа)");
});

editors("French: singular up to two, « de » for round millions, narrow no-break spaces before ? and :", () => {
  assert.equal([0, 1, 1.5, 2, 1_000_000].map((count) => say("fr", "comments.count", { count })), ["Aucun commentaire pour l’instant", "1 commentaire", "1,5 commentaire", "2 commentaires", "1\u202F000\u202F000 de commentaires"]);
  assert.is(say("fr", "listing.count", { count: 1_000_000 }), "1\u202F000\u202F000 d’articles");
  assert.is(say("fr", "reaction.question"), "Cet article vous a-t-il plu\u202F?");
  assert.is(say("fr", "problems.errorsHeading", { counts: "2 erreurs" }), "Erreurs\u202F: 2 erreurs");
  assert.is(say("fr", "credits.origin", { field: "IPTC Credit" }), "Crédit lu dans le champ «\u202FIPTC Credit\u202F» du fichier");
});

editors("German, Spanish, Swedish, Norwegian and Chinese counts and pages", () => {
  assert.is(say("de", "listing.countPaged", { count: 17, page: 2, pages: 3 }), "17 Artikel · Seite 2 von 3");
  assert.is(say("de", "credits.origin", { field: "EXIF Artist" }), "Bildnachweis aus dem Dateifeld „EXIF Artist“");
  assert.equal([0, 1, 2].map((count) => say("es", "comments.count", { count })), ["Aún no hay comentarios", "1 comentario", "2 comentarios"]);
  assert.is(say("es", "listing.count", { count: 1_000_000 }), "1.000.000 de artículos");
  assert.equal([0, 1, 2].map((count) => say("sv", "comments.count", { count })), ["Inga kommentarer än", "1 kommentar", "2 kommentarer"]);
  assert.equal([0, 1, 2].map((count) => say("nb", "comments.count", { count })), ["Ingen kommentarer ennå", "1 kommentar", "2 kommentarer"]);
  assert.equal([0, 1, 3].map((count) => say("zh", "comments.count", { count })), ["暂无评论", "1条评论", "3条评论"]);
  assert.is(say("zh", "listing.countPaged", { count: 17, page: 2, pages: 3 }), "共17篇文章，第2/3页");
  assert.is(say("zh", "problems.inFiles", { kind: "errors", count: 2, files: 1 }), "2个错误（涉及1个文件）");
});

editors("the intake server's answers at the values it gives: Arabic, Russian and French counts, French spacing, Chinese", () => {
  const shortened = (length: string, over: string) => `يبلغ طول تعليقك ${length}، والحد الأقصى 1,500. يُرجى اختصاره ${over}.`;
  assert.equal(
    [1, 2, 3, 11, 100].map((over) => say("ar", "intake.commentTooLong", { length: 1500 + over, limit: 1500, over })),
    [shortened("1,501 حرف", "بحرف واحد"), shortened("1,502 حرف", "بحرفين"), shortened("1,503 أحرف", "بـ3 أحرف"), shortened("1,511 حرفًا", "بـ11 حرفًا"), shortened("1,600 حرف", "بـ100 حرف")],
  );
  const wait = (minutes: string) => `أُرسلت نماذج كثيرة جدًا من عنوانك على الإنترنت. يُرجى الانتظار ${minutes} ثم المحاولة مرة أخرى.`;
  assert.equal([1, 2, 3, 11].map((minutes) => say("ar", "intake.rateLimited", { minutes })), [wait("دقيقة واحدة"), wait("دقيقتين"), wait("3 دقائق"), wait("11 دقيقةً")]);
  assert.is(say("ar-u-nu-arab", "intake.tooLarge", { max: 26_192 }), "النموذج كبير جدًا (الحد الأقصى ٢٦٬١٩٢ بايتًا). يُرجى اختصار تعليقك.");
  // The server's own control-character message in Arabic names no character in Latin letters.
  assert.is(say("ar", "intake.controlCharacters", { field: "name" }), "يحتوي اسمك على رموز تحكم غير مرئية لا يمكن نشرها. يُرجى حذفها.");
  assert.equal(
    [1, 2, 5, 21].map((minutes) => say("ru", "intake.rateLimited", { minutes })),
    ["1 минуту", "2 минуты", "5 минут", "21 минуту"].map((minutes) => `Слишком много отправок с вашего адреса. Подождите ${minutes} и попробуйте ещё раз.`),
  );
  assert.equal([21, 80].map((max) => say("ru", "intake.nameTooLong", { max, length: 93 })), ["Имя может содержать не более 21 символа, а в вашем — 93.", "Имя может содержать не более 80 символов, а в вашем — 93."]);
  assert.is(say("ru", "intake.tooLarge", { max: 26_192 }), "Форма слишком велика (допускается не более 26\u00A0192 байт). Сократите комментарий.");
  assert.is(say("fr", "intake.fixThis"), "Veuillez corriger ceci puis renvoyer le formulaire\u202F:");
  assert.is(say("fr", "intake.rateLimited", { minutes: 2 }), "Trop d’envois depuis votre adresse. Veuillez patienter 2\u202Fmin avant de réessayer.");
  assert.is(say("fr", "intake.tooLarge", { max: 26_192 }), "Le formulaire est trop volumineux (26\u202F192 octets au maximum). Veuillez raccourcir votre commentaire.");
  assert.is(say("de", "intake.commentTooLong", { length: 1521, limit: 1500, over: 21 }), "Ihr Kommentar hat 1.521 Zeichen, erlaubt sind 1.500. Bitte kürzen Sie ihn um 21 Zeichen.");
  assert.is(say("zh", "intake.commentTooLong", { length: 1521, limit: 1500, over: 21 }), "您的评论共1,521字，上限为1,500字。请删减21字。");
  assert.is(say("zh", "intake.choiceMissing"), `请选择“${say("zh", "reaction.yes")}”或“${say("zh", "reaction.no")}”。`, "the words of the page's own buttons");
});

editors.run();

const times = suite("times as each newsroom prints them, through the page's words");

const site = makeTestSite();
const winter = (zone: string) => DateTime.fromISO("2026-01-14T09:30:00", { zone });
const summer = (zone: string) => DateTime.fromISO("2026-07-14T19:05:00", { zone });

times("the zone after the time, in each language's own words and order", () => {
  const time = (lang: string, value: DateTime) => pageLanguage(site, lang).time(value);
  assert.match(time("ar", winter("Asia/Beirut")), /^9:30\s?ص بتوقيت بيروت$/);
  assert.match(time("ar", winter("Europe/London")), /بتوقيت غرينتش$/);
  assert.match(time("ar", summer("Europe/London")), /بتوقيت لندن$/);
  assert.match(time("ar", winter("Asia/Riyadh")), /بتوقيت مكة المكرمة$/);
  assert.is(time("fr", winter("Europe/Paris")), "9:30, heure de Paris");
  assert.is(time("de", winter("Europe/Berlin")), "9:30 Uhr MEZ");
  assert.is(time("de", summer("Asia/Beirut")), "19:05 Uhr OESZ");
  assert.is(time("es", summer("Europe/Madrid")), "19:05 CEST");
  assert.is(time("ru", winter("Europe/Moscow")), "9:30 мск");
  assert.is(time("sv", winter("Europe/Stockholm")), "9:30 svensk tid");
  assert.is(time("nb", winter("Europe/Oslo")), "9:30 norsk tid");
  assert.is(time("zh", winter("Asia/Shanghai")), "北京时间9:30");
});

times("date and time joined as each language joins them", () => {
  const page = (lang: string) => pageLanguage(site, lang);
  const value = winter("Asia/Beirut");
  const joined = (lang: string) => page(lang).t("time.dateTime", { date: page(lang).date(value), time: page(lang).time(value) });
  assert.match(joined("ar"), /^14 يناير 2026، 9:30\s?ص بتوقيت بيروت$/);
  assert.is(joined("fr"), "14 janvier 2026 à 9:30, heure de Beyrouth");
  assert.is(joined("sv"), "14 januari 2026 kl. 9:30 libanesisk tid");
  assert.is(joined("zh"), "2026年1月14日 贝鲁特时间9:30");
});

times.run();

const datelines = suite("datelines as each language's papers set them, through the page's words");

datelines("Chinese puts the agency first and ends in 电, as Xinhua does; the others keep the city first", () => {
  const dateline = (lang: string, value: { city: string; region?: string; agency?: string }) => pageLanguage(site, lang).dateline(value);
  assert.is(dateline("zh", { city: "北京", agency: "新华社" }), "新华社北京电");
  assert.is(dateline("zh", { city: "贝鲁特", region: "黎巴嫩", agency: "路透社" }), "路透社黎巴嫩贝鲁特电");
  assert.is(dateline("zh", { city: "贝鲁特", region: "黎巴嫩" }), "黎巴嫩贝鲁特——");
  assert.is(dateline("ar", { city: "بيروت", region: "لبنان", agency: "رويترز" }), "بيروت، لبنان (رويترز) -");
  assert.is(dateline("ru", { city: "Бейрут", agency: "Рейтер" }), "БЕЙРУТ (Рейтер) —");
  assert.is(dateline("fr", { city: "Beyrouth", region: "Liban", agency: "AFP" }), "BEYROUTH, Liban (AFP) –");
  assert.is(dateline("de", { city: "München", agency: "dpa" }), "MÜNCHEN (dpa) –");
});

datelines.run();
