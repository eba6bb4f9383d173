// The real-world table: every file of the public corpus (../shared/corpus/, read in place) and
// every item written here in a real newsroom's shape (tests/fixtures/real/) goes through its
// loader and the model exactly as a build does, and must come out as its row in
// tests/real-world/*.table.ts says. A file without a row, or a row without a file, fails too:
// nothing in the corpus goes untested.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { normalizeArticle, type NormalizeContext } from "../../src/model/normalize.ts";
import { hasErrors, type Problem } from "../../src/model/problem.ts";
import type { Article, Block } from "../../src/model/types.ts";
import { parseSource } from "../../src/sources/parse-source.ts";
import { htmlText } from "../../src/sources/ninjs-text.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import type { Row } from "./row.ts";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const ROOTS = {
  corpus: fileURLToPath(new URL("../../../shared/corpus/", import.meta.url)),
  real: fileURLToPath(new URL("../fixtures/real/", import.meta.url)),
};
/** The corpus folders that hold sources; xss/ and xsd/ belong to other suites. */
const CORPUS_SOURCES = ["ninjs", "markdown", "wire"];
/** Files beside the sources that are not sources. */
const NOT_SOURCES = /(?:^|\/)(?:LICENSE|README\.md)$/;

const context: NormalizeContext = {
  site: makeTestSite({
    sections: [
      { slug: "news", name: "News" },
      { slug: "world", name: "World" },
      { slug: "business", name: "Business" },
      { slug: "sport", name: "Sport" },
      { slug: "opinion", name: "Opinion" },
    ],
  }),
  now: DateTime.fromISO("2026-11-25T12:00:00Z"),
  media: { has: () => true, size: () => ({ width: 1200, height: 800 }), embedded: () => ({}) },
};

const rows = await loadRows();

