// The intake server answers in the reader's language (src/comments/intake-language.ts): the
// hidden `lang` field the article page's forms send (templates/partials/comment-form.njk,
// reaction-form.njk) picks the catalogue by the pages' chain (`fr-CA` → `fr` → the site's
// language → `en`); a missing or forged `lang` gets the site's language, never an error.
//
// The French and Arabic words come from a small catalogue folder this suite writes beside the
// project's own English (messages/en.json, read in place), so the suite does not wait on the
// translators: each expected text is the message of the language the row names, formatted here.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "cheerio";
import { IntlMessageFormat } from "intl-messageformat";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { IntakeMessagesError, LANG_FIELD_MAX, requestedLanguage } from "../../src/comments/intake-language.ts";
import { INTAKE_KEYS } from "../../src/comments/intake-messages.ts";
import { startIntakeServer } from "../../src/comments/intake-server.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import { ARTICLE_URL, type Answer, BUILT_ARTICLES, FORM, JSON_ACCEPT, SITE_ORIGIN, on, send, writeArticleList } from "./intake-fixture.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ENGLISH_TEXT = await readFile(join(ROOT, "messages", "en.json"), "utf8");
const ENGLISH = JSON.parse(ENGLISH_TEXT) as Record<string, string>;

/** A French desk's words for the answers of the table (not every key: the rest falls back to English). */
const FRENCH: Record<string, string> = {
  "intake.nameMissing": "Veuillez indiquer votre nom.",
  "intake.commentTooLong": "Votre commentaire compte {length, plural, one {# caractère} other {# caractères}}, pour une limite de {limit, number}. Veuillez le raccourcir de {over, plural, one {# caractère} other {# caractères}}.",
  "intake.choiceMissing": "Veuillez répondre par Oui ou par Non.",
  "intake.articleUnknown": "Ce formulaire concerne un article absent de ce site. Veuillez l’envoyer depuis la page de l’article.",
  "intake.rateLimited": "Trop d’envois depuis votre adresse. Veuillez patienter {minutes, plural, one {# minute} other {# minutes}} avant de réessayer.",
  "intake.commentRefused": "Votre commentaire n’a pas été envoyé",
  "intake.reactionRefused": "Votre réponse n’a pas été envoyée",
  "intake.fixThis": "Veuillez corriger ceci puis renvoyer le formulaire\u202F:",
  "intake.backButton": "Le bouton Précédent de votre navigateur vous ramène au formulaire.",
  "intake.backToArticle": "Retour à l’article",
  "intake.backToFront": "Retour à la une",
  "intake.wroteHeading": "Ce que vous avez écrit",
  "intake.wroteNote": "Copiez-le avant de quitter cette page si votre navigateur ne le conserve pas.",
  "commentForm.received": "Merci\u202F: votre commentaire est parvenu à la rédaction. Un éditeur lit chaque commentaire avant sa publication.",
  "reaction.received": "Merci pour votre réponse.",
};

/** Arabic, with the six plural forms of a count (zero, one, two, few 3–10, many 11–99, other 100+). */
const CHARACTERS = "{n, plural, zero {# حرف} one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}}";
const ARABIC: Record<string, string> = {
  "intake.nameMissing": "يُرجى كتابة اسمك.",
  "intake.commentTooLong": `تعليقك أطول من الحد المسموح (${CHARACTERS.replace("{n,", "{limit,")}). يُرجى اختصاره {over, plural, zero {بـ# حرف} one {بحرف واحد} two {بحرفين} few {بـ# أحرف} many {بـ# حرفًا} other {بـ# حرف}}.`,
  "intake.choiceMissing": "يُرجى الإجابة بنعم أو لا.",
  "intake.articleUnknown": "هذا النموذج لمقال غير موجود على هذا الموقع. يُرجى إرساله من صفحة المقال.",
  "intake.commentRefused": "لم يُرسَل تعليقك",
  "intake.reactionRefused": "لم تُرسَل إجابتك",
  "intake.fixThis": "يُرجى تصحيح ما يلي ثم إعادة الإرسال:",
  "intake.backButton": "يعيدك زر الرجوع في متصفحك إلى النموذج.",
  "intake.backToArticle": "العودة إلى المقال",
  "intake.backToFront": "العودة إلى الصفحة الأولى",
  "intake.wroteHeading": "ما كتبته",
  "intake.wroteNote": "انسخه قبل مغادرة هذه الصفحة إن لم يحتفظ به متصفحك.",
  "commentForm.received": "شكرًا لك: وصل تعليقك إلى غرفة الأخبار. يقرأ أحد المحررين كل تعليق قبل نشره.",
  "reaction.received": "شكرًا على إجابتك.",
};

