// Readable slugs for names and tags in Arabic, Cyrillic, Greek, Chinese and Japanese (issue 22,
// part 5), each script by the scheme its file names (romanize.ts), and the opt-in Unicode slugs:
// still safe path segments. Names are real bylines and tags from the corpus's Arabic Hugo theme,
// read in place, and names from TASS, Kathimerini, Xinhua and NHK copy.
import { readdirSync, readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isSlug, slugFor, slugIn, urlSegment } from "../../src/model/slug.ts";

const schemes = suite("ASCII slugs by each script's scheme");

const TABLE: [text: string, slug: string, why: string][] = [
  // Arabic, ALA-LC without diacritics: long vowels read, one short a guessed after an opening consonant.
  ["رنا حداد", "rana-hadad", "the sample newsroom's Arabic byline (was rn-hdd)"],
  ["لبنان", "labnan", "the sample's tag (was lbnn)"],
  ["شحن", "shahn", "the sample's other tag"],
  ["رانيا", "ranya", "ي before a long a is a consonant"],
  ["بيروت", "birut", "و and ي between consonants are long vowels"],
  ["القاهرة", "al-qahra", "the article al-, ta marbuta a"],
  ["علي", "ali", "ع is silent, final ي a long i"],
  ["مُحَمَّد", "muhammad", "vowel signs and shadda, where the text has them, are read"],
  ["تهران", "tahran", "Persian"],
  ["انفجار في بيروت", "anfjar-fi-birut", "a word opening with a vowel gets no guessed a"],
  ["٢٠٢٦", "2026", "Arabic-Indic digits"],
  // Russian by BGN/PCGN, Ukrainian by its national system, Serbian by its own Latin alphabet.
  ["Ирина Петрова", "irina-petrova", "Russian"],
  ["Борис Ельцин", "boris-yeltsin", "е at a word's start is ye"],
  ["Пётр Хохлов", "pyotr-khokhlov", "ё yo, х kh"],
  ["Пожар в Москве", "pozhar-v-moskve", "a TASS headline"],
  ["Київ", "kyiv", "Ukrainian: и y, ї i"],
  ["Харків", "kharkiv", "Ukrainian: х kh, і i"],
  ["Юрій Запоріжжя", "yurii-zaporizhzhia", "Ukrainian: ю yu at the start, я ia inside"],
  ["Новак Ђоковић", "novak-djokovic", "Serbian"],
  // Greek by ELOT 743.
  ["Γιώργος Παπαδόπουλος", "giorgos-papadopoulos", "ου is ou"],
  ["Ελευθέριος Βενιζέλος", "eleftherios-venizelos", "ευ before θ is ef"],
  ["Ευρώπη", "evropi", "ευ before ρ is ev"],
  ["Χανιά", "chania", "χ is ch"],
  ["Ντόρα Μπακογιάννη", "dora-bakogianni", "ντ and μπ opening a word are d and b"],
  ["Αγγελική", "angeliki", "γγ is ng"],
  ["αϋπνία", "aypnia", "a dialytika parts the pair"],
  // Chinese: pinyin word by word (ICU's dictionary finds the words).
  ["北京大学", "beijing-daxue", "two words"],
  ["上海 浦东", "shanghai-pudong", "words a space apart"],
  // Japanese kana by Hepburn, long vowels shortened as the passport writes them.
  ["とうきょう", "tokyo", "hiragana, a long o"],
  ["ワシントン", "washinton", "katakana: シ shi"],
  ["ちょっと", "chotto", "small tsu doubles, small yo joins"],
  ["ファッション", "fasshon", "katakana's ファ fa"],
  // Left to the transliteration library, which reads them well enough.
  ["서울", "seoul", "Korean"],
];

for (const [text, slug, why] of TABLE) {
  schemes(`${why}: ${text}`, () => {
    assert.is(slugFor(text), slug);
  });
}

schemes.run();

// ---------------------------------------------------------------------------------------------

const corpus = suite("the Arabic Hugo theme's bylines and tags (../shared/corpus/markdown/hugo-news-theme/)");

const THEME = new URL("../../../shared/corpus/markdown/hugo-news-theme/", import.meta.url);

