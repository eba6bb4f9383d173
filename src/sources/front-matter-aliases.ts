// Front matter as Hugo, Jekyll and Eleventy write it, read into Dateline's own field names.
// A field with the same meaning under another name is an alias and is read silently; a report
// line is written only where the meaning differs, a value is dropped, or two fields compete.
import { error, warning, type Problem } from "../model/problem.ts";

export type FrontMatter = Record<string, unknown>;

/** Dateline's field, then the other generators' names for it, the first given wins. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  headline: ["title"],
  dek: ["description", "summary", "excerpt"],
  byline: ["author", "authors"],
  updated: ["lastmod", "last_modified_at"],
  lead: ["featured_image", "image", "images", "cover", "coverImage"],
  // Hugo's name is Dateline's. Jekyll has none of its own: `ref` beside `lang` is the widely
  // copied "Making Jekyll multilingual" method (sylvaindurand.org), `language_reference` beside
  // `language` the multilingual-experiment one (andreaburan.com); jekyll-polyglot links pages by
  // permalink and Eleventy's i18n plugin by folder, with no field to read.
  translationKey: ["ref", "language_reference"],
};

/** Fields that tell the other generator how to build or list a page: nothing for Dateline to do. */
const PLUMBING = new Set([
  "layout", "permalink", "url", "aliases", "type", "weight", "menu", "toc", "featured", "sitemap", "pagination",
  "eleventyExcludeFromCollections", "eleventyNavigation", "eleventyComputed", "eleventyImport", "headless", "build",
]);

/** Eleventy's conventional collection names: `tags: posts` lists a page in a blog, it is no topic. */
const COLLECTION_TAGS = new Set(["post", "posts"]);

/** Jekyll's documented date form, `2026-11-12 08:45:00 +0100`: the same instant as ISO 8601 text. */
const JEKYLL_DATE = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d(?::\d\d(?:\.\d+)?)?) ?([+-]\d\d):?(\d\d)$/;

/** Eleventy's file-date keywords, which stand for a file's timestamps rather than a date. */
const ELEVENTY_DATE_KEYWORDS = /^(?:git )?(?:last modified|created)$/i;

export interface AliasResult {
  /** The front matter under Dateline's names; aliases and plumbing removed. */
  fields: FrontMatter;
  /** Dateline field → the source's own name for it, for problems. */
  names: Record<string, string>;
  problems: Problem[];
}

export function readAliases(raw: FrontMatter, path: string): AliasResult {
  const fields: FrontMatter = { ...raw };
  const names: Record<string, string> = {};
  const problems: Problem[] = [];

  for (const [field, aliases] of Object.entries(ALIASES)) {
    const given = [field, ...aliases].filter((name) => isGiven(raw[name]));
    for (const alias of aliases) delete fields[alias];
    const [used, ...ignored] = given;
    if (used === undefined) continue;
    for (const other of ignored) problems.push(warning(path, other, `both ${used} and ${other} are given: the ${used} is used and ${other} is ignored`));
    fields[field] = raw[used];
    names[field] = used;
  }

  if (names.lead && names.lead !== "lead") fields.lead = leadFromAlias(raw[names.lead], names.lead, path, problems);
  if (names.byline) fields.byline = personNames(fields.byline, names.byline, path, problems);
  readDraft(raw, fields, names, path, problems);
  readCategories(raw, fields, path, problems);
  dropCollectionTags(fields, path, problems);

  const plumbing = Object.keys(raw).filter((key) => PLUMBING.has(key));
  for (const key of plumbing) delete fields[key];
  if (plumbing.length > 0) {
    problems.push(warning(path, plumbing.join(", "), "these fields tell Hugo, Jekyll or Eleventy how to build or list a page and mean nothing to Dateline: ignored"));
  }
  for (const field of ["date", "updated"]) {
    const value = fields[field];
    // Still the text the source wrote, respelled so the model's ISO reader takes it.
    if (typeof value === "string") fields[field] = value.trim().replace(JEKYLL_DATE, "$1T$2$3:$4");
  }
  if (typeof raw.date === "string" && ELEVENTY_DATE_KEYWORDS.test(raw.date.trim())) {
    problems.push(error(path, "date", `"${raw.date}" is Eleventy's stand-in for a file's timestamp: write the publication date itself (date: 2026-11-18 or 2026-11-18T09:30:00+02:00)`));
    delete fields.date;
  }
  return { fields, names, problems };
}

function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0);
}

/**
 * Hugo's and Eleventy's `draft: true` and Jekyll's `published: false` hold an article back,
 * like `status: draft`. When `status` says otherwise, or the value is neither true nor false
 * (an error), the safer reading wins: held back.
 */
