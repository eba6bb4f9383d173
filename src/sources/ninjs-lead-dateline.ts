// A dateline the story's first paragraph opens with (`GROSSETO, Italy (AP) -- The trial …`).
// The page prints the article's dateline itself, so the copy in the paragraph comes out; which
// dateline the article keeps (this one or ninjs `located`) is decided in ninjs-dateline.ts.
import { render } from "dom-serializer";
import { isTag, isText, type ChildNode } from "domhandler";
import { textContent } from "domutils";
import { parseDocument } from "htmlparser2";
import { splitDatelineLead } from "../model/dateline.ts";
import type { BlockInput, Dateline, SafeHtml } from "../model/types.ts";
import { collapse, htmlText, isInline } from "./ninjs-text.ts";

export interface LeadDateline {
  dateline: Dateline;
  /** As the story writes it, for messages: `GROSSETO, Italy (AP)`. */
  written: string;
  /** The body with the dateline taken out of its first paragraph (a paragraph that was only the dateline is gone). */
  blocks: BlockInput[];
}

export function takeLeadDateline(blocks: BlockInput[]): LeadDateline | undefined {
  const index = blocks.findIndex((block) => block.type === "paragraph");
  const paragraph = blocks[index];
  if (paragraph?.type !== "paragraph") return undefined;
  const text = collapse(htmlText(paragraph.html));
  const split = splitDatelineLead(text);
  // The rest must be the paragraph's own tail, so exactly the dateline can be cut off the markup.
  if (!split || !text.endsWith(split.rest)) return undefined;
  const prefix = text.slice(0, text.length - split.rest.length);
  // The prefix starts where the collapsed text does, at a word; only its end has space to lose.
  const written = prefix.trimEnd().replace(/\s*(?:--|-|—|–|_)$/, "");
  const html = withoutLeadingText(paragraph.html, prefix.length);
  const rest = collapse(htmlText(html)) === "" ? [] : [{ ...paragraph, html: html as SafeHtml }];
  return { dateline: split.dateline, written, blocks: [...blocks.slice(0, index), ...rest, ...blocks.slice(index + 1)] };
}

/**
 * `html` without its first `count` characters of text, counted as collapse(htmlText()) counts them
 * (runs of white space are one character, leading space none, a <br> or block element a space),
 * markup kept: `<b>ROME (AP) —</b> Rain` → `Rain`, `ROME (AP) —<br>Rain` → `Rain`.
 */
function withoutLeadingText(html: string, count: number): string {
  const dom = parseDocument(html);
  let remaining = count;
  let afterSpace = true;
  let done = false;
  /** Line breaks inside the dateline: what parted it from the story goes with it. */
  const breaks: ChildNode[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (done) return;
      if (isText(node)) {
        let i = 0;
        for (; i < node.data.length && remaining > 0; i++) {
          const space = /\s/.test(node.data[i]!);
          if (!space || !afterSpace) remaining--;
          afterSpace = space;
        }
        // White space between the dropped dateline and the first word goes too.
        if (remaining <= 0) {
          const kept = node.data.slice(i).replace(/^\s+/, "");
          done = kept !== "";
          node.data = kept;
        } else node.data = "";
      } else if (isTag(node)) {
        visit(node.children);
        if (done || isInline(node.name)) continue;
        if (node.name === "br") breaks.push(node);
        if (!afterSpace) remaining--;
        afterSpace = true;
      }
    }
  };
  visit(dom.children);
  for (const node of breaks) node.parent?.children.splice(node.parent.children.indexOf(node), 1);
  pruneEmpty(dom.children);
  return render(dom, { encodeEntities: "utf8" }).trim();
}

/** Inline elements the dateline emptied (`<strong></strong>`) would be markup around nothing. */
function pruneEmpty(nodes: ChildNode[]): void {
  for (const node of [...nodes]) {
    if (!isTag(node)) continue;
    pruneEmpty(node.children);
    if (node.name !== "br" && node.name !== "img" && textContent(node) === "" && !node.children.some(isTag)) {
      const siblings = node.parent?.children ?? nodes;
      siblings.splice(siblings.indexOf(node), 1);
    }
  }
}
