// Turns HTML from a source (Markdown output, wire `body_html`) into typed body blocks.
// The HTML is untrusted: it is sanitised with sanitize-html first, then split into blocks.
// Markup the allowlist removes is reported, never dropped silently.
import sanitizeHtml from "sanitize-html";
import { parseDocument } from "htmlparser2";
import { render } from "dom-serializer";
import { textContent } from "domutils";
import { isTag, isText, type ChildNode, type Element } from "domhandler";
import { withoutControlCharacters } from "../model/control-characters.ts";
import { warning, type Problem } from "../model/problem.ts";
import type { BlockInput, FigureInput, SafeHtml } from "../model/types.ts";
import { splitBracketCredit } from "./bracket-credit.ts";

const INLINE_TAGS = ["a", "em", "strong", "b", "i", "u", "s", "br", "cite", "q", "sub", "sup", "abbr", "code", "span", "small", "mark", "time"];
const BLOCK_TAGS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "figure", "figcaption", "img", "div", "section", "article", "footer", "header"];

/** Elements removed together with their text: their content is code or chrome, never story text. */
const NON_TEXT_TAGS = ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template", "svg", "math", "head", "title"];

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...INLINE_TAGS, ...BLOCK_TAGS],
  allowedAttributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title", "width", "height"],
    abbr: ["title"],
    time: ["datetime"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  nonTextTags: NON_TEXT_TAGS,
  disallowedTagsMode: "discard",
  transformTags: {
    // Links out of a story are not endorsements and must not reach back into the page.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow noopener" } }),
  },
};
SANITIZE_OPTIONS.allowedAttributes = { ...SANITIZE_OPTIONS.allowedAttributes, a: ["href", "title", "rel"] };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes plain text for use as HTML. The one way plain text becomes SafeHtml. */
export function escapeText(text: string): SafeHtml {
  return withoutControlCharacters(text).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char) as SafeHtml;
}

/** Plain text with blank-line paragraphs (ninjs `body_text`) as escaped paragraph blocks. */
export function textToBlocks(text: string): BlockInput[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => ({ type: "paragraph", html: escapeText(paragraph) }));
}

export interface HtmlBlocksResult {
  blocks: BlockInput[];
  problems: Problem[];
}

/** Sanitises untrusted HTML and splits it into body blocks. `field` names where the HTML came from. */
export function htmlToBlocks(html: string, path: string, field: string): HtmlBlocksResult {
  const problems: Problem[] = [];
  const removed = removedMarkup(html);
  if (removed.length > 0) {
    problems.push(
      warning(path, field, `removed markup that is unsafe or has no place in an article body: ${removed.join(", ")}; the text around it is kept`),
    );
  }
  const clean = sanitizeHtml(withoutControlCharacters(html), SANITIZE_OPTIONS);
  const document = parseDocument(clean);
  const blocks = collectBlocks(document.children, field, problems, path);
  return { blocks, problems };
}

/** Lists tags and attributes the sanitiser will remove, so the report can say what went. */
function removedMarkup(html: string): string[] {
  const allowedTags = new Set(SANITIZE_OPTIONS.allowedTags as string[]);
  const found = new Map<string, number>();
  const note = (label: string) => found.set(label, (found.get(label) ?? 0) + 1);
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      if (!allowedTags.has(node.name)) note(`<${node.name}>`);
      for (const attribute of Object.keys(node.attribs)) {
        if (/^on/i.test(attribute)) note(`${attribute}= attribute`);
        else if (attribute === "style") note("style= attribute");
      }
      // Browsers ignore whitespace and control characters inside a scheme (`java&#9;script:`).
      const href = (node.attribs.href ?? node.attribs.src)?.replace(/[\s\u0000-\u001f]+/g, "");
      const scheme = href === undefined ? undefined : /^(javascript|data|vbscript):/i.exec(href)?.[1];
      if (scheme) note(`${scheme.toLowerCase()}: URL`);
      visit(node.children);
    }
  };
  visit(parseDocument(html).children);
  return [...found].map(([label, count]) => (count > 1 ? `${label} ×${count}` : label));
}

function inner(element: Element): SafeHtml {
  return render(element.children, { encodeEntities: "utf8" }).trim() as SafeHtml;
}

