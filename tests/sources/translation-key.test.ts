// Translations as newsrooms file them, read by the loaders and the model and linked by the
// translations collection: a Hugo multilingual pair tied by `translationKey`, Hugo's
// translation by file name (`x.en.md`, `x.fr.md`), Jekyll's `ref`/`lang` convention, a ninjs pair
// in TT's 2.x shape and in the 1.x and 3.x spellings of `altids`, and a wire pair with the
// `Translation-Key` header; then the malformed keys an editor is told about.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { translationsOf } from "../../src/collections/translations.ts";
import { normalizeArticle, type NormalizeContext } from "../../src/model/normalize.ts";
import { hasErrors, type Problem } from "../../src/model/problem.ts";
import type { Article, ArticleInput } from "../../src/model/types.ts";
import { fileNameLanguage } from "../../src/sources/front-matter-file-name.ts";
import { loaderFor } from "../../src/sources/index.ts";
import { makeTestSite } from "../helpers/test-site.ts";

const context: NormalizeContext = {
  site: makeTestSite({ sections: [{ slug: "news", name: "News" }, { slug: "world", name: "World" }, { slug: "science", name: "Science" }] }),
  now: DateTime.fromISO("2026-11-25T12:00:00Z"),
  media: { has: () => true, size: () => ({ width: 1200, height: 800 }), embedded: () => ({}) },
};

interface Read {
  input: ArticleInput;
  article?: Article;
  problems: Problem[];
}

/** A source file through its loader (chosen by extension) and the model; as the newsroom does, any error leaves it unpublished. */
function read(path: string, text: string): Read {
  const parsed = loaderFor(path)!(text, path);
  if (parsed.kind !== "article") throw new Error(`${path}: expected an article, got ${JSON.stringify(parsed)}`);
  const result = normalizeArticle(parsed.input, context);
  const problems = [...parsed.problems, ...result.problems];
  return result.kind === "rejected" || hasErrors(problems) ? { input: parsed.input, problems } : { input: parsed.input, article: result.article, problems };
}

function published(path: string, text: string): Article {
  const { article, problems } = read(path, text);
  if (!article) throw new Error(`${path} not published: ${JSON.stringify(problems)}`);
  return article;
}

const linkedPair = (a: Article, b: Article) => {
  const translations = translationsOf([a, b]);
  assert.equal(translations[a.id]?.map((other) => other.id), [b.id]);
  assert.equal(translations[b.id]?.map((other) => other.id), [a.id]);
};

const markdown = suite("Markdown: Hugo and Jekyll");

markdown("Hugo multilingual: translationKey ties two differently named files; a .fr.md name gives the language", () => {
  const english = published(
    "content/articles/world/night-market-returns.md",
    `---\ntitle: "Night market returns to Beirut's old harbour"\ndate: 2026-11-18T18:30:00+02:00\nlang: en\ntranslationKey: beirut-night-market\ntags: [markets, beirut]\n---\nThe night market that drew crowds to the harbour until 2022 will reopen next month.\n`,
  );
  const french = published(
    "content/articles/world/le-marche-de-nuit-revient.fr.md",
    `---\ntitle: "Le marché de nuit revient sur le vieux port de Beyrouth"\ndate: 2026-11-19T09:00:00+01:00\ntranslationKey: beirut-night-market\ntags: [marchés, beyrouth]\n---\nLe marché de nuit qui attirait les foules sur le port jusqu'en 2022 rouvrira le mois prochain.\n`,
  );
  assert.is(english.translationKey, "beirut-night-market");
  assert.is(french.lang, "fr");
  linkedPair(english, french);
});

markdown("Hugo translation by file name: harbour-cranes.en.md and harbour-cranes.fr.md need no key, and say their languages", () => {
  const text = (title: string, body: string) => `---\ntitle: "${title}"\ndate: 2026-11-20T10:00:00+01:00\n---\n${body}\n`;
  const english = read("content/articles/world/harbour-cranes.en.md", text("New cranes for the container port", "Three cranes arrived by barge on Tuesday."));
  const french = read("content/articles/world/harbour-cranes.fr.md", text("De nouvelles grues pour le port", "Trois grues sont arrivées par barge mardi."));
  assert.equal([english.input.lang, french.input.lang], ["en", "fr"]);
  assert.is(french.input.fieldNames.lang, "file name");
  assert.is(english.article!.translationKey, undefined);
  assert.equal([english.problems, french.problems], [[], []]);
  linkedPair(english.article!, french.article!);
});

markdown("a lang field wins over the file name's language, and the disagreement is reported on lang", () => {
  const { input, problems } = read("content/articles/cranes.fr.md", `---\ntitle: "Cranes"\ndate: 2026-11-20\nlang: de\n---\nDrei Kräne kamen am Dienstag an.\n`);
  assert.is(input.lang, "de");
  assert.equal(problems.map((problem) => [problem.severity, problem.field]), [["warning", "lang"]]);
  assert.match(problems[0]!.message, /is "de" but the file name says "fr": lang is used/);
});

