// Broken input, made from real input: every real-world source (the public corpus, read in place,
// and tests/fixtures/real/) cut short, with bytes flipped, nested thousands deep, with fields a
// megabyte long, in the wrong encoding or line endings. Deterministic: one seed gives the same
// cases on every machine (FUZZ_SEED picks another, FUZZ_ROUNDS makes more of each kind).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "../../bench/newsroom/random.ts";

export interface FuzzCase {
  /** The file name in the fuzzed newsroom: `<n>-<mutation>-<source name>`. */
  name: string;
  mutation: string;
  from: string;
  bytes: Buffer;
}

const ROOTS = [
  fileURLToPath(new URL("../../../shared/corpus/ninjs/", import.meta.url)),
  fileURLToPath(new URL("../../../shared/corpus/markdown/", import.meta.url)),
  fileURLToPath(new URL("../../../shared/corpus/wire/", import.meta.url)),
  fileURLToPath(new URL("../fixtures/real/", import.meta.url)),
];
const SOURCE = /\.(?:md|json|txt|tst)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : SOURCE.test(name) && !/^README\.md$/.test(name) ? [path] : [];
  });
}

export function realSources(): string[] {
  return ROOTS.flatMap(filesUnder).sort();
}

type Mutation = (bytes: Buffer, random: () => number, extension: string) => Buffer;

const DEPTH = 5_000;
const HUGE = 1 << 20;
/**
 * The big cases in every few sources, not all: each loader still meets them many times over, and
 * the suite writes tens of megabytes, not a gigabyte.
 */
const SPARSE: Record<string, number> = { "huge-field": 6, "nested-structure": 2, "nested-html": 2 };

/** Inserts `text` at a random line start (so Markdown and wire text see it as a block). */
function insertAtLine(bytes: Buffer, random: () => number, text: string): Buffer {
  const source = bytes.toString("utf8");
  const starts = [0, ...[...source.matchAll(/\n/g)].map((match) => match.index! + 1)];
  const at = starts[Math.floor(random() * starts.length)]!;
  return Buffer.from(`${source.slice(0, at)}${text}\n${source.slice(at)}`);
}

/** Replaces the first string value of one of `keys` in a JSON source with `value`, text kept valid JSON. */
function replaceJsonString(bytes: Buffer, keys: readonly string[], value: (old: string) => string): Buffer {
  const source = bytes.toString("utf8");
  for (const key of keys) {
    const match = new RegExp(`"${key}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(source);
    if (!match) continue;
    const old = JSON.parse(match[1]!) as string;
    return Buffer.from(source.slice(0, match.index) + `"${key}": ${JSON.stringify(value(old))}` + source.slice(match.index + match[0].length));
  }
  return Buffer.from(source.replace(/^\s*\{/, `{"headline": ${JSON.stringify(value(""))},`));
}

const MUTATIONS: Record<string, Mutation> = {
  truncated: (bytes, random) => bytes.subarray(0, Math.floor(random() * bytes.length)),
  "bytes-flipped": (bytes, random) => {
    const copy = Buffer.from(bytes);
    const flips = 1 + Math.floor(random() * 8);
    for (let i = 0; i < flips && copy.length > 0; i++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
    return copy;
  },
  "nested-html": (bytes, random, extension) => {
    const deep = `${"<div>".repeat(DEPTH)}deep${"</div>".repeat(DEPTH)}`;
    if (extension === ".json") return replaceJsonString(bytes, ["body_html", "bodyHtml", "body_text", "description_text"], (old) => `${old}${deep}`);
    return insertAtLine(bytes, random, deep);
  },
  "nested-structure": (bytes, random, extension) => {
    if (extension === ".json") {
      const source = bytes.toString("utf8");
      return Buffer.from(source.replace(/\{/, `{"deep": ${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}, "deeper": ${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)},`));
    }
    const quotes = Array.from({ length: 300 }, (_, level) => `${">".repeat(level + 1)} level ${level}`).join("\n");
    const lists = Array.from({ length: 300 }, (_, level) => `${"  ".repeat(level)}- item ${level}`).join("\n");
    return insertAtLine(bytes, random, `${quotes}\n\n${lists}\n\n${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}\n\n${"*".repeat(DEPTH)}`);
  },
  "huge-field": (bytes, _random, extension) => {
    const huge = "word ".repeat(HUGE / 5);
    if (extension === ".json") return replaceJsonString(bytes, ["headline", "byline", "located"], () => huge);
    const source = bytes.toString("utf8");
    // Front matter gets a huge headline, anything else a huge first line (a wire story's headline).
    if (source.startsWith("---\n")) return Buffer.from(source.replace(/^---\n/, `---\nheadline: "${huge}"\nextra: "${huge}"\n`));
    return Buffer.from(`${huge}\n\n${huge}\n\n${source}`);
  },
  "yaml-alias-bomb": (bytes, _random, extension) => {
    if (extension !== ".md") return Buffer.concat([Buffer.from(`---\nheadline: x\n---\n`), bytes]);
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`)];
    const source = bytes.toString("utf8").replace(/^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)\n/, "");
    return Buffer.from(`---\nheadline: Bomb\n${levels.join("\n")}\ntags: *j\n---\n${source}`);
  },
  "utf16-encoded": (bytes) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString("utf8"), "utf16le")]),
  "invalid-utf8": (bytes, random) => {
    const at = Math.floor(random() * bytes.length);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28, 0xe2, 0x82, 0xff, 0xfe, 0xed, 0xa0, 0x80]), bytes.subarray(at)]);
  },
  "line-endings": (bytes, random) => {
    const text = bytes.toString("utf8");
    return Buffer.from(random() < 0.5 ? `\ufeff${text.replace(/\n/g, "\r\n")}` : text.replace(/\n/g, "\r"));
  },
  "nul-and-controls": (bytes, random) => {
    const text = bytes.toString("utf8");
    const at = Math.floor(random() * text.length);
    return Buffer.from(`${text.slice(0, at)}\u0000\u0007\u001b[2J\u202e\u2066${text.slice(at)}`);
  },
  empty: () => Buffer.alloc(0),
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/**
 * A source made to claim its own address before it is broken: every case comes from one of a few
 * hundred sources, and copies of one story would all claim one URL, so all but the first would be
 * rejected as collisions and never reach the pages. A slug is added where the format has one;
 * a ninjs item's headline gets the case number (ninjs has no slug Dateline reads). Agency
 * transmissions and scraped pages are left as they are, so copies of one may still collide.
 */