corpus("every byline and tag gets a slug whose words hold vowels, as names a reader can say", () => {
  const slugs = new Map<string, string>();
  for (const file of readdirSync(THEME).filter((name) => name.endsWith(".md"))) {
    const text = readFileSync(new URL(file, THEME), "utf8");
    const author = /^author: "(.*)"$/m.exec(text)?.[1];
    const tags = /^tags: (\[.*\])$/m.exec(text)?.[1];
    for (const name of [...(author ? [author] : []), ...(tags ? (JSON.parse(tags) as string[]) : [])]) slugs.set(name, slugFor(name));
  }
  assert.ok(slugs.size > 40, `${slugs.size} names`);
  for (const [name, slug] of slugs) {
    assert.ok(isSlug(slug), `${name} → ${slug}`);
    // The old letter-for-letter slugs had words with no vowel at all (رنا حداد → rn-hdd); one-letter
    // abbreviations (`د.` for doctor) are the exception.
    for (const word of slug.split("-")) assert.ok(word.length === 1 || /[aeiou]/.test(word), `${name} → ${slug}`);
  }
  assert.is(slugs.get("رانيا البحيري"), "ranya-al-bahiri");
  assert.is(slugs.get("نورة القحطاني"), "nura-al-qahtani");
  assert.is(slugs.get("يوسف العمري"), "yusf-al-amri");
  assert.is(slugs.get("صحة نفسية"), "saha-nafsya");
});

corpus.run();

// ---------------------------------------------------------------------------------------------

const unicode = suite("Unicode slugs, where the site asks for them");

unicode("keep the text's own letters and digits, in lower case and NFC", () => {
  const table: [string, string][] = [
    ["رنا حداد", "رنا-حداد"],
    ["لبنان", "لبنان"],
    ["Пожар в Москве", "пожар-в-москве"],
    ["ΑΘΗΝΑ", "αθηνα"],
    ["北京 大学", "北京-大学"],
    ["Cambrios被Gartner評選為「最酷供應商」", "cambrios-被-gartner-評選為-最酷供應商"],
    ["Militärövning i jätteformat", "militärövning-i-jätteformat"],
    ["नई दिल्ली", "नई-दिल्ली"],
    ["U.S. stocks: Beirut's port", "us-stocks-beiruts-port"],
    // NFD input comes out composed.
    ["Zu\u0308rich", "zürich"],
  ];
  for (const [text, slug] of table) assert.is(slugIn("unicode", text), slug, text);
});

unicode("never holds a control, bidi, zero-width or other invisible character, a dot, or a mark without its letter", () => {
  const hostile = [
    "\u202eevil\u202c txt", // right-to-left override
    "ab\u200bcd", // zero-width space
    "نا\u200fم", // right-to-left mark inside Arabic
    "\u3164", // Hangul filler: a letter that shows nothing
    "a\ufe0fb", // variation selector
    "index.html",
    "..",
    "\u0301abc", // a combining accent with no letter before it
    "x.\u0301y", // a dot with the accent after it
    "tab\there\u0000nul",
  ];
  for (const text of hostile) {
    const slug = slugIn("unicode", text);
    assert.not.match(slug, /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}.]/u, JSON.stringify(text));
    assert.not.match(slug, /(?:^|-)\p{M}/u, JSON.stringify(text));
    assert.ok(slug === "" || isSlug(slug, "unicode"), JSON.stringify(text));
  }
  assert.is(slugIn("unicode", "\u202eevil\u202c txt"), "evil-txt");
  assert.is(slugIn("unicode", "\u3164"), "");
  assert.is(slugIn("unicode", "index.html"), "index-html");
});

unicode("stays within 80 characters and 200 bytes, cut at a word or a whole character", () => {
  const arabic = "مرفأ بيروت يستقبل أول سفينة حبوب بعد إعادة تأهيل الأرصفة في اختبار أول لقدرة المرفأ على تخزين الحبوب";
  const cut = slugIn("unicode", arabic);
  assert.ok([...cut].length <= 80 && Buffer.byteLength(cut) <= 200, cut);
  assert.ok(arabic.replace(/ /g, "-").startsWith(cut), cut);
  // One unbroken CJK word: three bytes a character, so 66 characters.
  const chinese = slugIn("unicode", "中".repeat(120));
  assert.is(chinese, "中".repeat(66));
  // Devanagari letters keep their vowel signs when a long word is cut.
  const hindi = slugIn("unicode", "दिल्ली".repeat(30));
  assert.ok(Buffer.byteLength(hindi) <= 200 && hindi.endsWith("ली"), hindi);
});

unicode("a source's slug is used as it is only if it is already one; segments follow the mode", () => {
  assert.ok(isSlug("رنا-حداد", "unicode"));
  assert.not.ok(isSlug("رنا حداد", "unicode"));
  assert.not.ok(isSlug("Пожар", "unicode"), "capitals");
  assert.not.ok(isSlug("رنا-حداد"), "ASCII is the default");
  assert.equal(urlSegment("tag", "لبنان", "unicode"), { ok: true, slug: "لبنان" });
  assert.equal(urlSegment("tag", "لبنان"), { ok: true, slug: "labnan" });
  assert.equal(urlSegment("page", "Search", "unicode"), { ok: true, slug: "search-page", repaired: '"search" is an address the site uses itself, so its page is at "search-page"' });
});

unicode.run();
