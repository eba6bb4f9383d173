// TT's HTML bodies open with `<div class="dat"><span class="vignette">Försvar</span><span
// class="source">TT</span></div>`: the HTML form of TTNITF's `<DAT><ORT>…</ORT><SOURCE>TT</SOURCE></DAT>`,
// the label TT sets above a story (a topic such as "Försvar", or for local news the town) and the
// agency. Read as body text it runs together into a paragraph ("FörsvarTT"); it is the kicker.
import { render } from "dom-serializer";
import { findOne, removeElement, textContent } from "domutils";
import { parseDocument } from "htmlparser2";
import { collapse } from "./ninjs-text.ts";

export interface Vignette {
  /** The body HTML without the vignette. */
  html: string;
  kicker?: string;
  /** The agency TT names beside it ("TT"). */
  source?: string;
}

const hasClass = (attributes: Record<string, string>, name: string) => (attributes.class ?? "").split(/\s+/).includes(name);

export function takeVignette(html: string): Vignette {
  // Only TT's markup is touched: other providers' HTML goes to the sanitiser exactly as sent.
  if (!/class\s*=\s*["'][^"']*\bdat\b/i.test(html)) return { html };
  const dom = parseDocument(html);
  const dat = findOne((element) => element.name === "div" && hasClass(element.attribs, "dat"), dom.children, true);
  if (!dat) return { html };
  const part = (name: string) => {
    const span = findOne((element) => hasClass(element.attribs, name), dat.children, true);
    const text = span ? collapse(textContent(span)) : "";
    return text === "" ? undefined : text;
  };
  const kicker = part("vignette");
  const source = part("source");
  removeElement(dat);
  const rest = render(dom, { encodeEntities: "utf8" });
  return { html: rest, ...(kicker ? { kicker } : {}), ...(source ? { source } : {}) };
}