function ownAddress(bytes: Buffer, extension: string, name: string): Buffer {
  const slug = `fuzz-${name.slice(0, 5)}`;
  const source = bytes.toString("utf8");
  if (extension === ".json") return Buffer.from(source.replace(/("headline"\s*:\s*")/, `$1${slug} `));
  if (extension === ".md") {
    if (/^---json\r?\n\s*\{/.test(source)) return Buffer.from(source.replace("{", `{"slug": "${slug}", `));
    const yaml = /^---\r?\n([\s\S]*?)\n---/.exec(source);
    if (yaml) return Buffer.from(`---\nslug: ${slug}\n${yaml[1]!.replace(/^slug:.*$/m, "")}${source.slice(yaml[0].length - 4)}`);
    if (/^\+\+\+\r?\n/.test(source)) return Buffer.from(source.replace(/^\+\+\+\r?\n/, `+++\nslug = "${slug}"\n`));
    return bytes;
  }
  // Only where Dateline's own header block is there already: a header put above an agency's
  // transmission or a scraped page would change what the loader recognises.
  if (extension === ".txt" && /^(?:Date|Byline|Section|Tags|Slug|Lang|Dek|Kicker|Status|Zone|Updated|Comments|Image-\d+): /.test(source)) return Buffer.from(`Slug: ${slug}\n${source.replace(/^Slug: .*\n/m, "")}`);
  return bytes;
}

/** Every mutation of every real source, `rounds` times each with fresh random choices. */
export function fuzzCases(seed: number, rounds: number): FuzzCase[] {
  const random = mulberry32(seed);
  const cases: FuzzCase[] = [];
  for (const [index, file] of realSources().entries()) {
    const bytes = readFileSync(file);
    const extension = extname(file);
    for (const [mutation, mutate] of Object.entries(MUTATIONS)) {
      if (index % (SPARSE[mutation] ?? 1) !== 0) continue;
      for (let round = 0; round < rounds; round++) {
        const name = `${String(cases.length).padStart(5, "0")}-${mutation}-${basename(file)}`;
        cases.push({ name, mutation, from: file, bytes: mutate(ownAddress(bytes, extension, name), random, extension) });
      }
    }
  }
  return cases;
}

/** The cases as a newsroom: content/articles/ holding every one. */
export async function writeFuzzedNewsroom(cases: readonly FuzzCase[]): Promise<string> {
  const contentDir = await mkdtemp(join(tmpdir(), "dateline-fuzz-"));
  await mkdir(join(contentDir, "articles"), { recursive: true });
  for (const fuzzed of cases) await writeFile(join(contentDir, "articles", fuzzed.name), fuzzed.bytes);
  return contentDir;
}