const CATALOGUES: Record<string, Record<string, string>> = { fr: FRENCH, ar: ARABIC };

async function catalogueFolder(files: Record<string, Record<string, string> | string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "dateline-intake-messages-"));
  for (const [lang, messages] of Object.entries(files)) await writeFile(join(dir, `${lang}.json`), typeof messages === "string" ? messages : JSON.stringify(messages, null, 2));
  return dir;
}

const folders: string[] = [];
const MESSAGES = await catalogueFolder({ en: ENGLISH_TEXT, fr: FRENCH, ar: ARABIC });
folders.push(MESSAGES);

/** What a reader of `lang` reads for `key`: that language's message if the catalogue has it, else the English one. */
function words(lang: string, key: string, values: Record<string, string | number> = {}, locale = lang): string {
  const message = CATALOGUES[lang]?.[key] ?? ENGLISH[key];
  assert.ok(message, `no message ${key}`);
  return String(new IntlMessageFormat(message!, locale).format(values));
}

/** The limit the table's comment forms meet: a short one, so a count of each Arabic plural form is a short comment. */
const LIMIT = 20;
const SITE = makeTestSite({ comments: { endpoint: "https://comments.example.com/comment", maxLength: LIMIT, policyUrl: "/comment-policy/" } });

/** A body as the article page's form sends it: its fields in the form's order, `lang` after `url` as given (absent, once or repeated). */
function body(fields: Record<string, string>, lang: string | string[] | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    params.append(key, value);
    if (key === "url") for (const one of lang === undefined ? [] : [lang].flat()) params.append("lang", one);
  }
  return params.toString();
}

const COMMENT = { article: "harbour-reopens", url: "/2026/11/18/harbour-reopens/", name: "Maya Haddad", email: "maya@example.com", comment: "Good news.", website: "" };
const REACTION = { article: "harbour-reopens", url: "/2026/11/18/harbour-reopens/", website: "", choice: "yes" };

interface Expected {
  /** The field the message is on; undefined for the thanks (`message` of a 202). */
  field?: string;
  key: string;
  values?: Record<string, string | number>;
}

/** Submissions a browser sends, each with the answer it gets in any language. */
const SUBMISSIONS: { label: string; path: string; fields: Record<string, string>; status: number; expected: Expected }[] = [
  { label: "a comment", path: "/comment", fields: COMMENT, status: 202, expected: { key: "commentForm.received" } },
  { label: "a comment without a name", path: "/comment", fields: { ...COMMENT, name: "" }, status: 400, expected: { field: "name", key: "intake.nameMissing" } },
  { label: "a comment 3 over the limit", path: "/comment", fields: { ...COMMENT, comment: "x".repeat(LIMIT + 3) }, status: 400, expected: { field: "comment", key: "intake.commentTooLong", values: { length: LIMIT + 3, limit: LIMIT, over: 3 } } },
  { label: "a comment on a story the site does not list", path: "/comment", fields: { ...COMMENT, article: "no-such-story", url: "/2026/11/18/no-such-story/" }, status: 400, expected: { field: "article", key: "intake.articleUnknown" } },
  { label: "a comment with a mistyped address (no French or Arabic yet: English)", path: "/comment", fields: { ...COMMENT, email: "maya at example.com" }, status: 400, expected: { field: "email", key: "intake.emailInvalid", values: { example: "name@example.com" } } },
  { label: "an answer", path: "/reaction", fields: REACTION, status: 202, expected: { key: "reaction.received" } },
  { label: "an answer that is neither Yes nor No", path: "/reaction", fields: { ...REACTION, choice: "maybe" }, status: 400, expected: { field: "choice", key: "intake.choiceMissing" } },
];

