// Markdown sources: front matter for the article's fields (YAML or TOML, with the field names
// Hugo, Jekyll and Eleventy use read as aliases: see front-matter-aliases.ts), a Markdown body.
// A figure in the body is an image alone in its paragraph, its title the caption ending in
// `[Credit]`: `![Cranes at dusk](cranes.jpg "The terminal reopened on Tuesday. [Jane Doe/AFP]")`.
import { error, warning, type Problem } from "../model/problem.ts";
import type { ArticleInput, Dateline, FigureInput, ParseResult } from "../model/types.ts";
import { dropUndefined } from "./drop-undefined.ts";
import { readAliases, type FrontMatter } from "./front-matter-aliases.ts";
import { markdownBlocks, readFrontMatter } from "./front-matter.ts";
import { withoutRepeatedHeadline } from "./repeated-headline.ts";
import { smartenText } from "./markdown-typography.ts";
import { replaceTemplateTags } from "./template-tags.ts";
import { fileNameLanguage } from "./front-matter-file-name.ts";

const KNOWN_FIELDS = new Set([
  "headline", "title", "dek", "kicker", "slug", "date", "updated", "zone", "dateline", "byline",
  "section", "tags", "lead", "lang", "status", "commentsOpen", "corrections", "embargoed", "translationKey",
]);
const FIGURE_FIELDS = new Set(["src", "alt", "caption", "credit", "creator", "width", "height"]);

export function parseMarkdown(text: string, path: string): ParseResult {
  const front = readFrontMatter(text, path, "headline, date, ...");
  if (!front.ok) return { kind: "rejected", problems: [front.problem] };
  const aliased = readAliases(front.fields, path);
  const { fields, names } = aliased;
  const problems: Problem[] = [...aliased.problems];
  const reader = new FieldReader(path, fields, problems, names);

  for (const key of Object.keys(fields)) {
    if (!KNOWN_FIELDS.has(key)) problems.push(warning(path, key, `unknown field, ignored: the fields Dateline reads are ${[...KNOWN_FIELDS].join(", ")} (and the aliases in the README)`));
  }

  const lang = languageOf(fields, path, problems);
  // Headline, dek and kicker get the body's quotes and dashes, as wire text's do.
  const typeset = (text: string | undefined) => (text === undefined ? undefined : smartenText(text, lang));
  const body = replaceTemplateTags(front.body);
  if (body.removed.length > 0) {
    problems.push(warning(path, "body", `left out ${body.removed.join(", ")}: template code of another generator, which Dateline never runs; write what it stood for as Markdown`));
  }
  const blocks = markdownBlocks(body.markdown, path, lang);
  problems.push(...blocks.problems);
  const headline = typeset(reader.text("headline"));
  const withoutTitle = withoutRepeatedHeadline(blocks.blocks, headline);
  if (withoutTitle) problems.push(warning(path, "body", "the first heading repeats the headline, which the page already shows: left out"));
  const writtenLang = reader.text("lang");

  const input: ArticleInput = {
    format: "markdown",
    path,
    headline,
    dek: typeset(reader.text("dek")),
    kicker: typeset(reader.text("kicker")),
    slug: reader.text("slug"),
    lang: writtenLang ?? lang,
    published: reader.text("date"),
    updated: reader.text("updated"),
    zone: reader.text("zone"),
    dateline: reader.dateline("dateline"),
    byline: reader.list("byline"),
    section: reader.text("section"),
    tags: reader.list("tags"),
    status: reader.text("status"),
    embargoedUntil: reader.text("embargoed"),
    commentsOpen: reader.flag("commentsOpen"),
    lead: reader.figure("lead"),
    body: withoutTitle ?? blocks.blocks,
    comments: [],
    corrections: reader.corrections("corrections"),
    translationKey: reader.text("translationKey"),
    // A language read from the file's name is the name's to correct, so problems name it.
    fieldNames: { ...(names as ArticleInput["fieldNames"]), published: "date", embargoedUntil: "embargoed", ...(writtenLang === undefined && lang ? { lang: "file name" } : {}) },
  };
  return { kind: "article", input: dropUndefined(input), problems };
}

/** `lang` as written, else the language the file's name carries (Hugo's `harbour.fr.md`); a disagreement is reported. */
function languageOf(fields: FrontMatter, path: string, problems: Problem[]): string | undefined {
  const named = fileNameLanguage(path);
  const given = typeof fields.lang === "string" ? fields.lang : undefined;
  if (given !== undefined && named !== undefined && given.trim().toLowerCase() !== named.toLowerCase()) {
    problems.push(warning(path, "lang", `is "${given}" but the file name says "${named}": lang is used; rename the file or correct lang`));
  }
  return given ?? named;
}

