// Reads every file of a built site as a browser, a feed reader, a crawler and a deploy tool would,
// and lists what must never be there: live script, event handlers, dangerous URLs, embedded
// documents, control and bidi-override characters, links and files outside the output folder.
// Each finding names the file and what was found; an empty list is a clean site.
import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { gunzipSync } from "node:zlib";
import { load, type CheerioAPI } from "cheerio";
import { isTag, type Element } from "domhandler";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface ScanOptions {
  /** The site's origin (`http://localhost:8080`): absolute links elsewhere are allowed, but counted. */
  siteUrl: string;
  /** Script files the site's own pages load. */
  scripts: readonly string[];
}

export interface Scan {
  findings: string[];
  /** Files read, by kind. */
  files: Record<string, number>;
}

/** Overrides and embeddings reorder what follows them; C0 (but tab, newline, return), DEL and C1 hide text. */
const FORBIDDEN_CHARACTER = /[\u202a-\u202e\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const ISOLATE_OPEN = /[\u2066-\u2068]/gu;
const ISOLATE_CLOSE = /\u2069/gu;
/** Elements that embed another document, run code, restyle the page or redirect it. */
const FORBIDDEN_ELEMENTS = ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal", "isindex", "keygen", "style", "math", "xml"];
/** Harmless in the site's own templates (the search page's noscript note), never in what a source or reader wrote. */
const FORBIDDEN_IN_CONTENT = ["noscript", "template", "svg", "form"];
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "poster", "background", "data", "cite", "ping", "manifest", "longdesc", "lowsrc", "dynsrc"];
const TEXT_FILE = /\.(?:html|xml|json|txt|svg|webmanifest|css)$|(?:^|\/)_headers$/;

function characterFindings(file: string, text: string): string[] {
  const findings: string[] = [];
  const bad = FORBIDDEN_CHARACTER.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    findings.push(`${file}: U+${code} near ${JSON.stringify(text.slice(Math.max(0, bad.index - 30), bad.index + 10))}`);
  }
  const opened = text.match(ISOLATE_OPEN)?.length ?? 0;
  const closed = text.match(ISOLATE_CLOSE)?.length ?? 0;
  if (opened !== closed) findings.push(`${file}: ${opened} bidi isolates opened, ${closed} closed`);
  return findings;
}

/** What a browser makes of a URL attribute: controls and spaces inside a scheme are ignored. */
function dangerousUrl(value: string): string | undefined {
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  if (/^(?:javascript|vbscript|data|file|livescript|mocha):/.test(squeezed)) return "a script, data or file URL";
  if (/^[\\/]{2}/.test(squeezed)) return "a protocol-relative URL";
  if (/^[a-z][a-z0-9+.-]*:/.test(squeezed) && !/^(?:https?|mailto|tel):/.test(squeezed)) return "an unknown scheme";
  return undefined;
}

function urlsOf(name: string, value: string): string[] {
  if (name === "srcset") return value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "");
  if (name === "ping") return value.split(/\s+/);
  return [value];
}