markdown("a dot in a name that is no language tag leaves the name alone", () => {
  for (const path of ["content/articles/budget.v2.md", "content/articles/council.draft.md", "content/articles/2026.11.18-ferry.md", "content/articles/ferry.md"]) {
    assert.is(fileNameLanguage(path), undefined, path);
  }
  assert.equal(["a.fr.md", "a.pt-BR.md", "a.zh_Hant.md", "a.AR.md"].map((name) => fileNameLanguage(`content/articles/${name}`)), ["fr", "pt-BR", "zh-Hant", "ar"]);
});

markdown("Jekyll's ref beside lang (the 'Making Jekyll multilingual' method) is the key, and problems name it ref", () => {
  const english = read("content/articles/tram-fares.md", `---\nlayout: post\ntitle: Tram fares frozen for a year\ndate: 2026-11-10 08:00:00 +0000\nlang: en\nref: tram-fares\n---\nFares on the tram network will not rise next year.\n`);
  const spanish = read("content/articles/tarifas-tranvia.md", `---\nlayout: post\ntitle: Las tarifas del tranvía, congeladas un año\ndate: 2026-11-10 10:00:00 +0000\nlang: es\nref: tram-fares\n---\nLas tarifas del tranvía no subirán el año que viene.\n`);
  assert.is(english.input.fieldNames.translationKey, "ref");
  linkedPair(english.article!, spanish.article!);
});

markdown("TOML front matter (Hugo's +++) carries the key too", () => {
  const article = published("content/articles/ferry.md", `+++\ntitle = "Ferry strike ends"\ndate = 2026-11-12T09:00:00Z\ntranslationKey = "ferry-strike"\n+++\nThe ferries sail again from Thursday.\n`);
  assert.is(article.translationKey, "ferry-strike");
});

markdown.run();

const ninjs = suite("ninjs: altIds with the role translationKey");

/** A TT-style 2.x text item; `altids` as given. */
function ttItem(language: string, headline: string, body: string, altids: unknown): string {
  return JSON.stringify({
    uri: `http://tt.se/media/text/261112-iskarnor-${language}`,
    type: "text",
    altids,
    representationtype: "full",
    version: "1",
    versioncreated: "2026-11-12T07:45:00+01:00",
    pubstatus: "usable",
    copyrightholder: "TT",
    language,
    headlines: [{ role: "main", value: headline }],
    bodies: [{ role: "main", contenttype: "text/html", value: body }],
  });
}

ninjs("a 2.x pair: the key sits beside the provider's other altids", () => {
  const ids = (own: string) => [{ role: "originaltransmissionreference", value: own }, { role: "translationKey", value: "tt-iskarnor-2026-11-12" }];
  const swedish = read("content/articles/science/iskarnor.json", ttItem("sv", "Glaciären krympte snabbare än väntat", "<p>STOCKHOLM (TT) Isen har tunnats ut med en tiondel på tio år.</p>", ids("a0f2d045")));
  const english = read("content/articles/science/ice-cores.json", ttItem("en", "Glacier shrank faster than expected", "<p>STOCKHOLM (TT) The ice has thinned by a tenth in ten years.</p>", ids("b17c9e02")));
  assert.is(swedish.input.fieldNames.translationKey, "altids[role=translationKey]");
  assert.equal(swedish.problems, []);
  linkedPair(swedish.article!, english.article!);
});

ninjs("1.x keeps altids as an object keyed by role, 3.x spells it altIds; the role is matched in any case", () => {
  const withIds = (ids: Record<string, unknown>) => JSON.parse(ttItem("en", "Glacier shrank", "<p>STOCKHOLM (TT) The ice thinned.</p>", undefined)) as Record<string, unknown> & typeof ids;
  const older = read("content/articles/one.json", JSON.stringify({ ...withIds({}), altids: { itemid: "(ap):f40b0304", translationkey: "glacier" } }));
  const newer = read("content/articles/three.json", JSON.stringify({ ...withIds({}), altids: undefined, altIds: [{ role: "TranslationKey", value: "glacier" }] }));
  assert.equal([older.input.translationKey, older.input.fieldNames.translationKey], ["glacier", "altids.translationkey"]);
  assert.equal([newer.input.translationKey, newer.input.fieldNames.translationKey], ["glacier", "altIds[role=TranslationKey]"]);
});