/** Reads typed values out of front matter, reporting a wrong type as a problem on that field. */
class FieldReader {
  constructor(
    private readonly path: string,
    private readonly fields: FrontMatter,
    private readonly problems: Problem[],
    /** Dateline field → the name the source gave it (`dek` → `description`), for problems. */
    private readonly names: Record<string, string> = {},
  ) {}

  private nameOf(field: string): string {
    const [head, ...rest] = field.split(/(?=[.[])/);
    return [this.names[head!] ?? head, ...rest].join("");
  }

  text(field: string, value: unknown = this.fields[field]): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string") return value;
    if (typeof value === "number") return String(value);
    this.problems.push(error(this.path, this.nameOf(field), `must be text, not ${describe(value)}`));
    return undefined;
  }

  list(field: string): string[] {
    const value = this.fields[field];
    if (Array.isArray(value)) {
      return value.flatMap((item, index) => {
        if (isPersonObject(item)) return [item.role ? `${item.name}, ${item.role}` : item.name];
        const text = this.text(`${field}[${index}]`, item);
        return text === undefined ? [] : [text];
      });
    }
    // An empty field (undefined, null) reads as no text, so as no entries.
    const text = this.text(field, value);
    if (text === undefined) return [];
    // `tags: a, b` is a common way to write a list by hand.
    return field === "tags" ? text.split(",") : [text];
  }

  flag(field: string): boolean | undefined {
    const value = this.fields[field];
    if (value === undefined || typeof value === "boolean") return value;
    this.problems.push(error(this.path, field, `must be true or false, not ${describe(value)}`));
    return undefined;
  }

  dateline(field: string): string | Dateline | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null || typeof value === "string") return value ?? undefined;
    if (typeof value === "object" && !Array.isArray(value) && typeof (value as Dateline).city === "string") {
      const { city, region, agency } = value as Dateline;
      return { city, ...(region ? { region: String(region) } : {}), ...(agency ? { agency: String(agency) } : {}) };
    }
    this.problems.push(error(this.path, field, `write the dateline as text ("BEIRUT, Lebanon") or as city/region/agency fields, not ${describe(value)}`));
    return undefined;
  }

  figure(field: string): FigureInput | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "object" || Array.isArray(value)) {
      this.problems.push(error(this.path, this.nameOf(field), "must be a picture with src, alt, caption and credit fields"));
      return undefined;
    }
    const raw = value as Record<string, unknown>;
    for (const key of Object.keys(raw)) {
      if (!FIGURE_FIELDS.has(key)) this.problems.push(warning(this.path, `${field}.${key}`, `unknown figure field, ignored: use ${[...FIGURE_FIELDS].join(", ")}`));
    }
    const figure: FigureInput = { field: this.nameOf(field) };
    for (const key of ["src", "alt", "caption", "credit", "creator"] as const) {
      const text = this.text(`${field}.${key}`, raw[key]);
      if (text !== undefined) figure[key] = text;
    }
    for (const key of ["width", "height"] as const) {
      if (raw[key] === undefined) continue;
      if (Number.isInteger(raw[key]) && (raw[key] as number) > 0) figure[key] = raw[key] as number;
      else this.problems.push(error(this.path, this.nameOf(`${field}.${key}`), "must be a whole number of pixels"));
    }
    return figure;
  }

  corrections(field: string): ArticleInput["corrections"] {
    const value = this.fields[field];
    if (value === undefined || value === null) return [];
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item, index) => {
      if (typeof item === "string") return [{ text: item }];
      if (item && typeof item === "object" && typeof (item as { text?: unknown }).text === "string") {
        const { text, date } = item as { text: string; date?: unknown };
        const dateText = this.text(`${field}[${index}].date`, date);
        return [dateText === undefined ? { text } : { text, date: dateText }];
      }
      this.problems.push(error(this.path, `${field}[${index}]`, "a correction is text, or `text:` with an optional `date:`"));
      return [];
    });
  }
}

function isPersonObject(value: unknown): value is { name: string; role?: string } {
  return typeof value === "object" && value !== null && typeof (value as { name?: unknown }).name === "string";
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  return typeof value === "object" ? "a group of fields" : `${typeof value} ${JSON.stringify(value)}`;
}