/** `lang` as sent → the language answered, on a site whose language is English. */
const LANGUAGES: [string, string | string[] | undefined, string][] = [
  ["English", "en", "en"],
  ["French", "fr", "fr"],
  ["Arabic", "ar", "ar"],
  ["Canadian French: its base language's catalogue", "fr-CA", "fr"],
  ["capitals, as a hand-written form may send them", "FR", "fr"],
  ["Arabic with a numbering extension", "ar-u-nu-latn", "ar"],
  ["a language with no catalogue: the site's", "xx", "en"],
  ["Chinese, whose catalogue this folder lacks: the site's", "zh-Hant-TW", "en"],
  ["absent", undefined, "en"],
  ["empty", "", "en"],
  ["sent twice", ["fr", "ar"], "en"],
  ["markup", `"><script>alert(1)</script>`, "en"],
  ["a NUL after the tag", "fr\u0000", "en"],
  ["a line feed after the tag", "fr\n", "en"],
  ["an underscore (not a tag, though some systems write fr_CA)", "fr_CA", "en"],
  [`a well-formed tag longer than ${LANG_FIELD_MAX} characters`, "fr-x-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd", "en"],
];

function wordsOf(answer: Answer, expected: Expected): string {
  const json = answer.json();
  if (expected.field === undefined) return String(json.message);
  return String((json.errors as Record<string, string>)[expected.field]);
}

// ---------------------------------------------------------------------------------------------

const table = suite("intake server: each submission in each language a form may name");

table(
  "JSON answers: the message of the row's key, in the language the chain gives; lang, dir and Content-Language say which",
  on({ site: SITE, messagesDir: MESSAGES }, async (context) => {
    for (const submission of SUBMISSIONS) {
      for (const [label, lang, answered] of LANGUAGES) {
        const where = `${submission.label}, lang ${label}`;
        const answer = await send(context.intake, "POST", submission.path, body(submission.fields, lang), { ...JSON_ACCEPT, Origin: SITE_ORIGIN });
        assert.is(answer.status, submission.status, where);
        const json = answer.json();
        assert.is(json.lang, answered, where);
        assert.is(json.dir, answered === "ar" ? "rtl" : "ltr", where);
        assert.is(answer.headers["content-language"], answered, where);
        const { key, values } = submission.expected;
        assert.is(wordsOf(answer, submission.expected), words(answered, key, values), where);
        if (submission.status !== 202) assert.equal(Object.keys(json.errors as object), [submission.expected.field], where);
      }
    }
  }),
);

table(
  "a site in French: a form naming no language, or one without a catalogue, is answered in French, not English",
  on({ site: makeTestSite({ lang: "fr", comments: SITE.comments }), messagesDir: MESSAGES }, async (context) => {
    for (const lang of [undefined, "xx", "de-CH", "<b>", "ar\u202e"]) {
      const answer = await send(context.intake, "POST", "/comment", body({ ...COMMENT, name: "" }, lang), JSON_ACCEPT);
      assert.is(answer.json().lang, "fr", String(lang));
      assert.is((answer.json().errors as Record<string, string>).name, FRENCH["intake.nameMissing"], String(lang));
    }
    const arabic = await send(context.intake, "POST", "/comment", body({ ...COMMENT, name: "" }, "ar"), JSON_ACCEPT);
    assert.is((arabic.json().errors as Record<string, string>).name, ARABIC["intake.nameMissing"], "a language with a catalogue still wins over the site's");
  }),
);

table(
  "Arabic counts: each plural form of the characters over the limit, and of the limit itself",
  on({ site: SITE, messagesDir: MESSAGES }, async (context) => {
    const told: string[] = [];
    for (const over of [1, 2, 3, 11, 100]) {
      const answer = await send(context.intake, "POST", "/comment", body({ ...COMMENT, comment: "ب".repeat(LIMIT + over) }, "ar"), JSON_ACCEPT);
      told.push((answer.json().errors as Record<string, string>).comment!);
    }
    const sentence = (over: string) => `تعليقك أطول من الحد المسموح (20 حرفًا). يُرجى اختصاره ${over}.`;
    assert.equal(told, [sentence("بحرف واحد"), sentence("بحرفين"), sentence("بـ3 أحرف"), sentence("بـ11 حرفًا"), sentence("بـ100 حرف")]);
  }),
);

