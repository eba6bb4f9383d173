// Every word on every built page of the sample is either the newsroom's own (a headline, a name, a
// caption: text from the sources and the site settings) or comes from the message catalogue of the
// page's language. Checked over the whole built site, not against a list of known strings:
//
// 1. The sample is built with marked catalogues: every message of every language wrapped in
//    ⟦ ⟧. On every page, whatever text is left outside the marks (in the body, the <title>, the
//    description and the attributes readers hear) must be the sources' own text or a list's
//    joining words in the page's language (Intl.ListFormat); any other word came from a template,
//    a script or code that bypassed the catalogues.
// 2. The sample is built with its real catalogues: every page has the `lang` and `dir` of its
//    content (an article's own, an edition's for its listings), and on Arabic pages no text in
//    Arabic's scope has a Latin letter (a word left in English would have).
import { mkdtemp, readdir, readFile, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load, type CheerioAPI } from "cheerio";
import type { AnyNode } from "domhandler";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { BUILD_TIME, buildSite, type BuiltSite } from "../site/build-site.ts";
import { prepareNewsroom, type NewsroomData } from "../../src/eleventy/prepare-newsroom.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const OPEN = "⟦";
const CLOSE = "⟧";
/** Attributes whose value a reader sees or a screen reader says. */
const SPOKEN = ["aria-label", "title", "alt", "placeholder", "label"];
const LATIN = /[A-Za-z]/;
const LETTER = /\p{L}/u;

/** The catalogues in messages/, each message wrapped in marks, written to a new folder. */
async function markedCatalogues(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "dateline-marked-messages-"));
  for (const name of await readdir(join(ROOT, "messages"))) {
    const messages = JSON.parse(await readFile(join(ROOT, "messages", name), "utf8")) as Record<string, string>;
    const marked = Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, `${OPEN}${message}${CLOSE}`]));
    await writeFile(join(dir, name), JSON.stringify(marked));
  }
  return dir;
}

/** Every string the newsroom gave: article fields, names, captions, body text, settings, pages. */
function sourceTexts(newsroom: NewsroomData): string[] {
  const texts: string[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (typeof value === "string") {
      texts.push(value, value.toLocaleUpperCase());
      // Body blocks and comments hold HTML: their text is what a page shows.
      if (value.includes("<")) texts.push(load(value).root().text());
      return;
    }
    if (value === null || typeof value !== "object" || seen.has(value) || DateTime.isDateTime(value)) return;
    seen.add(value);
    for (const item of Array.isArray(value) ? value : Object.values(value)) walk(item);
  };
  walk(newsroom.articles);
  walk(newsroom.pages);
  walk(newsroom.site);
  walk(newsroom.reactions);
  return texts.map((text) => text.replace(/\s+/g, " "));
}

/**
 * Texts outside the marks, in the page's body, title, description and spoken attributes. A
 * message may hold elements (`<link>` becomes `<a>`), so the marks are followed through the
 * body's text in document order; an attribute's value is read on its own.
 */
function unmarked($: CheerioAPI): { text: string; where: string }[] {
  const found: { text: string; where: string }[] = [];
  let depth = 0;
  const outside = (text: string, own: boolean) => {
    let level = own ? 0 : depth;
    let kept = "";
    for (const char of text) {
      if (char === OPEN) level++;
      else if (char === CLOSE) level--;
      else kept += level === 0 ? char : " ";
    }
    if (!own) depth = level;
    return kept;
  };
  const visit = (node: AnyNode, where: string) => {
    if (node.type === "text") found.push({ text: outside(node.data, false), where });
    if (node.type !== "tag") return;
    if (node.name === "script" || node.name === "style" || node.name === "template") return;
    for (const name of SPOKEN) if (node.attribs[name]) found.push({ text: outside(node.attribs[name]!, true), where: `${node.name}[${name}]` });
    for (const child of node.children) visit(child, node.name);
  };
  for (const body of $("body").toArray()) visit(body, "body");
  found.push({ text: outside($("title").text(), true), where: "title" });
  found.push({ text: outside($('meta[name="description"]').attr("content") ?? "", true), where: "description" });
  return found;
}

async function htmlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((file) => file.endsWith(".html") && !file.startsWith("pagefind")).sort();
}

/** Each edition's and article's language named in itself (Intl.DisplayNames): the search page's and the translation links' words. */
function languageNames(newsroom: NewsroomData): Set<string> {
  const tags = new Set([newsroom.site.lang, ...newsroom.articles.map((article) => article.lang), ...(newsroom.site.editions ?? []).map((edition) => edition.lang)]);
  const names = new Set<string>();
  for (const tag of tags) {
    for (const code of [tag, tag.split("-")[0]!]) {
      const name = new Intl.DisplayNames([code], { type: "language" }).of(code);
      if (name) names.add(name).add(name.charAt(0).toLocaleUpperCase(code) + name.slice(1));
    }
  }
  return names;
}

