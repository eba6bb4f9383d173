// Writes a newsroom in which every vector sits in every string field a newsroom's sources carry:
// Markdown front matter (YAML and JSON) and body, the fields Dateline checks strictly (slug,
// section, dateline, zone, language, dates), a ninjs item's text and picture fields, a wire
// story's header, headline, paragraphs and caption, an old page's reader comments, approved
// comments and reaction counts. Each source is shaped as a real one of its kind (the sample's
// Markdown, IPTC's ninjs 1.x text examples, the wire text the README documents, Disqus' leftovers),
// so that the vector, not a broken frame, is what the build meets.
import { copyFile, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Vector } from "./vectors.ts";

/** The string fields each kind of source carries a vector in: counted for the report. */
export const FIELDS = {
  markdown: ["headline", "dek", "kicker", "byline (text)", "byline.name", "byline.role", "tags", "corrections.text", "lead.alt", "lead.caption", "lead.credit", "body paragraph", "body raw line", "body link", "body image alt", "body image caption", "body image credit"],
  strict: ["slug", "section", "dateline", "zone", "lang", "updated", "lead.src"],
  ninjs: ["headline", "byline", "located", "description_text", "body_html", "subject.name", "keywords", "featureimage.headline", "featureimage.description_text", "featureimage.byline", "featureimage.copyrightholder", "featureimage.renditions.href"],
  wire: ["Byline header", "Dek header", "Tags header", "Kicker header", "headline line", "dateline paragraph", "body paragraph", "caption", "caption credit", "scraped comment author", "scraped comment text"],
  comments: ["author", "text", "reply text"],
  reactions: ["article id key"],
} as const;

export interface HostileNewsroom {
  contentDir: string;
  /** Source files written, by kind. */
  sources: Record<"markdown" | "strict" | "ninjs" | "wire", number>;
  commentFiles: number;
}

const MEDIA = "tests/fixtures/hostile/media/quay.svg";

/** One line: header lines and scraped comment lines cannot hold a line break. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}

function number(index: number): string {
  return String(index).padStart(3, "0");
}

/** YAML front matter with every value a double-quoted scalar: JSON's string escapes are YAML's too. */
function yamlFrontMatter(data: Record<string, unknown>): string {
  const lines = Object.entries(data).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join("\n")}\n---\n`;
}

function markdown(vector: Vector, index: number): string {
  const v = vector.payload;
  const front = {
    headline: `Hostile Markdown ${number(index)} ${v}`,
    dek: v,
    kicker: v,
    date: "2026-11-20T10:00:00+01:00",
    dateline: "VALLETTA, Malta",
    byline: [v, { name: `Eve ${number(index)}`, role: v }, { name: v }],
    tags: [v, "hostile"],
    corrections: [{ date: "2026-11-21", text: v }],
    lead: { src: "quay.svg", alt: v, caption: v, credit: v },
  };
  const body = [
    `A first paragraph with ${v} inside it.`,
    v,
    `A [link](${v}) and an ![${v}](quay.svg "${oneLine(v)} [${oneLine(v)}]") in text.`,
    `![${oneLine(v)}](quay.svg "${oneLine(v)} [${oneLine(v)}]")`,
    "A last paragraph.",
  ].join("\n\n");
  // Half in YAML, half in JSON front matter: both readers meet every vector's characters.
  const head = index % 2 === 0 ? yamlFrontMatter(front) : `---json\n${JSON.stringify(front, null, 1)}\n---\n`;
  return `${head}${body}\n`;
}

function strict(vector: Vector, index: number): string {
  const v = vector.payload;
  const front = {
    headline: `Hostile strict ${number(index)}`,
    slug: v,
    section: v,
    dateline: v,
    zone: v,
    lang: v,
    date: "2026-11-20T10:00:00+01:00",
    updated: v,
    lead: { src: v, alt: "A quay", caption: "A quay at dawn.", credit: "Staff" },
  };
  return `---json\n${JSON.stringify(front, null, 1)}\n---\nA paragraph.\n`;
}

function ninjs(vector: Vector, index: number): string {
  const v = vector.payload;
  const item = {
    uri: `urn:newsml:hostile.example:20261120:${number(index)}`,
    type: "text",
    versioncreated: "2026-11-20T10:00:00Z",
    language: "en",
    headline: `Hostile ninjs ${number(index)} ${v}`,
    byline: v,
    located: v,
    description_text: v,
    body_html: `<p>A paragraph with ${v} inside.</p>${v}<p>A last paragraph.</p>`,
    subject: [{ name: v, code: `hostile-${number(index)}` }],
    keywords: [v],
    associations: {
      featureimage: {
        type: "picture",
        headline: v,
        description_text: v,
        byline: v,
        copyrightholder: v,
        renditions: { original: { href: index % 3 === 0 ? v : "quay.svg", width: 400, height: 250, mimetype: "image/svg+xml" } },
      },
    },
  };
  return JSON.stringify(item, null, 1);
}

function wire(vector: Vector, index: number): string {
  const v = vector.payload;
  const line = oneLine(v);
  return [
    "Date: 2026-11-21 09:00",
    `Byline: By ${line}`,
    `Dek: ${line}`,
    `Tags: ${line}, hostile`,
    `Kicker: ${line}`,
    "",
    `Hostile wire ${number(index)} ${line}`,
    "",
    `${line} [${line}]`,
    "",
    `VALLETTA, Malta -- The council met on Friday. ${v}`,
    "",
    v,
    "",
    "A last paragraph of the story.",
    "",
    "2 comments",
    "Login",
    "Sort by Best",
    "Join the discussion…",
    `${line} • 2 years ago`,
    line,
    "Reply • Share ›",
    "Ada Kwan • 2 years ago",
    `Answer: ${line}`,
    "Reply • Share ›",
    "Powered by Disqus",
    "",
  ].join("\n");
}

function comments(vector: Vector, index: number): string {
  const v = vector.payload;
  return JSON.stringify({
    article: `md-${number(index)}`,
    comments: [
      { id: "c-1", author: v, posted: "2026-11-20T12:00:00Z", text: v },
      { id: "c-2", author: "A reader", posted: "2026-11-20T12:05:00Z", text: `Reply: ${v}`, replyTo: "c-1" },
    ],
  });
}

export async function writeHostileNewsroom(vectors: readonly Vector[]): Promise<HostileNewsroom> {
  const contentDir = await mkdtemp(join(tmpdir(), "dateline-hostile-"));
  for (const folder of ["articles", "comments", "media"]) {
    await mkdir(join(contentDir, folder), { recursive: true });
  }
  await copyFile(MEDIA, join(contentDir, "media", "quay.svg"));
  const reactions: Record<string, { yes: number; no: number }> = {};
  for (const [index, vector] of vectors.entries()) {
    const n = number(index);
    await writeFile(join(contentDir, "articles", `md-${n}.md`), markdown(vector, index));
    await writeFile(join(contentDir, "articles", `strict-${n}.md`), strict(vector, index));
    await writeFile(join(contentDir, "articles", `ninjs-${n}.json`), ninjs(vector, index));
    await writeFile(join(contentDir, "articles", `wire-${n}.txt`), wire(vector, index));
    await writeFile(join(contentDir, "comments", `md-${n}.json`), comments(vector, index));
    reactions[`md-${n}`] = { yes: index, no: 1 };
    reactions[vector.payload] = { yes: 1, no: 1 };
  }
  await writeFile(join(contentDir, "reactions.json"), JSON.stringify(reactions));
  const count = vectors.length;
  return { contentDir, sources: { markdown: count, strict: count, ninjs: count, wire: count }, commentFiles: count };
}