ninjs("real items' altids (AP's itemid and etag, TT's transmission reference) carry no key and raise no problem", () => {
  const corpus = join(process.cwd(), "..", "shared", "corpus", "ninjs");
  for (const file of ["iptc-newsinjson/examples/2.1/tt_text_image_2.json", "iptc-newsinjson/examples/3.0/tt_text_image_3.json", "iptc-newsinjson/examples/1.4/ninjs-1-4-examples.json", "superdesk-core/ap_media_text_item.json"]) {
    const path = `content/articles/${file.replace(/\//g, "-")}`;
    const parsed = loaderFor(path)!(readFileSync(join(corpus, file), "utf8"), path);
    assert.is(parsed.kind, "article", file);
    if (parsed.kind !== "article") continue;
    assert.is(parsed.input.translationKey, undefined, file);
    assert.not.ok(parsed.problems.some((problem) => /altid/i.test(problem.field)), file);
  }
});

ninjs("a key that is no text is a warning on its entry, and the item is kept", () => {
  const { input, problems } = read("content/articles/item.json", ttItem("sv", "Glaciären krympte", "<p>STOCKHOLM (TT) Isen tunnades ut.</p>", [{ role: "translationKey", value: 42 }]));
  assert.is(input.translationKey, undefined);
  assert.equal(problems.map((problem) => [problem.severity, problem.field]), [["warning", "altids[0]"]]);
  assert.match(problems[0]!.message, /must have a text "value", not the number 42/);
});

ninjs.run();

const wire = suite("wire text: the Translation-Key header");

wire("a wire pair in English and Spanish, each with the header", () => {
  const english = read(
    "content/articles/lisbon-ferry.txt",
    "Date: 2026-11-14T09:10:00Z\nTranslation-Key: lisbon-ferry-strike\n\nLisbon ferry strike ends after pay deal\n\nLISBON, Nov 14 (Reuters) - Ferry crews on the Tagus returned to work on Friday after a pay deal.\n",
  );
  const spanish = read(
    "content/articles/lisboa-ferry.txt",
    "Date: 2026-11-14T11:30:00Z\nLang: es\nTranslation-Key: lisbon-ferry-strike\n\nTermina la huelga de los transbordadores de Lisboa\n\nLISBOA, 14 nov (EFE).- Las tripulaciones de los transbordadores del Tajo volvieron al trabajo el viernes.\n",
  );
  assert.is(english.input.fieldNames.translationKey, "Translation-Key");
  assert.equal([english.problems, spanish.problems], [[], []]);
  linkedPair(english.article!, spanish.article!);
});

wire.run();

const malformed = suite("malformed keys");

malformed("an empty key is a warning naming the field as the source spells it, and links nothing", () => {
  for (const [path, text, field] of [
    ["content/articles/empty.md", `---\ntitle: Ferries sail\ndate: 2026-11-12\nref: "  "\n---\nThe ferries sail again.\n`, "ref"],
    ["content/articles/empty.json", ttItem("sv", "Färjorna går igen", "<p>STOCKHOLM (TT) Färjorna går igen.</p>", [{ role: "translationKey", value: "" }]), "altids[role=translationKey]"],
  ] as const) {
    const { article, problems } = read(path, text);
    assert.is(article?.translationKey, undefined, path);
    const empty = problems.filter((problem) => problem.field === field);
    assert.equal(empty.map((problem) => problem.severity), ["warning"], path);
    assert.match(empty[0]!.message, /is empty, so the article is linked to no translation/);
  }
});

malformed("an empty Translation-Key header is no header, as any empty header of wire text is", () => {
  const { article, problems } = read("content/articles/empty.txt", "Date: 2026-11-12\nTranslation-Key:   \n\nFerries sail\n\nLISBON (Reuters) - The ferries sail again.\n");
  assert.is(article!.translationKey, undefined);
  assert.equal(problems, []);
});

malformed("a key that is not text is an error on the field, as for any field", () => {
  const { article, problems } = read("content/articles/list.md", `---\ntitle: Ferries sail\ndate: 2026-11-12\ntranslationKey: [a, b]\n---\nThe ferries sail again.\n`);
  assert.is(article, undefined);
  assert.equal(problems.map((problem) => [problem.severity, problem.field, problem.message]), [["error", "translationKey", "must be text, not a list"]]);
});

malformed("control and direction characters are taken out with a warning, and the key still links", () => {
  const english = read("content/articles/key-a.md", `---\ntitle: Ferries sail\ndate: 2026-11-12\ntranslationKey: "ferry\u202e-strike"\n---\nThe ferries sail again.\n`);
  const french = published("content/articles/key-b.md", `---\ntitle: Les ferries repartent\ndate: 2026-11-12\nlang: fr\ntranslationKey: ferry-strike\n---\nLes ferries repartent.\n`);
  assert.is(english.article!.translationKey, "ferry-strike");
  assert.equal(english.problems.map((problem) => [problem.severity, problem.field]), [["warning", "translationKey"]]);
  assert.match(english.problems[0]!.message, /U\+202E/);
  linkedPair(english.article!, french);
});

malformed.run();