function collectBlocks(nodes: ChildNode[], field: string, problems: Problem[], path: string): BlockInput[] {
  const blocks: BlockInput[] = [];
  let loose: ChildNode[] = [];
  // Text and inline elements outside any block become one paragraph per run.
  const flushLoose = () => {
    const html = render(loose, { encodeEntities: "utf8" }).trim();
    if (textContent(loose).trim() !== "") blocks.push({ type: "paragraph", html: html as SafeHtml });
    loose = [];
  };
  for (const node of nodes) {
    if (isText(node) || (isTag(node) && INLINE_TAGS.includes(node.name))) {
      loose.push(node);
      continue;
    }
    flushLoose();
    if (!isTag(node)) continue;
    const block = elementToBlocks(node, field, problems, path);
    blocks.push(...block);
  }
  flushLoose();
  return blocks;
}

function elementToBlocks(element: Element, field: string, problems: Problem[], path: string): BlockInput[] {
  switch (element.name) {
    case "p": {
      const image = loneImage(element);
      if (image) return [{ type: "figure", figure: imageFigure(image, undefined, field) }];
      if (element.children.some((child) => isTag(child) && child.name === "img")) {
        problems.push(warning(path, field, "an image inside a paragraph of text was removed: put it in a paragraph of its own to make it a figure with caption and credit"));
        stripImages(element);
      }
      return textContent(element).trim() === "" ? [] : [{ type: "paragraph", html: inner(element) }];
    }
    case "h1":
    case "h2":
      return headingBlock(element, 2);
    case "h3":
      return headingBlock(element, 3);
    case "h4":
    case "h5":
    case "h6":
      return headingBlock(element, 4);
    case "blockquote":
      return textContent(element).trim() === "" ? [] : [{ type: "quote", html: inner(element) }];
    case "ul":
    case "ol": {
      const items = element.children.filter((child): child is Element => isTag(child) && child.name === "li").map(inner);
      return items.length === 0 ? [] : [{ type: "list", ordered: element.name === "ol", items }];
    }
    case "figure": {
      const image = findImage(element);
      const caption = element.children.find((child): child is Element => isTag(child) && child.name === "figcaption");
      if (!image) {
        problems.push(warning(path, field, "a <figure> without an <img> was kept as text"));
        return caption ? [{ type: "paragraph", html: inner(caption) }] : [];
      }
      return [{ type: "figure", figure: imageFigure(image, caption ? textContent(caption) : undefined, field) }];
    }
    case "img":
      return [{ type: "figure", figure: imageFigure(element, undefined, field) }];
    case "li":
      return [{ type: "paragraph", html: inner(element) }];
    default:
      // div, section, article and the like only group blocks: keep what is inside.
      return collectBlocks(element.children, field, problems, path);
  }
}

function headingBlock(element: Element, level: 2 | 3 | 4): BlockInput[] {
  return textContent(element).trim() === "" ? [] : [{ type: "heading", level, html: inner(element) }];
}

/** An image that is the only content of a paragraph (possibly wrapped in a link): a figure. */
function loneImage(paragraph: Element): Element | undefined {
  const meaningful = paragraph.children.filter((child) => !(isText(child) && child.data.trim() === ""));
  if (meaningful.length !== 1) return undefined;
  const only = meaningful[0]!;
  if (!isTag(only)) return undefined;
  if (only.name === "img") return only;
  if (only.name === "a") return loneImage(only);
  return undefined;
}

function findImage(element: Element): Element | undefined {
  for (const child of element.children) {
    if (!isTag(child)) continue;
    if (child.name === "img") return child;
    const nested = findImage(child);
    if (nested) return nested;
  }
  return undefined;
}

function stripImages(element: Element): void {
  element.children = element.children.filter((child) => !(isTag(child) && child.name === "img"));
  for (const child of element.children) if (isTag(child)) stripImages(child);
}

/**
 * Caption and credit come from a <figcaption>, else the image's title (Markdown's
 * `![alt](src "Caption. [Credit]")`); a trailing `[Credit]` is split off either way.
 */
function imageFigure(image: Element, captionText: string | undefined, field: string): FigureInput {
  const text = (captionText ?? image.attribs.title ?? "").replace(/\s+/g, " ").trim();
  const { caption, credit } = splitBracketCredit(text);
  const figure: FigureInput = { field, src: image.attribs.src, alt: image.attribs.alt?.trim() };
  if (caption) figure.caption = caption;
  if (credit) figure.credit = credit;
  const width = Number(image.attribs.width);
  const height = Number(image.attribs.height);
  if (Number.isInteger(width) && width > 0) figure.width = width;
  if (Number.isInteger(height) && height > 0) figure.height = height;
  return figure;
}
