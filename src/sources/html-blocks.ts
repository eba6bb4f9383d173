// Turns HTML from a source (Markdown output, wire `body_html`) into typed body blocks.
// The HTML is untrusted: it is sanitised with sanitize-html first, then split into blocks.
// Markup the allowlist removes is reported, never dropped silently. Nothing here recurses
// deeper than the sanitiser lets markup nest, so no source can overflow the stack.
import sanitizeHtml from "sanitize-html";
import { parseDocument } from "htmlparser2";
import { render } from "dom-serializer";
import { findAll, textContent } from "domutils";
import { isTag, isText, type ChildNode, type Element } from "domhandler";
import { withoutControlCharacters } from "../model/control-characters.ts";
import { warning, type Problem } from "../model/problem.ts";
import type { BlockInput, SafeHtml } from "../model/types.ts";
import { loneImage, noPicturesRemoved, pictureBlocks, removedPictureProblems, removeImagesFrom, type RemovedPictures } from "./body-pictures.ts";

const INLINE_TAGS = ["a", "em", "strong", "b", "i", "u", "s", "br", "cite", "q", "sub", "sup", "abbr", "code", "span", "small", "mark", "time"];
const BLOCK_TAGS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "figure", "figcaption", "img", "div", "section", "article", "footer", "header"];

/** Elements removed together with their text: their content is code or chrome, never story text. */
const NON_TEXT_TAGS = ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template", "svg", "math", "head", "title"];

/**
 * How deep elements may nest. Story markup is a few levels deep; a feed that nests thousands
 * of <div>s would otherwise overflow the stack of every walk over the tree. Deeper elements
 * lose their tags and keep their text (sanitize-html's `nestingLimit`), and the report says so.
 */
export const MAX_NESTING = 100;

const SCHEMES = ["http", "https", "mailto", "tel"];
const PICTURE_SCHEMES = ["http", "https"];

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...INLINE_TAGS, ...BLOCK_TAGS],
  allowedAttributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title", "width", "height"],
    abbr: ["title"],
    time: ["datetime"],
  },
  allowedSchemes: SCHEMES,
  allowedSchemesByTag: { img: PICTURE_SCHEMES },
  // `//host/x` takes the page's scheme and leads off the site like an absolute link, but reads
  // like a path; a feed that means another site writes https://. Refused (reported below).
  allowProtocolRelative: false,
  nestingLimit: MAX_NESTING,
  nonTextTags: NON_TEXT_TAGS,
  disallowedTagsMode: "discard",
  transformTags: {
    // Links out of a story are not endorsements and must not reach back into the page. A link
    // whose address the report names as refused (below) loses it here, so the two always agree.
    a: (tagName, { href, ...attribs }) => ({
      tagName,
      attribs: { ...attribs, ...(href === undefined || refusedAddress(href, "a") !== undefined ? {} : { href }), rel: "nofollow noopener" },
    }),
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

/** What one field's HTML lost on the way to blocks, for the report. */
interface Walk {
  path: string;
  field: string;
  problems: Problem[];
  pictures: RemovedPictures;
}

/** Sanitises untrusted HTML and splits it into body blocks. `field` names where the HTML came from. */
export function htmlToBlocks(html: string, path: string, field: string): HtmlBlocksResult {
  const problems: Problem[] = [];
  const { removed, deepest } = removedMarkup(html);
  if (removed.length > 0) {
    problems.push(
      warning(path, field, `removed markup that is unsafe or has no place in an article body: ${removed.join(", ")}; the text around it is kept`),
    );
  }
  if (deepest > MAX_NESTING) {
    problems.push(
      warning(path, field, `markup nested ${deepest} elements deep, more than ${MAX_NESTING}: the text inside is kept, the tags below that depth (paragraphs, links, emphasis) are not; check the HTML the source sends`),
    );
  }
  const clean = sanitizeHtml(withoutControlCharacters(html), SANITIZE_OPTIONS);
  const document = parseDocument(clean);
  const walk: Walk = { path, field, problems, pictures: noPicturesRemoved() };
  const blocks = collectBlocks(document.children, walk);
  problems.push(...removedPictureProblems(walk.pictures, path, field));
  return { blocks, problems };
}

/**
 * Lists tags, attributes and addresses the sanitiser will remove, so the report can say what
 * went, and measures how deep the markup nests. The source's HTML may nest without limit, so
 * this walk keeps its own stack.
 */
function removedMarkup(html: string): { removed: string[]; deepest: number } {
  const allowedTags = new Set(SANITIZE_OPTIONS.allowedTags as string[]);
  const found = new Map<string, number>();
  const note = (label: string) => found.set(label, (found.get(label) ?? 0) + 1);
  let deepest = 0;
  const stack: [ChildNode, number][] = parseDocument(html).children.map((node) => [node, 1]).reverse() as [ChildNode, number][];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isTag(node)) continue;
    deepest = Math.max(deepest, depth);
    if (!allowedTags.has(node.name)) note(`<${node.name}>`);
    for (const attribute of Object.keys(node.attribs)) {
      if (/^on/i.test(attribute)) note(`${attribute}= attribute`);
      else if (attribute === "style") note("style= attribute");
    }
    const address = node.attribs.href ?? node.attribs.src;
    const refused = address === undefined ? undefined : refusedAddress(address, node.name);
    if (refused) note(refused);
    for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push([node.children[index]!, depth + 1]);
  }
  return { removed: [...found].map(([label, count]) => (count > 1 ? `${label} ×${count}` : label)), deepest };
}

/**
 * How the report names an address of a `tag`'s attribute that is refused (`javascript: URL`), or
 * undefined when it is kept. A picture's relative address is a file in content/media/, checked
 * with the figure (src/sources/body-pictures.ts); a link's is checked here.
 */