/** An HTML document or fragment (`fragment`: a feed's content, where there is no head). */
function htmlFindings(file: string, html: string, options: ScanOptions, fragment: boolean): string[] {
  const findings: string[] = [];
  const $: CheerioAPI = load(html);
  $("script").each((_, script) => {
    const src = $(script).attr("src");
    if (fragment) findings.push(`${file}: <script> in a feed's HTML`);
    else if (src !== undefined) {
      if (!options.scripts.includes(src)) findings.push(`${file}: <script src="${src}">`);
      if ($(script).text().trim() !== "") findings.push(`${file}: <script src> with inline code`);
    } else if ($(script).attr("type") !== "application/ld+json") {
      findings.push(`${file}: inline <script>: ${$(script).text().slice(0, 80)}`);
    } else {
      findings.push(...jsonLdFindings(file, $(script).text()));
    }
  });
  for (const tag of FORBIDDEN_ELEMENTS) {
    if ($(tag).length > 0) findings.push(`${file}: <${tag}>`);
  }
  for (const tag of FORBIDDEN_IN_CONTENT) {
    const content = fragment ? $(tag) : $(`article ${tag}, .article__body ${tag}, .comment ${tag}`).not(".comment-form, .reaction");
    if (content.length > 0) findings.push(`${file}: <${tag}> in the content`);
  }
  $('meta[http-equiv]').each((_, meta) => void findings.push(`${file}: <meta http-equiv="${$(meta).attr("http-equiv")}">`));
  $('link[rel~="stylesheet"]').each((_, link) => {
    const href = $(link).attr("href") ?? "";
    if (!href.startsWith("/")) findings.push(`${file}: stylesheet ${href}`);
  });
  $("*").each((_, node) => {
    if (!isTag(node)) return;
    const element = node as Element;
    for (const [name, value] of Object.entries(element.attribs)) {
      const lower = name.toLowerCase();
      if (lower.startsWith("on")) findings.push(`${file}: <${element.name} ${name}="${value.slice(0, 60)}">`);
      if (lower === "style") findings.push(`${file}: <${element.name} style="${value.slice(0, 60)}">`);
      if (lower === "srcdoc") findings.push(`${file}: <${element.name} srcdoc>`);
      if (URL_ATTRIBUTES.includes(lower) || lower === "srcset") {
        for (const url of urlsOf(lower, value)) {
          const danger = dangerousUrl(url);
          if (danger) findings.push(`${file}: <${element.name} ${name}="${url.slice(0, 80)}">: ${danger}`);
          if (url.split(/[?#]/)[0]!.split(/[\\/]/).includes("..")) findings.push(`${file}: ${name}="${url}" climbs out of its folder`);
        }
      }
      if (lower === "target" && value === "_blank" && !/\bnoopener\b/.test(element.attribs.rel ?? "")) findings.push(`${file}: target=_blank without noopener`);
    }
  });
  return findings;
}

function jsonLdFindings(file: string, text: string): string[] {
  try {
    JSON.parse(text);
  } catch {
    return [`${file}: JSON-LD that does not parse`];
  }
  // The script element ends at the first `</script`; a JSON string must never hold one.
  if (/<\/script|<!--/i.test(text)) return [`${file}: JSON-LD holding </script or <!--`];
  return [];
}

function xmlFindings(file: string, text: string, options: ScanOptions): string[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return [`${file}: not well-formed XML (${valid.err.msg}, line ${valid.err.line})`];
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return [`${file}: a DOCTYPE or entity declaration`];
  const findings: string[] = [];
  const data = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(text) as unknown;
  walkXml(data, (key, value, type) => {
    // Atom says what a content or summary is; RSS's description is always entity-encoded HTML.
    if (((key === "content" || key === "summary") && type === "html") || key === "description" || key === "content:encoded") {
      findings.push(...htmlFindings(`${file} <${key}>`, value, options, true));
    }
    if (key === "loc" && !value.startsWith(options.siteUrl)) findings.push(`${file}: <loc>${value}</loc> is not on the site`);
  });
  return findings;
}

function jsonFeedFindings(file: string, text: string, options: ScanOptions): string[] {
  const findings: string[] = [];
  walk(JSON.parse(text), (key, value) => {
    // JSON Feed's summary and content_text are plain text; only content_html is markup.
    if (key === "content_html") findings.push(...htmlFindings(`${file} ${key}`, value, options, true));
    if (key === "url" || key === "external_url" || key === "image") {
      const danger = dangerousUrl(value);
      if (danger) findings.push(`${file}: ${key} ${value}: ${danger}`);
    }
  });
  return findings;
}

/** Like walk, for a parsed XML document: each element's text with its name and its `type` attribute. */
function walkXml(data: unknown, visit: (key: string, value: string, type: string | undefined) => void, key = ""): void {
  if (typeof data === "string") visit(key, data, undefined);
  else if (Array.isArray(data)) for (const item of data) walkXml(item, visit, key);
  else if (data && typeof data === "object") {
    const element = data as Record<string, unknown>;
    if (typeof element["#text"] === "string") visit(key, element["#text"], typeof element["@_type"] === "string" ? element["@_type"] : undefined);
    for (const [name, value] of Object.entries(element)) {
      if (name !== "#text" && !name.startsWith("@_")) walkXml(value, visit, name);
    }
  }
}

/** Calls `visit` with every string in a parsed document and the key it sits under. */
function walk(data: unknown, visit: (key: string, value: string) => void, key = ""): void {
  if (typeof data === "string") visit(key, data);
  else if (Array.isArray(data)) for (const item of data) walk(item, visit, key);
  else if (data && typeof data === "object") {
    for (const [name, value] of Object.entries(data)) {
      // A parsed XML element with attributes keeps its text under #text.
      walk(value, visit, name === "#text" ? key : name);
    }
  }
}

/** A user's SVG is served from the site's own origin: opened directly, its script would run there. */
function svgFindings(file: string, text: string): string[] {
  const findings: string[] = [];
  if (/<script\b|<foreignObject\b/i.test(text)) findings.push(`${file}: script or foreignObject in an SVG`);
  if (/\son[a-z]+\s*=/i.test(text)) findings.push(`${file}: an event handler in an SVG`);
  if (/(?:href|src)\s*=\s*["']?\s*(?:javascript|data:text\/html)/i.test(text)) findings.push(`${file}: a script URL in an SVG`);
  return findings;
}

/** Pagefind's fragments are gzip: `pagefind_dcd` and the page's JSON (its title, text and excerpt). */
function fragmentText(bytes: Buffer): string {
  return gunzipSync(bytes).toString("utf8").replace(/^pagefind_dcd/, "");
}

export async function scanOutput(dir: string, options: ScanOptions): Promise<Scan> {
  const root = await realpath(dir);
  const findings: string[] = [];
  const files: Record<string, number> = {};
  const entries = await readdir(root, { recursive: true });
  for (const entry of entries.sort()) {
    const path = join(root, entry);
    const name = entry.split(sep).join("/");
    const stats = await lstat(path);
    if (stats.isSymbolicLink()) {
      findings.push(`${name}: a symbolic link`);
      continue;
    }
    const real = await realpath(path);
    if (relative(root, real).startsWith("..")) findings.push(`${name}: outside the output folder`);
    if (name.split("/").some((segment) => segment === ".." || segment === "." || segment === "")) findings.push(`${name}: an odd path`);
    if (!stats.isFile()) continue;
    const kind = name.endsWith(".pf_fragment") ? "search fragment" : (/\.([a-z_]+)$/.exec(name)?.[1] ?? name);
    let text: string;
    if (name.endsWith(".pf_fragment")) text = fragmentText(await readFile(path));
    else if (TEXT_FILE.test(name)) text = await readFile(path, "utf8");
    else continue;
    files[kind] = (files[kind] ?? 0) + 1;
    findings.push(...characterFindings(name, text));
    if (name.endsWith(".html")) findings.push(...htmlFindings(name, text, options, false));
    else if (name.endsWith(".xml")) findings.push(...xmlFindings(name, text, options));
    else if (name.endsWith("feed.json")) findings.push(...jsonFeedFindings(name, text, options));
    else if (name.endsWith(".svg")) findings.push(...svgFindings(name, text));
  }
  return { findings, files };
}
