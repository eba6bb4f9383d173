// Agencies still list picture files at http:// addresses (Business Wire's renditions, IPTC's own
// examples). An article page served over https that loads one is mixed content: browsers block
// it or mark the page insecure. Every picture address is asked for over https instead, and the
// report says so, since a host that serves no https will show no picture.
import type { BlockInput } from "../model/types.ts";
import type { NinjsReader } from "./ninjs-reader.ts";

export function httpsOf(href: string): string {
  return /^http:\/\//i.test(href) ? `https://${href.slice("http://".length)}` : href;
}

export function isPlainHttp(href: string): boolean {
  return /^http:\/\//i.test(href);
}

/** One warning per association or body: the field, how many addresses, and the fix. */
export function warnUpgraded(read: NinjsReader, field: string, hrefs: string[]): void {
  if (hrefs.length === 0) return;
  const which = hrefs.length === 1 ? hrefs[0] : `${hrefs.length} addresses such as ${hrefs[0]}`;
  read.warn(field, `gives pictures at http:// (${which}); they are loaded over https:// so the page has no mixed content: check the provider serves them over https, or ask it to send https addresses`);
}

/**
 * Pictures the body HTML shows itself (`<img src="http://…">`), upgraded before they are matched
 * to associations. One that is an association's picture (`associationHrefs`) is reported with it.
 */
export function upgradeBodyFigures(blocks: BlockInput[], read: NinjsReader, associationHrefs: ReadonlySet<string>): BlockInput[] {
  const upgraded = new Map<string, string[]>();
  const result = blocks.map((block) => {
    const src = block.type === "figure" ? block.figure.src : undefined;
    if (block.type !== "figure" || src === undefined || !isPlainHttp(src)) return block;
    if (!associationHrefs.has(httpsOf(src))) upgraded.set(block.figure.field, [...(upgraded.get(block.figure.field) ?? []), src]);
    return { ...block, figure: { ...block.figure, src: httpsOf(src) } };
  });
  for (const [field, hrefs] of upgraded) warnUpgraded(read, field, hrefs);
  return result;
}
