// The reference the site's search is held to: one Pagefind run, by Pagefind's own command-line
// binary, over every article page of a built site as a whole page, with the settings Dateline
// indexes with. Each page carries its article's language in `<html lang>` (as pages will once
// they are in their content's language), so Pagefind makes one index per language itself, each
// a single index of all that language's articles. Nothing of Dateline's indexing is used: not
// its choice of pages, not what it cuts from them, not how it groups or caches them.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { load } from "cheerio";
import { PAGEFIND_SETTINGS } from "../../src/search/run-pagefind.ts";

export interface ReferenceIndex {
  /** The folder served: the copied pages, and the bundle in `pagefind/`. */
  dir: string;
  /** The article pages indexed, as URL paths. */
  articles: string[];
  /** The languages Pagefind found, from its pagefind-entry.json. */
  languages: string[];
}

/** Article pages, known by the markup contract: one schema.org NewsArticle each. Their `<article lang>` too. */
export async function articlePages(siteDir: string): Promise<{ file: string; url: string; lang: string }[]> {
  const files = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"));
  const pages: { file: string; url: string; lang: string }[] = [];
  for (const file of files.sort()) {
    const $ = load(await readFile(join(siteDir, file), "utf8"));
    const types = $('script[type="application/ld+json"]')
      .map((_, script) => (JSON.parse($(script).text()) as { "@type"?: string })["@type"])
      .get();
    if (!types.includes("NewsArticle")) continue;
    const lang = $("article[data-pagefind-body]").attr("lang");
    if (!lang) throw new Error(`${file}: no <article lang data-pagefind-body>`);
    pages.push({ file, url: `/${file.split("\\").join("/")}`.replace(/(^|\/)index\.html$/, "$1"), lang });
  }
  return pages;
}

export async function referenceIndex(siteDir: string): Promise<ReferenceIndex> {
  const dir = await mkdtemp(join(tmpdir(), "dateline-search-reference-"));
  const site = join(dir, "site");
  const pages = await articlePages(siteDir);
  for (const { file, lang } of pages) {
    const html = await readFile(join(siteDir, file), "utf8");
    const retagged = html.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
    if (retagged === html && !html.includes(`<html lang="${lang}"`)) throw new Error(`${file}: no <html lang> to set`);
    await mkdir(dirname(join(site, file)), { recursive: true });
    await writeFile(join(site, file), retagged);
  }
  // Pagefind's binary reads its settings from pagefind.json in the folder it runs in.
  await writeFile(join(dir, "pagefind.json"), JSON.stringify({ site: "site", exclude_selectors: PAGEFIND_SETTINGS.excludeSelectors }));
  const resolver = (await import(new URL("./resolveBinary.js", import.meta.resolve("pagefind")).href)) as { resolveBinaryPath(names: string[]): string };
  const binary = resolver.resolveBinaryPath(["pagefind_extended", "pagefind"]);
  const { code, output } = await run(binary, [], dir);
  if (code !== 0) throw new Error(`Pagefind exited with ${code}:\n${output}`);
  const found = /Found (\d+) files? matching/.exec(output);
  if (Number(found?.[1]) !== pages.length) throw new Error(`Pagefind read ${found?.[1]} of the ${pages.length} pages:\n${output}`);
  const entry = JSON.parse(await readFile(join(site, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, unknown> };
  return { dir: site, articles: pages.map((page) => page.url), languages: Object.keys(entry.languages).sort() };
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}