/** Every `*.table.ts` beside this file: one per kind of source, each owned with its loader. */
async function loadRows(): Promise<Row[]> {
  const tables = readdirSync(HERE).filter((name) => name.endsWith(".table.ts")).sort();
  const modules = await Promise.all(tables.map((name) => import(join(HERE, name)) as Promise<{ rows: Row[] }>));
  return modules.flatMap((module) => module.rows);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every source the table must cover, as rows name them. */
function sourceNames(): string[] {
  const corpus = CORPUS_SOURCES.flatMap((kind) => filesUnder(join(ROOTS.corpus, kind))).map((file) => `corpus:${relative(ROOTS.corpus, file)}`);
  const real = filesUnder(ROOTS.real).map((file) => `real:${relative(ROOTS.real, file)}`);
  return [...corpus, ...real].filter((name) => !NOT_SOURCES.test(name)).sort();
}

function pathOf(file: string): string {
  const [root, ...rest] = file.split(":");
  const base = ROOTS[root as keyof typeof ROOTS];
  if (!base) throw new Error(`row file "${file}" must start with corpus: or real:`);
  return join(base, rest.join(":"));
}

type Outcome =
  | { outcome: "published" | "held"; article?: Article; reason?: string; problems: Problem[] }
  | { outcome: "rejected"; problems: Problem[] };

/** What a build makes of one file: the loader its name picks, then the model. */
function run(file: string): Outcome {
  const sourcePath = `content/articles/${file.replace(":", "/")}`;
  const parsed = parseSource(readFileSync(pathOf(file)), sourcePath);
  if (!parsed) return { outcome: "rejected", problems: [{ path: sourcePath, field: "file", message: "no loader reads this file", severity: "error" }] };
  if (parsed.kind === "rejected") return { outcome: "rejected", problems: parsed.problems };
  if (parsed.kind === "skipped") return { outcome: "held", reason: parsed.reason, problems: [] };
  const normalized = normalizeArticle(parsed.input, context);
  const problems = [...parsed.problems, ...normalized.problems];
  if (normalized.kind === "rejected") return { outcome: "rejected", problems };
  if (normalized.kind === "held") return { outcome: "held", article: normalized.article, reason: normalized.reason, problems };
  // As src/newsroom.ts does: an error the loader reported rejects the article the model made.
  if (hasErrors(problems)) return { outcome: "rejected", problems };
  return { outcome: "published", article: normalized.article, problems };
}

function blockText(block: Block): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
    case "quote":
      return htmlText(block.html);
    case "list":
      return block.items.map((item) => htmlText(item)).join("\n");
    case "figure":
      return [block.figure.caption, block.figure.credit].filter(Boolean).join(" ");
    default: {
      const never: never = block;
      return never;
    }
  }
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** Notes beside the story (editor's notes, contributor lines), where the model has them. */
function notesOf(article: Article): string[] {
  const notes = (article as Article & { notes?: { text: string }[] }).notes ?? [];
  return notes.map((note) => note.text);
}

/** C0 controls other than whitespace, DEL, and bidi overrides/isolates: never on a page. */
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every difference between what the row expects and what came out, as lines an editor can read. */
function differences(row: Row, result: Outcome): string[] {
  const diffs: string[] = [];
  const expect = (what: string, actual: unknown, wanted: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) diffs.push(`${what}: got ${JSON.stringify(actual)}, want ${JSON.stringify(wanted)}`);
  };
  expect("outcome", result.outcome, row.outcome);
  const reported = [...result.problems.map((problem) => `${problem.field}: ${problem.message}`), ...("reason" in result && result.reason ? [result.reason] : [])];
  for (const wanted of row.problems ?? []) {
    if (!reported.some((line) => line.includes(wanted))) diffs.push(`no problem says "${wanted}"; reported: ${JSON.stringify(reported)}`);
  }
  if (row.noWarnings) {
    const warnings = result.problems.filter((problem) => problem.severity === "warning");
    if (warnings.length > 0) diffs.push(`warnings reported: ${JSON.stringify(warnings.map((problem) => `${problem.field}: ${problem.message}`))}`);
  }
  const article = result.outcome === "rejected" ? undefined : result.article;
  if (!article) {
    const asksForArticle = ["headline", "dateline", "zone", "published", "byline", "firstParagraph", "bodyHas", "bodyLacks", "credits", "comments"].some((key) => key in row);
    if (asksForArticle && result.outcome !== "rejected") diffs.push("the row describes an article, but none came out");
    return diffs;
  }
  const texts = article.body.map(blockText).map(collapse);
  const body = texts.join("\n");
  const figures = [...(article.lead ? [article.lead] : []), ...article.body.flatMap((block) => (block.type === "figure" ? [block.figure] : []))];
  if (row.headline !== undefined) expect("headline", article.headline, row.headline);
  if (row.dateline !== undefined) expect("dateline", article.dateline ?? null, row.dateline);
  if (row.zone !== undefined) expect("zone", article.zone, row.zone);
  if (row.published !== undefined) expect("published", article.published.toISO({ suppressMilliseconds: true }), row.published);
  if (row.lang !== undefined) expect("lang", article.lang, row.lang);
  if (row.slug !== undefined) expect("slug", article.slug, row.slug);
  if (row.dek !== undefined) expect("dek", article.dek, row.dek);
  if (row.kicker !== undefined) expect("kicker", article.kicker, row.kicker);
  if (row.tags !== undefined) expect("tags", article.tags, row.tags);
  if (row.byline !== undefined) expect("byline", article.byline.map((person) => (person.role ? `${person.name}, ${person.role}` : person.name)), row.byline);
  if (row.bylineCredit !== undefined) expect("bylineCredit", article.bylineCredit, row.bylineCredit);
  if (row.credits !== undefined) expect("credits", figures.map((figure) => figure.credit), row.credits);
  if (row.leadCaption !== undefined && !(article.lead?.caption ?? "").startsWith(row.leadCaption)) diffs.push(`lead caption: got ${JSON.stringify(article.lead?.caption)}, want it to start ${JSON.stringify(row.leadCaption)}`);
  if (row.comments !== undefined) expect("comments", article.comments.length, row.comments);
  if (row.commentsOpen !== undefined) expect("commentsOpen", article.commentsOpen, row.commentsOpen);
  if (row.firstParagraph !== undefined) {
    const first = article.body.find((block) => block.type === "paragraph");
    const text = first ? collapse(blockText(first)) : "";
    if (!text.startsWith(row.firstParagraph)) diffs.push(`first paragraph: got ${JSON.stringify(text.slice(0, 160))}, want it to start ${JSON.stringify(row.firstParagraph)}`);
  }
  for (const wanted of row.bodyHas ?? []) if (!body.includes(wanted)) diffs.push(`body lacks ${JSON.stringify(wanted)}`);
  for (const unwanted of row.bodyLacks ?? []) {
    const at = body.indexOf(unwanted);
    if (at >= 0) diffs.push(`body has ${JSON.stringify(unwanted)}: …${body.slice(Math.max(0, at - 40), at + unwanted.length + 40)}…`);
  }
  if (row.notes !== undefined) {
    const notes = notesOf(article);
    if (notes.length !== row.notes.length || row.notes.some((start, index) => !notes[index]!.startsWith(start))) diffs.push(`notes: got ${JSON.stringify(notes)}, want ones starting ${JSON.stringify(row.notes)}`);
  }
  // What holds for every article of every source, whatever its row says.
  if (!SLUG.test(article.slug) || article.slug.length > 80) diffs.push(`slug "${article.slug}" breaks the slug rule (a-z, 0-9, single hyphens, at most 80)`);
  const printed = [article.headline, article.dek ?? "", article.kicker ?? "", body, ...article.tags, ...article.byline.flatMap((person) => [person.name, person.role ?? ""]), article.dateline?.city ?? "", article.dateline?.region ?? "", ...notesOf(article)];
  const unprintable = printed.find((text) => UNPRINTABLE.test(text));
  if (unprintable !== undefined) diffs.push(`control or bidi character reaches the page in ${JSON.stringify(unprintable.slice(0, 80))}`);
  return diffs;
}

const table = suite("real-world table");

table("every corpus source and every real-world fixture has exactly one row, and every row a file", () => {
  const named = rows.map((row) => row.file);
  const twice = named.filter((file, index) => named.indexOf(file) !== index);
  const sources = new Set(sourceNames());
  const missing = [...sources].filter((file) => !named.includes(file));
  const stray = named.filter((file) => !sources.has(file));
  assert.equal({ twice, missing, stray }, { twice: [], missing: [], stray: [] });
});

table("the table holds at least 100 items written here in real newsrooms' shapes", () => {
  const real = rows.filter((row) => row.file.startsWith("real:"));
  assert.ok(real.length >= 100, `${real.length} real-world fixtures`);
});

for (const row of rows) {
  table(`${row.file}: ${row.why}`, () => {
    const diffs = differences(row, run(row.file));
    assert.ok(diffs.length === 0, `${row.file}\n  ${diffs.join("\n  ")}`);
  });
}

table.run();