function refusedAddress(address: string, tag: string): string | undefined {
  // Browsers ignore whitespace and control characters inside a scheme (`java&#9;script:`).
  const href = address.replace(/[\u0000-\u0020]+/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme !== undefined) return (tag === "img" ? PICTURE_SCHEMES : SCHEMES).includes(scheme) ? undefined : `${scheme}: URL`;
  if (/^[/\\]{2}/.test(href)) return "protocol-relative URL (//host, write https://host)";
  return tag === "a" ? refusedRelativeLink(href) : undefined;
}

/**
 * A link with no scheme: kept when it names a place on the page (`#notes`) or a path on the site
 * (`/world/`). Anything else (`..`, `other-post/`, `./x`) was relative to where the source file
 * sat, which is not where its page is published, so no one can say where it leads.
 */
function refusedRelativeLink(href: string): string | undefined {
  const fix = "write the full https address or a site path starting with /";
  if (href.startsWith("#")) return undefined;
  if (!href.startsWith("/")) return `relative link (a page is not published at its source file's address: ${fix})`;
  // Browsers read `%2e%2e` and `\` in a path as `..` and `/`.
  const segments = href.split(/[?#]/)[0]!.replace(/%2e/gi, ".").split(/[/\\]/);
  return segments.includes("..") ? `site path climbing with .. (${fix}, without ..)` : undefined;
}

function inner(element: Element): SafeHtml {
  return render(element.children, { encodeEntities: "utf8" }).trim() as SafeHtml;
}

function collectBlocks(nodes: ChildNode[], walk: Walk): BlockInput[] {
  const blocks: BlockInput[] = [];
  let loose: ChildNode[] = [];
  // Text and inline elements outside any block become one paragraph per run; a linked picture
  // on its own (`<a href><img></a>`) is a figure.
  const flushLoose = () => {
    const image = loneImage(loose);
    if (image) blocks.push(...elementToBlocks(image, walk));
    else {
      removeImagesFrom(loose, "running text", walk.pictures);
      const html = render(loose, { encodeEntities: "utf8" }).trim();
      if (textContent(loose).trim() !== "") blocks.push({ type: "paragraph", html: html as SafeHtml });
    }
    loose = [];
  };
  for (const node of nodes) {
    if (isText(node) || (isTag(node) && INLINE_TAGS.includes(node.name))) {
      loose.push(node);
      continue;
    }
    flushLoose();
    if (!isTag(node)) continue;
    blocks.push(...elementToBlocks(node, walk));
  }
  flushLoose();
  return blocks;
}

function elementToBlocks(element: Element, walk: Walk): BlockInput[] {
  switch (element.name) {
    case "p":
      return textBlock(element, "a paragraph", walk, (html) => ({ type: "paragraph", html }));
    case "h1":
    case "h2":
      return textBlock(element, "a heading", walk, (html) => ({ type: "heading", level: 2, html }));
    case "h3":
      return textBlock(element, "a heading", walk, (html) => ({ type: "heading", level: 3, html }));
    case "h4":
    case "h5":
    case "h6":
      return textBlock(element, "a heading", walk, (html) => ({ type: "heading", level: 4, html }));
    case "blockquote":
      return textBlock(element, "a quote", walk, (html) => ({ type: "quote", html }));
    case "ul":
    case "ol":
      return listBlocks(element, walk);
    case "figure":
      return figureBlocks(element, walk);
    case "img":
      return pictureBlocks(element, undefined, walk.field, walk.pictures);
    case "li":
      return textBlock(element, "a list item", walk, (html) => ({ type: "paragraph", html }));
    default:
      // div, section, article and the like only group blocks: keep what is inside.
      return collectBlocks(element.children, walk);
  }
}

/** A block of text; a picture that is all it holds becomes a figure instead, one inside its text is removed. */
function textBlock(element: Element, where: string, walk: Walk, make: (html: SafeHtml) => BlockInput): BlockInput[] {
  const image = loneImage(element.children);
  if (image) return elementToBlocks(image, walk);
  removeImagesFrom(element.children, where, walk.pictures);
  return textContent(element).trim() === "" ? [] : [make(inner(element))];
}

/** A list; an item that is only a picture becomes a figure between the items before and after it. */
function listBlocks(list: Element, walk: Walk): BlockInput[] {
  const blocks: BlockInput[] = [];
  let items: SafeHtml[] = [];
  const flush = () => {
    if (items.length > 0) blocks.push({ type: "list", ordered: list.name === "ol", items });
    items = [];
  };
  for (const item of list.children) {
    if (!isTag(item) || item.name !== "li") continue;
    const image = loneImage(item.children);
    if (image) {
      flush();
      blocks.push(...elementToBlocks(image, walk));
      continue;
    }
    removeImagesFrom(item.children, "a list item", walk.pictures);
    items.push(inner(item));
  }
  flush();
  return blocks;
}

function figureBlocks(figure: Element, walk: Walk): BlockInput[] {
  const caption = figure.children.find((child): child is Element => isTag(child) && child.name === "figcaption");
  const [image, ...others] = findAll((element) => element.name === "img", figure.children);
  if (!image) {
    // A pull quote, table or embed in a <figure> (WordPress's pullquote block): its blocks and
    // caption are kept, as the warning says, only the figure around them goes.
    walk.problems.push(warning(walk.path, walk.field, "a <figure> without an <img> was kept as text"));
    return collectBlocks(figure.children, walk);
  }
  removeImagesFrom(others, "a <figure> after its first picture", walk.pictures);
  return pictureBlocks(image, caption ? textContent(caption) : undefined, walk.field, walk.pictures);
}