table(
  "an Arabic edition that prints Arabic-Indic digits: the counts in an answer use them too, as its pages do",
  on(
    {
      site: makeTestSite({
        comments: SITE.comments,
        editions: [{ lang: "ar", digits: "arab" }],
        sections: [
          { slug: "news", name: "News", names: { ar: "أخبار" } },
          { slug: "world", name: "World", names: { ar: "العالم" } },
        ],
      }),
      messagesDir: MESSAGES,
    },
    async (context) => {
      const answer = await send(context.intake, "POST", "/comment", body({ ...COMMENT, comment: "x".repeat(LIMIT + 3) }, "ar"), JSON_ACCEPT);
      assert.is((answer.json().errors as Record<string, string>).comment, "تعليقك أطول من الحد المسموح (٢٠ حرفًا). يُرجى اختصاره بـ٣ أحرف.");
      const english = await send(context.intake, "POST", "/comment", body({ ...COMMENT, comment: "x".repeat(LIMIT + 3) }, "en"), JSON_ACCEPT);
      assert.match(String((english.json().errors as Record<string, string>).comment), /has 23 characters; the limit is 20\./, "the English edition keeps its digits");
    },
  ),
);

table(
  "the rate limit's wait, in minutes by the language's plural rules",
  on({ site: SITE, messagesDir: MESSAGES, rateLimit: { max: 1, windowMs: 60_000 } }, async (context) => {
    assert.is((await send(context.intake, "POST", "/comment", body(COMMENT, "fr"), JSON_ACCEPT)).status, 202);
    const refused = await send(context.intake, "POST", "/comment", body(COMMENT, "fr"), JSON_ACCEPT);
    assert.is(refused.status, 429);
    assert.is((refused.json().errors as Record<string, string>).form, "Trop d’envois depuis votre adresse. Veuillez patienter 1 minute avant de réessayer.");
  }),
);

table.run();

// ---------------------------------------------------------------------------------------------

const pages = suite("intake server: the page a refused plain form gets, in the form's language");

