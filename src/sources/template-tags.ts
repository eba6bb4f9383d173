// Template tags other generators leave in Markdown bodies: Hugo shortcodes (`{{< name >}}`,
// `{{% name %}}`) and Jekyll/Eleventy Liquid tags (`{% name %}`). Dateline never runs them, and
// they are not story text, so they never reach a page as typed:
// - code highlighting (`highlight`) becomes a fenced code block;
// - Hugo's `figure` becomes a Markdown image whose title ends in the credit (`attr`);
// - `raw` and other paired tags are unwrapped, the text inside kept;
// - anything else is left out, and the report names every tag that was.
// Code blocks and code spans are left exactly as typed: there a tag is an example, not a tag.

export interface TemplateTagsResult {
  markdown: string;
  /** Each distinct tag that was dropped or rewritten, as `{{< name >}}` or `{% name %}`. */
  removed: string[];
  rewritten: string[];
}

const TAG = /\{\{([<%])\s*(\/?)\s*([\w.-]+)([^]*?)\s*[>%]\}\}|\{%-?\s*(end)?([\w.-]+)([^]*?)-?%\}/g;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const CODE_SPAN = /(`+)[^`][^]*?\1/g;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g;

export function replaceTemplateTags(markdown: string): TemplateTagsResult {
  const removed = new Set<string>();
  const rewritten = new Set<string>();
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split("\n")) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      out.push(line);
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      out.push(line);
      continue;
    }
    const replaced = outsideCodeSpans(line, (text) => text.replace(TAG, (...match) => replaceTag(match as string[], removed, rewritten)));
    // A code fence for a tag alone on its line needs no line breaks of its own: they would be code.
    const aloneFence = line.replace(TAG, "").trim() === "" && replaced.trim().startsWith("```");
    out.push(aloneFence ? replaced.replace(/^\n+|\n+$/g, "") : replaced);
  }
  return { markdown: out.join("\n"), removed: [...removed], rewritten: [...rewritten] };
}

function replaceTag(match: string[], removed: Set<string>, rewritten: Set<string>): string {
  const hugo = match[1] !== undefined;
  const closing = hugo ? match[2] === "/" : match[5] === "end";
  const name = (hugo ? match[3] : match[6])!;
  const args = (hugo ? match[4] : match[7])!.trim();
  const label = hugo ? `{{${match[1]} ${name} ${match[1] === "<" ? ">" : "%"}}}` : `{% ${name} %}`;
  if (name === "highlight") {
    rewritten.add(label);
    // A tag in running text still has to open the fence on a line of its own.
    return closing ? "\n```\n" : `\n\`\`\`${/^[\w+-]+/.exec(args)?.[0] ?? ""}\n`;
  }
  if (hugo && name === "figure" && !closing) {
    rewritten.add(label);
    return figureImage(args);
  }
  if (name === "raw") return "";
  removed.add(label);
  return "";
}

/** Hugo's `{{< figure src alt caption attr >}}` as `![alt](src "caption [attr]")`. */
function figureImage(args: string): string {
  const attributes: Record<string, string> = {};
  for (const [, key, ...values] of args.matchAll(ATTRIBUTE)) attributes[key!] = values.find((value) => value !== undefined) ?? "";
  const caption = [attributes.caption ?? attributes.title, attributes.attr ? `[${attributes.attr}]` : undefined].filter(Boolean).join(" ");
  const title = caption ? ` "${caption.replace(/"/g, "&quot;")}"` : "";
  return `\n\n![${(attributes.alt ?? "").replace(/[[\]]/g, "")}](<${attributes.src ?? ""}>${title})\n\n`;
}

function outsideCodeSpans(line: string, change: (text: string) => string): string {
  let result = "";
  let last = 0;
  for (const span of line.matchAll(CODE_SPAN)) {
    result += change(line.slice(last, span.index)) + span[0];
    last = span.index! + span[0].length;
  }
  return result + change(line.slice(last));
}