function readDraft(raw: FrontMatter, fields: FrontMatter, names: Record<string, string>, path: string, problems: Problem[]): void {
  for (const [key, meansDraft] of [["draft", true], ["published", false]] as const) {
    const value = raw[key];
    delete fields[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== "boolean") {
      problems.push(error(path, key, `must be true or false, not ${JSON.stringify(value)}: write ${key}: ${meansDraft} to hold the article back, ${key}: ${!meansDraft} to publish it`));
    } else if (value !== meansDraft) continue;
    const status = typeof raw.status === "string" ? raw.status.trim().toLowerCase() : undefined;
    if (status !== undefined && status !== "draft") {
      problems.push(warning(path, key, `status is "${raw.status}" but ${key}: ${value} holds the article back: it is kept as a draft; remove ${key} to publish it`));
    }
    fields.status = "draft";
    names.status = key;
  }
}

/**
 * Hugo's and Jekyll's `categories` (or one `category`) are a second taxonomy beside tags.
 * Dateline has one section per article, set only by `section:`, so categories are filed as tags,
 * and the report says so: the editor decides whether one of them is the section.
 */
function readCategories(raw: FrontMatter, fields: FrontMatter, path: string, problems: Problem[]): void {
  const categories = ["categories", "category"].filter((key) => isGiven(raw[key]));
  for (const key of categories) delete fields[key];
  if (categories.length === 0) return;
  // Jekyll reads `categories: news world` as two categories; one `category` is one name.
  const values = categories.flatMap((key) => {
    const value = raw[key];
    if (Array.isArray(value)) return value as unknown[];
    return key === "categories" && typeof value === "string" ? value.split(/\s+/).filter(Boolean) : [value];
  });
  // Tags written as text are split at commas, as the field reader would (`tags: budget, council`).
  const tags = fields.tags === undefined || fields.tags === null ? [] : Array.isArray(fields.tags) ? fields.tags : typeof fields.tags === "string" ? fields.tags.split(",") : [fields.tags];
  fields.tags = [...tags, ...values];
  const section = isGiven(raw.section) ? "" : "; to file the article in a section, add section: with its slug";
  problems.push(warning(path, categories.join(", "), `filed as tags (Dateline has one section per article, set by section:)${section}`));
}

function dropCollectionTags(fields: FrontMatter, path: string, problems: Problem[]): void {
  const tags = fields.tags;
  // A string is split at commas here as the field reader would (`tags: posts, cycling`).
  const list = typeof tags === "string" ? tags.split(",") : Array.isArray(tags) ? tags : undefined;
  if (!list) return;
  const dropped = list.filter((tag) => typeof tag === "string" && COLLECTION_TAGS.has(tag.trim().toLowerCase()));
  if (dropped.length === 0) return;
  fields.tags = list.filter((tag) => !dropped.includes(tag));
  const names = dropped.map((tag) => `"${String(tag).trim()}"`).join(", ");
  problems.push(warning(path, "tags", `${names} names Eleventy's collection of blog posts, not a topic: left out of the tags`));
}

/** Picture fields of other generators' image objects (jekyll-seo-tag's `image`, PaperMod's `cover`), by Dateline's name. */
const IMAGE_KEYS: Readonly<Record<string, string>> = {
  src: "src", path: "src", image: "src", url: "src", alt: "alt", caption: "caption", credit: "credit", width: "width", height: "height",
};

/** Another generator's page picture as Dateline's lead: a file name, a list of them, or an image object. */
function leadFromAlias(value: unknown, field: string, path: string, problems: Problem[]): unknown {
  let first = value;
  if (Array.isArray(value)) {
    first = value[0];
    if (value.length > 1) problems.push(warning(path, field, `only the first picture is used, as the lead; ${value.length - 1} more left out: put them in the body as images`));
  }
  const lead: FrontMatter = {};
  if (typeof first === "string") lead.src = first;
  else if (first !== null && typeof first === "object" && !Array.isArray(first)) {
    const unused: string[] = [];
    for (const [key, item] of Object.entries(first)) {
      const name = IMAGE_KEYS[key];
      if (name === undefined) unused.push(key);
      else if (lead[name] === undefined) lead[name] = item;
    }
    if (unused.length > 0) problems.push(warning(path, field, `${unused.join(", ")} of the picture mean nothing to Dateline: ignored`));
  } else return value;
  if (lead.alt === undefined) {
    problems.push(warning(path, field, "read as the lead picture, which needs alt text and a credit: write it as lead: with src, alt and credit (or give the file an embedded credit)"));
  }
  return lead;
}

/** Author objects (`{name, email, url}`) keep their name and role; what else they carry is reported. */
function personNames(value: unknown, field: string, path: string, problems: Problem[]): unknown {
  const people = Array.isArray(value) ? value : [value];
  const unused = new Set<string>();
  const names = people.map((person) => {
    if (person === null || typeof person !== "object" || Array.isArray(person)) return person;
    const { name, role, ...rest } = person as Record<string, unknown>;
    for (const key of Object.keys(rest)) unused.add(key);
    return role === undefined ? { name } : { name, role };
  });
  if (unused.size > 0) problems.push(warning(path, field, `only the name and role of each author are read; ${[...unused].join(", ")} ignored (author pages come from _data/authors.ts)`));
  return names;
}