const NAVIGATE = { "Content-Type": FORM, Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", Origin: SITE_ORIGIN, Referer: ARTICLE_URL };

pages(
  "Arabic: <html lang=ar dir=rtl>, every word of the page Arabic, what the reader wrote shown back",
  on({ site: SITE, messagesDir: MESSAGES }, async (context) => {
    const answer = await send(context.intake, "POST", "/comment", body({ ...COMMENT, name: "", comment: "ميناء بيروت يعود" }, "ar"), NAVIGATE);
    assert.is(answer.status, 400);
    assert.is(answer.headers["content-language"], "ar");
    const $ = load(answer.text);
    assert.is($("html").attr("lang"), "ar");
    assert.is($("html").attr("dir"), "rtl");
    assert.is($("title").text(), ARABIC["intake.commentRefused"]);
    assert.is($("h1").text(), ARABIC["intake.commentRefused"]);
    assert.equal($("li").toArray().map((item) => $(item).text()), [ARABIC["intake.nameMissing"]]);
    assert.is($("main > p").first().text(), ARABIC["intake.fixThis"]);
    assert.is($("a").text(), ARABIC["intake.backToArticle"]);
    assert.is($("a").attr("href"), ARTICLE_URL);
    assert.is($("h2").text(), ARABIC["intake.wroteHeading"]);
    assert.is($("pre").text(), "ميناء بيروت يعود");
    assert.not.match($("body").text(), /[A-Za-z]/, "no English word left on the page");
  }),
);

pages(
  "French and Canadian French: lang=fr dir=ltr; a reaction's own title; the front page when the article is unknown",
  on({ site: SITE, messagesDir: MESSAGES }, async (context) => {
    for (const lang of ["fr", "fr-CA"]) {
      const answer = await send(context.intake, "POST", "/reaction", body({ ...REACTION, choice: "maybe" }, lang), NAVIGATE);
      const $ = load(answer.text);
      assert.equal([$("html").attr("lang"), $("html").attr("dir")], ["fr", "ltr"], lang);
      assert.is($("title").text(), FRENCH["intake.reactionRefused"], lang);
      assert.is($("a").text(), FRENCH["intake.backToArticle"], lang);
    }
    const unknown = load((await send(context.intake, "POST", "/comment", body({ ...COMMENT, article: "no-such-story", url: "/2026/11/18/no-such-story/" }, "fr"), NAVIGATE)).text);
    assert.is(unknown("a").text(), FRENCH["intake.backToFront"]);
    assert.is(unknown("a").attr("href"), `${SITE_ORIGIN}/`);
  }),
);

pages(
  "a forged lang: the site's language, and the forged value nowhere on the page",
  on({ site: SITE, messagesDir: MESSAGES }, async (context) => {
    for (const lang of [`ar" onload="alert(1)`, "<svg/onload=alert(1)>", "ar\u0000"]) {
      const answer = await send(context.intake, "POST", "/comment", body({ ...COMMENT, name: "" }, lang), NAVIGATE);
      assert.is(answer.status, 400, lang);
      const $ = load(answer.text);
      assert.equal([$("html").attr("lang"), $("html").attr("dir")], ["en", "ltr"], lang);
      assert.is($("title").text(), ENGLISH["intake.commentRefused"], lang);
      assert.not.ok(answer.text.includes("onload"), lang);
      assert.is($("svg").length, 0, lang);
    }
  }),
);

pages("requestedLanguage: one plain tag, canonical; anything else undefined", () => {
  assert.is(requestedLanguage("fr-ca"), "fr-CA");
  assert.is(requestedLanguage("ZH-hant-tw"), "zh-Hant-TW");
  for (const forged of ["", " fr", "fr ", "fr_CA", "x-private", "fr--CA", "-fr", "fr\u0000", "fr\u202e", "ar;", "a".repeat(LANG_FIELD_MAX + 1), `fr-${"a".repeat(LANG_FIELD_MAX)}`]) {
    assert.is(requestedLanguage(forged), undefined, JSON.stringify(forged));
  }
  const longest = "fr-CA-x-aaaaaaaa-bbbbbbbb-cccccc-dd";
  assert.is(longest.length, LANG_FIELD_MAX);
  assert.is(requestedLanguage(longest), longest, "35 characters is still a tag");
});

pages.run();

// ---------------------------------------------------------------------------------------------

const hostile = suite("intake server: a catalogue cannot put markup on the page, nor break an answer");

const HOSTILE_FRENCH = {
  ...FRENCH,
  // ICU quotes: these format to literal markup, which the page must print as text.
  "intake.commentRefused": "'<script>'alert(1)'</script>' & \"non\" envoyé",
  "intake.nameMissing": "Nom '<img src=x onerror=alert(1)>' manquant",
  "intake.backToArticle": "'<a href=\"javascript:alert(1)\">'retour",
  // Tags and placeholders the server gives no value for: these read, but do not format.
  "intake.fixThis": "Corrigez <b>ceci</b> puis renvoyez\u202F:",
  "intake.backButton": "Le bouton {bouton} vous ramène au formulaire.",
};

hostile(
  "quoted markup in a message is printed as text; unformattable messages answer in English, logged once each",
  async () => {
    const folder = await catalogueFolder({ en: ENGLISH_TEXT, fr: HOSTILE_FRENCH });
    folders.push(folder);
    const lines: string[] = [];
    await on({ site: SITE, messagesDir: folder, log: (line) => lines.push(line) }, async (context) => {
      for (let round = 0; round < 2; round += 1) {
        const answer = await send(context.intake, "POST", "/comment", body({ ...COMMENT, name: "" }, "fr"), NAVIGATE);
        assert.is(answer.status, 400);
        const $ = load(answer.text);
        assert.is($("script, img").length, 0);
        assert.is($("a").length, 1);
        assert.is($("a").attr("href"), ARTICLE_URL);
        assert.is($("title").text(), `<script>alert(1)</script> & "non" envoyé`);
        assert.is($("li").text(), "Nom <img src=x onerror=alert(1)> manquant");
        assert.is($("a").text(), `<a href="javascript:alert(1)">retour`);
        assert.is($("main > p").first().text(), ENGLISH["intake.fixThis"]);
        assert.ok(answer.text.includes(`<title>&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;non&#34; envoyé</title>`));
        assert.is($("html").attr("lang"), "fr");
      }
    })();
    const broken = lines.filter((line) => line.startsWith("The message"));
    assert.is(broken.length, 2, broken.join("\n"));
    assert.match(broken.join("\n"), /"intake\.fixThis" in fr cannot be formatted/);
    assert.match(broken.join("\n"), /"intake\.backButton" in fr cannot be formatted/);
  },
);

hostile(
  "a message that is not ICU at all is the loader's error, logged at start; its language falls back for it",
  async () => {
    const folder = await catalogueFolder({ en: ENGLISH_TEXT, fr: { ...FRENCH, "intake.nameMissing": "Nom {manquant" } });
    folders.push(folder);
    const lines: string[] = [];
    await on({ site: SITE, messagesDir: folder, log: (line) => lines.push(line) }, async (context) => {
      assert.match(lines.join("\n"), /fr\.json: intake\.nameMissing: is not an ICU message/);
      const answer = await send(context.intake, "POST", "/comment", body({ ...COMMENT, name: "" }, "fr"), JSON_ACCEPT);
      assert.is(answer.json().lang, "fr");
      assert.is((answer.json().errors as Record<string, string>).name, ENGLISH["intake.nameMissing"]);
    })();
  },
);

hostile("a reference catalogue without the server's messages: the server does not start, and says which", async () => {
  const withoutIntake = Object.fromEntries(Object.entries(ENGLISH).filter(([key]) => !key.startsWith("intake.")));
  const folder = await catalogueFolder({ en: withoutIntake });
  folders.push(folder);
  const root = await mkdtemp(join(tmpdir(), "dateline-intake-"));
  folders.push(root);
  await writeArticleList(join(root, "_site"), BUILT_ARTICLES);
  const refused = await startIntakeServer({ site: SITE, messagesDir: folder, queueDir: join(root, "moderation"), builtDir: join(root, "_site"), port: 0, log: () => undefined }).then(
    (server) => server.close().then(() => undefined),
    (cause: unknown) => cause,
  );
  assert.instance(refused, IntakeMessagesError);
  assert.equal((refused as IntakeMessagesError).missing, INTAKE_KEYS.filter((key) => key.startsWith("intake.")));
});

hostile("every key the server says is in messages/en.json, and en.json has no intake message the server never says", () => {
  assert.equal(INTAKE_KEYS.filter((key) => !(key in ENGLISH)), []);
  assert.equal(Object.keys(ENGLISH).filter((key) => key.startsWith("intake.") && !(INTAKE_KEYS as readonly string[]).includes(key)), []);
});

hostile.run();

// ---------------------------------------------------------------------------------------------

const script = suite("npm run comments:serve: the catalogues of DATELINE_MESSAGES");
// The last suite of the file: the catalogue folders every suite used go with it.
script.after(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

script("the script words its answers from DATELINE_MESSAGES, as the build reads it", async () => {
  const root = await mkdtemp(join(tmpdir(), "dateline-intake-"));
  folders.push(root);
  await writeArticleList(join(root, "_site"), BUILT_ARTICLES);
  await mkdir(join(root, "moderation"));
  const env = { ...process.env, DATELINE_MESSAGES: MESSAGES, COMMENTS_PORT: "0", COMMENTS_QUEUE_DIR: join(root, "moderation"), COMMENTS_SITE_DIR: join(root, "_site") };
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/comments-serve.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`the server did not start in 20 s:\n${out}`)), 20_000);
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const address = /Comment intake at http:\/\/127\.0\.0\.1:(\d+)\/comment/.exec(out);
        if (address) {
          clearTimeout(timer);
          resolve(Number(address[1]));
        }
      });
      child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.once("exit", (code) => reject(new Error(`the server ended (${code}):\n${out}`)));
    });
    const server = { url: `http://127.0.0.1:${port}`, server: undefined!, close: async () => undefined };
    const answer = await send(server, "POST", "/comment", body({ ...COMMENT, name: "" }, "fr"), JSON_ACCEPT);
    assert.is(answer.status, 400);
    assert.is((answer.json().errors as Record<string, string>).name, FRENCH["intake.nameMissing"]);
  } finally {
    const ended = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await ended;
  }
});

script("a DATELINE_MESSAGES folder whose English lacks the server's messages: the script stops and names the folder", async () => {
  const folder = await catalogueFolder({ en: { "page.skip": "Skip to the content" } });
  folders.push(folder);
  const root = await mkdtemp(join(tmpdir(), "dateline-intake-"));
  folders.push(root);
  const env = { ...process.env, DATELINE_MESSAGES: folder, COMMENTS_PORT: "0", COMMENTS_QUEUE_DIR: join(root, "moderation"), COMMENTS_SITE_DIR: join(root, "_site") };
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/comments-serve.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  assert.is(code, 2, errors);
  assert.match(errors, new RegExp(`^comments:serve: .*dateline-intake-messages-\\w+/: the en catalogue lacks ${INTAKE_KEYS.length} of the intake server's messages \\(intake\\.fieldRepeated, `));
});

script.run();
