// A small XML writer for feeds and sitemaps: elements are data, and text and attribute values
// are escaped in one place, so no caller concatenates markup by hand.

export type XmlChild = XmlElement | string | undefined;

export interface XmlElement {
  name: string;
  attributes: Record<string, string | number | undefined>;
  children: XmlChild[];
}

/** An element; attributes whose value is undefined and children that are undefined are left out. */
export function element(name: string, attributes: XmlElement["attributes"] = {}, ...children: (XmlChild | XmlChild[])[]): XmlElement {
  return { name, attributes, children: children.flat() };
}

/** A whole document: the XML declaration, then the root element, indented two spaces a level. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${render(root, "")}\n`;
}

// Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF):
// they are dropped, or the document would not be well-formed.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text or a double-quoted attribute value, escaped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

function render(node: XmlElement, indent: string): string {
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");
  const children = node.children.filter((child): child is XmlElement | string => child !== undefined);
  if (children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  if (children.every((child) => typeof child === "string")) {
    return `${indent}<${node.name}${attributes}>${escapeXml(children.join(""))}</${node.name}>`;
  }
  const inner = children.map((child) => (typeof child === "string" ? `${indent}  ${escapeXml(child)}` : render(child, `${indent}  `)));
  return `${indent}<${node.name}${attributes}>\n${inner.join("\n")}\n${indent}</${node.name}>`;
}
