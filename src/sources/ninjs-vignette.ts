// TT's HTML bodies open with `<div class="dat"><span class="vignette">Försvar</span><span
// class="source">TT</span></div>`: the HTML form of TTNITF's `<DAT><ORT>…</ORT><SOURCE>TT</SOURCE></DAT>`,
// the label TT sets above a story (a topic such as "Försvar", or for local news the town) and the
// agency. Read as body text it runs together into a paragraph ("FörsvarTT"); it is the kicker.
//
// This runs before the sanitiser limits how deep markup nests (src/sources/html-blocks.ts), on
// HTML that may nest without limit, so nothing here recurses: the tree is walked with a stack of
// its own, and the body is cut out of the source text rather than serialised back from the tree.
import { isTag, isText, type AnyNode, type ChildNode, type Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { collapse } from "./ninjs-text.ts";

export interface Vignette {
  /** The body HTML without the vignette. */
  html: string;
  /** The label, or "" when TT's `dat` has none. The agency beside it ("TT") is not kept: the item's copyright holder names it. */
  kicker?: string;
}

/** Split at every space: the empty entries two spaces leave match no class name. */
const hasClass = (attributes: Record<string, string>, name: string) => (attributes.class ?? "").split(/\s/).includes(name);

export function takeVignette(html: string): Vignette {
  // Only TT's markup is touched: other providers' HTML goes to the sanitiser exactly as sent.
  if (!/class\s*=\s*["'][^"']*\bdat\b/i.test(html)) return { html };
  const dom = parseDocument(html, { withStartIndices: true });
  const dat = firstElement(dom.children, (element) => element.name === "div" && hasClass(element.attribs, "dat"));
  if (!dat) return { html };
  const span = firstElement(dat.children, (element) => hasClass(element.attribs, "vignette"));
  const kicker = span ? collapse(textOf(span)) : "";
  // The vignette goes with everything the parser put inside it, up to the next thing it read; a
  // `dat` left open thus takes what followed it, as removing it from the tree always did.
  const end = nextInSource(dat)?.startIndex ?? html.length;
  const rest = html.slice(0, dat.startIndex!) + html.slice(end);
  return { html: rest, kicker };
}

/** Every node under `nodes`, in source order. */
function* inSourceOrder(nodes: readonly ChildNode[]): Generator<ChildNode> {
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if (isTag(node)) for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index]!);
  }
}

function firstElement(nodes: readonly ChildNode[], test: (element: Element) => boolean): Element | undefined {
  for (const node of inSourceOrder(nodes)) if (isTag(node) && test(node)) return node;
  return undefined;
}

function textOf(element: Element): string {
  let text = "";
  for (const node of inSourceOrder(element.children)) if (isText(node)) text += node.data;
  return text;
}

/** The node the parser read after `node` and all it holds, if any. */
function nextInSource(node: AnyNode): ChildNode | undefined {
  for (let at: AnyNode | null = node; at; at = at.parent) if (at.next) return at.next;
  return undefined;
}