/** A list's joining words in `lang`, as Intl.ListFormat gives them (", ", " and ", " و"). */
function listWords(lang: string): string[] {
  const parts = new Intl.ListFormat(lang, { type: "conjunction" }).formatToParts(["a", "b", "c"]);
  return parts.filter((part) => part.type === "literal").map((part) => part.value.trim()).filter((word) => word !== "");
}

const marked = await markedCatalogues();
const log: string[] = [];
const pseudo = await buildSite("content", { DATELINE_MESSAGES: marked, DATELINE_SEARCH: "false" }, log);
const real: BuiltSite = await buildSite("content");
const newsroom = await prepareNewsroom({ root: ROOT, contentDir: join(ROOT, "content"), outputDir: pseudo.dir, mode: "strict", now: DateTime.fromISO(BUILD_TIME) });
const corpus = sourceTexts(newsroom).join("\u0001");
const autonyms = languageNames(newsroom);
const pages = await htmlFiles(pseudo.dir);

const words = suite("interface text comes from the catalogues");

words("the marked build is the sample, every page of it", () => {
  assert.ok(pages.length > 150, `${pages.length} pages`);
  assert.ok(pages.some((file) => file.startsWith("ar/")) && pages.some((file) => file.startsWith("fr/")), "the Arabic and French editions are built");
});

words("every word outside the marks on every page is the newsroom's own", async () => {
  const strays: string[] = [];
  for (const file of pages) {
    // Read as a browser without scripts would, so what <noscript> says is checked too.
    const $ = load(await readFile(join(pseudo.dir, file), "utf8"), { scriptingEnabled: false });
    const lang = $("html").attr("lang") ?? "";
    const joining = new Set([...listWords(lang), ...autonyms]);
    for (const { text, where } of unmarked($)) {
      const clean = text.replace(/\s+/g, " ").trim();
      if (!LETTER.test(clean) || joining.has(clean)) continue;
      // Punctuation and a list's joining words around source text: each piece with letters must be the newsroom's.
      const pieces = clean.split(/\s*[·,،:;()—–…]+\s*|\s{2,}/u).filter((piece) => LETTER.test(piece) && !joining.has(piece));
      for (const piece of pieces) if (!corpus.includes(piece)) strays.push(`${file} ${where}: ${JSON.stringify(piece)}`);
    }
  }
  assert.equal(strays.slice(0, 30), [], `${strays.length} texts on built pages come from neither a catalogue nor the sources`);
});

words.run();

const languages = suite("every page in its own language");

languages("<html lang dir> is the article's on article pages and the edition's on the others", async () => {
  const wrong: string[] = [];
  for (const file of pages) {
    const $ = load(await real.read(`/${file}`));
    const html = $("html");
    const article = $("article[data-pagefind-body]");
    const edition = /^(ar|fr)\//.exec(file)?.[1] ?? "en";
    const expected = article.length ? article.attr("lang") : edition;
    const dir = expected === "ar" ? "rtl" : "ltr";
    if (html.attr("lang") !== expected || html.attr("dir") !== dir) wrong.push(`${file}: lang=${html.attr("lang")} dir=${html.attr("dir")}, expected ${expected} ${dir}`);
  }
  assert.equal(wrong, []);
});

languages("Arabic pages have no Latin letter in Arabic text", async () => {
  const latin: string[] = [];
  for (const file of pages) {
    const $ = load(await real.read(`/${file}`), { scriptingEnabled: false });
    if ($("html").attr("lang") !== "ar") continue;
    $("script, style").remove();
    $("*").each((_, element) => {
      if (element.type !== "tag") return;
      const own = $(element).closest("[lang]").attr("lang");
      if (own !== "ar") return;
      for (const child of element.children) if (child.type === "text" && LATIN.test(child.data)) latin.push(`${file} <${element.name}>: ${JSON.stringify(child.data.trim())}`);
      for (const name of SPOKEN) if (LATIN.test(element.attribs[name] ?? "")) latin.push(`${file} <${element.name} ${name}>: ${JSON.stringify(element.attribs[name])}`);
    });
  }
  assert.equal(latin.slice(0, 30), [], `${latin.length} Latin texts on Arabic pages`);
});

languages.after(async () => {
  await rm(marked, { recursive: true, force: true });
  await rm(pseudo.dir, { recursive: true, force: true });
  await rm(real.dir, { recursive: true, force: true });
});

languages.run();
